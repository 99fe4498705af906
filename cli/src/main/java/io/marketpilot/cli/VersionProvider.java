package io.marketpilot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the product version (filtered in at build time) and the running JVM. */
final class VersionProvider implements IVersionProvider {
    static String productVersion() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        Runtime.Version jvm = Runtime.version();
        return new String[] {
            "marketpilot " + productVersion(),
            "Java " + jvm + " (" + System.getProperty("java.vendor", "?") + ") on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }
}
