package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.schema.Case;
import net.java.ao.schema.UnderscoreFieldNameConverter;
import net.java.ao.schema.UnderscoreTableNameConverter;

import java.sql.SQLException;
import java.util.UUID;

/**
 * The app's {@link ActiveObjects} over a real Active Objects {@link EntityManager} on an in-memory database, named
 * the way Jira names AO tables and columns (upper case with underscores), so repositories run their real
 * queries in tests.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {
    /** The embedded databases AO 3.2 supports in tests (H2 2.x is not among them). */
    public enum Database {
        HSQLDB("jdbc:hsqldb:mem:ao-%s"), H2("jdbc:h2:mem:ao-%s;DB_CLOSE_DELAY=-1");

        private final String url;

        Database(String url) {
            this.url = url;
        }

        String url(String name) {
            return String.format(url, name);
        }
    }

    static {
        // Jira runs Active Objects in its own database transactions at the database's default, read committed (the
        // level every database Jira supports defaults to); AO's own transactions would otherwise be serializable
        if (System.getProperty("ao.transaction.isolation.level") == null) {
            System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
        }
    }

    private final EntityManager em;
    private final ThreadLocal<Boolean> inTransaction = new ThreadLocal<>();

    private EntityManagerActiveObjects(EntityManager em) {
        this.em = em;
    }

    /** Every entity the descriptor's {@code <ao>} module declares, migrated as Jira would, on HSQLDB. */
    public static EntityManagerActiveObjects migratedAll() throws SQLException {
        return migratedAll(Database.HSQLDB);
    }

    /** Every entity the descriptor's {@code <ao>} module declares, migrated as Jira would. */
    @SuppressWarnings("unchecked")
    public static EntityManagerActiveObjects migratedAll(Database db) throws SQLException {
        try (java.io.InputStream in = io.retentiondesk.testing.AppDescriptor.open()) {
            org.w3c.dom.NodeList names = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(in).getElementsByTagName("entity");
            Class<? extends RawEntity<?>>[] entities = new Class[names.getLength()];
            for (int i = 0; i < names.getLength(); i++) {
                entities[i] = (Class<? extends RawEntity<?>>) Class.forName(names.item(i).getTextContent().trim());
            }
            return migrated(db, entities);
        } catch (java.io.IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
                 | ClassNotFoundException e) {
            throw new IllegalStateException("reading the <ao> entities of atlassian-plugin.xml", e);
        }
    }

    /** Migrates again to these entities, as Jira does when an upgraded app declares more (existing rows stay). */
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) throws SQLException {
        em.migrate(entities);
    }

    @SafeVarargs
    public static EntityManagerActiveObjects migrated(Class<? extends RawEntity<?>>... entities) throws SQLException {
        return migrated(Database.HSQLDB, entities);
    }

    @SafeVarargs
    public static EntityManagerActiveObjects migrated(Database db, Class<? extends RawEntity<?>>... entities)
            throws SQLException {
        EntityManager em = EntityManagerBuilder.url(db.url(UUID.randomUUID().toString()))
                .username("sa").password("").auto()
                .tableNameConverter(new UnderscoreTableNameConverter(Case.UPPER))
                .fieldNameConverter(new UnderscoreFieldNameConverter(Case.UPPER))
                .build();
        em.migrate(entities);
        return new EntityManagerActiveObjects(em);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        try {
            return em.create(type, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Inserts rows in batches (Active Objects' bulk create; column name to value): how benchmarks seed hundreds of
     * thousands of rows in seconds. Not a member of the stand-in, so app code cannot call it.
     */
    public <T extends RawEntity<K>, K> void insert(Class<T> type, java.util.List<java.util.Map<String, Object>> rows) {
        try {
            em.create(type, rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        try {
            em.delete(entities);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return em.find(type, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        try {
            return em.find(type, criteria, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            return em.count(type, criteria, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        try {
            return em.count(type, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One database transaction, as Jira's: everything the callback writes is committed together or, when it throws,
     * rolled back together; a call inside another joins it (Jira's transaction template does the same).
     */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get() != null) {
            return callback.doInTransaction();
        }
        inTransaction.set(Boolean.TRUE);
        try {
            return new Transaction<T>(em) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            inTransaction.remove();
        }
    }
}
