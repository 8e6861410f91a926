#include "core/config/ConfigStore.h"

#include <QFileInfo>

#include "core/config/ConfigReader.h"
#include "core/logging/LogCategories.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace callbridge {

ConfigStore::ConfigStore(const QString& path)
    : m_path(path)
{ }

QString ConfigStore::backupPath() const
{
    return m_path + QStringLiteral(".bak");
}

ConfigStore::LoadResult ConfigStore::load()
{
    LoadResult result;
    if (!QFileInfo::exists(m_path)) {
        m_fileOnDiskIsInvalid = false;
        return result;
    }
    const InputFile file = readUserFile(m_path, ConfigReader::maxFileBytes);
    if (!file.ok()) {
        m_fileOnDiskIsInvalid = true;
        result.status = LoadStatus::Invalid;
        result.errors.append(
            { QStringLiteral("$"), tr("the file cannot be read (%1)").arg(file.status.errorMessage()), {} });
        return result;
    }
    ConfigReadResult read = ConfigReader::read(file.data);
    if (!read.config) {
        m_fileOnDiskIsInvalid = true;
        result.status = LoadStatus::Invalid;
        result.errors = read.errors;
        qCWarning(lcConfig) << "config" << m_path << "is invalid:" << read.errors.size() << "errors";
        return result;
    }
    m_fileOnDiskIsInvalid = false;
    result.status = LoadStatus::Loaded;
    result.config = *read.config;
    return result;
}

Status ConfigStore::save(const IntegrationConfig& config)
{
    if (m_fileOnDiskIsInvalid) {
        return Status::failure(tr("The config file %1 could not be read, so it was left as it is. "
                                  "Set it aside or fix it before saving.")
                                   .arg(QDir::toNativeSeparators(m_path)));
    }
    if (QFileInfo::exists(m_path)) {
        const InputFile current = readUserFile(m_path, ConfigReader::maxFileBytes);
        if (!current.ok()) {
            return Status::failure(tr("Could not read %1 to back it up: %2")
                                       .arg(QDir::toNativeSeparators(m_path), current.status.errorMessage()));
        }
        const Status backup = AtomicFile::write(backupPath(), current.data);
        if (!backup.ok()) {
            return backup;
        }
    }
    const Status written = AtomicFile::write(m_path, serialize(config));
    if (written.ok()) {
        qCInfo(lcConfig) << "saved config to" << m_path;
    }
    return written;
}

QString ConfigStore::setAsideInvalidFile()
{
    const QString target = m_path + QStringLiteral(".invalid-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(m_path, target)) {
        return {};
    }
    m_fileOnDiskIsInvalid = false;
    qCInfo(lcConfig) << "set aside invalid config as" << target;
    return target;
}

QByteArray ConfigStore::serialize(const IntegrationConfig& config)
{
    return QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented);
}

QString ConfigStore::directory() const
{
    return QFileInfo(m_path).absolutePath();
}

} // namespace callbridge
