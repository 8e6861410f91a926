#pragma once

#include "core/cache/CachedRecord.h"
#include "core/calls/Call.h"
#include "core/util/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <vector>

namespace callbridge {

class CacheStore;

// Which Salesforce records one call attaches to, and why: every decision keeps its reason.
struct CallMatch
{
    struct Person
    {
        QString email;
        QString id; // Salesforce id
    };

    QList<Person> contacts;
    QList<Person> leads;
    QStringList unmatchedEmails; // external participants with no contact or lead
    QString accountId;
    QString opportunityId;
    CachedRecord account; // the cached records (null when none), shared with the matcher
    CachedRecord opportunity;
    QString ownerId; // the recorded user's Salesforce user id
    QString ownerTimeZone; // their TimeZoneSidKey ("America/Los_Angeles") when the cache has it

    // A decision, kept as what it was and worded only when shown (100,000 calls' worded reasons
    // took 60 MB and a third of matching's time; most are never looked at).
    struct Reason
    {
        enum class Kind : quint8 {
            UnknownUser, // text: the recorded user's email
            ContactByEmail, // text: the email
            LeadByEmail, // text: the email
            AccountOfContacts,
            AccountsOwnedByParticipant, // count: the contacts' accounts
            AccountsMostContacts, // count: the contacts' accounts
            AccountsFirstContact, // count: the contacts' accounts
            AccountByDomain, // text: the domain; count: its contacts
            AccountByWebsite, // text: the domain
            NoExternalParticipants,
            OnlyFreeMail, // text: the domains, comma-separated
            NoAccountForDomains, // text: the domains, comma-separated
            NoOpenOpportunity,
            OneOpenOpportunity,
            OpportunityOwnedByParticipant, // count: the open opportunities
            NewestOpportunity, // count: the open opportunities
        };
        Reason(Kind kind_, int count_ = 0, QString text_ = {})
            : kind(kind_)
            , count(count_)
            , text(std::move(text_))
        { }
        Kind kind;
        int count;
        QString text;
    };
    QList<Reason> decisions; // in the order they were made

    QStringList reasons() const; // the decisions, worded in the user's language
};

// Matches calls' external participants to the local cache, as the seeds describe:
// contact by email, else lead; the account from the contacts, else by email domain (contacts
// of that domain, then Account.Website), never by a free-mail domain; then the most
// applicable open opportunity of that account.
//
// prepare() reads only what the given calls need from the cache (their emails and domains,
// through the cache's indexes), so a million cached contacts are never all in memory; match()
// then works from memory.
class CallMatcher
{
    Q_DECLARE_TR_FUNCTIONS(CallMatcher)

public:
    CallMatcher();

    Status prepare(const CacheStore& cache, const QList<Call>& calls);
    CallMatch match(const Call& call) const;
    // Asks the processor for what match(call) will read of the lookups, calls before it is
    // matched: contacts, accounts and opportunities lie all over memory, and each waited for in
    // turn took most of matching. Each step goes one pointer further than the one before, so a
    // loop over calls asks for step 0 of a call prefetchSteps * prefetchDistance calls ahead, and
    // so on up to the last step prefetchDistance calls ahead. Changes nothing; a call prepare()
    // was not given is passed over.
    static constexpr int prefetchSteps = 4;
    static constexpr int prefetchDistance = 4;
    void prefetchFor(const Call& call, int step) const;
    static QString describe(const CallMatch::Reason& reason); // one decision, in the user's language
    // Once every call that will be matched is: frees what only match() reads (the contacts,
    // leads, users, domains, and the accounts and opportunities no match holds; the texts and
    // records matches hold stay theirs) on another thread, after this returns, and hands the
    // memory back to the system then. match() must not be called after.
    void releaseLookups();

