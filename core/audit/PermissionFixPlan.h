#pragma once

#include "core/audit/PermissionEvaluator.h"

#include <QDate>
#include <QMap>

namespace callbridge {

// What a permission set holds, as far as Callbridge writes one: its names, system permissions,
// object permissions and field permissions. The plan's set, the metadata file and a set read
// back from Salesforce are all this one shape, so they can be compared.
struct PermissionSetContent
{
    struct ObjectFlags
    {
        bool read = false, create = false, edit = false, remove = false, viewAll = false, modifyAll = false;
        bool operator==(const ObjectFlags& other) const;
        bool operator!=(const ObjectFlags& other) const { return !(*this == other); }
        // Sets a permission by its audit name (read, create, edit, delete, viewAll, modifyAll).
        void set(const QString& permission);
        bool has(const QString& permission) const;
    };
    QString name; // the API name
    QString label;
    QString description;
    QSet<QString> systemPermissions; // PermissionSet fields: "PermissionsEditTask"
    QMap<QString, ObjectFlags> objects; // by sObject
    QMap<QString, bool> fields; // readable fields, "Contact.Email" -> editable

    bool operator==(const PermissionSetContent& other) const;
};

// One line of the fix: one permission on one object, field or the user, from what to what, and
// which audit findings it fixes (none: Salesforce requires it for another line).
struct PermissionFixLine
{
    Q_DECLARE_TR_FUNCTIONS(PermissionFixLine)

public:
    enum class Kind { System, Object, Field, License, Assignment };
    Kind kind = Kind::System;
    QString object; // Object: the sObject; Field: "Contact.Email"; License: the license's label
    QString permission; // System: the PermissionSet field; Object: read, create, ..., modifyAll; Field: read
    bool before = false; // what the user has now
    bool after = true;
    QStringList findings; // the titles of the findings it fixes, as the audit shows them
    QString requiredFor; // a dependency: the permission that needs it ("View All")

    QString what() const; // "Opportunity: View All", "Edit Tasks", "Contact.Email: Read"
    QString why() const; // "fixes Edit Tasks, Create on Tasks", "required by Salesforce for View All"
    static QString yesNo(bool value);
    QString setupPath(const QString& setLabel, const QString& username) const;
};

// The fix for what the audit found missing: one permission set that grants exactly that, plus
// its assignment and the integration permission set license when missing. Computed in one place
// from the audit's findings and inputs; applied by PermissionFixApply, exported as metadata by
// PermissionSetMetadata, and as a checklist in the HTML report.
struct PermissionFixPlan
{
    Q_DECLARE_TR_FUNCTIONS(PermissionFixPlan)

public:
    struct Options
    {
        bool engage = false; // also the Engage extras (Modify All on the CRM objects)
        QDate today = QDate::currentDate();
    };

    static QString setName() { return QStringLiteral("Callbridge_Call_Recorder_Integration"); }
    static QString setLabel() { return QStringLiteral("Call Recorder Integration"); }
    static QString licenseLabel() { return QStringLiteral("Salesforce API Integration"); }

    QString userId;
    QString username;
    QString orgName;
    QString description; // "Created by Callbridge on 2026-12-02 for ..."
    QList<PermissionFixLine> lines;
    QStringList notFixed; // what the plan cannot fix, in words

    static PermissionFixPlan compute(const AuditInputs& inputs, const AuditReport& report,
        const ExportSettings& exportSettings, const Options& options);

    // Nothing to grant in the permission set (an assignment or licence may still be missing).
    bool grantsNothing() const;
    bool isEmpty() const { return lines.isEmpty(); }
    bool assignsLicense() const;
    PermissionSetContent content() const; // the permission set the plan creates
    QJsonObject toJson() const;
    QString toText() const; // the reviewable list, one line each
    QString checklistHtml() const; // the Setup path of every line, for the HTML report
};

} // namespace callbridge
