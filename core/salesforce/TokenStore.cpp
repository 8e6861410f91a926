#include "core/salesforce/TokenStore.h"

#include "core/logging/LogCategories.h"

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

void KeychainJob::finish(Outcome outcome, const QString& secret, const QString& message)
{
    m_outcome = outcome;
    m_secret = secret;
    m_message = message;
    Q_EMIT finished();
    deleteLater();
}

TokenStore::TokenStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

QString TokenStore::keyFor(const QString& orgId, const QString& userId)
{
    return QStringLiteral("salesforce/%1/%2/refresh-token").arg(orgId, userId);
}

KeychainJob* TokenStore::write(const QString& orgId, const QString& userId, const QString& refreshToken)
{
    auto* request = new KeychainJob(this);
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(orgId, userId));
    job->setTextData(refreshToken);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job* finished) {
        const Outcome outcome = outcomeOf(finished->error());
        if (outcome != Outcome::Ok) {
            qCWarning(lcKeychain) << "could not store the refresh token:" << finished->errorString();
        }
        request->finish(outcome, {}, finished->errorString());
        Q_EMIT written(outcome, finished->errorString());
    });
    job->start();
    return request;
}

KeychainJob* TokenStore::read(const QString& orgId, const QString& userId)
{
    auto* request = new KeychainJob(this);
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(orgId, userId));
    connect(job, &QKeychain::Job::finished, this, [this, job, request](QKeychain::Job* finished) {
        const Outcome outcome = outcomeOf(finished->error());
        const QString secret = outcome == Outcome::Ok ? job->textData() : QString();
        request->finish(outcome, secret, finished->errorString());
        Q_EMIT readFinished(outcome, secret, finished->errorString());
    });
    job->start();
    return request;
}

KeychainJob* TokenStore::remove(const QString& orgId, const QString& userId)
{
    auto* request = new KeychainJob(this);
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(orgId, userId));
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job* finished) {
        request->finish(outcomeOf(finished->error()), {}, finished->errorString());
        Q_EMIT removed(outcomeOf(finished->error()), finished->errorString());
    });
    job->start();
    return request;
}

} // namespace callbridge
