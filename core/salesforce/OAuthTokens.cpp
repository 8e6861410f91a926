#include "core/salesforce/OAuthTokens.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace callbridge {

std::variant<OAuthTokens, SalesforceError> OAuthTokens::parse(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return SalesforceError::malformed(QStringLiteral("the token response is not a JSON object"));
    }
    const QJsonObject json = document.object();
    OAuthTokens tokens;
    tokens.accessToken = json.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    tokens.instanceUrl = QUrl(json.value(QStringLiteral("instance_url")).toString());
    tokens.identityUrl = QUrl(json.value(QStringLiteral("id")).toString());
    tokens.scope = json.value(QStringLiteral("scope")).toString();
    if (tokens.accessToken.isEmpty()) {
        return SalesforceError::malformed(QStringLiteral("the token response has no access_token"));
    }
    if (!tokens.instanceUrl.isValid() || tokens.instanceUrl.host().isEmpty()) {
        return SalesforceError::malformed(QStringLiteral("the token response has no usable instance_url"));
    }
    // The identity URL ends in /id/<orgId>/<userId>.
    const QStringList parts = tokens.identityUrl.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.at(parts.size() - 3) != QLatin1String("id")) {
        return SalesforceError::malformed(QStringLiteral("the token response's id is not an identity URL"));
    }
    tokens.orgId = parts.at(parts.size() - 2);
    tokens.userId = parts.at(parts.size() - 1);
    bool ok = false;
    const qint64 issued = json.value(QStringLiteral("issued_at")).toString().toLongLong(&ok);
    tokens.issuedAt = ok ? QDateTime::fromMSecsSinceEpoch(issued, Qt::UTC) : QDateTime::currentDateTimeUtc();
    return tokens;
}

} // namespace callbridge
