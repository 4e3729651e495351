package dev.cxmon.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged application (target/quarkus-app/quarkus-run.jar) as a separate process, as a user would. */
public final class JarRunner {

    public record Result(int exitCode, String stdout, String stderr) {
        public String all() {
            return stdout + "\n" + stderr;
        }
    }

    private JarRunner() {}

    public static Path jar() {
        Path jar = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("packaged application missing: " + jar + " (run mvn verify, not only test)");
        }
        return jar;
    }

    public static List<String> command(List<String> systemProperties, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(systemProperties);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(args);
        return command;
    }

    /** Runs to completion (at most 90 s); both streams go to files so a chatty process can never block. */
    public static Result run(List<String> systemProperties, List<String> args) {
        return run(systemProperties, args, Map.of(), Path.of("."));
    }

    /** As {@link #run(List, List)}, with more environment variables and started in another working directory (for a .env file). */
    public static Result run(List<String> systemProperties, List<String> args, Map<String, String> environment, Path workingDirectory) {
        try {
            Path out = Files.createTempFile("cxmon-out", ".txt");
            Path err = Files.createTempFile("cxmon-err", ".txt");
            List<String> command = command(systemProperties, args);
            command.set(command.indexOf("-jar") + 1, jar().toAbsolutePath().toString());
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
            builder.environment().putAll(environment);
            Process process = builder
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + args + "\n" + Files.readString(err));
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Port 0 for both HTTP interfaces: any number of runs can share the machine. */
    public static List<String> anyPorts(String... more) {
        List<String> props = new ArrayList<>(List.of("-Dquarkus.http.port=0", "-Dquarkus.management.port=0"));
        props.addAll(List.of(more));
        return props;
    }
}
