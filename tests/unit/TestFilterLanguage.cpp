#include "core/filter/FilterEvaluator.h"
#include "core/filter/FilterParser.h"

#include <QTest>

using namespace callbridge;

namespace {

FilterSchema schema()
{
    FilterSchema schema;
    schema.addRecordFields(FilterField::Source::Account,
        { { QStringLiteral("Id"), QStringLiteral("id") }, { QStringLiteral("Name"), QStringLiteral("string") },
            { QStringLiteral("Industry"), QStringLiteral("picklist") },
            { QStringLiteral("AnnualRevenue"), QStringLiteral("currency") },
            { QStringLiteral("_WebsiteDomain"), QStringLiteral("string") } });
    schema.addRecordFields(FilterField::Source::Opportunity,
        { { QStringLiteral("StageName"), QStringLiteral("picklist") },
            { QStringLiteral("Amount"), QStringLiteral("currency") },
            { QStringLiteral("IsWon"), QStringLiteral("boolean") },
            { QStringLiteral("CloseDate"), QStringLiteral("date") } });
    return schema;
}

Call sampleCall()
{
    Call call;
    call.id = QStringLiteral("c-1");
    call.title = QStringLiteral("Pricing call with Acme");
    call.started = QDateTime(QDate(2026, 3, 2), QTime(15, 4, 5), Qt::UTC);
    call.duration = 1830; // 30m30s
    call.direction = QStringLiteral("outbound");
    call.workspace = QStringLiteral("Sales");
    call.primaryUser = QStringLiteral("rep@ourco.com");
    call.participants = { { QStringLiteral("rep@ourco.com"), QStringLiteral("Rep"),
                              CallParticipant::Affiliation::Internal },
        { QStringLiteral("ann@acme.com"), QStringLiteral("Ann"), CallParticipant::Affiliation::External },
        { QStringLiteral("bob@gmail.com"), QStringLiteral("Bob"), CallParticipant::Affiliation::Unknown } };
    call.trackers = { QStringLiteral("Pricing"), QStringLiteral("[Smart] Timeline") };
    return call;
}

} // namespace

class TestFilterLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndPrints_data();
    void parsesAndPrints();
    void errors_data();
    void errors();
    void evaluates_data();
    void evaluates();
    void explainsTheFailedPart();
    void checksTreesFromTheRuleBuilder();
    void deepNestingIsAnError_data();
    void deepNestingIsAnError();
    void nestingUpToTheLimitWorks();
    void ruleBuilderTreesAreLimitedToo();
};

void TestFilterLanguage::parsesAndPrints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank") << "   "
                           << "";
    QTest::newRow("simple") << "duration >= 5m"
                            << "duration >= 5m";
    QTest::newRow("seconds as duration") << "duration > 90s"
                                         << "duration > 1m30s";
    QTest::newRow("longest duration") << "duration <= 599940m"
                                      << "duration <= 9999h";
    QTest::newRow("huge number") // found by the fuzz replay: printed as 5.55555555555556e+75, which did not parse back
        << "duration >= 5555555555555555555555555555555555555555555555555555555555555555555555555555"
        << "duration >= 5555555555555555500000000000000000000000000000000000000000000000000000000000";
    QTest::newRow("tiny number") << "opportunity.Amount > 0.0000001"
                                 << "opportunity.Amount > 0.0000001";
    QTest::newRow("number as duration") << "duration < 300"
                                        << "duration < 300";
    QTest::newRow("hours") << "duration<=1h30m"
                           << "duration <= 1h30m";
    QTest::newRow("and chain flattens") << "scope = 'external' and duration > 1m and title contains \"x\""
                                        << "scope = \"external\" and duration > 1m and title contains \"x\"";
    QTest::newRow("precedence") << "title = \"a\" or title = \"b\" and duration > 1m"
                                << "title = \"a\" or (title = \"b\" and duration > 1m)";
    QTest::newRow("parentheses") << "(title = \"a\" or title = \"b\") and duration > 1m"
                                 << "(title = \"a\" or title = \"b\") and duration > 1m";
    QTest::newRow("not of or") << "not (trackers contains \"x\" or workspace = \"y\")"
                               << "not (trackers contains \"x\" or workspace = \"y\")";
    QTest::newRow("not") << "not trackers = \"Internal\""
                         << "not trackers = \"Internal\"";
    QTest::newRow("in list") << "direction in [\"inbound\", 'outbound']"
                             << "direction in [\"inbound\", \"outbound\"]";
    QTest::newRow("exists") << "opportunity.StageName exists"
                            << "opportunity.StageName exists";
    QTest::newRow("case-insensitive names") << "Opportunity.stagename = \"Prospecting\" AND Duration > 1m"
                                            << "opportunity.StageName = \"Prospecting\" and duration > 1m";
    QTest::newRow("date") << "started >= 2026-01-31"
                          << "started >= 2026-01-31";
    QTest::newRow("date-time") << "started < 2026-01-31T10:00:00Z"
                               << "started < 2026-01-31T10:00:00Z";
    QTest::newRow("boolean") << "opportunity.IsWon = false"
                             << "opportunity.IsWon = false";
    QTest::newRow("number") << "account.AnnualRevenue > 1000000.5"
                            << "account.AnnualRevenue > 1000000.5";
    QTest::newRow("escapes") << "title = \"say \\\"hi\\\"\""
                             << "title = \"say \\\"hi\\\"\"";
    QTest::newRow("regex") << "participants.email matches \"^[a-z]+@acme\\\\.com$\""
                           << "participants.email matches \"^[a-z]+@acme\\\\.com$\"";
    QTest::newRow("== alias") << "externalParticipants == 2"
                              << "externalParticipants = 2";
}

