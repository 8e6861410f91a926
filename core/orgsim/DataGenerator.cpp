#include "core/orgsim/DataGenerator.h"

#include "core/orgsim/RecordBuilder.h"
#include "core/orgsim/SalesforceId.h"

#include <array>

namespace callbridge::orgsim {

namespace {

const QDateTime dataEpoch(QDate(2026, 9, 30), QTime(12, 0), Qt::UTC); // the newest generated change

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

const QStringList firstNames { QStringLiteral("Ava"), QStringLiteral("Liam"), QStringLiteral("Noah"),
    QStringLiteral("Emma"), QStringLiteral("Olivia"), QStringLiteral("Mateo"), QStringLiteral("Sofia"),
    QStringLiteral("Lucas"), QStringLiteral("Mia"), QStringLiteral("Ethan"), QStringLiteral("Amelia"),
    QStringLiteral("Hugo"), QStringLiteral("Chloe"), QStringLiteral("Leon"), QStringLiteral("Nora"),
    QStringLiteral("Arjun"), QStringLiteral("Priya"), QStringLiteral("Kenji"), QStringLiteral("Yuki"),
    QStringLiteral("Omar"), QStringLiteral("Layla"), QStringLiteral("Diego"), QStringLiteral("Lucia"),
    QStringLiteral("Felix"), QStringLiteral("Clara"), QStringLiteral("Jonas"), QStringLiteral("Elena"),
    QStringLiteral("Marco"), QStringLiteral("Grace"), QStringLiteral("Samuel"), QStringLiteral("Hannah"),
    QStringLiteral("Daniel"), QStringLiteral("Zoe"), QStringLiteral("Adam"), QStringLiteral("Ines"),
    QStringLiteral("Tomas"), QStringLiteral("Freya"), QStringLiteral("Oscar"), QStringLiteral("Maya"),
    QStringLiteral("Victor") };
const QStringList lastNames { QStringLiteral("Smith"), QStringLiteral("Garcia"), QStringLiteral("Müller"),
    QStringLiteral("Martin"), QStringLiteral("Rossi"), QStringLiteral("Nguyen"), QStringLiteral("Patel"),
    QStringLiteral("Kim"), QStringLiteral("Johnson"), QStringLiteral("Brown"), QStringLiteral("Dubois"),
    QStringLiteral("Schmidt"), QStringLiteral("Silva"), QStringLiteral("Tanaka"), QStringLiteral("Cohen"),
    QStringLiteral("O'Brien"), QStringLiteral("Novak"), QStringLiteral("Larsen"), QStringLiteral("Haddad"),
    QStringLiteral("Kowalski"), QStringLiteral("Andersen"), QStringLiteral("Moreau"), QStringLiteral("Fischer"),
    QStringLiteral("Costa"), QStringLiteral("Walker"), QStringLiteral("Young"), QStringLiteral("Wright"),
    QStringLiteral("Lopez"), QStringLiteral("Hill"), QStringLiteral("Scott"), QStringLiteral("Green"),
    QStringLiteral("Baker"), QStringLiteral("Singh"), QStringLiteral("Chen"), QStringLiteral("Ivanova"),
    QStringLiteral("Bauer"), QStringLiteral("Laurent"), QStringLiteral("Weber"), QStringLiteral("Romano"),
    QStringLiteral("Okafor") };
const QStringList namePrefixes { QStringLiteral("North"), QStringLiteral("Blue"), QStringLiteral("Silver"),
    QStringLiteral("Bright"), QStringLiteral("Red"), QStringLiteral("Green"), QStringLiteral("Iron"),
    QStringLiteral("Clear"), QStringLiteral("Swift"), QStringLiteral("Stone"), QStringLiteral("High"),
    QStringLiteral("Oak"), QStringLiteral("Sun"), QStringLiteral("Star"), QStringLiteral("Lake"),
    QStringLiteral("Cedar"), QStringLiteral("Gold"), QStringLiteral("River"), QStringLiteral("Maple"),
    QStringLiteral("Polar") };
const QStringList nameStems { QStringLiteral("wind"), QStringLiteral("bird"), QStringLiteral("field"),
    QStringLiteral("peak"), QStringLiteral("wave"), QStringLiteral("bridge"), QStringLiteral("point"),
    QStringLiteral("brook"), QStringLiteral("gate"), QStringLiteral("light"), QStringLiteral("works"),
    QStringLiteral("line") };
const QStringList nameSuffixes { QStringLiteral("Logistics"), QStringLiteral("Health"), QStringLiteral("Systems"),
    QStringLiteral("Analytics"), QStringLiteral("Foods"), QStringLiteral("Energy"), QStringLiteral("Robotics"),
    QStringLiteral("Partners"), QStringLiteral("Media"), QStringLiteral("Finance") };
const QStringList topLevelDomains { QStringLiteral(".com"), QStringLiteral(".io"), QStringLiteral(".co.uk"),
    QStringLiteral(".de") };
const QStringList freeMailDomains { QStringLiteral("gmail.com"), QStringLiteral("yahoo.com"),
    QStringLiteral("outlook.com"), QStringLiteral("hotmail.com") };
const QStringList industries { QStringLiteral("Technology"), QStringLiteral("Healthcare"), QStringLiteral("Retail"),
    QStringLiteral("Manufacturing"), QStringLiteral("Finance"), QStringLiteral("Energy"), QStringLiteral("Media"),
    QStringLiteral("Transportation") };
const QStringList cities { QStringLiteral("San Francisco"), QStringLiteral("New York"), QStringLiteral("London"),
    QStringLiteral("Berlin"), QStringLiteral("Paris"), QStringLiteral("Sydney"), QStringLiteral("Toronto"),
    QStringLiteral("Singapore") };
const QStringList countries { QStringLiteral("United States"), QStringLiteral("United States"),
    QStringLiteral("United Kingdom"), QStringLiteral("Germany"), QStringLiteral("France"), QStringLiteral("Australia"),
    QStringLiteral("Canada"), QStringLiteral("Singapore") };
const QStringList titles { QStringLiteral("VP Sales"), QStringLiteral("Head of Operations"), QStringLiteral("CTO"),
    QStringLiteral("Procurement Manager"), QStringLiteral("Director of IT"), QStringLiteral("CFO"),
    QStringLiteral("Sales Operations"), QStringLiteral("Engineering Manager") };
const QStringList leadSources { QStringLiteral("Web"), QStringLiteral("Phone Inquiry"),
    QStringLiteral("Partner Referral"), QStringLiteral("Purchased List"), QStringLiteral("Other") };

// The name parts as they appear in domains and email addresses: lower case, without apostrophes
// (what lowering and cleaning the whole name gives, computed once instead of per record).
QStringList emailParts(const QStringList& parts)
{
    QStringList lowered;
    for (const QString& part : parts) {
        lowered.append(part.toLower().remove(QLatin1Char('\'')));
    }
    return lowered;
}
const QStringList firstNamesInEmails = emailParts(firstNames);
const QStringList lastNamesInEmails = emailParts(lastNames);
const QStringList namePrefixesInDomains = emailParts(namePrefixes);
const QStringList nameStemsInDomains = emailParts(nameStems);
const QStringList nameSuffixesInDomains = emailParts(nameSuffixes);
const QStringList accountTiers { QStringLiteral("Strategic"), QStringLiteral("Enterprise"),
    QStringLiteral("Mid-Market"), QStringLiteral("SMB") };
const QStringList personas { QStringLiteral("Champion"), QStringLiteral("Decision Maker"), QStringLiteral("Influencer"),
    QStringLiteral("User") };
const QStringList leadStatuses { QStringLiteral("Open - Not Contacted"), QStringLiteral("Working - Contacted"),
    QStringLiteral("Closed - Not Converted") };

struct Stage
{
    const char* name;
    int probability;
    bool closed;
    bool won;
    const char* forecast;
};
const Stage stages[] = {
    { "Prospecting", 10, false, false, "Pipeline" },
    { "Qualification", 10, false, false, "Pipeline" },
    { "Needs Analysis", 20, false, false, "Pipeline" },
    { "Value Proposition", 50, false, false, "Pipeline" },
    { "Id. Decision Makers", 60, false, false, "Pipeline" },
    { "Perception Analysis", 70, false, false, "Pipeline" },
    { "Proposal/Price Quote", 75, false, false, "Pipeline" },
    { "Negotiation/Review", 90, false, false, "Pipeline" },
    { "Closed Won", 100, true, true, "Closed" },
    { "Closed Lost", 0, true, false, "Omitted" },
};
constexpr int stageCount = sizeof(stages) / sizeof(stages[0]);

int fieldIndex(const ObjectSchema& object, const char* name)
{
    const int index = object.indexOf(QString::fromLatin1(name));
    if (index < 0) {
        qFatal("orgsim: %s has no field %s", qPrintable(object.name), name);
    }
    return index;
}

// Pure functions of a row number: what every generated record is made of.
struct Model
{
    DataGenerator::Counts counts;
    quint64 seed;
    QStringList reps;

