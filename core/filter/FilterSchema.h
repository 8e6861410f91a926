#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace callbridge {

// What a filter can test: the call's own fields, and the imported fields of the account and
// opportunity the call matches (account.Industry, opportunity.StageName, ...).
enum class FilterType { Text, Enum, TextList, Number, Duration, DateTime, Boolean };

enum class FilterOperator {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    Contains,
    Matches,
    Exists
};

struct FilterField
{
    enum class Source {
        Title,
        Duration,
        Direction,
        Workspace,
        Started,
        PrimaryUser,
        ParticipantEmails,
        ParticipantDomains,
        ExternalParticipants,
        Scope,
        Trackers,
        Account,
        Opportunity
    };

    QString name; // as written in a filter: "duration", "opportunity.StageName"
    FilterType type = FilterType::Text;
    Source source = Source::Title;
    QString column; // the cached field, for account. and opportunity.
    QStringList values; // the allowed values of an Enum
    QString label; // for people: "Duration", "Last Modified By ID" (the describe's); may be empty
};

class FilterSchema
{
    Q_DECLARE_TR_FUNCTIONS(FilterSchema)

public:
    // The call's own fields only.
    FilterSchema();

    // Adds the imported fields of the matched Account or Opportunity, by their describe type,
    // with their labels from the describe when known.
    void addRecordFields(FilterField::Source source, const QHash<QString, QString>& describeTypes,
        const QHash<QString, QString>& labels = {});

    // Case-insensitive, like Salesforce field names; nullptr for an unknown field.
    const FilterField* field(const QString& name) const;
    const QList<FilterField>& fields() const { return m_fields; }
    // The closest known name, for "did you mean"; empty when nothing is close.
    QString closestName(const QString& name) const;

    static QList<FilterOperator> operatorsFor(FilterType type);
    static QString operatorText(FilterOperator op); // "=", "in", ...
    static QString typeName(FilterType type); // for messages: "text", "a duration", ...
    static FilterType typeOfDescribe(const QString& describeType);

private:
    QList<FilterField> m_fields;
    QHash<QString, int> m_byLowerName;
};

} // namespace callbridge