void TestFilterLanguage::parsesAndPrints()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    const FilterParser::Result parsed = FilterParser::parse(text, schema());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.root.toText(), printed);
    // The printed form parses back to the same tree.
    const FilterParser::Result again = FilterParser::parse(printed, schema());
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.root.toText(), printed);
    QVERIFY(again.root == parsed.root);
}

void TestFilterLanguage::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("in without value") << "direction = \"inbound\" and title in"
                                      << "column 35: expected a value after 'in'";
    QTest::newRow("spec example") << "duration > 5m and title in"
                                  << "column 27: expected a value after 'in'";
    QTest::newRow("in needs a list") << "title in \"a\""
                                     << "column 10: expected a list such as [\"a\", \"b\"] after 'in', found \"a\"";
    QTest::newRow("empty list") << "title in []"
                                << "column 11: expected a value in the list; an empty list matches nothing";
    QTest::newRow("list separator") << "title in [\"a\" \"b\"]"
                                    << "column 15: expected ',' or ']' in the list opened at column 10, found \"b\"";
    QTest::newRow("unknown field") << "titel = \"x\""
                                   << "column 1: unknown field 'titel'; did you mean 'title'?";
    QTest::newRow("unknown far") << "zzzzzzzz = 1"
                                 << "column 1: unknown field 'zzzzzzzz'";
    QTest::newRow("not imported") << "account.Rating = \"Hot\""
                                  << "column 1: unknown field 'account.Rating': it is not an imported field (choose "
                                     "it under Fields)";
    QTest::newRow("no operator") << "title \"x\""
                                 << "column 7: expected an operator after 'title' (=, !=, <, <=, >, >=, in, contains, "
                                    "matches, exists), found \"x\"";
    QTest::newRow("missing value") << "duration >"
                                   << "column 11: expected a value after '>'";
    QTest::newRow("bare word value") << "direction = inbound"
                                     << "column 13: expected a value after '=', found 'inbound' (text goes in double "
                                        "quotes: \"inbound\")";
    QTest::newRow("text for duration") << "duration > \"long\""
                                       << "column 1: duration is a duration; compare it with a duration such as 30m or "
                                          "90s, or a number of seconds, not \"long\"";
    QTest::newRow("operator for type") << "title < \"b\""
                                       << "column 1: '<' does not apply to title (text); use =, !=, in, contains, "
                                          "matches, exists";
    QTest::newRow("enum value") << "direction = \"sideways\""
                                << "column 1: \"sideways\" is not a value of direction; expected one of inbound, "
                                   "outbound, conference";
    QTest::newRow("bad regex") << "title matches \"(\""
                               << "column 1: \"(\" is not a valid regular expression: missing closing parenthesis";
    QTest::newRow("unterminated") << "title = \"abc"
                                  << "column 9: unterminated text; add the closing \"";
    QTest::newRow("unexpected char") << "duration > 5m & title = \"x\""
                                     << "column 15: unexpected character '&'";
    QTest::newRow("bad literal") << "duration > 5x"
                                 << "column 12: '5x' is not a number, a duration (30m, 1h30m, 90s), a date "
                                    "(2026-03-01) or a date and time (2026-03-01T09:00:00Z)";
    QTest::newRow("duration too long") // found by fuzz_filter_parser: it overflowed when printed
        << "duration >= 555555555555555555555555555555550m"
        << "column 13: '555555555555555555555555555555550m' is longer than any call; the longest duration is 9999h";
    QTest::newRow("bad date") << "started > 2026-02-30"
                              << "column 11: '2026-02-30' is not a valid date";
    QTest::newRow("dangling and") << "duration > 5m and"
                                  << "column 18: expected a condition after 'and'";
    QTest::newRow("unclosed paren")
        << "(duration > 5m"
        << "column 15: expected ')' to close the '(' at column 1, found the end of the filter";
    QTest::newRow("stray paren") << "duration > 5m)"
                                 << "column 14: ')' has no matching '('";
    QTest::newRow("empty parens") << "()"
                                  << "column 2: expected a condition inside the parentheses";
    QTest::newRow("junk after") << "duration > 5m title = \"x\""
                                << "column 15: expected 'and', 'or' or the end of the filter, found 'title'";
    QTest::newRow("list after =") << "title = [\"a\"]"
                                  << "column 9: a list goes with 'in' only, not after '='";
    QTest::newRow("boolean type")
        << "opportunity.IsWon = 1"
        << "column 1: opportunity.IsWon is true or false; compare it with true or false, not 1";
    QTest::newRow("starts with operator") << "= 3"
                                          << "column 1: expected a field name, found '='";
}

