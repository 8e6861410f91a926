#include "core/matching/CallMatcher.h"

#include "core/cache/CacheStore.h"
#include "core/logging/LogCategories.h"
#include "core/util/EmailAddress.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace callbridge {

namespace {

constexpr int keysPerQuery = 2000;

// Runs `sql` for a set of keys, where %1 in `sql` stands for a list of them: 'a','b',...
// The keys are SQL literals, not bound parameters: Qt prepares a statement in time quadratic
// in its number of placeholders (115 ms for 5,000), while SQLite reads a literal list at once.
// (A temporary key table costs more: one INSERT per key through Qt, and SQLite without
// statistics then prefers scanning the big table.)
Status forEachKey(
    const QSqlDatabase& db, const QStringList& keys, const QString& sql, const std::function<void(QSqlQuery&)>& row)
{
    QElapsedTimer timer;
    timer.start();
    int rows = 0;
    for (qsizetype start = 0; start < keys.size(); start += keysPerQuery) {
        QString list;
        list.reserve(keysPerQuery * 32);
        const qsizetype end = std::min(keys.size(), start + keysPerQuery);
        for (qsizetype i = start; i < end; ++i) {
            list += (i > start ? QStringLiteral(",'") : QStringLiteral("'"))
                + QString(keys.at(i)).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        }
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql.arg(list))) {
            return Status::failure(CallMatcher::tr("Reading the local cache failed: %1").arg(query.lastError().text()));
        }
        while (query.next()) {
            row(query);
            ++rows;
        }
    }
    qCDebug(lcExport) << keys.size() << "keys," << rows << "rows in" << timer.elapsed() << "ms:" << sql.left(60);
    return Status::success();
}

// A row as a map by column name; the names are read once per query (QSqlQuery::record() is
// costly enough to dominate when called for every row).
class RecordReader
{
public:
    QVariantMap read(const QSqlQuery& query)
    {
        if (m_names.isEmpty()) {
            const QSqlRecord fields = query.record();
            for (int i = 0; i < fields.count(); ++i) {
                m_names.append(fields.fieldName(i));
            }
        }
        QVariantMap record;
        for (int i = 0; i < m_names.size(); ++i) {
            record.insert(m_names.at(i), query.value(i));
        }
        return record;
    }

private:
    QStringList m_names;
};

} // namespace

CallMatcher::CallMatcher()
{
    QFile list(QStringLiteral(":/callbridge/matching/free-mail-domains.txt"));
    if (list.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).trimmed().toLower();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
                m_freeMail.insert(line);
            }
        }
    }
}

QList<const CallParticipant*> CallMatcher::externalParticipants(const Call& call) const
{
    QList<const CallParticipant*> external;
    for (const CallParticipant& participant : call.participants) {
        const bool isExternal = participant.affiliation == CallParticipant::Affiliation::External
            || (participant.affiliation == CallParticipant::Affiliation::Unknown
                && !m_usersByEmail.contains(participant.email));
        if (isExternal && !participant.email.isEmpty()) {
            external.append(&participant);
        }
    }
    return external;
}

const QVariantMap* CallMatcher::account(const QString& id) const
{
    const auto it = m_accounts.constFind(id);
    return it == m_accounts.cend() ? nullptr : &*it;
}

