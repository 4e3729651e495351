package dev.cxmon.cli;

import dev.cxmon.config.BuildVersion;
import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.ConfigProvider;
import picocli.CommandLine;

/**
 * {@code --version}: the application's name and the version of its pom (Quarkus records both at build time), and the
 * commit it was built from (the same values as cxone_build_info).
 */
@Dependent
class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        var config = ConfigProvider.getConfig();
        BuildVersion build = BuildVersion.current(config.getValue("quarkus.application.version", String.class));
        return new String[] {
                config.getValue("quarkus.application.name", String.class) + " " + build.version(),
                "commit " + build.commit(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