void TestFilterLanguage::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const FilterParser::Result parsed = FilterParser::parse(text, schema());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error, error);
    QVERIFY(parsed.root.isEmpty()); // a bad filter never half-applies
}

void TestFilterLanguage::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withRecords");
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty exports all") << "" << false << true;
    QTest::newRow("duration >= 30m") << "duration >= 30m" << false << true;
    QTest::newRow("duration > 31m") << "duration > 31m" << false << false;
    QTest::newRow("duration = seconds") << "duration = 1830" << false << true;
    QTest::newRow("title contains, any case") << "title contains \"PRICING\"" << false << true;
    QTest::newRow("title =, any case") << "title = \"pricing call with acme\"" << false << true;
    QTest::newRow("title !=") << "title != \"Pricing call with Acme\"" << false << false;
    QTest::newRow("direction in") << "direction in [\"inbound\", \"outbound\"]" << false << true;
    QTest::newRow("scope external") << "scope = \"external\"" << false << true;
    QTest::newRow("scope internal") << "scope = \"internal\"" << false << false;
    QTest::newRow("external count") << "externalParticipants = 1" << false << true;
    QTest::newRow("list = any element") << "participants.domain = \"acme.com\"" << false << true;
    QTest::newRow("list contains any") << "participants.email contains \"@gmail\"" << false << true;
    QTest::newRow("list != none equal") << "participants.domain != \"acme.com\"" << false << false;
    QTest::newRow("list in") << "participants.domain in [\"x.com\", \"gmail.com\"]" << false << true;
    QTest::newRow("list matches") << "participants.email matches \"^ann@\"" << false << true;
    QTest::newRow("trackers") << "trackers = \"[Smart] Timeline\"" << false << true;
    QTest::newRow("trackers exists") << "trackers exists" << false << true;
    QTest::newRow("date same day") << "started = 2026-03-02" << false << true;
    QTest::newRow("date before") << "started < 2026-03-02" << false << false;
    QTest::newRow("date up to") << "started <= 2026-03-02" << false << true;
    QTest::newRow("date after") << "started > 2026-03-01" << false << true;
    QTest::newRow("date-time") << "started >= 2026-03-02T15:04:05Z" << false << true;
    QTest::newRow("workspace") << "workspace = \"Sales\"" << false << true;
    QTest::newRow("primary user") << "primaryUser = \"REP@ourco.com\"" << false << true;
    QTest::newRow("not") << "not title contains \"pricing\"" << false << false;
    QTest::newRow("or") << "duration > 2h or trackers contains \"pric\"" << false << true;
    QTest::newRow("no opportunity: false") << "opportunity.StageName = \"Negotiation\"" << false << false;
    QTest::newRow("no opportunity: != false too") << "opportunity.StageName != \"Negotiation\"" << false << false;
    QTest::newRow("no opportunity: not exists") << "opportunity.StageName exists" << false << false;
    QTest::newRow("stage") << "opportunity.StageName = \"negotiation\"" << true << true;
    QTest::newRow("stage in") << "opportunity.StageName in [\"Prospecting\", \"Negotiation\"]" << true << true;
    QTest::newRow("amount") << "opportunity.Amount >= 50000" << true << true;
    QTest::newRow("amount less") << "opportunity.Amount < 50000" << true << false;
    QTest::newRow("boolean") << "opportunity.IsWon = false" << true << true;
    QTest::newRow("date field") << "opportunity.CloseDate > 2026-03-31" << true << true;
    QTest::newRow("industry") << "account.Industry = \"Manufacturing\"" << true << true;
    QTest::newRow("empty account field") << "account.AnnualRevenue exists" << true << false;
    // Record text is compared where the record holds it: Latin-1, or UTF-16 beyond it.
    QTest::newRow("industry !=") << "account.Industry != \"Retail\"" << true << true;
    QTest::newRow("industry != itself") << "account.Industry != \"MANUFACTURING\"" << true << false;
    QTest::newRow("industry contains, any case") << "account.Industry contains \"FACTUR\"" << true << true;
    QTest::newRow("industry matches") << "account.Industry matches \"^Manu.*ing$\"" << true << true;
    QTest::newRow("industry exists") << "account.Industry exists" << true << true;
    QTest::newRow("name beyond Latin-1, any case") << "account.Name = \"über 東京 gmbh\"" << true << true;
    QTest::newRow("name beyond Latin-1 contains") << "account.Name contains \"東京\"" << true << true;
    QTest::newRow("name beyond Latin-1 in") << "account.Name in [\"x\", \"ÜBER 東京 GMBH\"]" << true << true;
    QTest::newRow("name beyond Latin-1 matches") << "account.Name matches \"^Ü.*GmbH$\"" << true << true;
    QTest::newRow("name beyond Latin-1 !=") << "account.Name != \"über\"" << true << true;
}

