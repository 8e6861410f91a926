#include "core/audit/PermissionSetMetadata.h"

#include "core/util/AtomicFile.h"

#include <QDir>
#include <QXmlStreamWriter>

#include <algorithm>

namespace callbridge {

namespace {

const QString metadataNamespace = QStringLiteral("http://soap.sforce.com/2006/04/metadata");

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QByteArray PermissionSetMetadata::permissionSetXml(const PermissionSetContent& content)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(4);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("PermissionSet"));
    writer.writeDefaultNamespace(metadataNamespace);
    if (!content.description.isEmpty()) {
        writer.writeTextElement(QStringLiteral("description"), content.description);
    }
    for (auto it = content.fields.cbegin(); it != content.fields.cend(); ++it) {
        writer.writeStartElement(QStringLiteral("fieldPermissions"));
        writer.writeTextElement(QStringLiteral("editable"), boolText(it.value()));
        writer.writeTextElement(QStringLiteral("field"), it.key());
        writer.writeTextElement(QStringLiteral("readable"), boolText(true));
        writer.writeEndElement();
    }
    writer.writeTextElement(QStringLiteral("hasActivationRequired"), boolText(false));
    writer.writeTextElement(QStringLiteral("label"), content.label);
    for (auto it = content.objects.cbegin(); it != content.objects.cend(); ++it) {
        writer.writeStartElement(QStringLiteral("objectPermissions"));
        writer.writeTextElement(QStringLiteral("allowCreate"), boolText(it.value().create));
        writer.writeTextElement(QStringLiteral("allowDelete"), boolText(it.value().remove));
        writer.writeTextElement(QStringLiteral("allowEdit"), boolText(it.value().edit));
        writer.writeTextElement(QStringLiteral("allowRead"), boolText(it.value().read));
        writer.writeTextElement(QStringLiteral("modifyAllRecords"), boolText(it.value().modifyAll));
        writer.writeTextElement(QStringLiteral("object"), it.key());
        writer.writeTextElement(QStringLiteral("viewAllRecords"), boolText(it.value().viewAll));
        writer.writeEndElement();
    }
    QStringList userPermissions;
    for (const QString& field : content.systemPermissions) {
        userPermissions.append(field.mid(int(qstrlen("Permissions")))); // PermissionsEditTask -> EditTask
    }
    std::sort(userPermissions.begin(), userPermissions.end());
    for (const QString& name : userPermissions) {
        writer.writeStartElement(QStringLiteral("userPermissions"));
        writer.writeTextElement(QStringLiteral("enabled"), boolText(true));
        writer.writeTextElement(QStringLiteral("name"), name);
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

QByteArray PermissionSetMetadata::packageXml(const QString& permissionSetName, const QString& apiVersion)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(4);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("Package"));
    writer.writeDefaultNamespace(metadataNamespace);
    writer.writeStartElement(QStringLiteral("types"));
    writer.writeTextElement(QStringLiteral("members"), permissionSetName);
    writer.writeTextElement(QStringLiteral("name"), QStringLiteral("PermissionSet"));
    writer.writeEndElement();
    writer.writeTextElement(QStringLiteral("version"), apiVersion);
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

QString PermissionSetMetadata::permissionSetPath(const QString& directory, const QString& permissionSetName)
{
    return QDir(directory).filePath(QStringLiteral("permissionsets/%1.permissionset-meta.xml").arg(permissionSetName));
}

Status PermissionSetMetadata::write(
    const PermissionSetContent& content, const QString& directory, const QString& apiVersion)
{
    if (!QDir().mkpath(QDir(directory).filePath(QStringLiteral("permissionsets")))) {
        return Status::failure(tr("Cannot create the folder %1.").arg(directory));
    }
    const Status package = AtomicFile::write(
        QDir(directory).filePath(QStringLiteral("package.xml")), packageXml(content.name, apiVersion));
    if (!package.ok()) {
        return package;
    }
    return AtomicFile::write(permissionSetPath(directory, content.name), permissionSetXml(content));
}

} // namespace callbridge
