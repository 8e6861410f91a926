#include "core/sync/ImportOperation.h"

#include "core/cache/CacheStore.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/RestClient.h"

namespace callbridge {

ImportOperation::ImportOperation(ConnectionManager* connection, Options options, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(std::move(options))
{ }

ImportOperation::~ImportOperation()
{
    delete m_run.data(); // before the cache it writes to
}

QString ImportOperation::cachePath() const
{
    return CacheStore::pathFor(m_options.dataDirectory, m_orgId);
}

QString ImportOperation::waitingFor(qint64 atLeastMs) const
{
    if (!m_running || !m_connection->client()) {
        return {};
    }
    const auto waiting = m_connection->client()->waitingFor(atLeastMs);
    if (!waiting) {
        return {};
    }
    return tr("Waiting for Salesforce: %1 (%L2 s)").arg(waiting->request).arg(waiting->ms / 1000);
}

QString ImportOperation::orgName() const
{
    return m_connection->summary().orgName;
}

QString ImportOperation::message() const
{
    if (!m_failure.isEmpty() || !m_run) {
        return m_failure;
    }
    return m_run->message();
}

void ImportOperation::start()
{
    m_running = true;
    m_orgId = m_connection->summary().orgId;
    if (!m_connection->isConnected() || m_orgId.isEmpty()) {
        // Queued, so a caller connected after start() still hears it.
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("Connect to Salesforce first.")); }, Qt::QueuedConnection);
        return;
    }
    auto* loader = new FieldCatalogLoader(m_connection->client(), this);
    m_loader = loader;
    // Describes are kept per org beside the setup, so an unchanged org costs one cheap call.
    loader->setCacheDirectory(CacheStore::describeDirectoryFor(m_options.dataDirectory, m_orgId));
    connect(loader, &FieldCatalogLoader::finished, this, [this, loader] {
        m_loader.clear();
        loader->deleteLater();
        if (loader->error().kind == SalesforceError::Kind::Cancelled || m_cancelled) {
            fail(tr("Import cancelled before it read anything."));
            return;
        }
        if (!loader->ok()) {
            fail(tr("Reading the fields failed: %1").arg(loader->error().toString()));
            return;
        }
        startRun(loader->catalog(), loader->failedObjects());
    });
    loader->start();
}

void ImportOperation::startRun(
    const FieldCatalogLoader::Catalog& catalog, const QMap<QString, QString>& failedDescribes)
{
    const QList<ObjectImportPlan> plans =
        planImport(catalog, m_options.selectedFields, m_options.opportunityScope, m_options.onlyObjects);
    for (const QString& object : m_options.onlyObjects) {
        const bool planned = std::any_of(plans.cbegin(), plans.cend(),
            [&object](const ObjectImportPlan& plan) { return plan.object.compare(object, Qt::CaseInsensitive) == 0; });
        const bool failed = std::any_of(failedDescribes.keyBegin(), failedDescribes.keyEnd(),
            [&object](const QString& name) { return name.compare(object, Qt::CaseInsensitive) == 0; });
        if (!planned && !failed) {
            m_unknownObjects.append(object);
        }
    }
    if (!m_unknownObjects.isEmpty()) {
        fail(tr("%1 is not an object Callbridge imports, or the integration user cannot read it")
                 .arg(m_unknownObjects.join(QStringLiteral(", "))));
        return;
    }
    m_cache = std::make_unique<CacheStore>();
    const Status opened = m_cache->open(cachePath(), m_orgId);
    if (!opened.ok()) {
        fail(opened.errorMessage());
        return;
    }
    m_run = new ImportRun(m_connection->client(), m_cache.get(), plans, this);
    m_run->setFull(m_options.full);
    m_run->setBudgetShare(m_options.budgetShare);
    // An object whose describe failed is not silently left out: the run lists it as failed.
    for (auto failed = failedDescribes.cbegin(); failed != failedDescribes.cend(); ++failed) {
        if (m_options.onlyObjects.isEmpty() || m_options.onlyObjects.contains(failed.key(), Qt::CaseInsensitive)) {
            m_run->addFailedObject(
                failed.key(), tr("Salesforce did not describe %1: %2").arg(failed.key(), failed.value()));
        }
    }
    connect(m_run, &ImportRun::finished, this, &ImportOperation::finish);
    Q_EMIT runStarted(m_run);
    m_run->start();
}

void ImportOperation::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    if (m_loader) {
        m_loader->cancel(); // finishes through the loader's handler
    } else if (m_run) {
        m_run->cancel(); // finishes through finish()
    }
}

void ImportOperation::fail(const QString& message)
{
    m_failure = message;
    finish();
}

void ImportOperation::finish()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace callbridge