void TestFilterLanguage::evaluates()
{
    QFETCH(QString, text);
    QFETCH(bool, withRecords);
    QFETCH(bool, expected);
    const FilterSchema fields = schema();
    const FilterParser::Result parsed = FilterParser::parse(text, fields);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const Call call = sampleCall();
    const CachedRecord account = CachedRecord::fromMap({ { QStringLiteral("Id"), QStringLiteral("001A") },
        { QStringLiteral("Name"), QStringLiteral("Über 東京 GmbH") },
        { QStringLiteral("Industry"), QStringLiteral("Manufacturing") },
        { QStringLiteral("AnnualRevenue"), QVariant() } });
    const CachedRecord opportunity = CachedRecord::fromMap(
        { { QStringLiteral("StageName"), QStringLiteral("Negotiation") }, { QStringLiteral("Amount"), 50000.0 },
            { QStringLiteral("IsWon"), 0 }, { QStringLiteral("CloseDate"), QStringLiteral("2026-04-15") } });
    const FilterEvaluator evaluator(parsed.root, fields);
    const FilterSubject subject { &call, withRecords ? &account : nullptr, withRecords ? &opportunity : nullptr };
    QCOMPARE(evaluator.matches(subject), expected);
    QCOMPARE(evaluator.explainFailure(subject).isEmpty(), expected);
    // Bound to the records' columns, fields are read by position; bound to other columns
    // (another read), still by name: the same answers.
    FilterEvaluator bound(parsed.root, fields);
    bound.bindRecordColumns(account.columns(), opportunity.columns());
    QCOMPARE(bound.matches(subject), expected);
    QCOMPARE(bound.explainFailure(subject), evaluator.explainFailure(subject));
    const CachedRecord::Columns other({ QStringLiteral("Amount"), QStringLiteral("Industry") });
    FilterEvaluator elsewhere(parsed.root, fields);
    elsewhere.bindRecordColumns(&other, &other);
    QCOMPARE(elsewhere.matches(subject), expected);
}

