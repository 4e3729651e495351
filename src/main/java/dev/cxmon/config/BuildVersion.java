package dev.cxmon.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What runs: the pom's version and the git commit the classes were built from. The build writes the commit to
 * {@value #COMMIT_RESOURCE} (git-commit-id-maven-plugin in pom.xml); a build without .git leaves it empty, and the
 * commit is then {@value #UNKNOWN}.
 */
public record BuildVersion(String version, String commit) {

    public static final String UNKNOWN = "unknown";
    static final String COMMIT_RESOURCE = "dev/cxmon/build-commit.properties";
    private static final String COMMIT_KEY = "git.commit.id";

    /** @param written the properties the build wrote, or null when there are none */
    public static BuildVersion of(String version, Properties written) {
        String commit = written == null ? null : written.getProperty(COMMIT_KEY);
        return new BuildVersion(version, commit == null || commit.isBlank() ? UNKNOWN : commit.trim());
    }

    /** @param version the application's version (Quarkus records the pom's as quarkus.application.version) */
    public static BuildVersion current(String version) {
        try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(COMMIT_RESOURCE)) {
            if (in == null) {
                return of(version, null);
            }
            Properties written = new Properties();
            written.load(in);
            return of(version, written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMIT_RESOURCE + " from the classpath", e);
        }
    }
}
