#pragma once

#include "core/util/Status.h"
#include "core/util/TextRows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantMap>

namespace callbridge {

// The local copy of one org's imported records: one SQLite file per org, one table per object
// with exactly the selected fields as typed columns, indexes for what matching reads, and the
// incremental-import cursor per object. A cache belongs to one org: opening it for another
// org replaces it, so two orgs never mix.
class CacheStore
{
    Q_DECLARE_TR_FUNCTIONS(CacheStore)

public:
    struct Column
    {
        QString name;
        QString type; // describe type: string, double, boolean, datetime, ...
        int length = 0; // long text areas are trimmed to CacheStore::longTextLimit
    };

    struct Cursor
    {
        QDateTime systemModstamp; // newest change imported so far
        bool complete = false; // the initial import finished
        // A Bulk API job being read: its results come unordered, so systemModstamp cannot move
        // until the job is read to its end. Until then a stopped read resumes the same job from
        // the locator of its first unstored page, remembering the newest row stored so far.
        QString bulkJobId;
        QString bulkLocator;
        QDateTime bulkNewest;
        // Deletes have their own cursor: rows deleted before it are gone from the cache. It
        // moves only when a read of the deleted rows finished, so an import that stops after
        // storing changes but before reading deletes reads them from here again.
        QDateTime deletesSince;
        // When (Salesforce's clock) deletes were last read in full: deleted rows stay visible to
        // queryAll only while in the recycle bin, so after a long gap the ids are reconciled.
        QDateTime deletesReadAt;
        // The API version the Bulk job was created with: its results can only be read with it.
        QString bulkApiVersion;
    };

    static constexpr int longTextLimit = 10000;

    CacheStore();
    ~CacheStore();
    CacheStore(const CacheStore&) = delete;
    CacheStore& operator=(const CacheStore&) = delete;

    // Where an org's cache lives: one file per org under the app's data directory. Empty when
    // `orgId` is not an org id (isOrgId): the id comes from the server and must not make a path.
    static QString pathFor(const QString& dataDirectory, const QString& orgId);
    // Where the org's describes are kept (see FieldCatalogLoader::setCacheDirectory); empty when
    // `orgId` is not an org id.
    static QString describeDirectoryFor(const QString& dataDirectory, const QString& orgId);

    // Fails naming the org id when `path` is empty (pathFor refused the id).
    Status open(const QString& path, const QString& orgId);
    // Another connection to an open cache, for a thread of its own (an SQLite connection belongs
    // to the thread that opened it): the same file and tables; nothing is created or replaced.
    struct Source
    {
        QString path;
        QHash<QString, QList<Column>> columns;
    };
    Source source() const { return { m_db.databaseName(), m_columns }; }
    Status openLike(const Source& source);
    void close();
    bool wasReplaced() const { return m_replaced; } // the file held another org's data

    // Creates or migrates an object's table to exactly these columns. Returns the columns that
    // were added: their values are missing for existing rows, so the object needs a full import
    // (its cursor is reset here).
    QStringList ensureTable(const QString& object, const QList<Column>& columns, Status* status = nullptr);
    // A first import of many rows loads faster without the secondary indexes: they are dropped
    // for it and built once at the end (a sort instead of a million random B-tree inserts).
    Status dropIndexes(const QString& object);
    Status createIndexes(const QString& object);
    QStringList columns(const QString& object) const; // as stored, with derived columns (_EmailDomain)
    QStringList salesforceFields(const QString& object) const; // the stored Salesforce fields, without derived ones

    // Inserts or updates by Id, in one transaction. Values are stored by column type whichever
    // API delivered them (JSON or CSV text); long text areas are trimmed to longTextLimit.
    Status upsert(const QString& object, const QList<QVariantMap>& records);
    // Rows as an API delivers them: the field names once, then each row's values in that order.
    struct Rows
    {
        QStringList fields;
        QList<QVariantList> values;
    };
    Status upsert(const QString& object, const Rows& rows);
    // The imports' form: values as the APIs' text, bound to SQLite from their bytes.
    Status upsert(const QString& object, const TextRows& rows);
    Status remove(const QString& object, const QStringList& ids);
    // Removes every row whose Id is not in `keep`; `removed` counts them.
    Status removeAllExcept(const QString& object, const QSet<QString>& keep, qint64* removed = nullptr);
    Status clear(const QString& object); // every row, and the cursor: the next import reads all
    QStringList objects() const; // the objects with a table, imported or not
    // Preferences > Clear cached data: every org cache under the data directory loses its
    // imported rows, cursors and describes (the next import reads everything again); the
    // ledger of test exports stays, so those activities can still be deleted from Salesforce.
    // Files in the cache folder that are not named for an org id are left alone. Returns the
    // number of rows removed, or the first failure.
    static Status clearImportedData(const QString& dataDirectory, qint64* removedRows = nullptr);
    qint64 count(const QString& object) const;
    QVariantMap record(const QString& object, const QString& id) const;

    // The SOQL condition the object's rows were imported under (e.g. the recorded users'
    // opportunities): rows imported under another scope must go.
    QString scope(const QString& object) const;
    Status setScope(const QString& object, const QString& scope);

    // Each stored column's describe type (string, double, boolean, date, ...), derived ones included.
    QHash<QString, QString> columnTypes(const QString& object) const;
    Cursor cursor(const QString& object) const;
    Status setCursor(const QString& object, const Cursor& cursor);
    // When (this computer's clock) an import of the object last finished; invalid when none has.
    // What a page showing cached rows while not connected says they are from.
    QDateTime importedAt(const QString& object) const;
    Status setImportedAt(const QString& object, const QDateTime& when);

    // What readers of the cache (matching, the filter's value lists) name in their queries, so
    // the layout is written here only: an object's table, quoted, and the derived columns that
    // hold the domain of a row's email and of an account's website.
    static QString tableName(const QString& object);
    static QString emailDomainColumn();
    static QString websiteDomainColumn();
    // A column's distinct values, sorted as stored; empty when there are more than `limit` (free
    // text rather than a picklist) or the column is not cached.
    QStringList distinctValues(const QString& object, const QString& column, int limit) const;

    QSqlDatabase database() const { return m_db; }

private:
    Status exec(const QString& sql);
    QString metaValue(const QString& key) const;
    bool setMetaValue(const QString& key, const QString& value);
    static QString sqlType(const QString& type);
    static QString quoted(const QString& identifier); // an SQL identifier, quoted

    QSqlDatabase m_db;
    QString m_connectionName;
    QHash<QString, QList<Column>> m_columns;
    bool m_replaced = false;
};

} // namespace callbridge