void TestFilterLanguage::explainsTheFailedPart()
{
    const FilterSchema fields = schema();
    const Call call = sampleCall();
    auto explain = [&](const QString& text) {
        const FilterParser::Result parsed = FilterParser::parse(text, fields);
        return FilterEvaluator(parsed.root, fields).explainFailure({ &call, nullptr, nullptr });
    };
    QCOMPARE(explain(QStringLiteral("scope = \"external\" and duration >= 45m")),
        QStringLiteral("duration >= 45m (the call lasted 30m30s)"));
    QCOMPARE(explain(QStringLiteral("opportunity.StageName = \"Closed Won\"")),
        QStringLiteral("opportunity.StageName = \"Closed Won\" (the call matched no open opportunity)"));
    QCOMPARE(explain(QStringLiteral("not trackers contains \"pricing\"")),
        QStringLiteral("excluded because trackers contains \"pricing\" holds"));
    QCOMPARE(explain(QStringLiteral("workspace = \"CS\" or direction = \"inbound\"")),
        QStringLiteral("none of these holds: workspace = \"CS\" (workspace: Sales); direction = \"inbound\" "
                       "(direction: outbound)"));
}

void TestFilterLanguage::checksTreesFromTheRuleBuilder()
{
    const FilterSchema fields = schema();
    FilterNode root = FilterNode::makeGroup(FilterNode::Group::All,
        { FilterNode::makeCondition(
              QStringLiteral("duration"), FilterOperator::GreaterOrEqual, { FilterValue::fromDuration(300) }),
            FilterNode::makeGroup(FilterNode::Group::None,
                { FilterNode::makeCondition(QStringLiteral("trackers"), FilterOperator::Contains,
                      { FilterValue::fromText(QStringLiteral("Internal")) }),
                    FilterNode::makeCondition(QStringLiteral("scope"), FilterOperator::Equal,
                        { FilterValue::fromText(QStringLiteral("internal")) }) }),
            FilterNode::makeGroup(FilterNode::Group::Any) }); // an empty group: ignored
    QCOMPARE(FilterParser::check(root, fields), QString());
    QCOMPARE(root.toText(),
        QStringLiteral("duration >= 5m and not (trackers contains \"Internal\" or scope = \"internal\")"));
    const FilterParser::Result parsed = FilterParser::parse(root.toText(), fields);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.root.toText(), root.toText());

    root.children.at(0).values.clear();
    QCOMPARE(FilterParser::check(root, fields), QStringLiteral("duration >=: expected a value"));
    root.children.at(0) = FilterNode::makeCondition(
        QStringLiteral("title"), FilterOperator::Less, { FilterValue::fromText(QStringLiteral("a")) });
    QCOMPARE(FilterParser::check(root, fields),
        QStringLiteral("'<' does not apply to title (text); use =, !=, in, contains, matches, exists"));
}

namespace {

QString repeated(const QString& part, int times)
{
    QString text;
    for (int i = 0; i < times; ++i) {
        text += part;
    }
    return text;
}

// "(title = "a" and (...) or duration > 1m)" nested `levels` times: two groups (an or, and an and
// inside it) for each pair of parentheses, around one condition.
QString alternating(int levels)
{
    QString text = QStringLiteral("scope = \"external\"");
    for (int i = 0; i < levels; ++i) {
        text = QStringLiteral("title = \"a\" and (") + text + QStringLiteral(") or duration > 1m");
    }
    return text;
}

} // namespace

void TestFilterLanguage::deepNestingIsAnError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    // Parentheses and 'not' stop at twice the limit of levels: nothing deeper is even parsed.
    QTest::newRow("10,000 parentheses") << repeated(QStringLiteral("("), 10000) + QStringLiteral("duration > 1m")
            + repeated(QStringLiteral(")"), 10000)
                                        << "column 201: the filter nests deeper than 100 levels";
    QTest::newRow("5,000 nots") << repeated(QStringLiteral("not "), 5000) + QStringLiteral("duration > 1m")
                                << "column 801: the filter nests deeper than 100 levels";
    QTest::newRow("20,000 not (") << repeated(QStringLiteral("not ("), 20000) + QStringLiteral("duration > 1m")
                                  << "column 501: the filter nests deeper than 100 levels";
    // Groups within groups: 101 'not's are 101 levels; the outermost one is too deep.
    QTest::newRow("101 nots") << repeated(QStringLiteral("not "), 101) + QStringLiteral("duration > 1m")
                              << "column 1: the filter nests deeper than 100 levels";
    QTest::newRow("150 nots") << repeated(QStringLiteral("not "), 150) + QStringLiteral("duration > 1m")
                              << "column 197: the filter nests deeper than 100 levels";
    // 51 pairs of parentheses hold 102 levels of groups (an or, and an and in it): the outermost
    // 'and' is the 101st level.
    QTest::newRow("and within or") << alternating(51) << "column 1: the filter nests deeper than 100 levels";
}

