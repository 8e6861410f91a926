#pragma once

#include "core/salesforce/RestClient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace callbridge {

// One composite request: up to 25 subrequests, counted as one API call by Salesforce.
class CompositeRequest
{
public:
    static constexpr int maxSubrequests = 25;

    explicit CompositeRequest(bool allOrNone = false)
        : m_allOrNone(allOrNone)
    { }
    // Returns false when the request is full, and for what Salesforce refuses the whole request
    // for: a referenceId that is not letters, digits and underscores (starting with a letter or
    // digit) or is already used, and an Accept, Authorization or Content-Type header (subrequests
    // inherit those).
    bool add(const QString& referenceId, const QByteArray& method, const QString& url, const QJsonObject& body = {},
        const QJsonObject& httpHeaders = {});
    int size() const { return int(m_subrequests.size()); }
    RestRequest toRequest() const;

    // The sub-responses by referenceId: {"body", "httpHeaders", "httpStatusCode"}.
    static QHash<QString, QJsonObject> responses(const RestReply& reply);

private:
    bool m_allOrNone;
    QJsonArray m_subrequests;
};

} // namespace callbridge
