#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace callbridge {

// One field of an imported object, classified for the field selection tree.
struct FieldEntry
{
    enum class Status { Required, Recommended, Optional, Unsupported, Inaccessible };

    QString object;
    QString field;
    QString label;
    QString type; // describe type; a formula field carries its result type
    int length = 0; // describe length (characters) for text types
    Status status = Status::Optional;
    bool selected = false; // by default
    bool locked = false; // the admin cannot change the selection
    bool formula = false;
    QString reason; // why unsupported or inaccessible
    QString shortReason; // the same in a few words, for a table column
    QStringList notes; // formula staleness, long text trimming, ...

    QJsonObject toJson() const;
    static QString statusKey(Status status);
    bool isSelectable() const { return status != Status::Unsupported && status != Status::Inaccessible; }
};

// The fields an object imports: the required ones always; then the admin's saved choice, or the
// policy's defaults when nothing is saved for the object yet. Never an unselectable field.
// `saved` is null when the setup has no choice for the object.
QList<FieldEntry> effectiveSelection(const QList<FieldEntry>& fields, const QStringList* saved);

// The field policy: every field the integration user can see gets exactly one status.
// Required fields are the ones the integration's own logic reads; recommended ones are the
// rest of the admin guide's tables; unsupported types and complex references are refused.
// The rules live in a JSON resource (core/fields/field-policy.json).
class FieldPolicy
{
    Q_DECLARE_TR_FUNCTIONS(FieldPolicy)

public:
    static const FieldPolicy& instance();

    QStringList objects() const; // the objects with a policy, in the admin guide's order
    bool isRequired(const QString& object, const QString& field) const;
    bool isRecommended(const QString& object, const QString& field) const;
    QStringList requiredFields(const QString& object) const;
    int longTextLimit() const { return m_longTextLimit; }

    // Classifies the fields of one describe response ("fields" array) for `object`; policy
    // fields absent from it (hidden by field-level security) come last as Inaccessible.
    QList<FieldEntry> classify(const QString& object, const QJsonArray& describeFields) const;

private:
    FieldPolicy();
    FieldEntry classifyField(const QString& object, const QJsonObject& field, const QJsonArray& all) const;

    QStringList m_alwaysRequired;
    QHash<QString, QStringList> m_required; // object -> fields, as written
    QHash<QString, QSet<QString>> m_requiredKeys; // lower case
    QHash<QString, QStringList> m_recommended;
    QHash<QString, QSet<QString>> m_recommendedKeys;
    QSet<QString> m_unsupportedTypes;
    int m_longTextLimit = 10000;
};

} // namespace callbridge
