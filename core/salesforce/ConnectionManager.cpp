#include "ConnectionManager.h"

#include "LoginUrls.h"
#include "RestClient.h"
#include "SalesforceSession.h"
#include "logging/LogCategories.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace callbridge {

ConnectionManager::ConnectionManager(QNetworkAccessManager* network, TokenStore* tokenStore, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenStore(tokenStore)
    , m_session(new SalesforceSession(network, this))
    , m_client(new RestClient(network, m_session, this))
{
    // Salesforce rotated the refresh token: the old one is spent, keep the new one.
    connect(m_session, &SalesforceSession::refreshTokenChanged, this, [this](const QString& refreshToken) {
        if (m_state == State::Connected) {
            m_tokenStore->write(m_summary.orgId, m_summary.userId, refreshToken);
        }
    });
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

void ConnectionManager::establish(const ConnectionSettings& settings, const OAuthTokens& tokens)
{
    setState(State::Connecting);
    m_session->setLoginUrl(LoginUrls::forSettings(settings));
    m_session->setClientId(settings.clientId);
    m_session->setTokens(tokens);
    m_storeRefreshToken = !tokens.refreshToken.isEmpty();
    verify();
}

void ConnectionManager::connectWithClientCredentials(
    const QUrl& loginUrl, const QString& clientId, const QString& clientSecret)
{
    setState(State::Connecting);
    m_storeRefreshToken = false;
    m_session->setLoginUrl(loginUrl);
    m_session->setClientId(clientId);
    m_session->setClientSecret(clientSecret);
    verifyAfterRefresh();
    m_session->authenticateWithClientCredentials();
}

void ConnectionManager::reconnect(const ConnectionSettings& settings)
{
    if (settings.orgId.isEmpty() || settings.userId.isEmpty()) {
        fail(tr("There is no saved connection to reconnect. Connect to Salesforce first."));
        return;
    }
    setState(State::Connecting);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokenStore, &TokenStore::readFinished, this,
        [this, settings, connection](TokenStore::Outcome outcome, const QString& refreshToken, const QString& message) {
            disconnect(*connection);
            if (outcome == TokenStore::Outcome::NotFound) {
                fail(tr("The keychain holds no sign-in for this org. Connect again."));
                return;
            }
            if (outcome != TokenStore::Outcome::Ok) {
                fail(tr("The sign-in could not be read from the keychain: %1").arg(message));
                return;
            }
            OAuthTokens tokens;
            tokens.refreshToken = refreshToken;
            tokens.instanceUrl = settings.instanceUrl;
            tokens.orgId = settings.orgId;
            tokens.userId = settings.userId;
            m_session->setLoginUrl(LoginUrls::forSettings(settings));
            m_session->setClientId(settings.clientId);
            m_session->setTokens(tokens);
            m_storeRefreshToken = false; // it is stored already; a rotated one is stored as it comes
            verifyAfterRefresh();
            m_session->refresh();
        });
    m_tokenStore->read(settings.orgId, settings.userId);
}

void ConnectionManager::verifyAfterRefresh()
{
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto done = [connections] {
        for (const auto& connection : *connections) {
            QObject::disconnect(connection);
        }
    };
    connections->append(connect(m_session, &SalesforceSession::refreshed, this, [this, done] {
        done();
        verify();
    }));
    connections->append(
        connect(m_session, &SalesforceSession::refreshFailed, this, [this, done](const SalesforceError& error) {
            done();
            fail(error.toString());
        }));
}

void ConnectionManager::verify()
{
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
            const OAuthTokens& current = m_session->tokens();
            m_summary = {};
            m_summary.orgId = org.value(QStringLiteral("Id")).toString();
            m_summary.orgName = org.value(QStringLiteral("Name")).toString();
            m_summary.organizationType = org.value(QStringLiteral("OrganizationType")).toString();
            m_summary.isSandbox = org.value(QStringLiteral("IsSandbox")).toBool();
            m_summary.userId = user.value(QStringLiteral("Id")).toString();
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
                setState(m_session->refreshToken().isEmpty() ? State::SessionOnly : State::Connected);
                Q_EMIT established();
                return;
            }
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(m_tokenStore, &TokenStore::written, this,
                [this, connection](TokenStore::Outcome outcome, const QString& message) {
                    disconnect(*connection);
                    if (outcome == TokenStore::Outcome::Ok) {
                        m_lastError.clear();
                        setState(State::Connected);
                    } else {
                        // Still connected for this session; nothing is written anywhere else.
                        m_lastError = outcome == TokenStore::Outcome::NoKeychain
                            ? tr("No keychain is available on this computer, so the connection lasts until Callbridge "
                                 "quits. Callbridge never stores the sign-in anywhere else.")
                            : tr("The sign-in could not be stored in the keychain (%1), so the connection lasts until "
                                 "Callbridge quits.")
                                  .arg(message);
                        setState(State::SessionOnly);
                    }
                    Q_EMIT established();
                });
            m_tokenStore->write(m_summary.orgId, m_summary.userId, m_session->refreshToken());
        });
    });
}

void ConnectionManager::disconnectFrom(const ConnectionSettings& settings)
{
    const QString orgId = settings.orgId.isEmpty() ? m_summary.orgId : settings.orgId;
    const QString userId = settings.userId.isEmpty() ? m_summary.userId : settings.userId;
    auto removeFromKeychain = [this, orgId, userId] {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(m_tokenStore, &TokenStore::removed, this, [this, connection](TokenStore::Outcome, const QString&) {
                disconnect(*connection);
                m_session->setTokens({});
                m_summary = {};
                setState(State::Disconnected);
                Q_EMIT disconnectFinished();
            });
        m_tokenStore->remove(orgId, userId);
    };
    auto revoke = [this, settings, removeFromKeychain](const QString& refreshToken) {
        QUrl url = LoginUrls::forSettings(settings);
        url.setPath(QStringLiteral("/services/oauth2/revoke"));
        if (refreshToken.isEmpty() || !isAllowedSalesforceUrl(url)) {
            removeFromKeychain();
            return;
        }
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setTransferTimeout(30000);
        QNetworkReply* reply = m_network->post(request, "token=" + QUrl::toPercentEncoding(refreshToken));
        connect(reply, &QNetworkReply::finished, this, [reply, removeFromKeychain] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                qCWarning(lcOAuth) << "revoking the refresh token failed:" << reply->errorString();
            }
            removeFromKeychain(); // the local copy goes either way
        });
    };
    if (!m_session->refreshToken().isEmpty() && orgId == m_summary.orgId) {
        revoke(m_session->refreshToken());
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokenStore, &TokenStore::readFinished, this,
        [this, connection, revoke](TokenStore::Outcome, const QString& refreshToken, const QString&) {
            disconnect(*connection);
            revoke(refreshToken);
        });
    m_tokenStore->read(orgId, userId);
}

} // namespace callbridge
