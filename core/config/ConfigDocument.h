#pragma once

#include "core/config/ConfigStore.h"

#include <QObject>

namespace callbridge {

// The config being edited in the app: what is on disk (the store) and what the user has
// changed since. Pages edit it through setConfig(); the window shows isModified().
class ConfigDocument : public QObject
{
    Q_OBJECT

public:
    explicit ConfigDocument(const QString& path, QObject* parent = nullptr);

    ConfigStore::LoadResult load();
    Status save();

    // Reads a document from another file (review, moving machines). On success it becomes the
    // current, unsaved config; the stored file is untouched until save().
    ConfigErrors importFrom(const QString& path);
    Status exportTo(const QString& path) const;

    const IntegrationConfig& config() const { return m_config; }
    void setConfig(const IntegrationConfig& config);
    const IntegrationConfig& savedConfig() const { return m_saved; } // as last loaded or saved
    bool isModified() const { return m_config != m_saved; }
    ConfigStore& store() { return m_store; }

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);

private:
    void updateModified(bool wasModified);

    ConfigStore m_store;
    IntegrationConfig m_config;
    IntegrationConfig m_saved;
};

} // namespace callbridge
