package dev.cxmon.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings a user gave, as written and where: system properties, environment variables, the {@code .env} file and
 * {@code config/application.properties} in the working directory (where Quarkus reads them). Read apart from SmallRye's
 * mapping so that a misspelt name can be reported and an unreadable value shown without depending on SmallRye's messages.
 */
public record GivenSettings(List<Given> settings) {

    /** @param origin where it was found, as a user would look for it: "-D system property", "environment", ".env file" */
    public record Given(String name, String value, String origin) {}

    public static GivenSettings read(Map<String, String> environment, Properties systemProperties, Path workingDirectory) {
        List<Given> all = new ArrayList<>();
        systemProperties.stringPropertyNames().forEach(n -> all.add(new Given(n, systemProperties.getProperty(n), "system property (-D)")));
        environment.forEach((n, v) -> all.add(new Given(n, v, "environment")));
        Path dotEnv = workingDirectory.resolve(".env");
        properties(dotEnv).forEach((n, v) -> all.add(new Given(n, v, dotEnv + " (.env file)")));
        Path applicationProperties = workingDirectory.resolve("config").resolve("application.properties");
        properties(applicationProperties).forEach((n, v) -> all.add(new Given(n, v, applicationProperties.toString())));
        return new GivenSettings(List.copyOf(all));
    }

    /** This process's own settings. */
    public static GivenSettings ofThisProcess() {
        return read(System.getenv(), System.getProperties(), Path.of(System.getProperty("user.dir", ".")));
    }

    /** The raw text given for a known key, by property name or environment variable, in SmallRye's order of precedence. */
    public Optional<String> raw(String key) {
        String environment = ConfigKeys.environmentName(key);
        return settings.stream().filter(g -> g.name().equals(key) || g.name().equals(environment)).findFirst().map(Given::value);
    }

    private static Map<String, String> properties(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            return Map.of();
        }
        Map<String, String> values = new java.util.LinkedHashMap<>();
        properties.stringPropertyNames().forEach(n -> values.put(n, properties.getProperty(n)));
        return values;
    }
}
