#include "core/sync/ImportRun.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/BulkQueryStream.h"
#include "core/salesforce/DailyApiAllowance.h"
#include "core/salesforce/QueryStream.h"
#include "core/salesforce/RestClient.h"
#include "core/sync/ObjectImport.h"

#include <QLocale>
#include <QUrl>

#include <cmath>

namespace callbridge {

namespace {

constexpr int bulkPollsExpected = 3;
// A first import of this many rows drops the object's secondary indexes and builds them at the end.
constexpr qint64 indexFreeLoadRows = 10000;

// Errors that stop the whole run (the next run resumes); others fail one object only.
bool stopsTheRun(const SalesforceError& error)
{
    switch (error.kind) {
    case SalesforceError::Kind::Http:
        return error.isTransient();
    case SalesforceError::Kind::Malformed:
    case SalesforceError::Kind::None:
        return false;
    default:
        return true;
    }
}

QString whenRequestsFreeUp()
{
    // Salesforce counts the daily limit over a rolling 24 hours: by then everything used now is free.
    return QLocale().toString(QDateTime::currentDateTime().addDays(1), QLocale::ShortFormat);
}

} // namespace

double ObjectImportProgress::recordsPerSecond() const
{
    return elapsedMs > 0 ? double(received) * 1000.0 / double(elapsedMs) : 0.0;
}

qint64 ObjectImportProgress::secondsLeft() const
{
    const double rate = recordsPerSecond();
    if (total < 0 || rate <= 0 || state != State::Reading) {
        return -1;
    }
    return qint64(std::ceil(double(qMax<qint64>(0, total - received)) / rate));
}

ImportRun::ImportRun(RestClient* client, CacheStore* cache, const QList<ObjectImportPlan>& plans, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_plans(plans)
{
    for (const ObjectImportPlan& plan : plans) {
        ObjectImportProgress progress;
        progress.object = plan.object;
        m_objects.append(progress);
    }
}

ImportRun::~ImportRun() = default;

void ImportRun::addFailedObject(const QString& object, const QString& message)
{
    ObjectImportProgress failed;
    failed.object = object;
    failed.state = ObjectImportProgress::State::Failed;
    failed.message = message;
    m_objects.append(failed); // after the planned objects, which keep the plans' rows
    m_failures = true;
}

qint64 ImportRun::requestsUsed() const
{
    return m_client->requestsSent() - m_requestsAtStart;
}

void ImportRun::start()
{
    m_clock.start();
    m_requestsAtStart = m_client->requestsSent();
    m_outcome = Outcome::Running;
    prepareTables();
    if (m_outcome == Outcome::Running) {
        readLimits();
    }
}

void ImportRun::prepareTables()
{
    for (const ObjectImportPlan& plan : std::as_const(m_plans)) {
        Status status = Status::success();
        const QStringList added = m_cache->ensureTable(plan.object, plan.columns, &status);
        if (status.ok() && (m_full || m_cache->scope(plan.object) != scopeText(plan.scope))) {
            // Rows read under another scope (other recorded users) must not linger.
            status = m_cache->clear(plan.object);
            if (status.ok()) {
                status = m_cache->setScope(plan.object, scopeText(plan.scope));
            }
        }
        if (!status.ok()) {
            finish(Outcome::Failed,
                tr("The local cache could not prepare %1: %2").arg(plan.object, status.errorMessage()));
            return;
        }
        if (!added.isEmpty()) {
            qCInfo(lcSync) << plan.object << "gains" << added << "- read again in full to fill them";
        }
    }
}

void ImportRun::readLimits()
{
    auto* allowance = new DailyApiAllowance(m_client, this);
    m_allowance = allowance;
    connect(allowance, &DailyApiAllowance::finished, this, [this, allowance] {
        allowance->deleteLater();
        if (m_outcome != Outcome::Running) {
            return;
        }
        if (allowance->error().kind == SalesforceError::Kind::Cancelled) {
            finish(Outcome::Cancelled, tr("Import cancelled before it read anything."));
            return;
        }
        if (allowance->error().isError() && stopsTheRun(allowance->error())) {
            finish(Outcome::Failed, allowance->error().toString());
            return;
        }
        if (allowance->known()) {
            m_remainingAtStart = allowance->remaining();
            m_budget = qint64(std::floor(double(m_remainingAtStart) * m_budgetShare));
        }
        qCInfo(lcSync) << "import budget" << m_budget << "of" << m_remainingAtStart << "remaining requests";
        next();
    });
    allowance->start();
}

void ImportRun::next()
{
    ++m_current;
    if (m_current >= m_plans.size()) {
        qint64 stored = 0;
        qint64 removed = 0;
        for (const ObjectImportProgress& object : std::as_const(m_objects)) {
            stored += object.stored;
            removed += object.removed;
        }
        finish(m_failures ? Outcome::CompletedWithErrors : Outcome::Completed,
            tr("Import finished in %L1 s: %L2 records stored, %L3 removed, %L4 API requests.")
                .arg(double(elapsedMs()) / 1000.0, 0, 'f', 1)
                .arg(stored)
                .arg(removed)
                .arg(requestsUsed()));
        return;
    }
    count();
}

void ImportRun::count()
{
    ObjectImportProgress& starting = m_objects[m_current];
    if (m_budget >= 0 && requestsUsed() + 1 > m_budget) {
        starting.state = ObjectImportProgress::State::NotStarted;
        starting.message = tr("The API budget is spent.");
        m_budgetStop = true;
        objectFinished({}, false);
        return;
    }
    starting.state = ObjectImportProgress::State::Counting;
    m_objectClock.start();
    m_objectRequestsAtStart = m_client->requestsSent();
    update(m_current);

    const ObjectImportPlan& plan = m_plans.at(m_current);
    m_import = new ObjectImport(m_client, m_cache, plan, this);
    m_import->setBatchSize(m_restBatchSize);
    starting.incremental = m_cache->cursor(plan.object).complete;

    countRows(m_import->countSoqls(), 0);
}

// One COUNT() per scope condition, then the read. A scope's conditions split one list of
// owners, so their rows are disjoint and the counts add up.
void ImportRun::countRows(QStringList remaining, qint64 counted)
{
    const QString soql = remaining.takeFirst();
    RestReply* reply = m_client->get(QStringLiteral("query?q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    m_reply = reply;
    connect(reply, &RestReply::finished, this, [this, reply, remaining, counted] {
        if (m_outcome != Outcome::Running) {
            return;
        }
        ObjectImportProgress& object = m_objects[m_current];
        if (!reply->ok()) {
            object.state = reply->error().kind == SalesforceError::Kind::Cancelled
                ? ObjectImportProgress::State::Cancelled
                : ObjectImportProgress::State::Failed;
            object.message = reply->error().toString();
            objectFinished(reply->error(), false);
            return;
        }
        const qint64 total = reply->json().object().value(QStringLiteral("totalSize")).toInteger(-1);
        if (total >= 0 && !remaining.isEmpty()) {
            countRows(remaining, counted + total);
            return;
        }
        object.total = total < 0 ? -1 : counted + total;
        object.bulk = object.total >= m_bulkThreshold || !m_cache->cursor(object.object).bulkJobId.isEmpty();
        if (m_budget >= 0 && requestsUsed() + estimatedRequests(object) > m_budget) {
            object.state = ObjectImportProgress::State::NotStarted;
            object.message = tr("Needs about %L1 API requests; the budget has %L2 left.")
                                 .arg(estimatedRequests(object))
                                 .arg(qMax<qint64>(0, m_budget - requestsUsed()));
            m_budgetStop = true;
            objectFinished({}, false);
            return;
        }
        read();
    });
}

qint64 ImportRun::estimatedRequests(const ObjectImportProgress& object) const
{
    const qint64 rows = qMax<qint64>(0, object.total);
    const qint64 deletes = object.incremental ? 2 : 0; // queryAll of the deleted rows, and a COUNT()
    if (object.bulk) {
        const qint64 pages = (rows + BulkQueryStream::defaultPageRecords - 1) / BulkQueryStream::defaultPageRecords;
        return 1 + bulkPollsExpected + qMax<qint64>(1, pages) + deletes;
    }
    const qint64 pageRows = m_plans.at(m_current).expectedPageRows(m_restBatchSize);
    return qMax<qint64>(1, (rows + pageRows - 1) / pageRows) + deletes;
}

void ImportRun::read()
{
    ObjectImportProgress& reading = m_objects[m_current];
    reading.state = ObjectImportProgress::State::Reading;
    update(m_current);
    m_import->setUseBulk(reading.bulk);
    reading.indexFreeLoad = !reading.incremental && reading.total >= indexFreeLoadRows;
    if (reading.indexFreeLoad) {
        m_cache->dropIndexes(reading.object); // rebuilt by the import when it ends
    }
    m_import->setRebuildsIndexes(reading.indexFreeLoad);
    connect(m_import, &ObjectImport::progress, this, [this](qint64 received, qint64 total) {
        ObjectImportProgress& object = m_objects[m_current];
        object.received = received;
        if (total >= 0) {
            object.total = total;
        }
        update(m_current);
        if (m_budget >= 0 && requestsUsed() >= m_budget && m_import) {
            m_budgetStop = true;
            m_import->cancel(); // what is stored stays; the cursor says where to go on
        }
    });
    connect(m_import, &ObjectImport::indexing, this, [this] {
        m_objects[m_current].state = ObjectImportProgress::State::Indexing;
        update(m_current);
    });
    connect(m_import, &ObjectImport::finished, this, [this] {
        ObjectImportProgress& object = m_objects[m_current];
        object.stored = m_import->stored();
        object.removed = m_import->removed();
        if (m_import->ok()) {
            object.state = ObjectImportProgress::State::Done;
            object.received = qMax(object.received, object.stored);
            if (object.total < object.received) {
                object.total = object.received;
            }
        } else if (m_import->storageError().isEmpty() && m_import->error().kind == SalesforceError::Kind::Cancelled) {
            object.state = ObjectImportProgress::State::Cancelled;
        } else {
            object.state = ObjectImportProgress::State::Failed;
            object.message = m_import->errorText();
        }
        objectFinished(m_import->error(), !m_import->storageError().isEmpty());
    });
    m_import->start();
}

void ImportRun::objectFinished(const SalesforceError& error, bool storageFailed)
{
    ObjectImportProgress& object = m_objects[m_current];
    object.requests = m_client->requestsSent() - m_objectRequestsAtStart;
    object.elapsedMs = m_objectClock.elapsed();
    update(m_current);
    if (m_import) {
        m_import->deleteLater();
    }
    if (m_budgetStop) {
        finish(Outcome::BudgetReached, budgetMessage());
    } else if (object.state == ObjectImportProgress::State::Cancelled || m_cancelAfterIndexing) {
        finish(
            Outcome::Cancelled, tr("Import cancelled. What was read is kept; the next import continues from there."));
    } else if (object.state == ObjectImportProgress::State::Failed
        && error.kind == SalesforceError::Kind::LimitExceeded) {
        finish(Outcome::Failed,
            tr("Salesforce's daily API limit is reached, so the import stopped. What was read is kept. Salesforce "
               "counts requests over a rolling 24 hours: run the import again later, by %1 at the latest, and it "
               "continues where it stopped.")
                .arg(whenRequestsFreeUp()));
    } else if (object.state == ObjectImportProgress::State::Failed && (storageFailed || stopsTheRun(error))) {
        finish(Outcome::Failed,
            tr("The import stopped at %1: %2 What was read is kept; the next import continues from there.")
                .arg(object.object, object.message));
    } else {
        if (object.state == ObjectImportProgress::State::Failed) {
            m_failures = true;
        }
        next();
    }
}

QString ImportRun::budgetMessage() const
{
    if (m_budget <= 0) {
        return tr("The org has no API requests to spare today (%L1 remaining), so the import did not start reading. "
                  "What was read before is kept. Salesforce frees requests over a rolling 24 hours: run the import "
                  "again later, by %2 at the latest, and it continues where it stopped.")
            .arg(qMax<qint64>(0, m_remainingAtStart))
            .arg(whenRequestsFreeUp());
    }
    return tr("Stopped to stay within the API budget: %L1 of the %L2 requests allowed (%3% of the %L4 remaining "
              "today). What was read is kept. Salesforce frees requests over a rolling 24 hours: run the import "
              "again later, by %5 at the latest, and it continues where it stopped.")
        .arg(requestsUsed())
        .arg(m_budget)
        .arg(qRound(m_budgetShare * 100))
        .arg(m_remainingAtStart)
        .arg(whenRequestsFreeUp());
}

void ImportRun::cancel()
{
    if (m_outcome != Outcome::Running) {
        return;
    }
    if (m_import && m_objects.value(m_current).state == ObjectImportProgress::State::Reading) {
        m_import->cancel(); // finishes through objectFinished()
        return;
    }
    if (m_import && m_objects.value(m_current).state == ObjectImportProgress::State::Indexing) {
        m_cancelAfterIndexing = true; // finishes through objectFinished()
        return;
    }
    if (m_allowance) {
        m_allowance->cancel(); // finishes through its handler
        return;
    }
    if (m_reply) {
        m_reply->cancel(); // COUNT(): finishes through its handler
        return;
    }
    finish(Outcome::Cancelled, tr("Import cancelled."));
}

void ImportRun::update(int row)
{
    if (row >= 0 && row < m_objects.size()) {
        m_objects[row].elapsedMs = m_objectClock.isValid() ? m_objectClock.elapsed() : 0;
        Q_EMIT objectChanged(row);
    }
}

void ImportRun::finish(Outcome outcome, const QString& message)
{
    if (m_outcome != Outcome::Running) {
        return;
    }
    m_outcome = outcome;
    m_message = message;
    qCInfo(lcSync) << "import finished:" << int(outcome) << requestsUsed() << "requests," << elapsedMs() << "ms";
    Q_EMIT finished();
}

} // namespace callbridge
