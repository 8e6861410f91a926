#include "core/fields/FieldPolicy.h"

#include "core/integration/ImportedObjects.h"

#include <QFile>
#include <QJsonDocument>

namespace callbridge {

QString FieldEntry::statusKey(Status status)
{
    switch (status) {
    case Status::Required:
        return QStringLiteral("required");
    case Status::Recommended:
        return QStringLiteral("recommended");
    case Status::Optional:
        return QStringLiteral("optional");
    case Status::Unsupported:
        return QStringLiteral("unsupported");
    case Status::Inaccessible:
        return QStringLiteral("inaccessible");
    }
    return {};
}

QJsonObject FieldEntry::toJson() const
{
    return QJsonObject { { QStringLiteral("object"), object }, { QStringLiteral("field"), field },
        { QStringLiteral("label"), label }, { QStringLiteral("type"), type },
        { QStringLiteral("status"), statusKey(status) }, { QStringLiteral("selected"), selected },
        { QStringLiteral("locked"), locked }, { QStringLiteral("reason"), reason },
        { QStringLiteral("notes"), QJsonArray::fromStringList(notes) } };
}

const FieldPolicy& FieldPolicy::instance()
{
    static const FieldPolicy policy;
    return policy;
}

FieldPolicy::FieldPolicy()
{
    QFile file(QStringLiteral(":/callbridge/fields/field-policy.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("the field policy resource is missing");
    }
    const QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue& field : policy.value(QStringLiteral("alwaysRequired")).toArray()) {
        m_alwaysRequired.append(field.toString());
    }
    auto load = [](const QJsonObject& table, QHash<QString, QStringList>* lists, QHash<QString, QSet<QString>>* keys) {
        for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
            for (const QJsonValue& field : it.value().toArray()) {
                (*lists)[it.key()].append(field.toString());
                (*keys)[it.key()].insert(field.toString().toLower());
            }
        }
    };
    load(policy.value(QStringLiteral("required")).toObject(), &m_required, &m_requiredKeys);
    load(policy.value(QStringLiteral("recommended")).toObject(), &m_recommended, &m_recommendedKeys);
    for (const QJsonValue& type : policy.value(QStringLiteral("unsupportedTypes")).toArray()) {
        m_unsupportedTypes.insert(type.toString());
    }
    m_longTextLimit = policy.value(QStringLiteral("longTextLimit")).toInt(10000);
}

QStringList FieldPolicy::objects() const
{
    return importedObjects();
}

bool FieldPolicy::isRequired(const QString& object, const QString& field) const
{
    return m_requiredKeys.value(object).contains(field.toLower())
        || m_alwaysRequired.contains(field, Qt::CaseInsensitive);
}

bool FieldPolicy::isRecommended(const QString& object, const QString& field) const
{
    return m_recommendedKeys.value(object).contains(field.toLower());
}

QStringList FieldPolicy::requiredFields(const QString& object) const
{
    return m_alwaysRequired + m_required.value(object);
}

