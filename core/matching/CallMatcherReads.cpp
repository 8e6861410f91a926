#include "core/matching/CallMatcher.h"

#include "core/cache/CacheStore.h"
#include "core/cache/SqliteRows.h"
#include "core/logging/LogCategories.h"
#include "core/matching/MatchReads.h"
#include "core/util/EmailAddress.h"
#include "core/util/InChunks.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <vector>

// CallMatcher::prepare(): what matching reads from the cache for a set of calls. Matching itself
// (match() and the choices it makes) is in CallMatcher.cpp.
namespace callbridge {

using namespace matchreads;

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
            m_lookups->usersByEmail.insert(users.value(1).toString(), users.value(0).toString());
            if (zones && !users.value(2).toString().isEmpty()) {
                m_lookups->timeZonesByUser.insert(users.value(0).toString(), users.value(2).toString());
            }
        }
    }

    // Each call's external participants, and every email among them: on every core, each chunk
    // of calls into its own list.
    constexpr int callsPerChunk = 4096;
    QList<QList<const CallParticipant*>> externalOf(calls.size());
    QList<const CallParticipant*>* externalOut = externalOf.data(); // detached here, written by every thread
    std::vector<std::vector<const QString*>> emailsByChunk((calls.size() + callsPerChunk - 1) / callsPerChunk);
    inChunks(
        int(calls.size()),
        [&](int start, int end) {
            std::vector<const QString*>& emails = emailsByChunk[size_t(start / callsPerChunk)];
            for (int i = start; i < end; ++i) {
                externalOut[i] = externalParticipants(calls.at(i));
                for (const CallParticipant* participant : std::as_const(externalOut[i])) {
                    emails.push_back(&participant->email);
                }
            }
        },
        callsPerChunk);
    std::vector<const QString*> emails; // with repeats: each call's external participants', in order
    for (const std::vector<const QString*>& chunk : emailsByChunk) {
        emails.insert(emails.end(), chunk.begin(), chunk.end());
    }
    emailsByChunk = {};
    m_lookups->calls = calls;
    m_lookups->firstExternalOf.resize(size_t(calls.size()) + 1);
    m_lookups->firstExternalOf[0] = 0;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        m_lookups->firstExternalOf[size_t(i) + 1] = m_lookups->firstExternalOf[size_t(i)] + externalOf.at(i).size();
    }
    // Lower case: sorted as the NOCASE index is.
    m_lookups->emails = inOrder(
        qsizetype(emails.size()), [&emails](qsizetype i) -> const QString& { return *emails[size_t(i)]; },
        &m_lookups->emailOfExternal);
    const QStringList& emailList = m_lookups->emails;
    emails = {};
    m_lookups->contactOfEmail.resize(size_t(emailList.size()));
    int contactCount = 0; // emails with a contact
    // The company domains of the calls that reach each step of chooseAccount(): the domain is
    // read only for calls whose matched contacts name no account, the website only for calls
    // none of whose domains has a contact with an account. (Reading every domain's contacts
    // cost more than all the rest of matching.)
    auto companyDomainsOf = [this](const QList<const CallParticipant*>& external) {
        QStringList domains;
        for (const CallParticipant* participant : external) {
            const QString domain = emailDomain(participant->email);
            if (!domain.isEmpty() && !m_freeMail.contains(domain) && !domains.contains(domain)) {
                domains.append(domain);
            }
        }
        return domains;
    };
    QList<QStringList> domainsByCall; // of the calls that reach the domain step

    const QStringList contactColumns = cache.columns(QStringLiteral("Contact"));
    if (contactColumns.contains(QStringLiteral("Email"))) {
        const bool hasAccount = contactColumns.contains(QStringLiteral("AccountId"));
        // Two contacts may share an email: the most recently changed one wins, then the lowest Id.
        // (No ORDER BY: SQLite would walk a whole index in that order instead of the lookups.)
        const bool hasModified = contactColumns.contains(QStringLiteral("LastModifiedDate"));
        const QString sql = QStringLiteral("SELECT c.Id, c.Email, %2, %3")
                                .arg(hasAccount ? QStringLiteral("c.AccountId") : QStringLiteral("NULL"),
                                    hasModified ? QStringLiteral("c.LastModifiedDate") : QStringLiteral("NULL"))
            + from("Contact", "c") + QStringLiteral(" WHERE c.Email COLLATE NOCASE IN (%1)");
        // Each email's contact goes in its slot: an email's rows all come from one portion of
        // the keys, so each slot is written by one thread.
        std::vector<Contact>* contacts = &m_lookups->contactOfEmail;
        int foundContacts[2] = { 0, 0 };
        KeyPortions emailPortions(emailList);
        auto readContacts = [&sql, contacts, &foundContacts, &emailPortions, &emailList](
                                const QSqlDatabase& on, int share) {
            return forEachKey(on, &emailPortions, sql,
                [contacts, found = &foundContacts[share], &emailList, last = qsizetype(0)](
                    const SqliteRow& row) mutable {
                    // The participants' email: both are equal but for ASCII case (NOCASE), and
                    // only the row's can have upper case. (Lowered here: SQLite's lower()
                    // allocated and copied each in SQLite's allocator, which both threads share.)
                    const qsizetype at = indexIn(emailList, row.text(1).toLower(), last);
                    if (at < 0) {
                        return;
                    }
                    last = at;
                    Contact contact { row.text(0), row.text(2), row.text(3) };
                    Contact& kept = (*contacts)[size_t(at)];
                    if (kept.id.isEmpty()) {
                        ++*found;
                    } else if (contact.lastModified < kept.lastModified
                        || (contact.lastModified == kept.lastModified && contact.id > kept.id)) {
                        return;
                    }
                    kept = std::move(contact);
                });
        };
        const Status status = emailList.size() > keysPerQuery ? onBothThreads(db, readContacts) : readContacts(db, 1);
        contactCount = foundContacts[0] + foundContacts[1];
        if (!status.ok()) {
            return status;
        }
    }
    // On every core, each chunk of calls into its own list; their order does not matter.
    QList<QList<QStringList>> domainsByChunk((externalOf.size() + callsPerChunk - 1) / callsPerChunk);
    inChunks(
        int(externalOf.size()),
        [&](int start, int end) {
            QList<QStringList>& into = domainsByChunk[start / callsPerChunk];
            for (int i = start; i < end; ++i) {
                const qsizetype first = m_lookups->firstExternalOf[size_t(i)];
                const qsizetype last = m_lookups->firstExternalOf[size_t(i) + 1];
                bool contactWithAccount = false;
                for (qsizetype p = first; p < last && !contactWithAccount; ++p) {
                    const int email = m_lookups->emailOfExternal[size_t(p)];
                    contactWithAccount = !m_lookups->contactOfEmail[size_t(email)].accountId.isEmpty();
                }
                if (!contactWithAccount) {
                    into.append(companyDomainsOf(externalOf.at(i)));
                }
            }
        },
        callsPerChunk);
    QStringList domains; // with repeats
    for (const QList<QStringList>& chunk : std::as_const(domainsByChunk)) {
        for (const QStringList& callDomains : chunk) {
            domainsByCall.append(callDomains);
            domains += callDomains;
        }
    }
    const QStringList domainList = inOrder(domains);
    if (contactColumns.contains(QStringLiteral("Email")) && contactColumns.contains(QStringLiteral("AccountId"))
        && contactColumns.contains(emailDomainColumn)) {
        // As the contacts: a domain's rows all come from one portion of the keys.
        const QString sql = QStringLiteral("SELECT c.%2, c.AccountId, COUNT(*)").arg(emailDomainColumn)
            + from("Contact", "c")
            + QStringLiteral(" WHERE c.%2 IN (%1) AND +c.AccountId IS NOT NULL GROUP BY c.%2, c.AccountId")
                  .arg(QStringLiteral("%1"), emailDomainColumn);
        QHash<QString, QList<DomainAccount>> found[2];
        KeyPortions domainPortions(domainList);
        auto readDomains = [&](const QSqlDatabase& on, int share) {
            return forEachKey(on, &domainPortions, sql, [into = &found[share]](const SqliteRow& row) {
                (*into)[row.text(0)].append({ row.text(1), -1, row.value(2).toInt() });
            });
        };
        const Status status = domainList.size() > keysPerQuery ? onBothThreads(db, readDomains) : readDomains(db, 1);
        if (!status.ok()) {
            return status;
        }
        m_lookups->accountsByContactDomain = std::move(found[1]);
        m_lookups->accountsByContactDomain.reserve(m_lookups->accountsByContactDomain.size() + found[0].size());
        movedInto(&m_lookups->accountsByContactDomain, &found[0]);
    }

    const QStringList leadColumns = cache.columns(QStringLiteral("Lead"));
    if (leadColumns.contains(QStringLiteral("Email"))) {
        QStringList unmatched;
        for (qsizetype i = 0; i < emailList.size(); ++i) {
            if (m_lookups->contactOfEmail[size_t(i)].id.isEmpty()) {
                unmatched.append(emailList.at(i));
            }
        }
        // A converted lead takes no new activities: Salesforce refuses them.
        const QString notConverted = leadColumns.contains(QStringLiteral("IsConverted"))
            ? QStringLiteral(" AND (+l.IsConverted IS NULL OR +l.IsConverted = 0)")
            : QString();
        const Status status = forEachKey(db, unmatched,
            QStringLiteral("SELECT l.Id, l.Email") + from("Lead", "l")
                + QStringLiteral(" WHERE l.Email COLLATE NOCASE IN (%1)") + notConverted,
            [this](const SqliteRow& row) {
                const QString email = row.text(1).toLower(); // as the contacts' above
                const QString id = row.text(0);
                const auto existing = m_lookups->leadsByEmail.constFind(email);
                if (existing == m_lookups->leadsByEmail.cend() || id < *existing) {
                    m_lookups->leadsByEmail.insert(email, id); // the lowest Id of leads sharing an email
                }
            });
        if (!status.ok()) {
            return status;
        }
    }

    // Calls whose domains name no account go on to the website (also, to be safe, a call whose
    // domain has a contact with an empty AccountId: chooseAccount() may end without an account).
    QSet<QString> websiteDomains;
    for (const QStringList& callDomains : std::as_const(domainsByCall)) {
        bool named = false;
        bool emptyAccount = false;
        for (const QString& domain : callDomains) {
            for (const DomainAccount& candidate : m_lookups->accountsByContactDomain.value(domain)) {
                (candidate.accountId.isEmpty() ? emptyAccount : named) = true;
            }
        }
        if (!named || emptyAccount) {
            for (const QString& domain : callDomains) {
                websiteDomains.insert(domain);
            }
        }
    }
    const QStringList accountColumns = cache.columns(QStringLiteral("Account"));
    QHash<QString, QStringList> websiteAccountIds;
    if (accountColumns.contains(websiteDomainColumn)) {
        const Status status = forEachKey(db, inOrder(websiteDomains),
            QStringLiteral("SELECT a.Id, a.%1").arg(websiteDomainColumn) + from("Account", "a")
                + QStringLiteral(" WHERE a.%2 IN (%1)").arg(QStringLiteral("%1"), websiteDomainColumn),
            [&websiteAccountIds](const SqliteRow& row) { websiteAccountIds[row.text(1)].append(row.text(0)); });
        if (!status.ok()) {
            return status;
        }
    }
    listAccounts(websiteAccountIds);
    const QStringList& accountIdList = m_lookups->accountIds;
    // The accounts and their open opportunities are independent reads. The opportunities are
    // read on another thread meanwhile and, once the accounts are in, on this one too: the two
    // take the accounts' ids portion by portion. Each row goes to its account's place: the
    // account's rows all come from one portion, so each place is written by one thread (an
    // account's record by one, its opportunities by the same or the other).
    std::vector<Account>* accounts = &m_lookups->accountOf;
    const QStringList opportunityColumns = cache.columns(QStringLiteral("Opportunity"));
    const bool readOpportunities = opportunityColumns.contains(QStringLiteral("AccountId"));
    KeyPortions accountPortions(accountIdList);
    const QString opportunitySql = QStringLiteral("SELECT o.*") + from("Opportunity", "o")
        + QStringLiteral(" WHERE o.AccountId IN (%1)")
        + (opportunityColumns.contains(QStringLiteral("IsClosed"))
                ? QStringLiteral(" AND (+o.IsClosed IS NULL OR +o.IsClosed = 0)")
                : QString());
    SharedColumns opportunityColumnNames;
    std::atomic<qsizetype> openOpportunities { 0 };
    auto readOpportunityShare = [&opportunitySql, &accountPortions, &opportunityColumnNames, &openOpportunities,
                                    accounts, &accountIdList](const QSqlDatabase& on) {
        qsizetype read = 0;
        const Status status = forEachKey(on, &accountPortions, opportunitySql,
            [accounts, &accountIdList, &read, reader = RecordReader(&opportunityColumnNames), columns = QList<int>(),
                last = qsizetype(0)](const SqliteRow& row) mutable {
                CachedRecord record = reader.read(row);
                if (columns.isEmpty()) {
                    for (const char* name : { "AccountId", "LastModifiedDate", "Id", "OwnerId" }) {
                        columns.append(reader.column(QLatin1String(name)));
                    }
                }
                const qsizetype at = indexIn(accountIdList, record.valueAt(columns.at(0)).toString(), last);
                if (at < 0) {
                    return; // not one of the ids asked for (cannot be: they are compared as they are)
                }
                last = at;
                (*accounts)[size_t(at)].open.append(
                    { record.valueAt(columns.at(2)).toString(), record.valueAt(columns.at(3)).toString(),
                        record.valueAt(columns.at(1)).toString(), std::move(record) });
                ++read;
            });
        openOpportunities += read;
        return status;
    };
    SharedColumns accountColumnNames;
    int accountsRead = 0;
    auto readAccountsAndOpportunities = [&](const QSqlDatabase& on, int share) {
        if (share == 1 && !accountColumns.isEmpty()) {
            const Status read = forEachKey(on, accountIdList,
                QStringLiteral("SELECT a.*") + from("Account", "a") + QStringLiteral(" WHERE a.Id IN (%1)"),
                [accounts, &accountIdList, &accountsRead, reader = RecordReader(&accountColumnNames),
                    columns = QList<int>(), last = qsizetype(0)](const SqliteRow& row) mutable {
                    CachedRecord record = reader.read(row);
                    if (columns.isEmpty()) {
                        columns = { reader.column(QStringLiteral("Id")), reader.column(QStringLiteral("OwnerId")) };
                    }
                    const qsizetype at = indexIn(accountIdList, record.valueAt(columns.at(0)).toString(), last);
                    if (at < 0) {
                        return;
                    }
                    last = at;
                    Account& account = (*accounts)[size_t(at)];
                    account.ownerId = record.valueAt(columns.at(1)).toString();
                    account.record = std::move(record);
                    ++accountsRead;
                });
            if (!read.ok()) {
                return read;
            }
        }
        return readOpportunities ? readOpportunityShare(on) : Status::success();
    };
    const Status status =
        readOpportunities ? onBothThreads(db, readAccountsAndOpportunities) : readAccountsAndOpportunities(db, 1);
    if (!status.ok()) {
        return status;
    }
    m_accountColumns = accountColumnNames.columns();
    m_opportunityColumns = opportunityColumnNames.columns();
    // Each account's opportunities newest LastModifiedDate first (ISO text sorts as time), then
    // the lowest Id: a few an account, on every core.
    inChunks(int(accounts->size()), [accounts](int start, int end) {
        for (int i = start; i < end; ++i) {
            QList<OpenOpportunity>& open = (*accounts)[size_t(i)].open;
            std::sort(open.begin(), open.end(), [](const OpenOpportunity& a, const OpenOpportunity& b) {
                return a.lastModified != b.lastModified ? a.lastModified > b.lastModified : a.id < b.id;
            });
        }
    });
    qCInfo(lcExport) << "matching prepared for" << calls.size() << "calls:" << contactCount << "contacts,"
                     << m_lookups->leadsByEmail.size() << "leads," << accountsRead << "accounts,"
                     << openOpportunities.load() << "open opportunities in" << timer.elapsed() << "ms";
    return Status::success();
}

