#include "core/sync/ImportWriter.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/SalesforceIds.h"

#include <algorithm>
#include <ctime>

namespace callbridge {

namespace {

// CPU time of the calling thread, in microseconds: what writing costs, whatever else runs.
qint64 threadCpuUs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

// A row's Id, checked from its bytes: an id is 15 or 18 ASCII letters and digits, so it is
// widened on the stack instead of becoming a QString for each of a million rows.
bool isRecordIdText(QByteArrayView text)
{
    if (text.size() != 15 && text.size() != 18) {
        return false;
    }
    char16_t wide[18];
    std::transform(text.begin(), text.end(), wide, [](char byte) { return char16_t(uchar(byte)); });
    return isRecordId(QStringView(wide, text.size()));
}

} // namespace

ImportWriter::ImportWriter(const CacheStore& cache, const QString& object, QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_store(std::make_shared<CacheStore>())
    , m_object(object)
{
    m_thread.setObjectName(QStringLiteral("import-writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // The connection is opened on the thread that uses it; a failure comes back with the first batch.
    QMetaObject::invokeMethod(m_worker, [store = m_store, source = cache.source()] {
        const Status opened = store->openLike(source);
        if (!opened.ok()) {
            store->close();
        }
    });
}

ImportWriter::~ImportWriter()
{
    discard();
    // The store closes on its own thread, after whatever it was writing (queued batches return
    // at once once discarded).
    QMetaObject::invokeMethod(
        m_worker, [store = m_store] { store->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ImportWriter::discard()
{
    m_discarded->store(true);
}

void ImportWriter::store(const TextRows& rows)
{
    // Results are posted back to this object: it outlives the thread (the destructor joins it),
    // and posted events die with it.
    ImportWriter* self = this;
    QMetaObject::invokeMethod(m_worker, [self, store = m_store, discarded = m_discarded, object = m_object, rows] {
        if (discarded->load()) {
            return;
        }
        Result result;
        // What Salesforce sends becomes the cache's key: every row must carry a real record id.
        const int idIndex = int(rows.fields().indexOf(QStringLiteral("Id")));
        const int modstampIndex = int(rows.fields().indexOf(QStringLiteral("SystemModstamp")));
        QByteArrayView newest;
        for (qsizetype row = 0; row < rows.rowCount() && result.badRow < 0; ++row) {
            if (idIndex < 0 || !isRecordIdText(rows.value(row, idIndex))) {
                result.badRow = row;
                result.badId = idIndex >= 0 ? rows.string(row, idIndex) : QString();
            }
            // Each API writes every date-time in one fixed UTC form, so the newest is the
            // greatest text: no date parsing per row.
            if (modstampIndex >= 0 && !rows.isNull(row, modstampIndex)) {
                const QByteArrayView modstamp = rows.value(row, modstampIndex);
                if (modstamp.compare(newest) > 0) {
                    newest = modstamp;
                }
            }
        }
        if (result.badRow < 0) {
            const qint64 cpuBefore = threadCpuUs();
            const Status stored = store->database().isOpen()
                ? store->upsert(object, rows)
                : Status::failure(ImportWriter::tr("The local cache could not be opened for writing."));
            result.cpuUs = threadCpuUs() - cpuBefore;
            if (stored.ok()) {
                result.rows = rows.rowCount();
                result.newestModstamp = QString::fromUtf8(newest);
            } else {
                result.storageError = stored.errorMessage();
            }
        }
        QMetaObject::invokeMethod(self, [self, discarded, result] {
            if (!discarded->load()) {
                Q_EMIT self->stored(result);
            }
        });
    });
}

void ImportWriter::afterStored(std::function<void()> then)
{
    ImportWriter* self = this;
    QMetaObject::invokeMethod(m_worker, [self, discarded = m_discarded, then = std::move(then)] {
        QMetaObject::invokeMethod(self, [discarded, then] {
            if (!discarded->load()) {
                then();
            }
        });
    });
}

void ImportWriter::run(std::function<Status(CacheStore&)> work, std::function<void(const Status&)> then)
{
    ImportWriter* self = this;
    QMetaObject::invokeMethod(m_worker, [self, store = m_store, work = std::move(work), then = std::move(then)] {
        const qint64 cpuBefore = threadCpuUs();
        const Status status = store->database().isOpen()
            ? work(*store)
            : Status::failure(ImportWriter::tr("The local cache could not be opened for writing."));
        qCDebug(lcSync) << "writer task took" << (threadCpuUs() - cpuBefore) / 1000 << "ms of CPU";
        QMetaObject::invokeMethod(self, [status, then] { then(status); });
    });
}

} // namespace callbridge