FieldEntry FieldPolicy::classifyField(const QString& object, const QJsonObject& field, const QJsonArray& all) const
{
    FieldEntry entry;
    entry.object = object;
    entry.field = field.value(QStringLiteral("name")).toString();
    entry.label = field.value(QStringLiteral("label")).toString();
    entry.type = field.value(QStringLiteral("type")).toString();
    entry.formula = field.value(QStringLiteral("calculated")).toBool()
        && !field.value(QStringLiteral("calculatedFormula")).toString().isEmpty();
    const bool custom = field.value(QStringLiteral("custom")).toBool();

    // Refused first: a required field of an unsupported kind would still be refused.
    if (m_unsupportedTypes.contains(entry.type)) {
        entry.status = FieldEntry::Status::Unsupported;
        if (entry.type == QLatin1String("address") || entry.type == QLatin1String("location")) {
            QStringList parts;
            for (const QJsonValue& other : all) {
                if (other.toObject().value(QStringLiteral("compoundFieldName")).toString() == entry.field) {
                    parts.append(other.toObject().value(QStringLiteral("name")).toString());
                }
            }
            entry.reason = tr("%1 is a compound %2 field, which cannot be imported. Its parts (%3) are ordinary fields "
                              "and can be chosen one by one.")
                               .arg(entry.field, entry.type, parts.join(QStringLiteral(", ")));
            entry.shortReason = tr("compound field: choose its parts");
        } else if (entry.type == QLatin1String("encryptedstring")) {
            entry.reason = tr("Encrypted fields cannot be imported.");
            entry.shortReason = tr("encrypted");
        } else if (entry.type == QLatin1String("multipicklist")) {
            entry.reason = tr("Multi-select picklists cannot be imported.");
            entry.shortReason = tr("multi-select picklist");
        } else {
            entry.reason = tr("Fields of type %1 cannot be imported.").arg(entry.type);
            entry.shortReason = tr("type %1").arg(entry.type);
        }
        entry.locked = true;
        return entry;
    }
    bool reference = false;
    if (entry.type == QLatin1String("reference")) {
        reference = true;
        QStringList targets;
        int imported = 0;
        for (const QJsonValue& target : field.value(QStringLiteral("referenceTo")).toArray()) {
            targets.append(target.toString());
            imported += isImportedObject(target.toString());
        }
        // Simple references (to imported objects) are supported; a standard polymorphic one
        // (WhoId, WhatId, OwnerId -> Group or User) resolves through its imported targets.
        const bool supported = custom ? imported == targets.size() && imported > 0 : imported > 0;
        if (!supported) {
            entry.status = FieldEntry::Status::Unsupported;
            entry.reason = tr("A reference to %1, which the integration does not import (a complex reference).")
                               .arg(targets.join(QStringLiteral(", ")));
            entry.shortReason = tr("complex reference");
            entry.locked = true;
            return entry;
        }
    }

    if (isRequired(object, entry.field)) {
        entry.status = FieldEntry::Status::Required;
        entry.selected = true;
        entry.locked = true;
    } else if (isRecommended(object, entry.field)) {
        entry.status = FieldEntry::Status::Recommended;
        entry.selected = true;
    } else {
        entry.status = FieldEntry::Status::Optional;
        entry.selected = reference && !custom; // simple standard references are selected by default
    }

    entry.length = field.value(QStringLiteral("length")).toInt();
    if (entry.formula) {
        entry.notes.append(
            tr("Formula: changing a formula's inputs does not update SystemModstamp, so the imported value "
               "can go stale until the record changes otherwise."));
    }
    if (entry.type == QLatin1String("textarea") && field.value(QStringLiteral("length")).toInt() > 255) {
        if (field.value(QStringLiteral("extraTypeInfo")).toString() == QLatin1String("richtextarea")) {
            entry.notes.append(tr("Rich text: imported as plain text."));
        }
        entry.notes.append(tr("Long text: trimmed to %L1 characters on import.").arg(m_longTextLimit));
    }
    if (reference) {
        entry.notes.append(tr("Reference: not searchable."));
    }
    return entry;
}

QList<FieldEntry> FieldPolicy::classify(const QString& object, const QJsonArray& describeFields) const
{
    QList<FieldEntry> entries;
    QSet<QString> present;
    for (const QJsonValue& value : describeFields) {
        const QJsonObject field = value.toObject();
        present.insert(field.value(QStringLiteral("name")).toString().toLower());
        entries.append(classifyField(object, field, describeFields));
    }
    // Policy fields the user cannot see. IsDeleted is required only where the object has it,
    // and describe always shows it when it exists (it is not subject to field-level security).
    QStringList expected = m_required.value(object) + m_recommended.value(object);
    expected.prepend(QStringLiteral("SystemModstamp"));
    expected.prepend(QStringLiteral("Id"));
    for (const QString& name : expected) {
        if (present.contains(name.toLower())) {
            continue;
        }
        present.insert(name.toLower());
        FieldEntry entry;
        entry.object = object;
        entry.field = name;
        entry.label = name;
        entry.status = FieldEntry::Status::Inaccessible;
        entry.locked = true;
        entry.reason = isRequired(object, name)
            ? tr("The integration user cannot read this field (field-level security). It is required: the integration "
                 "cannot work until the user can read it — see Permissions.")
            : tr("The integration user cannot read this field (field-level security).");
        entry.shortReason = isRequired(object, name) ? tr("field-level security; required: see Permissions")
                                                     : tr("field-level security");
        entries.append(entry);
    }
    return entries;
}

QList<FieldEntry> effectiveSelection(const QList<FieldEntry>& fields, const QStringList* saved)
{
    QList<FieldEntry> selected;
    for (const FieldEntry& entry : fields) {
        if (!entry.isSelectable()) {
            continue;
        }
        const bool required = entry.locked && entry.selected;
        if (required || (saved ? saved->contains(entry.field) : entry.selected)) {
            selected.append(entry);
        }
    }
    return selected;
}

} // namespace callbridge