void CallMatcher::listAccounts(const QHash<QString, QStringList>& websiteAccountIds)
{
    std::vector<const QString*> ids; // with repeats
    std::vector<int*> indexesOut; // where each one's index goes
    auto named = [&ids, &indexesOut](const QString& id, int* index) {
        if (!id.isEmpty()) {
            ids.push_back(&id);
            indexesOut.push_back(index);
        }
    };
    for (Contact& contact : m_lookups->contactOfEmail) {
        named(contact.accountId, &contact.account);
    }
    for (QList<DomainAccount>& domainAccounts : m_lookups->accountsByContactDomain) {
        for (DomainAccount& account : domainAccounts) {
            named(account.accountId, &account.account);
        }
    }
    for (auto website = websiteAccountIds.cbegin(); website != websiteAccountIds.cend(); ++website) {
        m_lookups->accountsByWebsite[website.key()].resize(website->size());
    }
    // Once the hash has every domain: its lists stay where they are.
    for (auto website = websiteAccountIds.cbegin(); website != websiteAccountIds.cend(); ++website) {
        QList<int>& indexes = m_lookups->accountsByWebsite[website.key()];
        for (qsizetype i = 0; i < website->size(); ++i) {
            named(website->at(i), &indexes[i]);
        }
    }
    std::vector<int> indexes;
    m_lookups->accountIds = inOrder(
        qsizetype(ids.size()), [&ids](qsizetype i) -> const QString& { return *ids[size_t(i)]; }, &indexes);
    for (size_t i = 0; i < ids.size(); ++i) {
        *indexesOut[i] = indexes[i];
    }
    for (QList<int>& website : m_lookups->accountsByWebsite) {
        std::sort(website.begin(), website.end()); // Id order, as the ids are
    }
    m_lookups->accountOf.resize(size_t(m_lookups->accountIds.size()));
}

} // namespace callbridge
