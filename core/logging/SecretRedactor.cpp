#include "core/logging/SecretRedactor.h"

#include <QRegularExpression>

namespace callbridge {

QString SecretRedactor::redact(const QString& text)
{
    // "Authorization: Bearer x", "OAuth x"
    static const QRegularExpression bearer(
        QStringLiteral("\\b(Bearer|OAuth)\\s+[^\\s\"',;]+"), QRegularExpression::CaseInsensitiveOption);
    // key=value (URLs, form bodies), "key": "value" (JSON, also as qDebug escapes it: \"key\":\"value\"),
    // key: value (headers), and qDebug's QVariantMap form ("key", QVariant(QString, "value")).
    static const QRegularExpression keyValue(
        QStringLiteral("(?<![A-Za-z0-9_])(access_token|refresh_token|code|code_verifier|client_secret|password)"
                       "((?:\\\\?[\"'])?\\s*(?:[=:]|,\\s*QVariant\\(QString,)\\s*(?:\\\\?[\"'])?)"
                       "([^\\s\"'&,;}\\]\\\\)]+)"),
        QRegularExpression::CaseInsensitiveOption);
    // A Salesforce session id (what an access token is): org id, '!', opaque part.
    static const QRegularExpression sessionId(QStringLiteral("\\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._\\-]+"));

    QString result = text;
    result.replace(bearer, QStringLiteral("\\1 ") + placeholder());
    result.replace(keyValue, QStringLiteral("\\1\\2") + placeholder());
    result.replace(sessionId, placeholder());
    return result;
}

} // namespace callbridge
