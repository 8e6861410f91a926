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

QString TokenStore::consumerSecretKeyFor(const QString& orgId, const QString& userId)
{
    return QStringLiteral("salesforce/%1/%2/consumer-secret").arg(orgId, userId);
}

KeychainJob* TokenStore::writeEntry(const QString& key, const QString& value)
{
    auto* request = new KeychainJob(this);
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, request, [request](QKeychain::Job* finished) {
        const Outcome outcome = outcomeOf(finished->error());
        if (outcome != Outcome::Ok) {
            qCWarning(lcKeychain) << "could not store a secret in the keychain:" << finished->errorString();
        }
        request->finish(outcome, {}, finished->errorString());
    });
    job->start();
    return request;
}

KeychainJob* TokenStore::readEntry(const QString& key)
{
    auto* request = new KeychainJob(this);
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, request, [job, request](QKeychain::Job* finished) {
        const Outcome outcome = outcomeOf(finished->error());
        request->finish(outcome, outcome == Outcome::Ok ? job->textData() : QString(), finished->errorString());
    });
    job->start();
    return request;
}

KeychainJob* TokenStore::removeEntry(const QString& key)
{
    auto* request = new KeychainJob(this);
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, request, [request](QKeychain::Job* finished) {
        request->finish(outcomeOf(finished->error()), {}, finished->errorString());
    });
    job->start();
    return request;
}

KeychainJob* TokenStore::write(const QString& orgId, const QString& userId, const QString& refreshToken)
{
    KeychainJob* request = writeEntry(keyFor(orgId, userId), refreshToken);
    connect(request, &KeychainJob::finished, this,
        [this, request] { Q_EMIT written(request->outcome(), request->message()); });
    return request;
}

KeychainJob* TokenStore::read(const QString& orgId, const QString& userId)
{
    KeychainJob* request = readEntry(keyFor(orgId, userId));
    connect(request, &KeychainJob::finished, this,
        [this, request] { Q_EMIT readFinished(request->outcome(), request->secret(), request->message()); });
    return request;
}

KeychainJob* TokenStore::remove(const QString& orgId, const QString& userId)
{
    auto* request = new KeychainJob(this);
    KeychainJob* token = removeEntry(keyFor(orgId, userId));
    connect(token, &KeychainJob::finished, this, [this, request, token, orgId, userId] {
        const Outcome outcome = token->outcome();
        const QString message = token->message();
        // The consumer secret goes with the sign-in it belongs to.
        connect(removeEntry(consumerSecretKeyFor(orgId, userId)), &KeychainJob::finished, this,
            [this, request, outcome, message] {
                request->finish(outcome, {}, message);
                Q_EMIT removed(outcome, message);
            });
    });
    return request;
}

KeychainJob* TokenStore::writeConsumerSecret(const QString& orgId, const QString& userId, const QString& secret)
{
    if (secret.isEmpty()) {
        return removeEntry(consumerSecretKeyFor(orgId, userId));
    }
    return writeEntry(consumerSecretKeyFor(orgId, userId), secret);
}

KeychainJob* TokenStore::readConsumerSecret(const QString& orgId, const QString& userId)
{
    return readEntry(consumerSecretKeyFor(orgId, userId));
}

} // namespace callbridge
