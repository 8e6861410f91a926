// libFuzzer target: the filter parser never crashes, and whatever it accepts prints to a text
// that parses back to the same tree (the rule builder and the text tab rely on that). Each input
// is also tried deeply nested (see deeper()), which random bytes alone almost never reach.
#include "core/calls/Call.h"
#include "core/filter/FilterEvaluator.h"
#include "core/filter/FilterParser.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>

using namespace callbridge;

namespace {

void check(const QString& text)
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
    const FilterParser::Result parsed = FilterParser::parse(text, schema);
    if (!parsed.ok()) {
        if (parsed.errorColumn < 1 || !parsed.error.startsWith(QLatin1String("column "))) {
            std::abort(); // every error is positioned
        }
        return;
    }
    const QString printed = parsed.root.toText();
    const FilterParser::Result again = FilterParser::parse(printed, schema);
    if (!again.ok() || again.root.toText() != printed) {
        std::abort();
    }
    const CachedRecord opportunity = CachedRecord::fromMap({ { QStringLiteral("StageName"), QStringLiteral("Won") },
        { QStringLiteral("Amount"), 5.0 }, { QStringLiteral("CloseDate"), QStringLiteral("2026-01-01") } });
    const FilterEvaluator evaluator(parsed.root, schema);
    const FilterSubject subject { &call, nullptr, &opportunity };
    if (evaluator.matches(subject) != evaluator.explainFailure(subject).isEmpty()) {
        std::abort(); // a failing call always has an explanation, a passing one none
    }
}

// The input after its first two bytes, nested deeply: wrapped 90 to 217 times (5,000 times when
// the second byte is 255) in a form the first byte picks, or repeated that many times, so the
// fuzzer's own bytes can be the nesting ("(", "not (" ...). Around the parser's limits of 100
// levels of groups and 200 of parentheses and 'not's, and far beyond them.
QString deeper(const uint8_t* data, size_t size)
{
    static const std::array<std::pair<QLatin1String, QLatin1String>, 5> forms { {
        { QLatin1String("("), QLatin1String(")") },
        { QLatin1String("not "), QLatin1String("") },
        { QLatin1String("not ("), QLatin1String(")") },
        { QLatin1String("(title = \"a\" or "), QLatin1String(")") },
        { QLatin1String("title = \"a\" and ("), QLatin1String(") or duration > 1m") },
    } };
    const QString core = QString::fromUtf8(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    int times = data[1] == 255 ? 5000 : 90 + data[1] / 2;
    const size_t form = data[0] % (forms.size() + 1);
    if (form == forms.size()) {
        times = std::min<qsizetype>(times, 200000 / std::max<qsizetype>(core.size(), 1)); // at most 200 kB
        return core.repeated(times);
    }
    QString text;
    text.reserve((forms[form].first.size() + forms[form].second.size()) * times + core.size());
    for (int i = 0; i < times; ++i) {
        text += forms[form].first;
    }
    text += core;
    for (int i = 0; i < times; ++i) {
        text += forms[form].second;
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (size >= 2) {
        check(deeper(data, size));
    }
    return 0;
}
