#include "core/orgsim/DemoCalls.h"

#include "core/orgsim/ObjectTable.h"
#include "core/orgsim/OrgData.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace callbridge::orgsim {

namespace {

struct Person
{
    QString email;
    QString name;
    QString accountId; // contacts
};

QList<Person> people(const OrgData& org, const QString& object, int limit)
{
    QList<Person> list;
    const ObjectTable* table = org.table(object);
    if (!table) {
        return list;
    }
    const bool hasAccount = table->schema().indexOf(QStringLiteral("AccountId")) >= 0;
    for (qint64 row = 0; row < table->rowCount() && list.size() < limit; ++row) {
        if (table->isDeleted(row) || table->isPurged(row)) {
            continue;
        }
        const QString email = org.value(object, row, QStringLiteral("Email")).toString();
        if (email.isEmpty()) {
            continue;
        }
        list.append({ email, org.value(object, row, QStringLiteral("Name")).toString(),
            hasAccount ? org.value(object, row, QStringLiteral("AccountId")).toString() : QString() });
    }
    return list;
}

QJsonObject participant(const Person& person, const char* affiliation)
{
    return { { QStringLiteral("email"), person.email }, { QStringLiteral("name"), person.name },
        { QStringLiteral("affiliation"), QString::fromLatin1(affiliation) } };
}

} // namespace

QJsonArray generateDemoCalls(const OrgData& org, int count)
{
    QRandomGenerator random(20261121);
    const QList<Person> contacts = people(org, QStringLiteral("Contact"), 5000);
    const QList<Person> leads = people(org, QStringLiteral("Lead"), 2000);
    QList<Person> reps;
    const ObjectTable* users = org.table(QStringLiteral("User"));
    for (qint64 row = 0; users && row < users->rowCount(); ++row) {
        if (org.value(QStringLiteral("User"), row, QStringLiteral("Title")).toString()
                == QLatin1String("Account Executive")
            && org.value(QStringLiteral("User"), row, QStringLiteral("IsActive")).toBool()) {
            reps.append({ org.value(QStringLiteral("User"), row, QStringLiteral("Email")).toString(),
                org.value(QStringLiteral("User"), row, QStringLiteral("Name")).toString(), {} });
        }
    }
    if (contacts.isEmpty() || reps.isEmpty()) {
        return {};
    }
    const QStringList topics { QStringLiteral("Discovery call"), QStringLiteral("Demo"),
        QStringLiteral("Pricing discussion"), QStringLiteral("Security review"), QStringLiteral("Renewal check-in"),
        QStringLiteral("Onboarding kickoff"), QStringLiteral("Negotiation") };
    const QStringList trackers { QStringLiteral("Pricing"), QStringLiteral("Competitors"), QStringLiteral("Next steps"),
        QStringLiteral("Security"), QStringLiteral("Budget"), QStringLiteral("[Smart] Decision process"),
        QStringLiteral("[Smart] Timeline"), QStringLiteral("[Smart] Churn risk") };
    const QStringList directions { QStringLiteral("outbound"), QStringLiteral("inbound"),
        QStringLiteral("conference") };
    const QDateTime newest = org.now().toUTC().addDays(-1);

    QJsonArray calls;
    for (int i = 0; i < count; ++i) {
        const int repIndex = int(random.bounded(qsizetype(reps.size())));
        const Person& rep = reps.at(repIndex);
        QJsonArray participants { participant(rep, "internal") };
        QString title = topics.at(int(random.bounded(qsizetype(topics.size()))));
        switch (i % 10) {
        case 0: { // internal only
            const Person& colleague = reps.at((repIndex + 1) % reps.size());
            if (colleague.email != rep.email) {
                participants.append(participant(colleague, "internal"));
            }
            title = QStringLiteral("Pipeline review");
            break;
        }
        case 1: // someone Salesforce does not know
            participants.append(participant(
                { QStringLiteral("visitor%1@unlisted-prospect.example").arg(i), QStringLiteral("Guest %1").arg(i), {} },
                "external"));
            break;
        case 2: // a free-mail address nobody has in Salesforce
            participants.append(participant(
                { QStringLiteral("caller%1@gmail.com").arg(i), QStringLiteral("Caller %1").arg(i), {} }, "unknown"));
            break;
        case 3:
        case 4: // a lead
            if (!leads.isEmpty()) {
                participants.append(participant(leads.at(int(random.bounded(qsizetype(leads.size())))), "external"));
            }
            break;
        default: { // one to three contacts, usually of one account
            const int first = int(random.bounded(qsizetype(contacts.size())));
            const int people = 1 + int(random.bounded(3));
            for (int k = 0; k < people && first + k < contacts.size(); ++k) {
                participants.append(participant(contacts.at(first + k), "external"));
            }
            break;
        }
        }
        QJsonArray callTrackers;
        for (const QString& tracker : trackers) {
            if (random.bounded(4) == 0) {
                callTrackers.append(tracker);
            }
        }
        QJsonObject call { { QStringLiteral("id"), QStringLiteral("demo-%1").arg(i + 1, 5, 10, QLatin1Char('0')) },
            { QStringLiteral("title"), title },
            { QStringLiteral("started"),
                newest.addSecs(-qint64(i) * 2400 - random.bounded(1800)).toString(Qt::ISODate) },
            { QStringLiteral("duration"), 120 + int(random.bounded(3300)) },
            { QStringLiteral("direction"), directions.at(i % 7 == 3 ? 2 : int(random.bounded(2))) },
            { QStringLiteral("workspace"), i % 5 == 4 ? QStringLiteral("Customer Success") : QStringLiteral("Sales") },
            { QStringLiteral("primaryUser"), rep.email }, { QStringLiteral("participants"), participants },
            { QStringLiteral("trackers"), callTrackers } };
        if (i % 97 == 5) {
            call.insert(QStringLiteral("deleted"), true);
        }
        calls.append(call);
    }
    return calls;
}

} // namespace callbridge::orgsim
