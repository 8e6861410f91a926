#include "core/orgsim/rest/LimitsService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace callbridge::orgsim {

LimitsService::LimitsService(const ApiUsage& usage, const int& bulkJobsToday)
    : m_usage(usage)
    , m_bulkJobsToday(bulkJobsToday)
{ }

HttpResponse LimitsService::limits(const RestContext& context) const
{
    if (!context.user->has(QStringLiteral("PermissionsViewSetup"))) {
        return HttpResponse::error(403, QStringLiteral("INSUFFICIENT_ACCESS"),
            QStringLiteral("The REST API Limits resource requires the View Setup and "
                           "Configuration permission."));
    }
    static const QJsonObject maxima = [] {
        QFile file(QStringLiteral(":/orgsim/schema/limits.json"));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("maxima")).toObject();
    }();
    QJsonObject body;
    for (auto it = maxima.constBegin(); it != maxima.constEnd(); ++it) {
        qint64 max = it.value().toInteger();
        qint64 remaining = max;
        if (it.key() == QLatin1String("DailyApiRequests")) {
            max = m_usage.max();
            remaining = qMax<qint64>(0, m_usage.max() - m_usage.used());
        } else if (it.key() == QLatin1String("DailyBulkV2QueryJobs")) {
            remaining = qMax<qint64>(0, max - m_bulkJobsToday);
        }
        body.insert(
            it.key(), QJsonObject { { QStringLiteral("Max"), max }, { QStringLiteral("Remaining"), remaining } });
    }
    return HttpResponse::json(200, body);
}

} // namespace callbridge::orgsim