    quint64 hash(quint64 tag, qint64 row, quint64 salt = 0) const
    {
        return mix(seed ^ (tag << 56) ^ mix(quint64(row) * 0x100000001B3ull + salt));
    }
    qint64 contactsPerAccount() const { return qMax<qint64>(1, counts.contacts / counts.accounts); }

    struct NameParts
    {
        qsizetype prefix;
        qsizetype stem;
        qsizetype suffix;
        qint64 serial;
    };
    NameParts nameParts(qint64 account) const
    {
        // A bijection over the accounts so neighbours do not share name parts.
        const qint64 shuffled = (account * 7919) % counts.accounts;
        const qint64 combos = namePrefixes.size() * nameStems.size() * nameSuffixes.size();
        const qint64 rest = shuffled % combos;
        return { qsizetype((rest / nameSuffixes.size()) % namePrefixes.size()),
            qsizetype(rest / (nameSuffixes.size() * namePrefixes.size())), qsizetype(rest % nameSuffixes.size()),
            shuffled / combos };
    }
    QString accountBase(qint64 account) const
    {
        const NameParts parts = nameParts(account);
        QString name =
            namePrefixes.at(parts.prefix) + nameStems.at(parts.stem) + QLatin1Char(' ') + nameSuffixes.at(parts.suffix);
        return parts.serial > 0 ? name + QLatin1Char(' ') + QString::number(parts.serial + 1) : name;
    }
    // The account's name without spaces, in lower case, and a top-level domain.
    QString domain(qint64 account) const
    {
        const NameParts parts = nameParts(account);
        QString name = namePrefixesInDomains.at(parts.prefix) + nameStemsInDomains.at(parts.stem)
            + nameSuffixesInDomains.at(parts.suffix);
        if (parts.serial > 0) {
            name += QString::number(parts.serial + 1);
        }
        return name + topLevelDomains.at(hash(1, account, 7) % topLevelDomains.size());
    }
    QString accountOwner(qint64 account) const { return reps.at(hash(1, account, 1) % reps.size()); }
    QDateTime created(quint64 tag, qint64 row) const
    {
        return dataEpoch.addDays(-qint64(200 + hash(tag, row, 2) % 900));
    }
    QDateTime modified(quint64 tag, qint64 row) const
    {
        return dataEpoch.addSecs(-qint64(hash(tag, row, 3) % (180ull * 86400)));
    }
    QString firstName(quint64 tag, qint64 row) const { return firstNames.at(hash(tag, row, 4) % firstNames.size()); }
    QString lastName(quint64 tag, qint64 row) const { return lastNames.at(hash(tag, row, 5) % lastNames.size()); }
    // first.last in lower case, without apostrophes
    QString emailLocal(quint64 tag, qint64 row) const
    {
        return firstNamesInEmails.at(hash(tag, row, 4) % firstNames.size()) + QLatin1Char('.')
            + lastNamesInEmails.at(hash(tag, row, 5) % lastNames.size());
    }
    qint64 opportunityAccount(qint64 opportunity) const { return opportunity * counts.accounts / counts.opportunities; }
    int stageOf(qint64 opportunity) const
    {
        const quint64 roll = hash(4, opportunity, 6) % 100;
        return roll < 62 ? int(roll % 8) : (roll < 82 ? 8 : 9); // 62% open, 20% won, 18% lost
    }
    QString opportunityOwner(qint64 opportunity) const
    {
        const qint64 account = opportunityAccount(opportunity);
        const bool firstOfAccount = opportunity == 0 || opportunityAccount(opportunity - 1) != account;
        return firstOfAccount ? accountOwner(account) : reps.at(hash(4, opportunity, 1) % reps.size());
    }
};

} // namespace

const QStringList& DataGenerator::regions()
{
    static const QStringList list { QStringLiteral("AMER"), QStringLiteral("EMEA"), QStringLiteral("APAC") };
    return list;
}

DataGenerator::Counts DataGenerator::countsFor(DataScale scale)
{
    if (scale == DataScale::Large) {
        return { 100000, 1000000, 100000, 300000, 3 };
    }
    return { 40, 400, 60, 90, 3 };
}

DataGenerator::DataGenerator(OrgData& org, DataScale scale, quint64 seed, qint64 contacts)
    : m_org(org)
    , m_counts(countsFor(scale))
    , m_seed(seed)
{
    if (contacts >= 0) {
        m_counts.contacts = contacts;
    }
}

void DataGenerator::addSalesTeam(
    OrgData& org, RecordBuilder& builder, const QString& profileId, const QString& permissionSetId, int count)
{
    QHash<QString, QString> roleIds;
    const ObjectTable* roles = org.table(QStringLiteral("UserRole"));
    for (qint64 row = 0; row < roles->rowCount(); ++row) {
        roleIds.insert(org.value(QStringLiteral("UserRole"), row, QStringLiteral("Name")).toString(), roles->idOf(row));
    }
    const QString adminId = SalesforceId::make(QStringLiteral("005"), 0);
    QSet<QString> usernames;
    int serial = 0;
    auto add = [&](const QString& title, const QString& role, const QString& managerId, const QString& team) {
        const qint64 n = serial++;
        const QString first = firstNames.at(mix(n * 31 + 7) % firstNames.size());
        const QString last = lastNames.at(mix(n * 17 + 3) % lastNames.size());
        QString local = (first + QLatin1Char('.') + last).toLower().remove(QLatin1Char('\''));
        if (usernames.contains(local)) {
            local += QString::number(n);
        }
        usernames.insert(local);
        const QString email = local + QStringLiteral("@callbridge-demo.example");
        const QString userId = builder.insert(QStringLiteral("User"),
            { { QStringLiteral("FirstName"), first }, { QStringLiteral("LastName"), last },
                { QStringLiteral("Name"), QString(first + QLatin1Char(' ') + last) },
                { QStringLiteral("Username"), email }, { QStringLiteral("Email"), email },
                { QStringLiteral("Alias"), QString(first.left(1) + last).left(8).toLower() },
                { QStringLiteral("CommunityNickname"), local }, { QStringLiteral("IsActive"), true },
                { QStringLiteral("ProfileId"), profileId }, { QStringLiteral("UserRoleId"), roleIds.value(role) },
                { QStringLiteral("ManagerId"), managerId }, { QStringLiteral("Title"), title },
                { QStringLiteral("Department"), QStringLiteral("Sales") }, { QStringLiteral("Team__c"), team },
                { QStringLiteral("Is_Recorded__c"), true },
                { QStringLiteral("Phone"), QStringLiteral("+1 415 555 %1").arg(1000 + n) },
                { QStringLiteral("TimeZoneSidKey"), QStringLiteral("America/Los_Angeles") },
                { QStringLiteral("LocaleSidKey"), QStringLiteral("en_US") },
                { QStringLiteral("LanguageLocaleKey"), QStringLiteral("en_US") },
                { QStringLiteral("EmailEncodingKey"), QStringLiteral("UTF-8") },
                { QStringLiteral("UserType"), QStringLiteral("Standard") } });
        builder.insert(QStringLiteral("PermissionSetAssignment"),
            { { QStringLiteral("AssigneeId"), userId }, { QStringLiteral("PermissionSetId"), permissionSetId },
                { QStringLiteral("IsActive"), true } });
        return userId;
    };

    const QString vp =
        add(QStringLiteral("VP Sales"), QStringLiteral("VP Sales"), adminId, QStringLiteral("Leadership"));
    const int managersPerRegion = qMax(1, (count - 1) / 45);
    QList<QStringList> managers;
    for (const QString& region : regions()) {
        QStringList regionManagers;
        for (int i = 0; i < managersPerRegion; ++i) {
            regionManagers.append(add(QStringLiteral("Sales Manager ") + region,
                QStringLiteral("Sales Manager ") + region, vp, QStringLiteral("Sales")));
        }
        managers.append(regionManagers);
    }
    for (int i = 0; serial < count; ++i) {
        const int region = i % regions().size();
        const QStringList& regionManagers = managers.at(region);
        add(QStringLiteral("Account Executive"), QStringLiteral("Sales Rep ") + regions().at(region),
            regionManagers.at((i / regions().size()) % regionManagers.size()), QStringLiteral("Sales"));
    }
}

void DataGenerator::addReferenceData(OrgData& org)
{
    RecordBuilder builder(org, QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC));
    builder.setCreatedById(SalesforceId::make(QStringLiteral("005"), 0));
    for (int i = 0; i < stageCount; ++i) {
        const Stage& stage = stages[i];
        builder.insert(QStringLiteral("OpportunityStage"),
            { { QStringLiteral("MasterLabel"), QString::fromLatin1(stage.name) },
                { QStringLiteral("ApiName"), QString::fromLatin1(stage.name) }, { QStringLiteral("IsActive"), true },
                { QStringLiteral("SortOrder"), i + 1 }, { QStringLiteral("IsClosed"), stage.closed },
                { QStringLiteral("IsWon"), stage.won },
                { QStringLiteral("DefaultProbability"), double(stage.probability) },
                { QStringLiteral("ForecastCategory"), QString::fromLatin1(stage.forecast) },
                { QStringLiteral("ForecastCategoryName"), QString::fromLatin1(stage.forecast) } });
    }
    const QList<QPair<QString, QString>> recordTypes { { QStringLiteral("Task"), QStringLiteral("Call") },
        { QStringLiteral("Task"), QStringLiteral("Meeting") },
        { QStringLiteral("Opportunity"), QStringLiteral("New Business") },
        { QStringLiteral("Opportunity"), QStringLiteral("Renewal") } };
    for (const auto& [object, name] : recordTypes) {
        builder.insert(QStringLiteral("RecordType"),
            { { QStringLiteral("Name"), name },
                { QStringLiteral("DeveloperName"), QString(name).remove(QLatin1Char(' ')) },
                { QStringLiteral("SobjectType"), object }, { QStringLiteral("IsActive"), true } });
    }
    builder.insert(QStringLiteral("OpportunitySplitType"),
        { { QStringLiteral("MasterLabel"), QStringLiteral("Revenue") },
            { QStringLiteral("DeveloperName"), QStringLiteral("Revenue") },
            { QStringLiteral("SplitField"), QStringLiteral("Amount") },
            { QStringLiteral("SplitEntity"), QStringLiteral("Opportunity") },
            { QStringLiteral("IsTotalValidated"), true }, { QStringLiteral("IsActive"), true },
            { QStringLiteral("IsDeleted"), false } });
    builder.insert(QStringLiteral("OpportunitySplitType"),
        { { QStringLiteral("MasterLabel"), QStringLiteral("Overlay") },
            { QStringLiteral("DeveloperName"), QStringLiteral("Overlay") },
            { QStringLiteral("SplitField"), QStringLiteral("Amount") },
            { QStringLiteral("SplitEntity"), QStringLiteral("Opportunity") },
            { QStringLiteral("IsTotalValidated"), false }, { QStringLiteral("IsActive"), true },
            { QStringLiteral("IsDeleted"), false } });
    const QStringList campaigns { QStringLiteral("Spring Webinar Series"), QStringLiteral("Customer Summit"),
        QStringLiteral("Partner Referral Program"), QStringLiteral("Q3 Email Nurture"),
        QStringLiteral("Trade Show Berlin") };
    for (const QString& campaign : campaigns) {
        builder.insert(QStringLiteral("Campaign"),
            { { QStringLiteral("Name"), campaign }, { QStringLiteral("IsActive"), true },
                { QStringLiteral("Status"), QStringLiteral("In Progress") },
                { QStringLiteral("OwnerId"), SalesforceId::make(QStringLiteral("005"), 0) } });
    }
}

