#include "core/config/ConfigDocument.h"

#include "core/config/ConfigReader.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputFile.h"

namespace callbridge {

ConfigDocument::ConfigDocument(const QString& path, QObject* parent)
    : QObject(parent)
    , m_store(path)
{ }

ConfigStore::LoadResult ConfigDocument::load()
{
    const bool wasModified = isModified();
    ConfigStore::LoadResult result = m_store.load();
    m_config = result.config;
    m_saved = result.config;
    Q_EMIT changed();
    updateModified(wasModified);
    return result;
}

Status ConfigDocument::save()
{
    const bool wasModified = isModified();
    const Status status = m_store.save(m_config);
    if (status.ok()) {
        m_saved = m_config;
        updateModified(wasModified);
    }
    return status;
}

ConfigErrors ConfigDocument::importFrom(const QString& path)
{
    const InputFile file = readUserFile(path, ConfigReader::maxFileBytes);
    if (!file.ok()) {
        return { { QStringLiteral("$"), tr("the file cannot be read (%1)").arg(file.status.errorMessage()), {} } };
    }
    const ConfigReadResult read = ConfigReader::read(file.data);
    if (!read.config) {
        return read.errors;
    }
    setConfig(*read.config);
    return {};
}

Status ConfigDocument::exportTo(const QString& path) const
{
    return AtomicFile::write(path, ConfigStore::serialize(m_config));
}

void ConfigDocument::setConfig(const IntegrationConfig& config)
{
    if (config == m_config) {
        return;
    }
    const bool wasModified = isModified();
    m_config = config;
    Q_EMIT changed();
    updateModified(wasModified);
}

void ConfigDocument::updateModified(bool wasModified)
{
    if (wasModified != isModified()) {
        Q_EMIT modifiedChanged(isModified());
    }
}

} // namespace callbridge
