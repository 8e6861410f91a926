#pragma once

#include <QObject>

namespace callbridge {

// Keeps the refresh token in the OS keychain (Secret Service, Keychain, Credential Manager)
// through QtKeychain, under a key scoped by org and user. Nothing else of the connection is
// secret, and nothing secret is stored anywhere else. There is no plaintext fallback: with no
// keychain the app says so and offers a session that is forgotten on exit.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Ok, NotFound, NoKeychain, Failed };
    Q_ENUM(Outcome)

    explicit TokenStore(const QString& service = QStringLiteral("Callbridge"), QObject* parent = nullptr);

    static QString keyFor(const QString& orgId, const QString& userId);

    // Each answers once with the matching signal.
    void write(const QString& orgId, const QString& userId, const QString& refreshToken);
    void read(const QString& orgId, const QString& userId);
    void remove(const QString& orgId, const QString& userId);

Q_SIGNALS:
    void written(callbridge::TokenStore::Outcome outcome, const QString& message);
    void readFinished(callbridge::TokenStore::Outcome outcome, const QString& refreshToken, const QString& message);
    void removed(callbridge::TokenStore::Outcome outcome, const QString& message);

private:
    QString m_service;
};

} // namespace callbridge
