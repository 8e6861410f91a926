#include "core/matching/CallMatcher.h"

#include "core/logging/LogCategories.h"
#include "core/matching/MatchReads.h"
#include "core/util/EmailAddress.h"
#include "core/util/FreedMemory.h"
#include "core/util/PackedKey.h"
#include "core/util/Prefetch.h"

#include <QFile>

#include <algorithm>
#include <utility>

namespace callbridge {

using Reason = CallMatch::Reason;

QStringList CallMatch::reasons() const
{
    QStringList worded;
    worded.reserve(decisions.size());
    for (const Reason& decision : decisions) {
        worded.append(CallMatcher::describe(decision));
    }
    return worded;
}

QString CallMatcher::describe(const CallMatch::Reason& reason)
{
    switch (reason.kind) {
    case Reason::Kind::UnknownUser:
        return tr("The recorded user %1 is not among the cached Salesforce users: the activity would belong to the "
                  "integration user")
            .arg(reason.text);
    case Reason::Kind::ContactByEmail:
        return tr("Contact by email %1").arg(reason.text);
    case Reason::Kind::LeadByEmail:
        return tr("Lead by email %1 (no contact has it)").arg(reason.text);
    case Reason::Kind::AccountOfContacts:
        return tr("Account of the matched contacts");
    case Reason::Kind::AccountsOwnedByParticipant:
        return tr(
            "Matched contacts belong to %n accounts; chose the one owned by a participant", nullptr, reason.count);
    case Reason::Kind::AccountsMostContacts:
        return tr("Matched contacts belong to %n accounts; chose the one with the most matched contacts", nullptr,
            reason.count);
    case Reason::Kind::AccountsFirstContact:
        return tr("Matched contacts belong to %n accounts; chose the first matched contact's", nullptr, reason.count);
    case Reason::Kind::AccountByDomain:
        return reason.count == 1
            ? tr("Account by domain %1 (one contact of that domain)").arg(reason.text)
            : tr("Account by domain %1 (%L2 contacts of that domain)").arg(reason.text).arg(reason.count);
    case Reason::Kind::AccountByWebsite:
        return tr("Account by website domain %1").arg(reason.text);
    case Reason::Kind::NoExternalParticipants:
        return tr("No account: the call has no external participants");
    case Reason::Kind::OnlyFreeMail:
        return tr("No account: only free-mail addresses (%1), which never match by domain").arg(reason.text);
    case Reason::Kind::NoAccountForDomains:
        return tr("No account: no matched contact, and no contact or account website with the domain %1")
            .arg(reason.text);
    case Reason::Kind::NoOpenOpportunity:
        return tr("No open opportunity on the account");
    case Reason::Kind::OneOpenOpportunity:
        return tr("The account's one open opportunity");
    case Reason::Kind::OpportunityOwnedByParticipant:
        return tr("%n open opportunities; chose the one owned by a participant", nullptr, reason.count);
    case Reason::Kind::NewestOpportunity:
        return tr("%n open opportunities, none owned by a participant; chose the most recently modified", nullptr,
            reason.count);
    }
    return {};
}

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
                && !m_lookups->usersByEmail.contains(participant.email));
        if (isExternal && !participant.email.isEmpty()) {
            external.append(&participant);
        }
    }
    return external;
}

bool CallMatcher::ownedByOneOf(int account, const UserIds& userIds) const
{
    return account >= 0 && userIds.contains(m_lookups->accountOf[size_t(account)].ownerId);
}

void CallMatcher::releaseLookups()
{
    m_lookupsReleased = true;
    // The matches share the texts and records they chose (copies of the ids they keep made their
    // memory neither smaller nor freed any sooner, since the lookups are no hashes of scattered
    // texts: the Preview page's window was 250 MB without them and 260 MB with them, and they
    // took 55 ms before the first preview). The rest goes with the lookups: freed on another
    // thread (freeing a million small blocks took a third of a second, which the first preview
    // waited for), and nothing reads it any more.
    releaseInBackground(std::exchange(m_lookups, std::make_shared<Lookups>()));
}

