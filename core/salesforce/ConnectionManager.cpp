#include "core/salesforce/ConnectionManager.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/LoginUrls.h"
#include "core/salesforce/OAuthProblems.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceIds.h"
#include "core/salesforce/SalesforceSession.h"
#include "core/salesforce/SignInRevocation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace callbridge {

ConnectionManager::ConnectionManager(QNetworkAccessManager* network, TokenStore* tokenStore, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenStore(tokenStore)
    , m_session(new SalesforceSession(network, this))
    , m_client(new RestClient(network, m_session, this))
{
    // Salesforce rotated the refresh token: the old one is spent, keep the new one.
    connect(m_session, &SalesforceSession::refreshTokenChanged, this, &ConnectionManager::storeRotated);
    connect(m_client, &RestClient::disconnected, this, [this](const SalesforceError& error) {
        m_lastError = error.toString();
        setState(State::Disconnected);
    });
}

ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void ConnectionManager::fail(const QString& message)
{
    m_lastError = message;
    setState(State::Disconnected);
    Q_EMIT failed(message);
}

void ConnectionManager::storeRotated(const QString& refreshToken)
{
    // Whatever the state (a reconnect renews while Connecting): the keychain's copy is spent the
    // moment Salesforce answers, so the new one is written before anything else can fail.
    if (m_storedOrgId.isEmpty() || m_storedUserId.isEmpty()) {
        return; // not stored (yet): establish() stores the newest one when it gets there
    }
    KeychainJob* write = m_tokenStore->write(m_storedOrgId, m_storedUserId, refreshToken);
    m_pendingWrite = write;
    connect(write, &KeychainJob::finished, this, [this, write] {
        if (write->ok()) {
            return;
        }
        qCWarning(lcKeychain) << "the rotated refresh token could not be stored:" << write->message();
        m_lastError = tr("Salesforce replaced the sign-in, and the new one could not be stored in the keychain (%1), "
                         "so the connection lasts until Callbridge quits.")
                          .arg(write->message());
        m_storedOrgId.clear();
        m_storedUserId.clear();
        if (m_state == State::Connected) {
            setState(State::SessionOnly);
        }
    });
}

QString ConnectionManager::explained(const SalesforceError& error)
{
    if (error.kind == SalesforceError::Kind::Disconnected && !error.errorCode.isEmpty()) {
        return OAuthProblems::explain(error.errorCode, error.message);
    }
    return error.toString();
}

ConnectionSettings ConnectionManager::settingsFor(const ConnectionSettings& base) const
{
    ConnectionSettings settings = base;
    settings.instanceUrl = m_summary.instanceUrl;
    settings.orgId = m_summary.orgId;
    settings.userId = m_summary.userId;
    settings.username = m_summary.username;
    settings.clientId = m_session->clientId();
    return settings;
}

void ConnectionManager::establish(
    const ConnectionSettings& settings, const OAuthTokens& tokens, const QString& clientSecret)
{
    setState(State::Connecting);
    // A browser sign-in without a refresh token lasts for this session: say why.
    m_lastError = tokens.refreshToken.isEmpty() ? OAuthProblems::noRefreshTokenGranted() : QString();
    m_storedOrgId.clear();
    m_storedUserId.clear();
    m_session->setLoginUrl(LoginUrls::forSettings(settings));
    m_session->setClientId(settings.clientId);
    m_session->setClientSecret(clientSecret);
    m_session->setTokens(tokens);
    m_storeRefreshToken = !tokens.refreshToken.isEmpty();
    verify();
}

void ConnectionManager::connectWithClientCredentials(
    const QUrl& loginUrl, const QString& clientId, const QString& clientSecret)
{
    setState(State::Connecting);
    m_lastError.clear();
    m_storeRefreshToken = false;
    m_storedOrgId.clear();
    m_storedUserId.clear();
    if (const QString problem = OAuthProblems::clientCredentialsHostProblem(loginUrl); !problem.isEmpty()) {
        // Decided before any request: Salesforce would only answer "request not supported on this domain".
        QMetaObject::invokeMethod(
            this, [this, problem] { fail(problem); }, Qt::QueuedConnection);
        return;
    }
    m_session->setLoginUrl(loginUrl);
    m_session->setClientId(clientId);
    m_session->setClientSecret(clientSecret);
    TokenRequest* request = m_session->authenticateWithClientCredentials();
    connect(request, &TokenRequest::finished, this, [this, request] {
        if (request->ok()) {
            verify();
            return;
        }
        const SalesforceError& error = request->error();
        if (error.message == QLatin1String("request not supported on this domain")) {
            fail(tr("%1 refused the client credentials flow. %2")
                     .arg(m_session->loginUrl().toString(), OAuthProblems::myDomainRequired()));
            return;
        }
        if (error.errorCode == QLatin1String("invalid_app_access")) {
            fail(explained(error));
            return;
        }
        if (error.kind == SalesforceError::Kind::Disconnected
            || error.errorCode == QLatin1String("unauthorized_client")) {
            // Nothing was connected before: the credentials themselves were refused.
            fail(tr("Salesforce refused the client credentials (%1: %2). Check the consumer key (--client-id), the "
                    "consumer secret (CALLBRIDGE_CLIENT_SECRET), and that the app enables the client credentials "
                    "flow with a run-as user.")
                     .arg(error.errorCode, error.message));
            return;
        }
        fail(error.toString());
    });
}

void ConnectionManager::reconnect(const ConnectionSettings& settings)
{
    if (settings.orgId.isEmpty() || settings.userId.isEmpty()) {
        fail(tr("There is no saved connection to reconnect. Connect to Salesforce first."));
        return;
    }
    setState(State::Connecting);
    m_lastError.clear();
    KeychainJob* read = m_tokenStore->read(settings.orgId, settings.userId);
    connect(read, &KeychainJob::finished, this, [this, settings, read] {
        if (read->outcome() == KeychainJob::Outcome::NotFound) {
            fail(tr("The keychain holds no sign-in for this org. Connect again."));
            return;
        }
        if (!read->ok()) {
            fail(tr("The sign-in could not be read from the keychain: %1").arg(read->message()));
            return;
        }
        OAuthTokens tokens;
        tokens.refreshToken = read->secret();
        tokens.instanceUrl = settings.instanceUrl;
        tokens.orgId = settings.orgId;
        tokens.userId = settings.userId;
        KeychainJob* secret = m_tokenStore->readConsumerSecret(settings.orgId, settings.userId);
        connect(secret, &KeychainJob::finished, this, [this, settings, tokens, secret] {
            if (!secret->ok() && secret->outcome() != KeychainJob::Outcome::NotFound) {
                fail(tr("The consumer secret could not be read from the keychain: %1").arg(secret->message()));
                return;
            }
            m_session->setLoginUrl(LoginUrls::forSettings(settings));
            m_session->setClientId(settings.clientId);
            m_session->setClientSecret(secret->secret()); // empty: the app needs none
            m_session->setTokens(tokens);
            m_storeRefreshToken = false; // it is stored already; a rotated one is stored as it comes
            m_storedOrgId = settings.orgId;
            m_storedUserId = settings.userId;
            verifyAfter(m_session->refresh());
        });
    });
}

void ConnectionManager::verifyAfter(TokenRequest* request)
{
    connect(request, &TokenRequest::finished, this, [this, request] {
        if (request->ok() && m_pendingWrite) {
            // Salesforce rotated the refresh token: it is in the keychain before anything goes on.
            connect(m_pendingWrite, &KeychainJob::finished, this, &ConnectionManager::verify);
        } else if (request->ok()) {
            verify();
        } else {
            fail(explained(request->error()));
        }
    });
}

QString ConnectionManager::notAnOrgId(const QString& value)
{
    return tr("Salesforce answered with the organization id \"%1\", which is not a Salesforce org id (15 or 18 "
              "letters and digits starting with 00D). Callbridge did not connect.")
        .arg(shownValue(value));
}

QString ConnectionManager::notAUserId(const QString& value)
{
    return tr("Salesforce answered with the user id \"%1\", which is not a Salesforce user id (15 or 18 letters "
              "and digits starting with 005). Callbridge did not connect.")
        .arg(shownValue(value));
}

void ConnectionManager::verify()
{
    // The user id comes from the token response's identity URL (or the saved settings) and goes
    // into the identity query below.
    if (!isUserId(m_session->tokens().userId)) {
        fail(notAUserId(m_session->tokens().userId));
        return;
    }
    RestReply* versions = m_client->negotiateVersion();
    connect(versions, &RestReply::finished, this, [this, versions] {
        if (!versions->ok()) {
            fail(versions->error().toString());
            return;
        }
        const OAuthTokens& tokens = m_session->tokens();
        // One API call for who and where: the org, the user, and the user's license.
        const QJsonObject composite { { QStringLiteral("allOrNone"), false },
            { QStringLiteral("compositeRequest"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
                        { QStringLiteral("referenceId"), QStringLiteral("org") },
                        { QStringLiteral("url"),
                            QStringLiteral("/services/data/v%1/query?q=SELECT+Id,+Name,+IsSandbox,"
                                           "+OrganizationType+FROM+Organization")
                                .arg(m_client->apiVersion()) } },
                    QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
                        { QStringLiteral("referenceId"), QStringLiteral("user") },
                        { QStringLiteral("url"),
                            QStringLiteral("/services/data/v%1/query?q=SELECT+Id,+Username,+Name,"
                                           "+ProfileId+FROM+User+WHERE+Id+=+'%2'")
                                .arg(m_client->apiVersion(), tokens.userId) } },
                    QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
                        { QStringLiteral("referenceId"), QStringLiteral("license") },
                        { QStringLiteral("url"),
                            QStringLiteral("/services/data/v%1/query?q=SELECT+UserLicense.Name+"
                                           "FROM+Profile+WHERE+Id+=+'@{user.records[0].ProfileId}'")
                                .arg(m_client->apiVersion()) } },
                } } };
        RestRequest request;
        request.method = "POST";
        request.path = QStringLiteral("composite");
        request.body = QJsonDocument(composite).toJson(QJsonDocument::Compact);
        request.idempotent = true; // three reads
        RestReply* reply = m_client->send(request);
        connect(reply, &RestReply::finished, this, [this, reply] {
            if (!reply->ok()) {
                fail(reply->error().toString());
                return;
            }
            QHash<QString, QJsonObject> bodies;
            for (const QJsonValue& item : reply->json().object().value(QStringLiteral("compositeResponse")).toArray()) {
                const QJsonObject response = item.toObject();
                if (response.value(QStringLiteral("httpStatusCode")).toInt() == 200) {
                    bodies.insert(response.value(QStringLiteral("referenceId")).toString(),
                        response.value(QStringLiteral("body")).toObject());
                }
            }
            auto firstRecord = [&](const char* reference) {
                return bodies.value(QString::fromLatin1(reference))
                    .value(QStringLiteral("records"))
                    .toArray()
                    .first()
                    .toObject();
            };
            const QJsonObject org = firstRecord("org");
            const QJsonObject user = firstRecord("user");
            if (org.isEmpty() || user.isEmpty()) {
                fail(tr("Connected, but Salesforce did not show the organization and the user. Check that the user "
                        "has API Enabled."));
                return;
            }
            // These ids name the cache file and the keychain entry: only ids may.
            const QString orgId = org.value(QStringLiteral("Id")).toString();
            const QString userId = user.value(QStringLiteral("Id")).toString();
            if (!isOrgId(orgId)) {
                fail(notAnOrgId(orgId));
                return;
            }
            if (!isUserId(userId)) {
                fail(notAUserId(userId));
                return;
            }
            const OAuthTokens& current = m_session->tokens();
            m_summary = {};
            m_summary.orgId = orgId;
            m_summary.orgName = org.value(QStringLiteral("Name")).toString();
            m_summary.organizationType = org.value(QStringLiteral("OrganizationType")).toString();
            m_summary.isSandbox = org.value(QStringLiteral("IsSandbox")).toBool();
            m_summary.userId = userId;
            m_summary.username = user.value(QStringLiteral("Username")).toString();
            m_summary.displayName = user.value(QStringLiteral("Name")).toString();
            m_summary.instanceUrl = current.instanceUrl;
            m_summary.apiVersion = m_client->apiVersion();
            m_summary.userLicense = firstRecord("license")
                                        .value(QStringLiteral("UserLicense"))
                                        .toObject()
                                        .value(QStringLiteral("Name"))
                                        .toString();
            if (!m_storeRefreshToken) {
                // Connected when the keychain holds this sign-in: a reconnect whose rotated token could
                // not be stored (storeRotated) lasts for the session only.
                const bool stored = !m_session->refreshToken().isEmpty() && !m_storedOrgId.isEmpty();
                setState(stored ? State::Connected : State::SessionOnly);
                Q_EMIT established();
                return;
            }
            KeychainJob* write = m_tokenStore->write(m_summary.orgId, m_summary.userId, m_session->refreshToken());
            connect(write, &KeychainJob::finished, this, [this, write] {
                const KeychainJob::Outcome outcome = write->outcome();
                const QString message = write->message();
                if (outcome == KeychainJob::Outcome::Ok) {
                    m_lastError.clear();
                    m_storedOrgId = m_summary.orgId;
                    m_storedUserId = m_summary.userId;
                    // The consumer secret lives beside the refresh token (an empty one removes an old one).
                    KeychainJob* secret =
                        m_tokenStore->writeConsumerSecret(m_summary.orgId, m_summary.userId, m_session->clientSecret());
                    connect(secret, &KeychainJob::finished, this, [this, secret] {
                        if (!secret->ok() && secret->outcome() != KeychainJob::Outcome::NotFound) {
                            m_lastError = tr("The consumer secret could not be stored in the keychain (%1), so the "
                                             "connection lasts until Callbridge quits.")
                                              .arg(secret->message());
                            setState(State::SessionOnly);
                        } else {
                            setState(State::Connected);
                        }
                        Q_EMIT established();
                    });
                    return;
                } else {
                    // Still connected for this session; nothing is written anywhere else.
                    m_lastError = outcome == KeychainJob::Outcome::NoKeychain
                        ? tr("No keychain is available on this computer, so the connection lasts until Callbridge "
                             "quits. Callbridge never stores the sign-in anywhere else.")
                        : tr("The sign-in could not be stored in the keychain (%1), so the connection lasts until "
                             "Callbridge quits.")
                              .arg(message);
                    setState(State::SessionOnly);
                }
                Q_EMIT established();
            });
        });
    });
}

void ConnectionManager::disconnectFrom(const ConnectionSettings& settings)
{
    ConnectionSettings leaving = settings;
    if (leaving.orgId.isEmpty()) {
        leaving.orgId = m_summary.orgId;
        leaving.userId = m_summary.userId;
    }
    // The live session's refresh token when it is this org's; the keychain's otherwise.
    const QString refreshToken = leaving.orgId == m_summary.orgId ? m_session->refreshToken() : QString();
    auto* revocation = new SignInRevocation(m_network, m_tokenStore, leaving, refreshToken, this);
    connect(revocation, &SignInRevocation::finished, this, [this] {
        m_session->setTokens({});
        m_session->setClientSecret({});
        m_storedOrgId.clear();
        m_storedUserId.clear();
        m_summary = {};
        setState(State::Disconnected);
        Q_EMIT disconnectFinished();
    });
    revocation->start();
}

} // namespace callbridge
