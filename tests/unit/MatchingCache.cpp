#include "tests/unit/MatchingCache.h"

namespace callbridge::test {

CallParticipant person(const QString& email, CallParticipant::Affiliation affiliation)
{
    return { email, {}, affiliation };
}

Call callWith(const QList<CallParticipant>& others)
{
    Call call;
    call.id = QStringLiteral("c");
    call.title = QStringLiteral("Call");
    call.started = QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
    call.duration = 95;
    call.direction = QStringLiteral("outbound");
    call.primaryUser = QStringLiteral("rep@ourco.com");
    call.participants = { person(QStringLiteral("rep@ourco.com"), CallParticipant::Affiliation::Internal) };
    call.participants.append(others);
    return call;
}

Status fillMatchingCache(CacheStore* cache)
{
    using Column = CacheStore::Column;
    Status status = Status::success();
    auto table = [cache, &status](const QString& object, const QList<Column>& columns, const QList<QVariantMap>& rows) {
        if (status.ok()) {
            cache->ensureTable(object, columns, &status);
        }
        if (status.ok()) {
            status = cache->upsert(object, rows);
        }
    };
    const Column id { QStringLiteral("Id"), QStringLiteral("id"), 18 };
    const Column email { QStringLiteral("Email"), QStringLiteral("email"), 80 };
    const Column owner { QStringLiteral("OwnerId"), QStringLiteral("reference"), 18 };
    const Column accountId { QStringLiteral("AccountId"), QStringLiteral("reference"), 18 };
    const Column name { QStringLiteral("Name"), QStringLiteral("string"), 255 };
    const Column modified { QStringLiteral("LastModifiedDate"), QStringLiteral("datetime"), 0 };
    table(QStringLiteral("User"), { id, email, name },
        { { { QStringLiteral("Id"), QStringLiteral("005U1") },
              { QStringLiteral("Email"), QStringLiteral("rep@ourco.com") } },
            { { QStringLiteral("Id"), QStringLiteral("005U2") },
                { QStringLiteral("Email"), QStringLiteral("other@ourco.com") } } });
    table(QStringLiteral("Account"),
        { id, name, owner, { QStringLiteral("Website"), QStringLiteral("url"), 255 },
            { QStringLiteral("Industry"), QStringLiteral("picklist"), 40 } },
        { { { QStringLiteral("Id"), QStringLiteral("001A1") }, { QStringLiteral("Name"), QStringLiteral("Acme") },
              { QStringLiteral("OwnerId"), QStringLiteral("005U2") },
              { QStringLiteral("Website"), QStringLiteral("https://www.acme.com/about") } },
            { { QStringLiteral("Id"), QStringLiteral("001A2") },
                { QStringLiteral("Name"), QStringLiteral("Acme Europe") },
                { QStringLiteral("OwnerId"), QStringLiteral("005U1") } },
            { { QStringLiteral("Id"), QStringLiteral("001A3") }, { QStringLiteral("Name"), QStringLiteral("Globex") },
                { QStringLiteral("OwnerId"), QStringLiteral("005U2") },
                { QStringLiteral("Website"), QStringLiteral("globex.com") } } });
    auto contact = [](const char* contactId, const char* mail, const char* account) {
        return QVariantMap { { QStringLiteral("Id"), QString::fromLatin1(contactId) },
            { QStringLiteral("Email"), QString::fromLatin1(mail) },
            { QStringLiteral("AccountId"), QString::fromLatin1(account) } };
    };
    table(QStringLiteral("Contact"), { id, email, accountId, owner },
        { contact("003C1", "Ann@Acme.com", "001A1"), contact("003C2", "ben@acme.com", "001A1"),
            contact("003C3", "cat@acme.eu", "001A2"), contact("003C4", "dan@shared.com", "001A1"),
            contact("003C5", "eve@shared.com", "001A2"), contact("003C6", "o'brien@acme.eu", "001A2"),
            contact("003C7", "kim@orphan.com", "001A9") });
    table(QStringLiteral("Lead"), { id, email, { QStringLiteral("IsConverted"), QStringLiteral("boolean"), 0 } },
        { { { QStringLiteral("Id"), QStringLiteral("00QL1") },
              { QStringLiteral("Email"), QStringLiteral("Lee@Lead.COM") }, { QStringLiteral("IsConverted"), false } },
            { { QStringLiteral("Id"), QStringLiteral("00QL2") },
                { QStringLiteral("Email"), QStringLiteral("conv@lead.com") },
                { QStringLiteral("IsConverted"), true } } });
    auto opportunity = [](const char* opportunityId, const char* account, bool closed, const char* when,
                           const char* ownerId) {
        return QVariantMap { { QStringLiteral("Id"), QString::fromLatin1(opportunityId) },
            { QStringLiteral("Name"), QString::fromLatin1(opportunityId) },
            { QStringLiteral("AccountId"), QString::fromLatin1(account) }, { QStringLiteral("IsClosed"), closed },
            { QStringLiteral("LastModifiedDate"), QString::fromLatin1(when) },
            { QStringLiteral("OwnerId"), QString::fromLatin1(ownerId) } };
    };
    table(QStringLiteral("Opportunity"),
        { id, name, accountId, { QStringLiteral("IsClosed"), QStringLiteral("boolean"), 0 }, modified, owner },
        { opportunity("006O1", "001A1", false, "2026-01-01T00:00:00.000Z", "005U2"),
            opportunity("006O2", "001A1", false, "2026-02-01T00:00:00.000Z", "005U9"),
            opportunity("006O3", "001A1", true, "2026-03-01T00:00:00.000Z", "005U1"),
            opportunity("006O4", "001A2", false, "2026-01-05T00:00:00.000Z", "005U1"),
            opportunity("006O5", "001A9", false, "2026-01-07T00:00:00.000Z", "005U2") });
    return status;
}

} // namespace callbridge::test