CallMatch CallMatcher::match(const Call& call) const
{
    Q_ASSERT_X(!m_lookupsReleased, "CallMatcher::match", "called after releaseLookups()");
    CallMatch match;
    const QList<const CallParticipant*> external = externalParticipants(call);
    // Sized once, for a decision on each participant and the account, the opportunity and the
    // user: growing them one by one took a tenth of matching.
    match.decisions.reserve(external.size() + 3);
    match.contacts.reserve(external.size());
    UserIds userIdsOnCall;
    ContactAccounts contactAccounts;
    match.ownerId = m_lookups->usersByEmail.value(call.primaryUser);
    match.ownerTimeZone = m_lookups->timeZonesByUser.value(match.ownerId);
    if (!match.ownerId.isEmpty()) {
        userIdsOnCall.append(match.ownerId);
    } else {
        match.decisions.emplaceBack(Reason::Kind::UnknownUser, 0, call.primaryUser);
    }
    for (const CallParticipant& participant : call.participants) {
        const auto userId = m_lookups->usersByEmail.constFind(participant.email);
        if (userId != m_lookups->usersByEmail.cend() && !userId->isEmpty() && !userIdsOnCall.contains(*userId)) {
            userIdsOnCall.append(*userId);
        }
    }

    for (qsizetype i = 0; i < external.size(); ++i) {
        const CallParticipant* participant = external.at(i);
        if (const Contact* contact = contactOf(call, i, participant->email)) {
            match.contacts.append({ participant->email, contact->id });
            if (contact->account >= 0) {
                const auto known = std::find_if(contactAccounts.begin(), contactAccounts.end(),
                    [contact](const std::pair<int, int>& entry) { return entry.first == contact->account; });
                if (known == contactAccounts.end()) {
                    contactAccounts.append({ contact->account, 1 });
                } else {
                    ++known->second;
                }
            }
            match.decisions.emplaceBack(Reason::Kind::ContactByEmail, 0, participant->email);
            continue;
        }
        const QString leadId = m_lookups->leadsByEmail.value(participant->email);
        if (!leadId.isEmpty()) {
            match.leads.append({ participant->email, leadId });
            match.decisions.emplaceBack(Reason::Kind::LeadByEmail, 0, participant->email);
            continue;
        }
        match.unmatchedEmails.append(participant->email);
    }
    const int account = chooseAccount(external, contactAccounts, userIdsOnCall, &match);
    if (account >= 0) {
        const Account& chosen = m_lookups->accountOf[size_t(account)];
        match.account = chosen.record; // null when the cache does not hold it
        chooseOpportunity(chosen, userIdsOnCall, &match);
    }
    return match;
}

qsizetype CallMatcher::preparedIndexOf(const Call& call) const
{
    const Call* prepared = m_lookups->calls.constData();
    const bool among = std::less_equal<const Call*>()(prepared, &call)
        && std::less<const Call*>()(&call, prepared + m_lookups->calls.size());
    return among ? &call - prepared : -1;
}

const CallMatcher::Contact* CallMatcher::contactOf(const Call& call, qsizetype i, const QString& email) const
{
    const qsizetype index = preparedIndexOf(call);
    const qsizetype at = index >= 0
        ? m_lookups->emailOfExternal[size_t(m_lookups->firstExternalOf[size_t(index)] + i)]
        : matchreads::indexIn(m_lookups->emails, email, 0); // not one of the calls given: maybe a copy of one
    const Contact* contact = at < 0 ? nullptr : &m_lookups->contactOfEmail[size_t(at)];
    return contact && !contact->id.isEmpty() ? contact : nullptr;
}

void CallMatcher::prefetchFor(const Call& call, int step) const
{
    const qsizetype index = preparedIndexOf(call);
    if (index < 0) {
        return;
    }
    const Lookups& lookups = *m_lookups;
    for (qsizetype p = lookups.firstExternalOf[size_t(index)]; p < lookups.firstExternalOf[size_t(index) + 1]; ++p) {
        const Contact& contact = lookups.contactOfEmail[size_t(lookups.emailOfExternal[size_t(p)])];
        if (step == 0) {
            prefetchMemory(&contact);
            continue;
        }
        if (step == 1) {
            PackedKey::prefetch(contact.id); // its header: the match takes a reference
            if (contact.account >= 0) {
                prefetchMemory(&lookups.accountOf[size_t(contact.account)]);
                prefetchMemory(&lookups.accountIds.at(contact.account));
            }
            continue;
        }
        if (contact.account < 0) {
            continue;
        }
        const Account& account = lookups.accountOf[size_t(contact.account)];
        if (step == 2) {
            account.record.prefetch();
            PackedKey::prefetch(lookups.accountIds.at(contact.account));
            prefetchMemory(account.open.constData());
        } else if (!account.open.isEmpty()) {
            const OpenOpportunity& newest = account.open.first();
            PackedKey::prefetch(newest.id);
            newest.record.prefetch();
        }
    }
}

