#pragma once

#include <QObject>

namespace callbridge {

// One keychain request (write, read or remove) and its outcome: finished() is emitted exactly
// once, then the job deletes itself. Each request has its own job, so two overlapping requests
// never hear each other's answer.
class KeychainJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Ok, NotFound, NoKeychain, Failed };
    Q_ENUM(Outcome)

    explicit KeychainJob(QObject* parent)
        : QObject(parent)
    { }

    Outcome outcome() const { return m_outcome; }
    bool ok() const { return m_outcome == Outcome::Ok; }
    QString secret() const { return m_secret; } // what a read found
    QString message() const { return m_message; }

    void finish(Outcome outcome, const QString& secret, const QString& message);

Q_SIGNALS:
    void finished();

private:
    Outcome m_outcome = Outcome::Failed;
    QString m_secret;
    QString m_message;
};

// Keeps the refresh token in the OS keychain (Secret Service, Keychain, Credential Manager)
// through QtKeychain, under a key scoped by org and user, and beside it the app's consumer secret
// when the app needs one. Nothing else of the connection is secret, and nothing secret is stored
// anywhere else. There is no plaintext fallback: with no
// keychain the app says so and offers a session that is forgotten on exit.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using Outcome = KeychainJob::Outcome;

    explicit TokenStore(const QString& service = QStringLiteral("Callbridge"), QObject* parent = nullptr);

    static QString keyFor(const QString& orgId, const QString& userId);
    static QString consumerSecretKeyFor(const QString& orgId, const QString& userId);

    // Each request answers through its own job, and also through the store's matching signal
    // for those who watch every request (tests).
    KeychainJob* write(const QString& orgId, const QString& userId, const QString& refreshToken);
    KeychainJob* read(const QString& orgId, const QString& userId);
    // Removes the refresh token and the consumer secret; the outcome is the refresh token's.
    KeychainJob* remove(const QString& orgId, const QString& userId);

    // The consumer secret beside the refresh token (an empty secret removes it). These answer
    // through their job only.
    KeychainJob* writeConsumerSecret(const QString& orgId, const QString& userId, const QString& secret);
    KeychainJob* readConsumerSecret(const QString& orgId, const QString& userId);

Q_SIGNALS:
    void written(callbridge::KeychainJob::Outcome outcome, const QString& message);
    void readFinished(callbridge::KeychainJob::Outcome outcome, const QString& refreshToken, const QString& message);
    void removed(callbridge::KeychainJob::Outcome outcome, const QString& message);

private:
    KeychainJob* writeEntry(const QString& key, const QString& value);
    KeychainJob* readEntry(const QString& key);
    KeychainJob* removeEntry(const QString& key);

    QString m_service;
};

} // namespace callbridge
