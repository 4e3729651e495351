package dev.cxmon.cli;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.ConfigProvider;
import picocli.CommandLine;

/** {@code --version}: the application's name and the version of its pom (Quarkus records both at build time). */
@Dependent
class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        var config = ConfigProvider.getConfig();
        return new String[] {
                config.getValue("quarkus.application.name", String.class) + " " + config.getValue("quarkus.application.version", String.class),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
