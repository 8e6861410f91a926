#include "tests/support/OrgSimFixture.h"

#include "core/orgsim/DemoOrg.h"
#include "core/orgsim/OrgSimServer.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/OAuthTokens.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

namespace callbridge::test {

OrgSimFixture::OrgSimFixture(orgsim::OrgSimOptions options)
{
    m_host = std::make_unique<orgsim::OrgSimHost>(options);
    const QString error = m_host->startBlocking();
    if (!error.isEmpty()) {
        qFatal("orgsim did not start: %s", qPrintable(error));
    }
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool OrgSimFixture::connectSessionOnly(ConnectionManager& connection, const QString& username)
{
    QJsonObject json = tokensFor(username, true);
    json.remove(QStringLiteral("refresh_token"));
    ConnectionSettings settings;
    settings.environment = Environment::Demo;
    settings.loginUrl = QUrl(baseUrl());
    settings.clientId = options().clientId;
    QSignalSpy established(&connection, &ConnectionManager::established);
    connection.establish(settings, std::get<OAuthTokens>(OAuthTokens::parse(QJsonDocument(json).toJson())));
    return established.wait(15000);
}

void OrgSimFixture::deactivate(const QString& username)
{
    m_host->run([&username](orgsim::OrgSimServer& server) {
        orgsim::ObjectTable* users = server.org().table(QStringLiteral("User"));
        const int usernameField = users->schema().indexOf(QStringLiteral("Username"));
        for (qint64 row = 0; row < users->rowCount(); ++row) {
            orgsim::Record user = users->record(row);
            if (user.at(usernameField).toString() == username) {
                user[users->schema().indexOf(QStringLiteral("IsActive"))] = false;
                users->replace(row, user);
            }
        }
        server.org().securityChanged();
    });
}

orgsim::OrgSimOptions OrgSimFixture::acceptingCallbackOn(quint16 port)
{
    orgsim::OrgSimOptions options = orgsim::OrgSimOptions::packagedApp();
    options.callbackUrls = { QStringLiteral("http://localhost:%1/OauthRedirect").arg(port) };
    return options;
}

QString OrgSimFixture::integrationUser()
{
    return orgsim::DemoOrg::integrationUsername();
}
QString OrgSimFixture::limitedUser()
{
    return orgsim::DemoOrg::limitedIntegrationUsername();
}
QString OrgSimFixture::adminUser()
{
    return orgsim::DemoOrg::adminUsername();
}
QString OrgSimFixture::inactiveUser()
{
    return orgsim::DemoOrg::inactiveUsername();
}
QString OrgSimFixture::noSetupUser()
{
    return orgsim::DemoOrg::noSetupUsername();
}

QPair<QString, QList<QPair<QString, QString>>> findForm(
    const QByteArray& html, const QString& name, const QString& value)
{
    static const QRegularExpression form(QStringLiteral("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    auto forms = form.globalMatch(QString::fromUtf8(html));
    while (forms.hasNext()) {
        const auto match = forms.next();
        QList<QPair<QString, QString>> fields;
        bool wanted = false;
        auto inputs = input.globalMatch(match.captured(2));
        while (inputs.hasNext()) {
            const auto field = inputs.next();
            QString fieldValue = field.captured(2);
            fieldValue.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            fields.append({ field.captured(1), fieldValue });
            wanted = wanted || (field.captured(1) == name && fieldValue == value);
        }
        if (wanted) {
            return { match.captured(1), fields };
        }
    }
    return {};
}

QUrl OrgSimFixture::authorizeInBrowser(const QUrl& authorizeUrl, const QString& username, bool allow)
{
    TestHttp browser(baseUrl());
    const HttpResult login = browser.get(authorizeUrl.toString());
    if (login.status != 200) {
        return {};
    }
    const auto loginForm = findForm(login.body, QStringLiteral("username"), username);
    if (loginForm.first.isEmpty()) {
        return {};
    }
    const HttpResult consent = browser.postForm(loginForm.first, loginForm.second);
    if (consent.status == 302) {
        return QUrl(QString::fromUtf8(consent.header("Location"))); // refused before the consent page
    }
    const auto consentForm =
        findForm(consent.body, QStringLiteral("decision"), allow ? QStringLiteral("allow") : QStringLiteral("deny"));
    if (consentForm.first.isEmpty()) {
        return {};
    }
    const HttpResult redirect = browser.postForm(consentForm.first, consentForm.second);
    return QUrl(QString::fromUtf8(redirect.header("Location")));
}

QString OrgSimFixture::accessTokenFor(const QString& username)
{
    return tokensFor(username).value(QStringLiteral("access_token")).toString();
}

QJsonObject OrgSimFixture::tokensFor(const QString& username, bool throughBrowser)
{
    TestHttp http(baseUrl());
    if (username == integrationUser() && !throughBrowser) {
        // The client credentials flow works on the org's My Domain only.
        const HttpResult token = TestHttp(instanceUrl())
                                     .postForm(QStringLiteral("/services/oauth2/token"),
                                         { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                                             { QStringLiteral("client_id"), options().clientId },
                                             { QStringLiteral("client_secret"), options().clientSecret } });
        return token.json().object();
    }
    const QByteArray verifier = "test-verifier-0123456789-0123456789-0123456789";
    const QString challenge =
        QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QUrl authorize(baseUrl() + QStringLiteral("/services/oauth2/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), options().clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), options().callbackUrls.first());
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
    query.addQueryItem(QStringLiteral("code_challenge"), challenge);
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    authorize.setQuery(query);
    const QUrl redirect = authorizeInBrowser(authorize, username);
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const HttpResult token = http.postForm(QStringLiteral("/services/oauth2/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") }, { QStringLiteral("code"), code },
            { QStringLiteral("client_id"), options().clientId },
            { QStringLiteral("client_secret"), options().clientSecret },
            { QStringLiteral("redirect_uri"), options().callbackUrls.first() },
            { QStringLiteral("code_verifier"), QString::fromLatin1(verifier) } });
    return token.json().object();
}

} // namespace callbridge::test
