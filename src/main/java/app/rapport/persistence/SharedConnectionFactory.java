package app.rapport.persistence;

import java.sql.Connection;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Hands Jdbi the one SQLite connection, to one thread at a time. SQLite has a single writer, and
 * re-opening a connection per handle would re-read the schema each time; the lock keeps a
 * transaction on one thread from interleaving with another's statements.
 */
final class SharedConnectionFactory implements ConnectionFactory {
    private final Connection connection;
    private final ReentrantLock access;

    SharedConnectionFactory(Connection connection, ReentrantLock access) {
        this.connection = connection;
        this.access = access;
    }

    @Override
    public Connection openConnection() {
        access.lock();
        return connection;
    }

    @Override
    public void closeConnection(Connection toClose) {
        access.unlock();
    }
}
