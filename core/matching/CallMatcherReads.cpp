#include "core/matching/CallMatcher.h"

#include "core/cache/CacheStore.h"
#include "core/cache/SqliteRows.h"
#include "core/logging/LogCategories.h"
#include "core/matching/MatchReads.h"
#include "core/util/EmailAddress.h"
#include "core/util/InChunks.h"
#include "core/util/PackedKey.h"
#include "core/util/SortedOnTwoThreads.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
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
    QStringList accountIds; // with repeats
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
        // The accounts they name, taken while each row is at hand (going through the contacts
        // again took 13 ms, most of it waiting for memory). A contact that loses its email to
        // another adds an account no match chooses: reading it costs little.
        QStringList foundAccountIds[2];
        KeyPortions emailPortions(emailList);
        auto readContacts = [&sql, contacts, &foundContacts, &foundAccountIds, &emailPortions, &emailList](
                                const QSqlDatabase& on, int share) {
            QStringList* accounts = &foundAccountIds[share];
            accounts->reserve(emailList.size());
            return forEachKey(on, &emailPortions, sql,
                [contacts, accounts, found = &foundContacts[share], &emailList, last = qsizetype(0)](
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
                    if (!contact.accountId.isEmpty()) {
                        accounts->append(contact.accountId);
                    }
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
        accountIds = std::move(foundAccountIds[0]);
        accountIds.append(std::move(foundAccountIds[1]));
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
        QStringList foundAccountIds[2];
        KeyPortions domainPortions(domainList);
        auto readDomains = [&](const QSqlDatabase& on, int share) {
            return forEachKey(on, &domainPortions, sql,
                [into = &found[share], accounts = &foundAccountIds[share]](const SqliteRow& row) {
                    const QString accountId = row.text(1);
                    (*into)[row.text(0)].append({ accountId, row.value(2).toInt() });
                    accounts->append(accountId);
                });
        };
        const Status status = domainList.size() > keysPerQuery ? onBothThreads(db, readDomains) : readDomains(db, 1);
        if (!status.ok()) {
            return status;
        }
        m_lookups->accountsByContactDomain = std::move(found[1]);
        m_lookups->accountsByContactDomain.reserve(m_lookups->accountsByContactDomain.size() + found[0].size());
        movedInto(&m_lookups->accountsByContactDomain, &found[0]);
        accountIds.append(std::move(foundAccountIds[0]));
        accountIds.append(std::move(foundAccountIds[1]));
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
    if (accountColumns.contains(websiteDomainColumn)) {
        const Status status = forEachKey(db, inOrder(websiteDomains),
            QStringLiteral("SELECT a.Id, a.%1").arg(websiteDomainColumn) + from("Account", "a")
                + QStringLiteral(" WHERE a.%2 IN (%1)").arg(QStringLiteral("%1"), websiteDomainColumn),
            [this, &accountIds](const SqliteRow& row) {
                m_lookups->accountsByWebsite[row.text(1)].append(row.text(0));
                accountIds.append(row.text(0));
            });
        if (!status.ok()) {
            return status;
        }
        for (QStringList& accounts : m_lookups->accountsByWebsite) {
            accounts.sort();
        }
    }
    const QStringList accountIdList = inOrder(accountIds);
    // The accounts and their open opportunities are independent reads. The opportunities are
    // read on another thread meanwhile and, once the accounts are in, on this one too: the two
    // take the accounts' ids portion by portion, each into its own share.
    const QStringList opportunityColumns = cache.columns(QStringLiteral("Opportunity"));
    const bool readOpportunities = opportunityColumns.contains(QStringLiteral("AccountId"));
    struct ReadOpportunity
    {
        QString accountId;
        QString lastModified;
        OpenOpportunity open;
    };
    std::vector<ReadOpportunity> shares[2]; // each thread's
    KeyPortions accountPortions(accountIdList);
    const QString opportunitySql = QStringLiteral("SELECT o.*") + from("Opportunity", "o")
        + QStringLiteral(" WHERE o.AccountId IN (%1)")
        + (opportunityColumns.contains(QStringLiteral("IsClosed"))
                ? QStringLiteral(" AND (+o.IsClosed IS NULL OR +o.IsClosed = 0)")
                : QString());
    SharedColumns opportunityColumnNames;
    auto readOpportunityShare = [&opportunitySql, &accountPortions, &opportunityColumnNames](
                                    const QSqlDatabase& on, std::vector<ReadOpportunity>* share) {
        return forEachKey(on, &accountPortions, opportunitySql,
            [share, reader = RecordReader(&opportunityColumnNames), columns = QList<int>()](
                const SqliteRow& row) mutable {
                CachedRecord record = reader.read(row);
                if (columns.isEmpty()) {
                    for (const char* name : { "AccountId", "LastModifiedDate", "Id", "OwnerId" }) {
                        columns.append(reader.column(QLatin1String(name)));
                    }
                }
                share->push_back({ record.valueAt(columns.at(0)).toString(), record.valueAt(columns.at(1)).toString(),
                    { record.valueAt(columns.at(2)).toString(), record.valueAt(columns.at(3)).toString(),
                        std::move(record) } });
            });
    };
    // Growing a hash hashes every key again. (Every opportunity's account is among these ids.)
    m_lookups->accounts.reserve(accountIdList.size());
    SharedColumns accountColumnNames;
    auto readAccountsAndOpportunities = [&](const QSqlDatabase& on, int share) {
        if (share == 1 && !accountColumns.isEmpty()) {
            const Status accountsRead = forEachKey(on, accountIdList,
                QStringLiteral("SELECT a.*") + from("Account", "a") + QStringLiteral(" WHERE a.Id IN (%1)"),
                [this, reader = RecordReader(&accountColumnNames), columns = QList<int>()](
                    const SqliteRow& row) mutable {
                    CachedRecord record = reader.read(row);
                    if (columns.isEmpty()) {
                        columns = { reader.column(QStringLiteral("Id")), reader.column(QStringLiteral("OwnerId")) };
                    }
                    Account& account = m_lookups->accounts[record.valueAt(columns.at(0)).toString()];
                    account.ownerId = record.valueAt(columns.at(1)).toString();
                    account.record = std::move(record);
                });
            if (!accountsRead.ok()) {
                return accountsRead;
            }
        }
        return readOpportunities ? readOpportunityShare(on, &shares[share]) : Status::success();
    };
    const Status status =
        readOpportunities ? onBothThreads(db, readAccountsAndOpportunities) : readAccountsAndOpportunities(db, 1);
    if (!status.ok()) {
        return status;
    }
    m_accountColumns = accountColumnNames.columns();
    m_opportunityColumns = opportunityColumnNames.columns();
    qsizetype openOpportunities = 0;
    if (readOpportunities) {
        std::vector<ReadOpportunity> all = std::move(shares[0]);
        all.insert(all.end(), std::make_move_iterator(shares[1].begin()), std::make_move_iterator(shares[1].end()));
        shares[1] = {};
        openOpportunities = qsizetype(all.size());
        // Each account's opportunities together, newest LastModifiedDate first (ISO text sorts as
        // time), then the lowest Id.
        struct InOrder
        {
            PackedKey account;
            PackedKey modified;
            ReadOpportunity* opportunity;
        };
        constexpr size_t ahead = 8; // opportunities prefetched ahead of the one read
        auto prefetch = [&all](size_t i) {
            if (i < all.size()) {
                PackedKey::prefetch(all[i].accountId);
                PackedKey::prefetch(all[i].lastModified);
            }
        };
        const std::vector<InOrder> order = sortedOnTwoThreads<InOrder>(
            qsizetype(all.size()),
            [&all, &prefetch](qsizetype i) {
                prefetch(size_t(i) + ahead);
                ReadOpportunity& opportunity = all[size_t(i)];
                return InOrder { PackedKey(opportunity.accountId), PackedKey(opportunity.lastModified), &opportunity };
            },
            [](const InOrder& a, const InOrder& b) {
                if (!(a.account == b.account)) {
                    return a.account < b.account;
                }
                if (!(a.modified == b.modified)) {
                    return b.modified < a.modified;
                }
                return a.opportunity->open.id < b.opportunity->open.id;
            });
        // Each account's opportunities handed to it (moved: the sort is done with them), on every
        // core, a run of opportunities at a time: a run takes the accounts that start in it.
        // Their accounts are in the hash already, except one that the cache holds only
        // opportunities of: finding them changes no hash, and each account's list is written by
        // one thread. Those not in the hash are added after, on this thread.
        const size_t count = order.size();
        auto startsAccount = [&order](size_t i) {
            return i == 0 || !(order[i].account == order[i - 1].account);
        };
        // Where the account starting at `first` ends.
        auto endOfAccount = [&order, &startsAccount, count](size_t first) {
            size_t last = first + 1;
            for (; last < count && !startsAccount(last); ++last) {
                if (last + ahead < count) {
                    PackedKey::prefetch(order[last + ahead].opportunity->accountId);
                }
            }
            return last;
        };
        auto handedTo = [&order](QList<OpenOpportunity>* open, size_t first, size_t last) {
            open->reserve(open->size() + qsizetype(last - first));
            for (size_t i = first; i < last; ++i) {
                open->append(std::move(order[i].opportunity->open));
            }
        };
        constexpr int perRun = 8192;
        std::vector<std::vector<size_t>> notInHash((count + perRun - 1) / perRun); // accounts' first, by run
        const QHash<QString, Account>& accounts = m_lookups->accounts;
        inChunks(
            int(count),
            [&](int start, int end) {
                size_t first = size_t(start);
                while (first < size_t(end) && !startsAccount(first)) {
                    ++first; // the account the run before holds
                }
                while (first < size_t(end)) {
                    const size_t last = endOfAccount(first);
                    const auto account = accounts.constFind(order[first].opportunity->accountId);
                    if (account == accounts.cend()) {
                        notInHash[size_t(start / perRun)].push_back(first);
                    } else {
                        handedTo(&const_cast<Account&>(*account).open, first, last);
                    }
                    first = last;
                }
            },
            perRun);
        for (const std::vector<size_t>& run : notInHash) {
            for (const size_t first : run) {
                handedTo(&m_lookups->accounts[order[first].opportunity->accountId].open, first, endOfAccount(first));
            }
        }
    }
    qCInfo(lcExport) << "matching prepared for" << calls.size() << "calls:" << contactCount << "contacts,"
                     << m_lookups->leadsByEmail.size() << "leads," << m_lookups->accounts.size() << "accounts,"
                     << openOpportunities << "open opportunities in" << timer.elapsed() << "ms";
    return Status::success();
}

} // namespace callbridge