namespace {

// Opportunities with their history, contact roles, splits, team members and products.
void generateOpportunities(OrgData& org, const Model& model, const QString& adminId)
{
    const qint64 count = model.counts.opportunities;
    ObjectTable* opportunities = org.table(QStringLiteral("Opportunity"));
    const ObjectSchema& o = opportunities->schema();
    const int oAccount = fieldIndex(o, "AccountId"), oName = fieldIndex(o, "Name"), oStage = fieldIndex(o, "StageName"),
              oAmount = fieldIndex(o, "Amount"), oProbability = fieldIndex(o, "Probability"),
              oClose = fieldIndex(o, "CloseDate"), oClosed = fieldIndex(o, "IsClosed"), oWon = fieldIndex(o, "IsWon"),
              oOwner = fieldIndex(o, "OwnerId"), oType = fieldIndex(o, "Type"), oSource = fieldIndex(o, "LeadSource"),
              oForecast = fieldIndex(o, "ForecastCategoryName"), oCreated = fieldIndex(o, "CreatedDate"),
              oCreatedBy = fieldIndex(o, "CreatedById"), oModified = fieldIndex(o, "LastModifiedDate"),
              oModifiedBy = fieldIndex(o, "LastModifiedById"), oStamp = fieldIndex(o, "SystemModstamp"),
              oDeleted = fieldIndex(o, "IsDeleted"), oCompetitor = fieldIndex(o, "Competitor__c");
    const QStringList products { QStringLiteral("Recorder"), QStringLiteral("Coach"), QStringLiteral("Forecast") };
    opportunities->setGenerated(count, [=](qint64 row, Record& r) {
        const qint64 account = model.opportunityAccount(row);
        const quint64 h = model.hash(4, row, 10);
        const Stage& stage = stages[model.stageOf(row)];
        const QDateTime created = model.created(4, row);
        r[oAccount] = SalesforceId::make(QStringLiteral("001"), account);
        r[oName] = QString(model.accountBase(account) + QStringLiteral(" - ") + products.at(h % products.size()));
        r[oStage] = QString::fromLatin1(stage.name);
        r[oAmount] = double((5 + (h >> 8) % 200) * 1000);
        r[oProbability] = double(stage.probability);
        r[oClose] = created.date().addDays(qint64(30 + (h >> 16) % 240));
        r[oClosed] = stage.closed;
        r[oWon] = stage.won;
        r[oOwner] = model.opportunityOwner(row);
        r[oType] = (h >> 20) % 2 ? QStringLiteral("New Customer") : QStringLiteral("Existing Customer - Upgrade");
        r[oSource] = leadSources.at((h >> 24) % leadSources.size());
        r[oForecast] = QString::fromLatin1(stage.forecast);
        r[oCreated] = created;
        r[oCreatedBy] = adminId;
        r[oModified] = model.modified(4, row);
        r[oModifiedBy] = adminId;
        r[oStamp] = model.modified(4, row);
        r[oDeleted] = false;
        r[oCompetitor] = QStringList { QStringLiteral("None"), QStringLiteral("Acme Voice"), QStringLiteral("CallCorp"),
            QStringLiteral("Talkwise") }
                             .at((h >> 28) % 4);
    });
    // What every import query reads of every row, without generating the rest.
    opportunities->setGeneratedField(oDeleted, [](qint64) { return QVariant(false); });
    opportunities->setGeneratedField(oStamp, [=](qint64 row) { return QVariant(model.modified(4, row)); });

    const int perOpportunity = model.counts.historyPerOpportunity;
    ObjectTable* history = org.table(QStringLiteral("OpportunityHistory"));
    const ObjectSchema& hs = history->schema();
    const int hOpportunity = fieldIndex(hs, "OpportunityId"), hStage = fieldIndex(hs, "StageName"),
              hAmount = fieldIndex(hs, "Amount"), hClose = fieldIndex(hs, "CloseDate"),
              hProbability = fieldIndex(hs, "Probability"), hForecast = fieldIndex(hs, "ForecastCategory"),
              hCreated = fieldIndex(hs, "CreatedDate"), hCreatedBy = fieldIndex(hs, "CreatedById"),
              hStamp = fieldIndex(hs, "SystemModstamp"), hDeleted = fieldIndex(hs, "IsDeleted");
    history->setGenerated(count * perOpportunity, [=](qint64 row, Record& r) {
        const qint64 opportunity = row / perOpportunity;
        const int step = int(row % perOpportunity);
        const int finalStage = model.stageOf(opportunity);
        // The stage walks towards the opportunity's current one; the last entry is the current stage.
        const int stageIndex = step == perOpportunity - 1 ? finalStage : qMin(step * 2, qMin(finalStage, 7));
        const Stage& stage = stages[stageIndex];
        const QDateTime created = model.created(4, opportunity).addDays(step * 14);
        const quint64 h = model.hash(4, opportunity, 10);
        r[hOpportunity] = SalesforceId::make(QStringLiteral("006"), opportunity);
        r[hStage] = QString::fromLatin1(stage.name);
        r[hAmount] = double((5 + (h >> 8) % 200) * 1000);
        r[hClose] = model.created(4, opportunity).date().addDays(qint64(30 + (h >> 16) % 240));
        r[hProbability] = double(stage.probability);
        r[hForecast] = QString::fromLatin1(stage.forecast);
        r[hCreated] = created;
        r[hCreatedBy] = model.opportunityOwner(opportunity);
        r[hStamp] = created;
        r[hDeleted] = false;
    });

    auto childCommon = [=](const ObjectSchema& schema) {
        return std::array<int, 6> { fieldIndex(schema, "CreatedDate"), fieldIndex(schema, "CreatedById"),
            fieldIndex(schema, "LastModifiedDate"), fieldIndex(schema, "LastModifiedById"),
            fieldIndex(schema, "SystemModstamp"), fieldIndex(schema, "IsDeleted") };
    };
    auto fillCommon = [=](const std::array<int, 6>& common, qint64 opportunity, Record& r) {
        r[common[0]] = model.created(4, opportunity);
        r[common[1]] = adminId;
        r[common[2]] = model.created(4, opportunity);
        r[common[3]] = adminId;
        r[common[4]] = model.created(4, opportunity);
        r[common[5]] = false;
    };

    ObjectTable* roles = org.table(QStringLiteral("OpportunityContactRole"));
    const ObjectSchema& cr = roles->schema();
    const auto crCommon = childCommon(cr);
    const int crOpportunity = fieldIndex(cr, "OpportunityId"), crContact = fieldIndex(cr, "ContactId"),
              crRole = fieldIndex(cr, "Role"), crPrimary = fieldIndex(cr, "IsPrimary");
    roles->setGenerated(count, [=](qint64 row, Record& r) {
        const qint64 account = model.opportunityAccount(row);
        r[crOpportunity] = SalesforceId::make(QStringLiteral("006"), row);
        r[crContact] = SalesforceId::make(
            QStringLiteral("003"), account * model.contactsPerAccount() + row % model.contactsPerAccount());
        r[crRole] = QStringLiteral("Decision Maker");
        r[crPrimary] = true;
        fillCommon(crCommon, row, r);
    });

    ObjectTable* splits = org.table(QStringLiteral("OpportunitySplit"));
    const ObjectSchema& sp = splits->schema();
    const auto spCommon = childCommon(sp);
    const int spOpportunity = fieldIndex(sp, "OpportunityId"), spOwner = fieldIndex(sp, "SplitOwnerId"),
              spPercentage = fieldIndex(sp, "SplitPercentage"), spType = fieldIndex(sp, "SplitTypeId"),
              spAmount = fieldIndex(sp, "SplitAmount");
    const QString revenueSplitType = SalesforceId::make(QStringLiteral("149"), 0);
    splits->setGenerated(count, [=](qint64 row, Record& r) {
        r[spOpportunity] = SalesforceId::make(QStringLiteral("006"), row);
        r[spOwner] = model.opportunityOwner(row);
        r[spPercentage] = 100.0;
        r[spType] = revenueSplitType;
        r[spAmount] = double((5 + (model.hash(4, row, 10) >> 8) % 200) * 1000);
        fillCommon(spCommon, row, r);
    });

    ObjectTable* team = org.table(QStringLiteral("OpportunityTeamMember"));
    const ObjectSchema& tm = team->schema();
    const auto tmCommon = childCommon(tm);
    const int tmOpportunity = fieldIndex(tm, "OpportunityId"), tmUser = fieldIndex(tm, "UserId"),
              tmRole = fieldIndex(tm, "TeamMemberRole"), tmAccess = fieldIndex(tm, "OpportunityAccessLevel");
    team->setGenerated(count, [=](qint64 row, Record& r) {
        r[tmOpportunity] = SalesforceId::make(QStringLiteral("006"), row);
        r[tmUser] = model.reps.at((model.hash(4, row, 11)) % model.reps.size());
        r[tmRole] = QStringLiteral("Pre-Sales Consultant");
        r[tmAccess] = QStringLiteral("Read");
        fillCommon(tmCommon, row, r);
    });

    ObjectTable* items = org.table(QStringLiteral("OpportunityLineItem"));
    const ObjectSchema& li = items->schema();
    const auto liCommon = childCommon(li);
    const int liOpportunity = fieldIndex(li, "OpportunityId"), liName = fieldIndex(li, "Name"),
              liQuantity = fieldIndex(li, "Quantity"), liUnit = fieldIndex(li, "UnitPrice"),
              liTotal = fieldIndex(li, "TotalPrice");
    items->setGenerated(count, [=](qint64 row, Record& r) {
        const double amount = double((5 + (model.hash(4, row, 10) >> 8) % 200) * 1000);
        r[liOpportunity] = SalesforceId::make(QStringLiteral("006"), row);
        r[liName] = products.at(model.hash(4, row, 10) % products.size());
        r[liQuantity] = 10.0;
        r[liUnit] = amount / 10;
        r[liTotal] = amount;
        fillCommon(liCommon, row, r);
    });
}

} // namespace