Status CallMatcher::prepare(const CacheStore& cache, const QList<Call>& calls)
{
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = cache.database();
    // Table and derived column names come from the cache, which owns its layout.
    const QString emailDomainColumn = CacheStore::emailDomainColumn();
    const QString websiteDomainColumn = CacheStore::websiteDomainColumn();
    auto from = [](const char* object, const char* alias) -> QString {
        return QStringLiteral(" FROM ") + CacheStore::tableName(QLatin1String(object)) + QLatin1Char(' ')
            + QLatin1String(alias);
    };
    const QStringList userColumns = cache.columns(QStringLiteral("User"));
    if (userColumns.contains(QStringLiteral("Email"))) {
        QSqlQuery users(db);
        users.setForwardOnly(true);
        const bool zones = userColumns.contains(QStringLiteral("TimeZoneSidKey"));
        if (!users.exec(QStringLiteral("SELECT u.Id, lower(u.Email)")
                + (zones ? QStringLiteral(", u.TimeZoneSidKey") : QString()) + from("User", "u")
                + QStringLiteral(" WHERE u.Email IS NOT NULL"))) {
            return Status::failure(tr("Reading the local cache failed: %1").arg(users.lastError().text()));
        }
        while (users.next()) {
            m_usersByEmail.insert(users.value(1).toString(), users.value(0).toString());
            if (zones && !users.value(2).toString().isEmpty()) {
                m_timeZonesByUser.insert(users.value(0).toString(), users.value(2).toString());
            }
        }
    }

    QSet<QString> emails;
    QSet<QString> domains;
    for (const Call& call : calls) {
        for (const CallParticipant* participant : externalParticipants(call)) {
            emails.insert(participant->email);
            const QString domain = emailDomain(participant->email);
            if (!domain.isEmpty() && !m_freeMail.contains(domain)) {
                domains.insert(domain);
            }
        }
    }
    const QStringList emailList(emails.cbegin(), emails.cend());
    const QStringList domainList(domains.cbegin(), domains.cend());
    QSet<QString> accountIds;

    const QStringList contactColumns = cache.columns(QStringLiteral("Contact"));
    if (contactColumns.contains(QStringLiteral("Email"))) {
        const bool hasAccount = contactColumns.contains(QStringLiteral("AccountId"));
        // Two contacts may share an email: the most recently changed one wins, then the lowest Id.
        // (No ORDER BY: SQLite would walk a whole index in that order instead of the lookups.)
        const bool hasModified = contactColumns.contains(QStringLiteral("LastModifiedDate"));
        QHash<QString, QString> modifiedOf;
        Status status = forEachKey(db, emailList,
            QStringLiteral("SELECT c.Id, lower(c.Email), %2, %3")
                    .arg(hasAccount ? QStringLiteral("c.AccountId") : QStringLiteral("NULL"),
                        hasModified ? QStringLiteral("c.LastModifiedDate") : QStringLiteral("NULL"))
                + from("Contact", "c") + QStringLiteral(" WHERE c.Email COLLATE NOCASE IN (%1)"),
            [this, &modifiedOf](QSqlQuery& query) {
                const QString email = query.value(1).toString();
                const QString id = query.value(0).toString();
                const QString modified = query.value(3).toString();
                const auto existing = m_contactsByEmail.constFind(email);
                if (existing != m_contactsByEmail.cend()) {
                    const QString& current = modifiedOf[email];
                    if (modified < current || (modified == current && id > existing->id)) {
                        return;
                    }
                }
                m_contactsByEmail.insert(email, { id, query.value(2).toString() });
                modifiedOf.insert(email, modified);
            });
        for (const Contact& contact : std::as_const(m_contactsByEmail)) {
            if (!contact.accountId.isEmpty()) {
                accountIds.insert(contact.accountId);
            }
        }
        if (!status.ok()) {
            return status;
        }
        if (hasAccount && contactColumns.contains(emailDomainColumn)) {
            status = forEachKey(db, domainList,
                QStringLiteral("SELECT c.%2, c.AccountId, COUNT(*)").arg(emailDomainColumn) + from("Contact", "c")
                    + QStringLiteral(" WHERE c.%2 IN (%1) AND +c.AccountId IS NOT NULL GROUP BY c.%2, c.AccountId")
                          .arg(QStringLiteral("%1"), emailDomainColumn),
                [this, &accountIds](QSqlQuery& query) {
                    const QString accountId = query.value(1).toString();
                    m_accountsByContactDomain[query.value(0).toString()].append({ accountId, query.value(2).toInt() });
                    accountIds.insert(accountId);
                });
            if (!status.ok()) {
                return status;
            }
        }
    }

    const QStringList leadColumns = cache.columns(QStringLiteral("Lead"));
    if (leadColumns.contains(QStringLiteral("Email"))) {
        QStringList unmatched;
        for (const QString& email : emailList) {
            if (!m_contactsByEmail.contains(email)) {
                unmatched.append(email);
            }
        }
        // A converted lead takes no new activities: Salesforce refuses them.
        const QString notConverted = leadColumns.contains(QStringLiteral("IsConverted"))
            ? QStringLiteral(" AND (+l.IsConverted IS NULL OR +l.IsConverted = 0)")
            : QString();
        const Status status = forEachKey(db, unmatched,
            QStringLiteral("SELECT l.Id, lower(l.Email)") + from("Lead", "l")
                + QStringLiteral(" WHERE l.Email COLLATE NOCASE IN (%1)") + notConverted,
            [this](QSqlQuery& query) {
                const QString email = query.value(1).toString();
                const QString id = query.value(0).toString();
                const auto existing = m_leadsByEmail.constFind(email);
                if (existing == m_leadsByEmail.cend() || id < *existing) {
                    m_leadsByEmail.insert(email, id); // the lowest Id of leads sharing an email
                }
            });
        if (!status.ok()) {
            return status;
        }
    }

    const QStringList accountColumns = cache.columns(QStringLiteral("Account"));
    if (accountColumns.contains(websiteDomainColumn)) {
        const Status status = forEachKey(db, domainList,
            QStringLiteral("SELECT a.Id, a.%1").arg(websiteDomainColumn) + from("Account", "a")
                + QStringLiteral(" WHERE a.%2 IN (%1)").arg(QStringLiteral("%1"), websiteDomainColumn),
            [this, &accountIds](QSqlQuery& query) {
                m_accountsByWebsite[query.value(1).toString()].append(query.value(0).toString());
                accountIds.insert(query.value(0).toString());
            });
        if (!status.ok()) {
            return status;
        }
        for (QStringList& accounts : m_accountsByWebsite) {
            accounts.sort();
        }
    }
    const QStringList accountIdList(accountIds.cbegin(), accountIds.cend());
    if (!accountColumns.isEmpty()) {
        const Status status = forEachKey(db, accountIdList,
            QStringLiteral("SELECT a.*") + from("Account", "a") + QStringLiteral(" WHERE a.Id IN (%1)"),
            [this, reader = RecordReader()](QSqlQuery& query) mutable {
                QVariantMap record = reader.read(query);
                const QString id = record.value(QStringLiteral("Id")).toString();
                m_ownerOf.insert(id, record.value(QStringLiteral("OwnerId")).toString());
                m_accounts.insert(id, record);
            });
        if (!status.ok()) {
            return status;
        }
    }

    const QStringList opportunityColumns = cache.columns(QStringLiteral("Opportunity"));
    if (opportunityColumns.contains(QStringLiteral("AccountId"))) {
        const QString open = opportunityColumns.contains(QStringLiteral("IsClosed"))
            ? QStringLiteral(" AND (+o.IsClosed IS NULL OR +o.IsClosed = 0)")
            : QString();
        const Status status = forEachKey(db, accountIdList,
            QStringLiteral("SELECT o.*") + from("Opportunity", "o") + QStringLiteral(" WHERE o.AccountId IN (%1)")
                + open,
            [this, reader = RecordReader()](QSqlQuery& query) mutable {
                QVariantMap record = reader.read(query);
                const QString id = record.value(QStringLiteral("Id")).toString();
                m_ownerOf.insert(id, record.value(QStringLiteral("OwnerId")).toString());
                m_openOpportunitiesByAccount[record.value(QStringLiteral("AccountId")).toString()].append(id);
                m_opportunities.insert(id, record);
            });
        if (!status.ok()) {
            return status;
        }
        // Newest LastModifiedDate first (ISO text sorts as time), then the lowest Id.
        const QString modified = QStringLiteral("LastModifiedDate");
        const QString idKey = QStringLiteral("Id");
        for (QStringList& ids : m_openOpportunitiesByAccount) {
            std::sort(ids.begin(), ids.end(), [this, &modified, &idKey](const QString& a, const QString& b) {
                const QString ma = m_opportunities.value(a).value(modified).toString();
                const QString mb = m_opportunities.value(b).value(modified).toString();
                return ma != mb ? ma > mb : a < b;
            });
        }
    }
    qCInfo(lcExport) << "matching prepared for" << calls.size() << "calls:" << m_contactsByEmail.size() << "contacts,"
                     << m_leadsByEmail.size() << "leads," << m_accounts.size() << "accounts," << m_opportunities.size()
                     << "open opportunities in" << timer.elapsed() << "ms";
    return Status::success();
}

