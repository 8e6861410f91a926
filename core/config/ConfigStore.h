#pragma once

#include "core/config/ConfigError.h"
#include "core/config/IntegrationConfig.h"
#include "core/util/Status.h"

#include <QCoreApplication>

namespace callbridge {

// Keeps the integration config in one file. Saves are atomic and keep the previous version
// beside it (<file>.bak). A file that fails to load is never overwritten: the caller must
// set it aside first (which renames it, so nothing the user had is lost).
class ConfigStore
{
    Q_DECLARE_TR_FUNCTIONS(ConfigStore)

public:
    enum class LoadStatus { Loaded, Missing, Invalid };

    struct LoadResult
    {
        LoadStatus status = LoadStatus::Missing;
        IntegrationConfig config; // defaults unless Loaded
        ConfigErrors errors; // set when Invalid
    };

    explicit ConfigStore(const QString& path);

    QString path() const { return m_path; }
    // The folder of the setup file: the org caches and describes live beside it.
    QString directory() const;
    QString backupPath() const;

    LoadResult load();
    Status save(const IntegrationConfig& config);

    // Renames a file that failed to load to <file>.invalid-<timestamp> and returns that path.
    QString setAsideInvalidFile();

    static QByteArray serialize(const IntegrationConfig& config);

private:
    QString m_path;
    bool m_fileOnDiskIsInvalid = false;
};

} // namespace callbridge
