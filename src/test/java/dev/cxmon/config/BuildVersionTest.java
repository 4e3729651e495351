package dev.cxmon.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildVersionTest {

    @Test
    void theCommitComesFromThePropertiesTheBuildWrote() {
        Properties written = new Properties();
        written.setProperty("git.commit.id", "5abd66eeb4bf10c54cf0dc36574c4d7f314faecf");

        BuildVersion build = BuildVersion.of("1.2.3", written);

        assertThat(build.version()).isEqualTo("1.2.3");
        assertThat(build.commit()).isEqualTo("5abd66eeb4bf10c54cf0dc36574c4d7f314faecf");
    }

    @Test
    void aBuildWithoutGitSaysUnknown() {
        Properties empty = new Properties();
        Properties blank = new Properties();
        blank.setProperty("git.commit.id", "  ");

        assertThat(BuildVersion.of("1.2.3", empty).commit()).isEqualTo("unknown");
        assertThat(BuildVersion.of("1.2.3", blank).commit()).isEqualTo("unknown");
        assertThat(BuildVersion.of("1.2.3", null).commit()).as("no properties file at all").isEqualTo("unknown");
    }

    @Test
    void theRunningBuildKnowsItsCommitFromTheClasspath() {
        BuildVersion build = BuildVersion.current("9.9.9");

        assertThat(build.version()).isEqualTo("9.9.9");
        assertThat(build.commit()).isEqualTo(dev.cxmon.testing.BuildCommit.expected());
    }
}
