// Compile-only stand-in for com.atlassian.activeobjects:activeobjects-plugin (Platform 8); see src/standins/STANDINS.md
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** Only the members Retention Desk calls; the real interface has more (get, stream, deleteWithSQL, ...). */
public interface ActiveObjects {
    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    void delete(RawEntity<?>... entities);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
