package dev.cxmon.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A real server binary (prometheus, alertmanager) run for a test, ready when a URL answers 200. */
public record ExternalServer(String name, Process process, Path log) implements AutoCloseable {

    /** Fails with a clear message when the binary is missing: scripts/test.sh installs it from Debian's packages. */
    public static Path requireBinary(String binary, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(dir, binary);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(binary + " is not installed: run scripts/test.sh (it installs the Debian package "
                + debianPackage + ") or apt-get install -y " + debianPackage);
    }

    public static ExternalServer start(String name, List<String> command, URI readyUrl, Duration within) throws Exception {
        Path log = Files.createTempFile(name, ".log");
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ExternalServer server = new ExternalServer(name, process, log);
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = TestHttp.client().send(HttpRequest.newBuilder(readyUrl).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return server;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        server.close();
        throw new AssertionError(name + " not ready within " + within + ":\n" + Files.readString(log));
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
    }
}
