#pragma once

#include "core/audit/AuditReport.h"

#include "core/config/IntegrationConfig.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace callbridge {

// Everything the audit read from the org, before judging it.
struct AuditInputs
{
    struct PermissionSetInfo
    {
        QString id;
        QString label;
        bool ownedByProfile = false;
        QString licenseName; // a profile's set carries the user license
        QSet<QString> systemPermissions;
    };

    QString username;
    QString userId;
    QString orgName;
    bool otherUser = false; // audited by another user: its access worked out from its permission records
    QHash<QString, QJsonObject> sobjects; // describeGlobal entries by object name: what the user may do
    // The objects the connected user's describeGlobal lists: for an admin auditing another user,
    // the objects the org has (a managed package's object is absent when it is not installed).
    QSet<QString> orgObjects;
    bool setupReadable = false; // the permission records could be read
    QList<PermissionSetInfo> permissionSets;
    QList<QJsonObject> objectPermissions; // ObjectPermissions records of those sets
    bool licensesReadable = false;
    QStringList permissionSetLicenses;
    QHash<QString, QSet<QString>> readableFields; // by object: the fields describe returned
    // By object: the fields that take field permissions (describe's "permissionable"), for every
    // object the auditing user could describe; required and system fields are not among them.
    QHash<QString, QSet<QString>> permissionableFields;
    QHash<QString, qint64> visibleCounts; // COUNT() of records the user sees
};

// Judges audit inputs against the requirements resource for the chosen export settings.
// Pure: no network, so every rule is tested directly.
class PermissionEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(PermissionEvaluator)

public:
    static AuditReport evaluate(const AuditInputs& inputs, const ExportSettings& exportSettings);

    // The requirements that apply, and the objects whose describes and counts the audit needs.
    static QList<QJsonObject> requirements(const ExportSettings& exportSettings);
    static QStringList objectsToDescribe(const ExportSettings& exportSettings);
    static QStringList objectsToCount(const ExportSettings& exportSettings);
    // The objects whose ObjectPermissions the audit checks (detail objects' masters).
    static QStringList objectsWithSettings(const ExportSettings& exportSettings);
    // Detail objects have no object settings of their own: their master's apply.
    static QString objectWithSettings(const QString& object);
    static QString systemPermissionName(const QString& field);
    static QString objectPermissionName(const QString& permission); // read, create, ... viewAll, modifyAll
};

} // namespace callbridge
