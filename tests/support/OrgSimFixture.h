#pragma once

#include "tests/support/TestHttp.h"

#include <QJsonObject>

#include "core/orgsim/OrgSimHost.h"

#include <memory>

namespace callbridge {
class ConnectionManager;
}

namespace callbridge::test {

// A running orgsim for one test: started on a free loopback port, stopped when destroyed.
class OrgSimFixture
{
public:
    explicit OrgSimFixture(orgsim::OrgSimOptions options = {});

    // Options of the platform's packaged app (as `callbridge --demo` serves it) accepting the OAuth
    // callback on http://localhost:<port>/OauthRedirect.
    static orgsim::OrgSimOptions acceptingCallbackOn(quint16 port);

    orgsim::OrgSimHost& host() { return *m_host; }
    // The login URL (OAuth and identity URLs) and the instance URL (REST, the org's My Domain).
    QString baseUrl() const { return m_host->baseUrl(); }
    QString instanceUrl() const { return m_host->instanceUrl(); }
    const orgsim::OrgSimOptions& options() const { return m_host->options(); }

    // A token for a built-in user by username, through the client credentials flow for the
    // integration user or the authorization code flow (login + consent) for the others.
    QString accessTokenFor(const QString& username);
    // The whole token response (with a refresh token for users who log in through the browser).
    QJsonObject tokensFor(const QString& username, bool throughBrowser = false);
    // Plays the browser through the authorize pages; returns the final redirect URL.
    QUrl authorizeInBrowser(const QUrl& authorizeUrl, const QString& username, bool allow = true);

    // Connects as a built-in user with tokens that carry no refresh token: a session-only
    // connection, so no keychain is needed. False when it did not connect.
    bool connectSessionOnly(ConnectionManager& connection, const QString& username);

    // Deactivates a built-in user by username (as an admin would in Setup).
    void deactivate(const QString& username);

    static QString integrationUser();
    static QString limitedUser();
    static QString adminUser();
    static QString inactiveUser();
    static QString noSetupUser();

private:
    std::unique_ptr<orgsim::OrgSimHost> m_host;
};

// A loopback port nobody listens on right now.
quint16 freeLoopbackPort();

// Returns the first HTML form in `html` whose hidden inputs contain name=value, as
// (action, fields); used to play the browser through orgsim's login and consent pages.
QPair<QString, QList<QPair<QString, QString>>> findForm(
    const QByteArray& html, const QString& name, const QString& value);

} // namespace callbridge::test
