#include "core/filter/FilterSchema.h"

namespace callbridge {

namespace {

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

FilterSchema::FilterSchema()
{
    using Source = FilterField::Source;
    const QList<FilterField> callFields {
        { QStringLiteral("title"), FilterType::Text, Source::Title, {}, {}, tr("Title") },
        { QStringLiteral("duration"), FilterType::Duration, Source::Duration, {}, {}, tr("Duration") },
        { QStringLiteral("direction"), FilterType::Enum, Source::Direction, {},
            { QStringLiteral("inbound"), QStringLiteral("outbound"), QStringLiteral("conference") }, tr("Direction") },
        { QStringLiteral("workspace"), FilterType::Text, Source::Workspace, {}, {}, tr("Workspace") },
        { QStringLiteral("started"), FilterType::DateTime, Source::Started, {}, {}, tr("Started") },
        { QStringLiteral("primaryUser"), FilterType::Text, Source::PrimaryUser, {}, {}, tr("Recorded user's email") },
        { QStringLiteral("participants.email"), FilterType::TextList, Source::ParticipantEmails, {}, {},
            tr("Participant email addresses") },
        { QStringLiteral("participants.domain"), FilterType::TextList, Source::ParticipantDomains, {}, {},
            tr("Participant email domains") },
        { QStringLiteral("externalParticipants"), FilterType::Number, Source::ExternalParticipants, {}, {},
            tr("Number of external participants") },
        { QStringLiteral("scope"), FilterType::Enum, Source::Scope, {},
            { QStringLiteral("external"), QStringLiteral("internal") }, tr("Scope") },
        { QStringLiteral("trackers"), FilterType::TextList, Source::Trackers, {}, {}, tr("Trackers") },
    };
    for (const FilterField& field : callFields) {
        m_byLowerName.insert(field.name.toLower(), int(m_fields.size()));
        m_fields.append(field);
    }
}

void FilterSchema::addRecordFields(
    FilterField::Source source, const QHash<QString, QString>& describeTypes, const QHash<QString, QString>& labels)
{
    const QString prefix =
        source == FilterField::Source::Account ? QStringLiteral("account.") : QStringLiteral("opportunity.");
    QStringList names = describeTypes.keys();
    names.sort(Qt::CaseInsensitive);
    for (const QString& column : std::as_const(names)) {
        if (column.startsWith(QLatin1Char('_'))) {
            continue; // the cache's own derived columns
        }
        FilterField field { prefix + column, typeOfDescribe(describeTypes.value(column)), source, column, {},
            labels.value(column) };
        const QString key = field.name.toLower();
        if (m_byLowerName.contains(key)) {
            m_fields[m_byLowerName.value(key)] = field;
        } else {
            m_byLowerName.insert(key, int(m_fields.size()));
            m_fields.append(field);
        }
    }
}

const FilterField* FilterSchema::field(const QString& name) const
{
    const auto it = m_byLowerName.constFind(name.toLower());
    return it == m_byLowerName.cend() ? nullptr : &m_fields.at(*it);
}

QString FilterSchema::closestName(const QString& name) const
{
    QString best;
    int bestDistance = std::max(2, int(name.size()) / 3) + 1;
    for (const FilterField& field : m_fields) {
        const int distance = editDistance(name.toLower(), field.name.toLower());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = field.name;
        }
    }
    return best;
}

QList<FilterOperator> FilterSchema::operatorsFor(FilterType type)
{
    using Op = FilterOperator;
    switch (type) {
    case FilterType::Text:
    case FilterType::TextList:
        return { Op::Equal, Op::NotEqual, Op::In, Op::Contains, Op::Matches, Op::Exists };
    case FilterType::Enum:
        return { Op::Equal, Op::NotEqual, Op::In, Op::Exists };
    case FilterType::Number:
    case FilterType::Duration:
        return { Op::Equal, Op::NotEqual, Op::Less, Op::LessOrEqual, Op::Greater, Op::GreaterOrEqual, Op::In,
            Op::Exists };
    case FilterType::DateTime:
        return { Op::Equal, Op::NotEqual, Op::Less, Op::LessOrEqual, Op::Greater, Op::GreaterOrEqual, Op::Exists };
    case FilterType::Boolean:
        return { Op::Equal, Op::NotEqual, Op::Exists };
    }
    return {};
}

QString FilterSchema::operatorText(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Equal:
        return QStringLiteral("=");
    case FilterOperator::NotEqual:
        return QStringLiteral("!=");
    case FilterOperator::Less:
        return QStringLiteral("<");
    case FilterOperator::LessOrEqual:
        return QStringLiteral("<=");
    case FilterOperator::Greater:
        return QStringLiteral(">");
    case FilterOperator::GreaterOrEqual:
        return QStringLiteral(">=");
    case FilterOperator::In:
        return QStringLiteral("in");
    case FilterOperator::Contains:
        return QStringLiteral("contains");
    case FilterOperator::Matches:
        return QStringLiteral("matches");
    case FilterOperator::Exists:
        return QStringLiteral("exists");
    }
    return {};
}

QString FilterSchema::typeName(FilterType type)
{
    switch (type) {
    case FilterType::Text:
        return tr("text");
    case FilterType::Enum:
        return tr("one of a fixed set of values");
    case FilterType::TextList:
        return tr("a list of text");
    case FilterType::Number:
        return tr("a number");
    case FilterType::Duration:
        return tr("a duration");
    case FilterType::DateTime:
        return tr("a date");
    case FilterType::Boolean:
        return tr("true or false");
    }
    return {};
}

FilterType FilterSchema::typeOfDescribe(const QString& describeType)
{
    static const QHash<QString, FilterType> types {
        { QStringLiteral("int"), FilterType::Number },
        { QStringLiteral("double"), FilterType::Number },
        { QStringLiteral("currency"), FilterType::Number },
        { QStringLiteral("percent"), FilterType::Number },
        { QStringLiteral("boolean"), FilterType::Boolean },
        { QStringLiteral("date"), FilterType::DateTime },
        { QStringLiteral("datetime"), FilterType::DateTime },
    };
    return types.value(describeType, FilterType::Text); // ids, strings, picklists, emails, urls, ...
}

} // namespace callbridge