int CallMatcher::chooseAccount(const QList<const CallParticipant*>& external, const ContactAccounts& contactAccounts,
    const UserIds& userIdsOnCall, CallMatch* match) const
{
    // 1. The matched contacts' accounts: most matched contacts, then owned by someone on the call.
    if (!contactAccounts.isEmpty()) {
        int best = contactAccounts.first().first;
        int bestCount = contactAccounts.first().second;
        bool byOwner = false;
        bool byCount = false;
        for (const auto& [candidate, count] : contactAccounts) {
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
                byCount = true;
                byOwner = false;
            } else if (count == bestCount && candidate != best && !ownedByOneOf(best, userIdsOnCall)
                && ownedByOneOf(candidate, userIdsOnCall)) {
                best = candidate;
                byOwner = true;
            }
        }
        match->accountId = m_lookups->accountIds.at(best);
        const int accounts = int(contactAccounts.size());
        if (accounts == 1) {
            match->decisions.emplaceBack(Reason::Kind::AccountOfContacts);
        } else if (byOwner) {
            match->decisions.emplaceBack(Reason::Kind::AccountsOwnedByParticipant, accounts);
        } else if (byCount || bestCount > 1) {
            match->decisions.emplaceBack(Reason::Kind::AccountsMostContacts, accounts);
        } else {
            match->decisions.emplaceBack(Reason::Kind::AccountsFirstContact, accounts);
        }
        return best;
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
        for (const DomainAccount& candidate : m_lookups->accountsByContactDomain.value(domain)) {
            const bool better = candidate.contacts > best.contacts
                || (candidate.contacts == best.contacts && !ownedByOneOf(best.account, userIdsOnCall)
                    && ownedByOneOf(candidate.account, userIdsOnCall))
                || (candidate.contacts == best.contacts
                    && ownedByOneOf(best.account, userIdsOnCall) == ownedByOneOf(candidate.account, userIdsOnCall)
                    && candidate.accountId < best.accountId);
            if (best.accountId.isEmpty() || better) {
                best = candidate;
                bestDomain = domain;
            }
        }
    }
    if (!best.accountId.isEmpty()) {
        match->accountId = best.accountId;
        match->decisions.emplaceBack(Reason::Kind::AccountByDomain, best.contacts, bestDomain);
        return best.account;
    }
    for (const QString& domain : std::as_const(companyDomains)) {
        const QList<int> accounts = m_lookups->accountsByWebsite.value(domain);
        if (accounts.isEmpty()) {
            continue;
        }
        int chosen = accounts.first();
        for (const int candidate : accounts) {
            if (ownedByOneOf(candidate, userIdsOnCall)) {
                chosen = candidate;
                break;
            }
        }
        match->accountId = m_lookups->accountIds.at(chosen);
        match->decisions.emplaceBack(Reason::Kind::AccountByWebsite, 0, domain);
        return chosen;
    }
    if (companyDomains.isEmpty() && freeMailDomains.isEmpty()) {
        match->decisions.emplaceBack(Reason::Kind::NoExternalParticipants);
    } else if (companyDomains.isEmpty()) {
        match->decisions.emplaceBack(Reason::Kind::OnlyFreeMail, 0, freeMailDomains.join(QStringLiteral(", ")));
    } else {
        match->decisions.emplaceBack(Reason::Kind::NoAccountForDomains, 0, companyDomains.join(QStringLiteral(", ")));
    }
    return -1;
}

void CallMatcher::chooseOpportunity(const Account& account, const UserIds& userIdsOnCall, CallMatch* match) const
{
    const QList<OpenOpportunity>& open = account.open;
    if (open.isEmpty()) {
        match->decisions.emplaceBack(Reason::Kind::NoOpenOpportunity);
        return;
    }
    const OpenOpportunity* chosen = &open.first();
    if (open.size() == 1) {
        match->decisions.emplaceBack(Reason::Kind::OneOpenOpportunity);
    } else {
        // Newest first already: the first one owned by a participant, else the newest.
        const auto owned =
            std::find_if(open.cbegin(), open.cend(), [&userIdsOnCall](const OpenOpportunity& opportunity) {
                return userIdsOnCall.contains(opportunity.ownerId);
            });
        if (owned != open.cend()) {
            chosen = &*owned;
            match->decisions.emplaceBack(Reason::Kind::OpportunityOwnedByParticipant, int(open.size()));
        } else {
            match->decisions.emplaceBack(Reason::Kind::NewestOpportunity, int(open.size()));
        }
    }
    match->opportunityId = chosen->id;
    match->opportunity = chosen->record;
}

} // namespace callbridge
