package dev.cxmon.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Facts of the built-in demo tenant that tests rely on, and edited copies of its file. */
final class DemoTenant {

    static final UUID TENANT_ID = UUID.fromString("e8339653-3c6c-422e-b903-17c9769fdc0d");
    static final UUID SUPERVISOR = UUID.fromString("6e805999-4c28-475d-8c7c-afa6c59a0780");
    static final UUID AVAILABLE = UUID.fromString("24c8e07c-255b-41d3-9a94-ce5f05124415");
    static final UUID LOGGED_IN = UUID.fromString("404545a7-6acd-4087-9f2a-623f47529006");
    static final UUID NOT_AGENT = UUID.fromString("b3b82fe9-d9f8-478c-871e-b873b8a89853");
    static final UUID REPORTING = UUID.fromString("d95719ad-4432-4f89-9024-80edbdbbe480");
    static final String CLIENT_ID = "demo-client";
    static final String CLIENT_SECRET = "demo-client-secret";

    private DemoTenant() {
    }

    static String yaml() {
        try (InputStream in = DemoTenant.class.getResourceAsStream(TenantLoader.DEMO_TENANT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the demo tenant, changed by {@code edit}, to {@code dir}. */
    static Path writeEdited(Path dir, UnaryOperator<String> edit) {
        String original = yaml();
        String edited = edit.apply(original);
        if (edited.equals(original)) {
            throw new IllegalArgumentException("the edit changed nothing");
        }
        try {
            return Files.writeString(dir.resolve("tenant-" + UUID.randomUUID() + ".yaml"), edited);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
