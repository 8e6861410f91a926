#include "core/orgsim/ClientApp.h"

#include <QUrl>

#include <algorithm>

namespace callbridge::orgsim {

namespace {

// refresh_token and offline_access are one scope under two names.
bool isRefreshScope(const QString& scope)
{
    return scope == QLatin1String("refresh_token") || scope == QLatin1String("offline_access");
}

QString referenced(const OrgData& org, const QString& objectName, const QString& id, const char* field)
{
    const ObjectTable* table = org.table(objectName);
    const qint64 row = table ? table->rowOfId(id) : -1;
    return row < 0 ? QString() : org.value(objectName, row, QString::fromLatin1(field)).toString();
}

} // namespace

ClientApp::ClientApp(const OrgData& org, const OrgSimOptions& options)
    : m_org(org)
    , m_options(options)
{ }

ClientApp::Client ClientApp::clientOf(const QUrlQuery& form, const QByteArray& authorization)
{
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        if (colon > 0) {
            return { QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon))),
                QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1))) };
        }
    }
    return { form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
        form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) };
}

std::optional<HttpResponse> ClientApp::authenticate(const Client& client, bool secretRequired) const
{
    if (client.id != m_options.clientId) {
        return HttpResponse::oauthError(
            400, QStringLiteral("invalid_client_id"), QStringLiteral("client identifier invalid"));
    }
    if ((!client.secret.isEmpty() && client.secret != m_options.clientSecret)
        || (client.secret.isEmpty() && secretRequired)) {
        return HttpResponse::oauthError(
            400, QStringLiteral("invalid_client"), QStringLiteral("invalid client credentials"));
    }
    return std::nullopt;
}

QStringList ClientApp::permissionSetNamesOf(const QString& userId) const
{
    QStringList names;
    const ObjectTable* assignments = m_org.table(QStringLiteral("PermissionSetAssignment"));
    const int assignee = assignments->schema().indexOf(QStringLiteral("AssigneeId"));
    const int permissionSet = assignments->schema().indexOf(QStringLiteral("PermissionSetId"));
    for (qint64 row = 0; row < assignments->rowCount(); ++row) {
        const Record assignment = assignments->record(row);
        if (assignment.at(assignee).toString() == userId) {
            names.append(
                referenced(m_org, QStringLiteral("PermissionSet"), assignment.at(permissionSet).toString(), "Name"));
        }
    }
    return names;
}

bool ClientApp::permits(const QString& userId) const
{
    const AppSettings& app = m_options.app;
    if (app.permittedUsers == PermittedUsers::AllUsersMaySelfAuthorize) {
        return true;
    }
    const QString profileId = referenced(m_org, QStringLiteral("User"), userId, "ProfileId");
    if (app.preAuthorizedProfiles.contains(referenced(m_org, QStringLiteral("Profile"), profileId, "Name"))) {
        return true;
    }
    const QStringList sets = permissionSetNamesOf(userId);
    return std::any_of(sets.begin(), sets.end(),
        [&app](const QString& name) { return app.preAuthorizedPermissionSets.contains(name); });
}

std::optional<QStringList> ClientApp::grantedScopes(const QString& requested) const
{
    const QStringList appScopes = m_options.app.scopes;
    const QStringList asked = requested.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (asked.isEmpty()) {
        return appScopes;
    }
    for (const QString& scope : asked) {
        const bool offered = appScopes.contains(scope)
            || (isRefreshScope(scope) && std::any_of(appScopes.begin(), appScopes.end(), isRefreshScope));
        if (!offered) {
            return std::nullopt;
        }
    }
    return asked;
}

bool ClientApp::grantsRefreshToken(const QString& scope)
{
    const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(scopes.begin(), scopes.end(), isRefreshScope);
}

} // namespace callbridge::orgsim