void DataGenerator::generate()
{
    Model model { m_counts, m_seed, {} };
    const ObjectTable* users = m_org.table(QStringLiteral("User"));
    const int titleField = users->schema().indexOf(QStringLiteral("Title"));
    for (qint64 row = 0; row < users->rowCount(); ++row) {
        if (users->record(row).at(titleField).toString() == QLatin1String("Account Executive")
            && m_org.value(QStringLiteral("User"), row, QStringLiteral("IsActive")).toBool()) {
            model.reps.append(users->idOf(row));
        }
    }
    const QString adminId = SalesforceId::make(QStringLiteral("005"), 0);

    ObjectTable* accounts = m_org.table(QStringLiteral("Account"));
    const ObjectSchema& a = accounts->schema();
    const int aName = fieldIndex(a, "Name"), aWebsite = fieldIndex(a, "Website"), aIndustry = fieldIndex(a, "Industry"),
              aType = fieldIndex(a, "Type"), aOwner = fieldIndex(a, "OwnerId"), aCity = fieldIndex(a, "BillingCity"),
              aCountry = fieldIndex(a, "BillingCountry"), aSource = fieldIndex(a, "AccountSource"),
              aEmployees = fieldIndex(a, "NumberOfEmployees"), aPhone = fieldIndex(a, "Phone"),
              aCreated = fieldIndex(a, "CreatedDate"), aCreatedBy = fieldIndex(a, "CreatedById"),
              aModified = fieldIndex(a, "LastModifiedDate"), aModifiedBy = fieldIndex(a, "LastModifiedById"),
              aStamp = fieldIndex(a, "SystemModstamp"), aDeleted = fieldIndex(a, "IsDeleted"),
              aActivity = fieldIndex(a, "LastActivityDate"), aRegion = fieldIndex(a, "Region__c"),
              aTier = fieldIndex(a, "Tier__c"), aDescription = fieldIndex(a, "Description");
    accounts->setGenerated(m_counts.accounts, [=](qint64 row, Record& r) {
        const QString domain = model.domain(row);
        const quint64 h = model.hash(1, row, 10);
        r[aName] = model.accountBase(row);
        r[aWebsite] = QString((h % 3 == 0 ? QStringLiteral("https://") : QStringLiteral("https://www.")) + domain);
        r[aIndustry] = industries.at(h % industries.size());
        r[aType] = h % 4 == 0 ? QStringLiteral("Prospect") : QStringLiteral("Customer - Direct");
        r[aOwner] = model.accountOwner(row);
        r[aCity] = cities.at((h >> 8) % cities.size());
        r[aCountry] = countries.at((h >> 8) % countries.size());
        r[aSource] = leadSources.at((h >> 12) % leadSources.size());
        r[aEmployees] = int(50 + (h >> 16) % 20000);
        r[aPhone] = QString(QStringLiteral("+1 212 555 ") + QString::number(1000 + row % 9000));
        r[aCreated] = model.created(1, row);
        r[aCreatedBy] = adminId;
        r[aModified] = model.modified(1, row);
        r[aModifiedBy] = adminId;
        r[aStamp] = model.modified(1, row);
        r[aDeleted] = false;
        r[aActivity] = model.modified(1, row).date();
        r[aRegion] = regions().at((h >> 20) % regions().size());
        r[aTier] = accountTiers.at((h >> 24) % 4);
        r[aDescription] = QStringLiteral("%1 works with %2 customers.")
                              .arg(model.accountBase(row), industries.at(h % industries.size()).toLower());
    });
    accounts->setGeneratedField(aDeleted, [](qint64) { return QVariant(false); });
    accounts->setGeneratedField(aStamp, [=](qint64 row) { return QVariant(model.modified(1, row)); });

    ObjectTable* contacts = m_org.table(QStringLiteral("Contact"));
    const ObjectSchema& c = contacts->schema();
    const int cAccount = fieldIndex(c, "AccountId"), cFirst = fieldIndex(c, "FirstName"),
              cLast = fieldIndex(c, "LastName"), cName = fieldIndex(c, "Name"), cEmail = fieldIndex(c, "Email"),
              cTitle = fieldIndex(c, "Title"), cPhone = fieldIndex(c, "Phone"), cMobile = fieldIndex(c, "MobilePhone"),
              cSource = fieldIndex(c, "LeadSource"), cOwner = fieldIndex(c, "OwnerId"),
              cCity = fieldIndex(c, "MailingCity"), cCreated = fieldIndex(c, "CreatedDate"),
              cCreatedBy = fieldIndex(c, "CreatedById"), cModified = fieldIndex(c, "LastModifiedDate"),
              cModifiedBy = fieldIndex(c, "LastModifiedById"), cStamp = fieldIndex(c, "SystemModstamp"),
              cDeleted = fieldIndex(c, "IsDeleted"), cPersona = fieldIndex(c, "Persona__c");
    contacts->setGenerated(m_counts.contacts, [=](qint64 row, Record& r) {
        const qint64 account = qMin(row / model.contactsPerAccount(), model.counts.accounts - 1);
        const quint64 h = model.hash(2, row, 10);
        const QString first = model.firstName(2, row);
        const QString last = model.lastName(2, row);
        r[cAccount] = SalesforceId::make(QStringLiteral("001"), account);
        r[cFirst] = first;
        r[cLast] = last;
        r[cName] = QString(first + QLatin1Char(' ') + last);
        if (h % 50 != 1) { // a few contacts have no email at all
            r[cEmail] = h % 20 == 0
                ? QString(model.emailLocal(2, row) + QString::number(row % 97) + QLatin1Char('@')
                    + freeMailDomains.at((h >> 8) % freeMailDomains.size()))
                : QString(model.emailLocal(2, row) + QString::number(row % model.contactsPerAccount())
                    + QLatin1Char('@') + model.domain(account));
        }
        r[cTitle] = titles.at((h >> 4) % titles.size());
        r[cPhone] = QString(QStringLiteral("+1 646 555 ") + QString::number(1000 + row % 9000));
        r[cMobile] = QString(QStringLiteral("+1 917 555 ") + QString::number(1000 + (row * 7) % 9000));
        r[cSource] = leadSources.at((h >> 12) % leadSources.size());
        r[cOwner] = model.accountOwner(account);
        r[cCity] = cities.at((model.hash(1, account, 10) >> 8) % cities.size());
        r[cCreated] = model.created(2, row);
        r[cCreatedBy] = adminId;
        const QDateTime modified = model.modified(2, row);
        r[cModified] = modified;
        r[cModifiedBy] = adminId;
        r[cStamp] = modified;
        r[cDeleted] = false;
        r[cPersona] = personas.at((h >> 20) % 4);
    });
    contacts->setGeneratedField(cDeleted, [](qint64) { return QVariant(false); });
    contacts->setGeneratedField(cStamp, [=](qint64 row) { return QVariant(model.modified(2, row)); });

    ObjectTable* leads = m_org.table(QStringLiteral("Lead"));
    const ObjectSchema& l = leads->schema();
    const int lFirst = fieldIndex(l, "FirstName"), lLast = fieldIndex(l, "LastName"), lName = fieldIndex(l, "Name"),
              lCompany = fieldIndex(l, "Company"), lEmail = fieldIndex(l, "Email"), lStatus = fieldIndex(l, "Status"),
              lOwner = fieldIndex(l, "OwnerId"), lSource = fieldIndex(l, "LeadSource"), lTitle = fieldIndex(l, "Title"),
              lPhone = fieldIndex(l, "Phone"), lConverted = fieldIndex(l, "IsConverted"),
              lCreated = fieldIndex(l, "CreatedDate"), lCreatedBy = fieldIndex(l, "CreatedById"),
              lModified = fieldIndex(l, "LastModifiedDate"), lModifiedBy = fieldIndex(l, "LastModifiedById"),
              lStamp = fieldIndex(l, "SystemModstamp"), lDeleted = fieldIndex(l, "IsDeleted");
    const qint64 leadCompanyOffset = m_counts.accounts; // leads work for companies that are not accounts yet
    leads->setGenerated(m_counts.leads, [=](qint64 row, Record& r) {
        const quint64 h = model.hash(3, row, 10);
        Model companies = model;
        companies.counts.accounts = model.counts.accounts + model.counts.leads;
        const QString first = model.firstName(3, row);
        const QString last = model.lastName(3, row);
        r[lFirst] = first;
        r[lLast] = last;
        r[lName] = QString(first + QLatin1Char(' ') + last);
        r[lCompany] = companies.accountBase(leadCompanyOffset + row);
        r[lEmail] = h % 10 == 0
            ? QString(model.emailLocal(3, row) + QLatin1Char('@') + freeMailDomains.at(h % freeMailDomains.size()))
            : QString(model.emailLocal(3, row) + QLatin1Char('@') + companies.domain(leadCompanyOffset + row));
        r[lStatus] = leadStatuses.at((h >> 8) % 3);
        r[lOwner] = model.reps.at((h >> 12) % model.reps.size());
        r[lSource] = leadSources.at((h >> 16) % leadSources.size());
        r[lTitle] = titles.at((h >> 20) % titles.size());
        r[lPhone] = QString(QStringLiteral("+44 20 7946 ") + QString::number(1000 + row % 9000));
        r[lConverted] = false;
        r[lCreated] = model.created(3, row);
        r[lCreatedBy] = adminId;
        r[lModified] = model.modified(3, row);
        r[lModifiedBy] = adminId;
        r[lStamp] = model.modified(3, row);
        r[lDeleted] = false;
    });
    leads->setGeneratedField(lDeleted, [](qint64) { return QVariant(false); });
    leads->setGeneratedField(lStamp, [=](qint64 row) { return QVariant(model.modified(3, row)); });

    generateOpportunities(m_org, model, adminId);
}

} // namespace callbridge::orgsim
