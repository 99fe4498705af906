package io.marketpilot.store.duckdb;

import io.marketpilot.store.schema.StoreOpenException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * Opens a DuckDB file for one event log and turns "someone else has it" into a {@link StoreOpenException}.
 * DuckDB locks the file against other processes; inside one JVM its driver would share the database, so a
 * second log on the same file (which would have its own id set and break idempotency) is refused here.
 */
final class DuckDbFile {
    private static final Set<Path> OPEN_IN_THIS_JVM = ConcurrentHashMap.newKeySet();
    private static final Pattern PID = Pattern.compile("\\(PID (\\d+)\\)");
    private static final String REMEDY = "; stop the other MarketPilot (serve/demo) or use another --data-dir";

    private DuckDbFile() {}

    /** Claims the file for this JVM and connects; {@link #release} undoes the claim. */
    static DuckDBConnection claim(Path file) {
        Path key = file.toAbsolutePath().normalize();
        if (!OPEN_IN_THIS_JVM.add(key)) {
            throw new StoreOpenException(key + " is already open in this process" + REMEDY);
        }
        Properties props = new Properties();
        props.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true"); // scans stream instead of materialising
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + key, props);
        } catch (SQLException e) {
            OPEN_IN_THIS_JVM.remove(key);
            String message = String.valueOf(e.getMessage());
            if (message.contains("Could not set lock on file")) {
                Matcher pid = PID.matcher(message);
                String holder = pid.find() ? " (PID " + pid.group(1) + ")" : "";
                throw new StoreOpenException(key + " is in use by another process" + holder + REMEDY, e);
            }
            throw new IllegalStateException("cannot open " + key + ": " + message, e);
        }
    }

    static void release(Path file) {
        OPEN_IN_THIS_JVM.remove(file.toAbsolutePath().normalize());
    }
}
