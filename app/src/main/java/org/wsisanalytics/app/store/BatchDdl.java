package org.wsisanalytics.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Spring Batch job repository DDL that the spring-batch-core jar in use ships for one database: the script
 * that creates the tables ({@code schema-<db>.sql}) and the scripts that bring tables made by an earlier Spring
 * Batch up to date ({@code migration/<version>/migration-<db>.sql}). The version of the DDL in use is the newest
 * of those migrations: a Spring Batch release that changes its tables ships one.
 *
 * @param platform the script suffix of the database, {@code h2} or {@code postgresql}
 * @param schema the script that creates the tables
 * @param migrations the migration scripts by the Spring Batch version they lead to, in version order
 */
record BatchDdl(String platform, Resource schema, NavigableMap<String, Resource> migrations) {

    static final Comparator<String> VERSION_ORDER = Comparator.comparing(BatchDdl::parts, BatchDdl::compareParts);

    private static final Pattern FOLDER = Pattern.compile(".*/migration/([0-9.]+)/migration-[a-z0-9]+\\.sql$");
    private static final String ROOT = "org/springframework/batch/core/";

    /** The DDL that the spring-batch-core on the class path ships for the connected database. */
    static BatchDdl inUse(Connection connection) throws SQLException {
        String platform = platform(connection);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        NavigableMap<String, Resource> migrations = new TreeMap<>(VERSION_ORDER);
        try {
            for (Resource script :
                    resolver.getResources("classpath*:" + ROOT + "migration/*/migration-" + platform + ".sql")) {
                Matcher m = FOLDER.matcher(script.getURL().toString());
                if (m.matches()) {
                    migrations.put(m.group(1), script);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list Spring Batch's migration scripts", e);
        }
        return new BatchDdl(
                platform, resolver.getResource("classpath:" + ROOT + "schema-" + platform + ".sql"), migrations);
    }

    /** {@link #inUse}, for callers that cannot take a checked exception. */
    static BatchDdl inUseOrFail(Connection connection) {
        try {
            return inUse(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    /** The newest DDL version spring-batch-core on the class path ships a migration to, for any database. */
    static String newestVersion() {
        try {
            String newest = "0";
            for (Resource script : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + ROOT + "migration/*/migration-*.sql")) {
                Matcher m = FOLDER.matcher(script.getURL().toString());
                if (m.matches() && VERSION_ORDER.compare(m.group(1), newest) > 0) {
                    newest = m.group(1);
                }
            }
            return newest;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list Spring Batch's migration scripts", e);
        }
    }

    /** The version of the tables that {@link #schema} creates: the newest migration's. */
    String version() {
        return migrations.isEmpty() ? "0" : migrations.lastKey();
    }

    private static String platform(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        throw new IllegalStateException("Unsupported database '" + product
                + "': wsis-analytics supports the embedded H2 database and PostgreSQL.");
    }

    private static int[] parts(String version) {
        String[] text = version.split("\\.");
        int[] parts = new int[text.length];
        for (int i = 0; i < text.length; i++) {
            parts[i] = Integer.parseInt(text[i]);
        }
        return parts;
    }

    private static int compareParts(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int c = Integer.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
