package io.marketpilot.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The code version recorded in every model's provenance (the Maven project version). */
public final class EngineVersion {
    private static final String VERSION = load();

    private EngineVersion() {}

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = EngineVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
