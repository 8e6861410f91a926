#include "core/integration/ImportedObjects.h"

namespace callbridge {

const QStringList& importedObjects()
{
    static const QStringList objects {
        QStringLiteral("Account"),
        QStringLiteral("Contact"),
        QStringLiteral("Event"),
        QStringLiteral("Lead"),
        QStringLiteral("Opportunity"),
        QStringLiteral("OpportunityContactRole"),
        QStringLiteral("OpportunityHistory"),
        QStringLiteral("OpportunitySplit"),
        QStringLiteral("OpportunitySplitType"),
        QStringLiteral("OpportunityStage"),
        QStringLiteral("OpportunityTeamMember"),
        QStringLiteral("RecordType"),
        QStringLiteral("Task"),
        QStringLiteral("User"),
    };
    return objects;
}

bool isImportedObject(const QString& apiName)
{
    return importedObjects().contains(apiName);
}

} // namespace callbridge
