// Runs an embedded Neo4j 5.26 community DBMS with Bolt on 127.0.0.1 for local development and tests.
// Usage: java -Xmx1g -cp ".neo4j/lib/*" neo4j-local/Launcher.java <dataDir> <port>
// The neo4j user's password comes from the NEO4J_LOCAL_PASSWORD environment variable, the page cache's size
// in bytes from NEO4J_LOCAL_PAGECACHE_BYTES (256 MiB when unset; src/db/local-neo4j-memory.ts sizes it).
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

public class Launcher {
    private static final long DEFAULT_PAGE_CACHE_BYTES = 256L * 1024 * 1024;
    private static boolean stopped;

    public static void main(String[] args) {
        if (args.length != 2 && args.length != 3) fail("usage: Launcher <dataDir> <port> [ownerPid]", null);
        String password = System.getenv("NEO4J_LOCAL_PASSWORD");
        if (password == null || password.isEmpty()) fail("NEO4J_LOCAL_PASSWORD is not set", null);
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = System.getenv("NEO4J_LOCAL_PAGECACHE_BYTES");
        long pageCacheBytes = pageCache == null || pageCache.isEmpty() ? DEFAULT_PAGE_CACHE_BYTES : Long.parseLong(pageCache);

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    .setConfig(GraphDatabaseSettings.debug_log_enabled, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Check transaction timeouts every 100 ms instead of every 2 s, so a client's timeout
                    // is enforced close to when it runs out (the API's TIMEOUT relies on it).
                    .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
                    // Bolt's network threads otherwise wait a 5 s quiet period, twice, before a stop goes on:
                    // every stop took 10.4 s, with 0 it takes under a second (connections are closed either way).
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException e) {
            fail("Neo4j failed to start", e);
            return;
        }
        // The DBMS threads are not daemons: a failed start must shut down explicitly or the JVM lingers.
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dbms), "neo4j-shutdown"));
            setInitialPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            try {
                stop(dbms);
            } finally {
                fail("Neo4j failed to start", e);
            }
        }
        System.out.println("NEO4J_LOCAL_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        if (args.length == 3) exitWithOwner(Long.parseLong(args[2]));
    }

    /**
     * A throwaway instance (tests, benchmarks) names the process that owns it and shuts down when that
     * process is gone, so a killed test run leaves no Neo4j behind.
     */
    private static void exitWithOwner(long ownerPid) {
        Thread watchdog = new Thread(() -> {
            while (ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(0);
        }, "owner-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Sets the password while the store still has the initial one (a new store); later starts keep theirs. */
    private static void setInitialPassword(GraphDatabaseService system, String password) {
        boolean changeRequired;
        try (Transaction tx = system.beginTx()) {
            changeRequired = (Boolean) tx.execute(
                            "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired")
                    .columnAs("passwordChangeRequired")
                    .next();
            tx.commit();
        }
        if (!changeRequired) return;
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("Old password and new password cannot be the same")) throw e;
        }
    }

    private static synchronized void stop(DatabaseManagementService dbms) {
        if (stopped) return;
        stopped = true;
        dbms.shutdown();
    }

    private static void fail(String message, Throwable cause) {
        System.err.println("NEO4J_LOCAL_FAILED " + message + (cause == null ? "" : ": " + cause));
        if (cause != null) cause.printStackTrace();
        System.exit(1);
    }
}
