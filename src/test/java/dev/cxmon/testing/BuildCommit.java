package dev.cxmon.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The commit a build of this working tree records: git's HEAD, or "unknown" where there is no repository (a source tarball). */
public final class BuildCommit {

    private BuildCommit() {}

    public static String expected() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(false).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0 || !out.matches("[0-9a-f]{40}")) {
                return "unknown";
            }
            return out;
        } catch (IOException noGit) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