bool CallMatcher::ownedByOneOf(const QString& accountId, const QSet<QString>& userIds) const
{
    return userIds.contains(m_ownerOf.value(accountId));
}

CallMatch CallMatcher::match(const Call& call) const
{
    CallMatch match;
    QSet<QString> userIdsOnCall;
    match.ownerId = m_usersByEmail.value(call.primaryUser);
    match.ownerTimeZone = m_timeZonesByUser.value(match.ownerId);
    if (!match.ownerId.isEmpty()) {
        userIdsOnCall.insert(match.ownerId);
    } else {
        match.reasons.append(tr("The recorded user %1 is not among the cached Salesforce users: the activity "
                                "would belong to the integration user")
                                 .arg(call.primaryUser));
    }
    for (const CallParticipant& participant : call.participants) {
        const QString userId = m_usersByEmail.value(participant.email);
        if (!userId.isEmpty()) {
            userIdsOnCall.insert(userId);
        }
    }

    const QList<const CallParticipant*> external = externalParticipants(call);
    for (const CallParticipant* participant : external) {
        const auto contact = m_contactsByEmail.constFind(participant->email);
        if (contact != m_contactsByEmail.cend()) {
            match.contacts.append({ participant->email, contact->id, contact->accountId });
            match.reasons.append(tr("Contact by email %1").arg(participant->email));
            continue;
        }
        const QString leadId = m_leadsByEmail.value(participant->email);
        if (!leadId.isEmpty()) {
            match.leads.append({ participant->email, leadId, {} });
            match.reasons.append(tr("Lead by email %1 (no contact has it)").arg(participant->email));
            continue;
        }
        match.unmatchedEmails.append(participant->email);
    }
    chooseAccount(external, userIdsOnCall, &match);
    if (!match.accountId.isEmpty()) {
        match.account = account(match.accountId);
        chooseOpportunity(userIdsOnCall, &match);
    }
    return match;
}

