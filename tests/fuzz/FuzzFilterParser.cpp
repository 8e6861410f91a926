// libFuzzer target: the filter parser never crashes, and whatever it accepts prints to a text
// that parses back to the same tree (the rule builder and the text tab rely on that).
#include "core/calls/Call.h"
#include "core/filter/FilterEvaluator.h"
#include "core/filter/FilterParser.h"

#include <cstdint>
#include <cstdlib>

using namespace callbridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const FilterSchema schema = [] {
        FilterSchema fields;
        fields.addRecordFields(FilterField::Source::Account,
            { { QStringLiteral("Name"), QStringLiteral("string") },
                { QStringLiteral("IsPartner"), QStringLiteral("boolean") } });
        fields.addRecordFields(FilterField::Source::Opportunity,
            { { QStringLiteral("StageName"), QStringLiteral("picklist") },
                { QStringLiteral("Amount"), QStringLiteral("currency") },
                { QStringLiteral("CloseDate"), QStringLiteral("date") } });
        return fields;
    }();
    static const Call call = [] {
        Call sample;
        sample.id = QStringLiteral("c");
        sample.title = QStringLiteral("Pricing");
        sample.started = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        sample.duration = 600;
        sample.direction = QStringLiteral("inbound");
        sample.participants = { { QStringLiteral("a@b.com"), {}, CallParticipant::Affiliation::External } };
        sample.trackers = { QStringLiteral("x") };
        return sample;
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const FilterParser::Result parsed = FilterParser::parse(text, schema);
    if (!parsed.ok()) {
        if (parsed.errorColumn < 1 || !parsed.error.startsWith(QLatin1String("column "))) {
            std::abort(); // every error is positioned
        }
        return 0;
    }
    const QString printed = parsed.root.toText();
    const FilterParser::Result again = FilterParser::parse(printed, schema);
    if (!again.ok() || again.root.toText() != printed) {
        std::abort();
    }
    const QVariantMap opportunity { { QStringLiteral("StageName"), QStringLiteral("Won") },
        { QStringLiteral("Amount"), 5.0 }, { QStringLiteral("CloseDate"), QStringLiteral("2026-01-01") } };
    const FilterEvaluator evaluator(parsed.root, schema);
    const FilterSubject subject { &call, nullptr, &opportunity };
    if (evaluator.matches(subject) != evaluator.explainFailure(subject).isEmpty()) {
        std::abort(); // a failing call always has an explanation, a passing one none
    }
    return 0;
}
