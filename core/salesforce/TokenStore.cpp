#include "TokenStore.h"

#include "logging/LogCategories.h"

#include <qt6keychain/keychain.h>

namespace callbridge {

namespace {

TokenStore::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return TokenStore::Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStore::Outcome::NoKeychain;
    default:
        return TokenStore::Outcome::Failed;
    }
}

} // namespace

TokenStore::TokenStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

QString TokenStore::keyFor(const QString& orgId, const QString& userId)
{
    return QStringLiteral("salesforce/%1/%2/refresh-token").arg(orgId, userId);
}

void TokenStore::write(const QString& orgId, const QString& userId, const QString& refreshToken)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(orgId, userId));
    job->setTextData(refreshToken);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        const Outcome outcome = outcomeOf(finished->error());
        if (outcome != Outcome::Ok) {
            qCWarning(lcKeychain) << "could not store the refresh token:" << finished->errorString();
        }
        Q_EMIT written(outcome, finished->errorString());
    });
    job->start();
}

void TokenStore::read(const QString& orgId, const QString& userId)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(orgId, userId));
    connect(job, &QKeychain::Job::finished, this, [this, job](QKeychain::Job* finished) {
        const Outcome outcome = outcomeOf(finished->error());
        Q_EMIT readFinished(outcome, outcome == Outcome::Ok ? job->textData() : QString(), finished->errorString());
    });
    job->start();
}

void TokenStore::remove(const QString& orgId, const QString& userId)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(orgId, userId));
    connect(job, &QKeychain::Job::finished, this,
        [this](QKeychain::Job* finished) { Q_EMIT removed(outcomeOf(finished->error()), finished->errorString()); });
    job->start();
}

} // namespace callbridge
