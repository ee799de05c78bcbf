package app.rapport.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepared statements kept open on the one connection for the queries that run on every keystroke
 * and scroll. Compiling them against Rapport's schema (FTS tables, views, triggers) costs more than
 * running them; sqlite-jdbc and Jdbi cache none. Used only while a Jdbi handle holds the connection.
 */
public final class StatementCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatementCache.class);
    private static final int SIZE = 32;

    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > SIZE) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    public synchronized PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        statement.clearParameters();
        return statement;
    }

    @Override
    public synchronized void close() {
        statements.values().forEach(StatementCache::closeQuietly);
        statements.clear();
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            LOG.warn("Closing a cached statement failed", e);
        }
    }
}