void TestFilterLanguage::deepNestingIsAnError()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const FilterParser::Result parsed = FilterParser::parse(text, schema());
    QCOMPARE(parsed.error, error);
    QVERIFY(parsed.root.isEmpty());
}

void TestFilterLanguage::nestingUpToTheLimitWorks()
{
    const FilterSchema fields = schema();
    const Call call = sampleCall();
    const FilterSubject subject { &call, nullptr, nullptr };
    // 100 'not's: 100 levels, printed with parentheses as "not (not (... not duration > 1m))".
    const FilterParser::Result nots =
        FilterParser::parse(repeated(QStringLiteral("not "), 100) + QStringLiteral("duration > 1m"), fields);
    QVERIFY2(nots.ok(), qPrintable(nots.error));
    const QString printed = nots.root.toText();
    QVERIFY(printed.startsWith(QLatin1String("not (not (")));
    QVERIFY(printed.endsWith(QStringLiteral("not duration > 1m") + repeated(QStringLiteral(")"), 99)));
    const FilterParser::Result again = FilterParser::parse(printed, fields);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.root == nots.root);
    const FilterEvaluator evenNots(nots.root, fields);
    QVERIFY(evenNots.matches(subject)); // an even number of 'not's: the call lasted 30m30s
    QVERIFY(evenNots.explainFailure(subject).isEmpty());

    const FilterParser::Result odd =
        FilterParser::parse(repeated(QStringLiteral("not "), 99) + QStringLiteral("duration > 1m"), fields);
    QVERIFY2(odd.ok(), qPrintable(odd.error));
    const FilterEvaluator oddNots(odd.root, fields);
    QVERIFY(!oddNots.matches(subject));
    QVERIFY(oddNots.explainFailure(subject).startsWith(QLatin1String("excluded because not (not (")));

    // 50 pairs of parentheses, 100 levels of and/or: the printed form adds parentheses around
    // each 'and' and still parses back.
    const FilterParser::Result groups = FilterParser::parse(alternating(50), fields);
    QVERIFY2(groups.ok(), qPrintable(groups.error));
    const FilterParser::Result reparsed = FilterParser::parse(groups.root.toText(), fields);
    QVERIFY2(reparsed.ok(), qPrintable(reparsed.error));
    QCOMPARE(reparsed.root.toText(), groups.root.toText());
    QVERIFY(FilterEvaluator(groups.root, fields).matches(subject));

    // Redundant parentheses are no levels of groups; up to 200 of them parse.
    const FilterParser::Result parentheses = FilterParser::parse(
        repeated(QStringLiteral("("), 200) + QStringLiteral("duration > 1m") + repeated(QStringLiteral(")"), 200),
        fields);
    QVERIFY2(parentheses.ok(), qPrintable(parentheses.error));
    QCOMPARE(parentheses.root.toText(), QStringLiteral("duration > 1m"));
}

void TestFilterLanguage::ruleBuilderTreesAreLimitedToo()
{
    const FilterSchema fields = schema();
    FilterNode tree = FilterNode::makeCondition(
        QStringLiteral("duration"), FilterOperator::Greater, { FilterValue::fromDuration(60) });
    for (int i = 0; i < 100; ++i) {
        tree = FilterNode::makeGroup(i % 2 ? FilterNode::Group::Any : FilterNode::Group::None, { tree });
    }
    QCOMPARE(FilterParser::check(tree, fields), QString());
    QVERIFY(FilterParser::parse(tree.toText(), fields).ok());
    tree = FilterNode::makeGroup(FilterNode::Group::All, { tree });
    QCOMPARE(FilterParser::check(tree, fields), QStringLiteral("the filter nests deeper than 100 levels"));
}

QTEST_GUILESS_MAIN(TestFilterLanguage)
#include "TestFilterLanguage.moc"