void CallMatcher::chooseAccount(
    const QList<const CallParticipant*>& external, const QSet<QString>& userIdsOnCall, CallMatch* match) const
{
    // 1. The matched contacts' accounts: most matched contacts, then owned by someone on the call.
    QHash<QString, int> contactsPerAccount;
    QStringList order;
    for (const CallMatch::Person& contact : std::as_const(match->contacts)) {
        if (!contact.accountId.isEmpty()) {
            if (!contactsPerAccount.contains(contact.accountId)) {
                order.append(contact.accountId);
            }
            ++contactsPerAccount[contact.accountId];
        }
    }
    if (!order.isEmpty()) {
        QString best = order.first();
        bool byOwner = false;
        bool byCount = false;
        for (const QString& candidate : std::as_const(order)) {
            const int count = contactsPerAccount.value(candidate);
            const int bestCount = contactsPerAccount.value(best);
            if (count > bestCount) {
                best = candidate;
                byCount = true;
                byOwner = false;
            } else if (count == bestCount && candidate != best && !ownedByOneOf(best, userIdsOnCall)
                && ownedByOneOf(candidate, userIdsOnCall)) {
                best = candidate;
                byOwner = true;
            }
        }
        match->accountId = best;
        if (order.size() == 1) {
            match->reasons.append(tr("Account of the matched contacts"));
        } else if (byOwner) {
            match->reasons.append(tr("Matched contacts belong to %n accounts; chose the one owned by a participant",
                nullptr, int(order.size())));
        } else if (byCount || contactsPerAccount.value(best) > 1) {
            match->reasons.append(tr("Matched contacts belong to %n accounts; chose the one with the most matched "
                                     "contacts",
                nullptr, int(order.size())));
        } else {
            match->reasons.append(tr("Matched contacts belong to %n accounts; chose the first matched contact's",
                nullptr, int(order.size())));
        }
        return;
    }

    // 2. By email domain: the account with most contacts of a participant's domain, then the
    //    account whose website has that domain. Free-mail domains never match.
    QStringList companyDomains;
    QStringList freeMailDomains;
    for (const CallParticipant* participant : external) {
        const QString domain = emailDomain(participant->email);
        if (domain.isEmpty()) {
            continue;
        }
        QStringList& list = m_freeMail.contains(domain) ? freeMailDomains : companyDomains;
        if (!list.contains(domain)) {
            list.append(domain);
        }
    }
    QString bestDomain;
    DomainAccount best;
    for (const QString& domain : std::as_const(companyDomains)) {
        for (const DomainAccount& candidate : m_accountsByContactDomain.value(domain)) {
            const bool better = candidate.contacts > best.contacts
                || (candidate.contacts == best.contacts && !ownedByOneOf(best.accountId, userIdsOnCall)
                    && ownedByOneOf(candidate.accountId, userIdsOnCall))
                || (candidate.contacts == best.contacts
                    && ownedByOneOf(best.accountId, userIdsOnCall) == ownedByOneOf(candidate.accountId, userIdsOnCall)
                    && candidate.accountId < best.accountId);
            if (best.accountId.isEmpty() || better) {
                best = candidate;
                bestDomain = domain;
            }
        }
    }
    if (!best.accountId.isEmpty()) {
        match->accountId = best.accountId;
        match->reasons.append(best.contacts == 1
                ? tr("Account by domain %1 (one contact of that domain)").arg(bestDomain)
                : tr("Account by domain %1 (%L2 contacts of that domain)").arg(bestDomain).arg(best.contacts));
        return;
    }
    for (const QString& domain : std::as_const(companyDomains)) {
        const QStringList accounts = m_accountsByWebsite.value(domain);
        if (accounts.isEmpty()) {
            continue;
        }
        QString chosen = accounts.first();
        for (const QString& candidate : accounts) {
            if (ownedByOneOf(candidate, userIdsOnCall)) {
                chosen = candidate;
                break;
            }
        }
        match->accountId = chosen;
        match->reasons.append(tr("Account by website domain %1").arg(domain));
        return;
    }
    if (companyDomains.isEmpty() && freeMailDomains.isEmpty()) {
        match->reasons.append(tr("No account: the call has no external participants"));
    } else if (companyDomains.isEmpty()) {
        match->reasons.append(tr("No account: only free-mail addresses (%1), which never match by domain")
                                  .arg(freeMailDomains.join(QStringLiteral(", "))));
    } else {
        match->reasons.append(tr("No account: no matched contact, and no contact or account website with the "
                                 "domain %1")
                                  .arg(companyDomains.join(QStringLiteral(", "))));
    }
}

void CallMatcher::chooseOpportunity(const QSet<QString>& userIdsOnCall, CallMatch* match) const
{
    const QStringList open = m_openOpportunitiesByAccount.value(match->accountId);
    if (open.isEmpty()) {
        match->reasons.append(tr("No open opportunity on the account"));
        return;
    }
    if (open.size() == 1) {
        match->opportunityId = open.first();
        match->reasons.append(tr("The account's one open opportunity"));
    } else {
        // Newest first already: the first one owned by a participant, else the newest.
        const auto owned = std::find_if(open.cbegin(), open.cend(),
            [this, &userIdsOnCall](const QString& id) { return userIdsOnCall.contains(m_ownerOf.value(id)); });
        if (owned != open.cend()) {
            match->opportunityId = *owned;
            match->reasons.append(
                tr("%n open opportunities; chose the one owned by a participant", nullptr, int(open.size())));
        } else {
            match->opportunityId = open.first();
            match->reasons.append(tr("%n open opportunities, none owned by a participant; chose the most recently "
                                     "modified",
                nullptr, int(open.size())));
        }
    }
    match->opportunity = &*m_opportunities.constFind(match->opportunityId);
}

} // namespace callbridge