    bool isFreeMailDomain(const QString& domain) const { return m_freeMail.contains(domain); }
    // The participants matching looks up: external ones, and unknown ones who are not users.
    QList<const CallParticipant*> externalParticipants(const Call& call) const;
    QString userIdForEmail(const QString& email) const { return m_lookups->usersByEmail.value(email); }
    // The columns every account and every opportunity read has (one read each); null when none was read.
    const CachedRecord::Columns* accountColumns() const { return m_accountColumns.get(); }
    const CachedRecord::Columns* opportunityColumns() const { return m_opportunityColumns.get(); }

private:
    struct Contact
    {
        QString id;
        QString accountId;
        QString lastModified; // decides between contacts sharing an email
        int account = -1; // the index of accountId in Lookups::accountIds; -1 for none
    };
    struct OpenOpportunity
    {
        QString id;
        QString ownerId;
        QString lastModified; // orders an account's opportunities
        CachedRecord record;
    };
    // An account a match may choose: what matching asks of it, in one place (three hashes by
    // account or opportunity id took three lookups, each waiting on memory).
    struct Account
    {
        CachedRecord record; // null when the cache does not hold the account
        QString ownerId;
        QList<OpenOpportunity> open; // newest LastModifiedDate first
    };
    struct DomainAccount
    {
        QString accountId;
        int account = -1; // as Contact's
        int contacts = 0;
    };

    // The users on a call: a few, kept without a hash (matching makes one set per call).
    using UserIds = QVarLengthArray<QString, 8>;

    // The matched contacts' accounts (their indexes in Lookups::accountIds), each with its number
    // of matched contacts, in the order first met: a few, kept without a hash.
    using ContactAccounts = QVarLengthArray<std::pair<int, int>, 8>;

    // Sets the match's account, and returns its index in Lookups::accountIds (-1: none).
    int chooseAccount(const QList<const CallParticipant*>& external, const ContactAccounts& contactAccounts,
        const UserIds& userIdsOnCall, CallMatch* match) const;
    void chooseOpportunity(const Account& account, const UserIds& userIdsOnCall, CallMatch* match) const;
    bool ownedByOneOf(int account, const UserIds& userIds) const; // an index in Lookups::accountIds
    // Lists every account a match may choose (those the contacts, their domains and the
    // websites name), and gives each place that names one the account's index in the list.
    void listAccounts(const QHash<QString, QStringList>& websiteAccountIds);
    // The contact with the email of the call's external participant `i` (in the order of
    // externalParticipants()), or null.
    const Contact* contactOf(const Call& call, qsizetype i, const QString& email) const;
    // The call's index among the calls prepare() was given, or -1 (another list's, or a copy).
    qsizetype preparedIndexOf(const Call& call) const;

    QSet<QString> m_freeMail;
    // What prepare() reads and match() looks up, freed whole by releaseLookups().
    struct Lookups
    {
        QHash<QString, QString> usersByEmail; // lower-case email -> user id
        QHash<QString, QString> timeZonesByUser; // user id -> TimeZoneSidKey
        // The calls' external participants' emails, sorted, each once, and the contact with each
        // (an empty id when none has it): found by position, where a hash by email waited for
        // the characters of the email it held (a quarter of matching).
        QStringList emails;
        std::vector<Contact> contactOfEmail;
        // The calls prepared for, kept so that no other list takes their place in memory while
        // their participants are known by their position in it: where each call's external
        // participants start in `emailOfExternal`, and each one's index in `emails`.
        QList<Call> calls;
        std::vector<qsizetype> firstExternalOf; // one more than the calls
        std::vector<int> emailOfExternal;
        QHash<QString, QString> leadsByEmail;
        QHash<QString, QList<DomainAccount>> accountsByContactDomain;
        QHash<QString, QList<int>> accountsByWebsite; // indexes in accountIds, in Id order
        // Every account a match may choose, by Id, sorted, each once, and each one's account
        // (whose record is null when the cache does not hold it): found by position, where a
        // hash by id waited on the id's characters.
        QStringList accountIds;
        std::vector<Account> accountOf;
    };
    std::shared_ptr<Lookups> m_lookups = std::make_shared<Lookups>(); // empty once released
    std::shared_ptr<const CachedRecord::Columns> m_accountColumns;
    std::shared_ptr<const CachedRecord::Columns> m_opportunityColumns;
    bool m_lookupsReleased = false;
};

} // namespace callbridge
