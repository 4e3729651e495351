package dev.cxmon.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads a tenant YAML file (or the built-in demo tenant) into a validated {@link SimulatorTenant}. */
public final class TenantLoader {

    /** Classpath location of the built-in demo tenant. */
    public static final String DEMO_TENANT_RESOURCE = "/simulator/demo-tenant.yaml";

    /** SnakeYAML stops at 3 MB by default; a tenant of 10,000 agents (the benchmark's) is about 3.5 MB. */
    private static final int MAX_TENANT_CODE_POINTS = 64 * 1024 * 1024;

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .loaderOptions(largeDocuments())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static LoaderOptions largeDocuments() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_TENANT_CODE_POINTS);
        return options;
    }

    private TenantLoader() {
    }

    public static SimulatorTenant demoTenant(Clock clock) {
        try (InputStream in = TenantLoader.class.getResourceAsStream(DEMO_TENANT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in tenant " + DEMO_TENANT_RESOURCE + " is missing from the classpath");
            }
            return parse(in, "built-in demo tenant", clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException naming the file and every problem found */
    public static SimulatorTenant fromFile(Path file, Clock clock) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, "tenant file " + file, clock);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("tenant file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("tenant file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static SimulatorTenant parse(InputStream in, String source, Clock clock) throws IOException {
        TenantDefinition definition;
        try {
            definition = YAML.readValue(in, TenantDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is invalid" + where(e) + ": " + reason(e), e);
        }
        if (definition == null) {
            throw new IllegalArgumentException(source + " is empty");
        }
        List<String> problems = TenantValidator.problems(definition);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + " is invalid: " + String.join("; ", problems));
        }
        return new SimulatorTenant(definition, clock);
    }

    /** " (line 12, users[3].agent)": enough to find the spot in a hand-edited file. */
    private static String where(JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            where.append("line ").append(e.getLocation().getLineNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            where.append(where.length() == 0 ? "" : ", ").append(path);
        }
        return where.length() == 0 ? "" : " (" + where + ")";
    }

    // Validation in the records' constructors throws IllegalArgumentException; Jackson wraps it.
    private static String reason(JsonProcessingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
                return t.getMessage();
            }
        }
        return e.getOriginalMessage();
    }
}
