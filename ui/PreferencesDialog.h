#pragma once

#include "core/settings/Preferences.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace callbridge::ui {

// Edit > Preferences: language, proxy, log detail, where the data is kept, and clearing the
// cached Salesforce data. Shows and returns Preferences; the caller saves and applies them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const Preferences& preferences, const QString& dataDirectoryInUse, QWidget* parent = nullptr);

    Preferences preferences() const;
    // Clearing needs no import running; the main window says when one is.
    void setClearCacheEnabled(bool enabled, const QString& reason = QString());
    // The outcome of a clear the dialog asked for (clearCacheRequested).
    void showClearCacheResult(const QString& text);

Q_SIGNALS:
    void clearCacheRequested();

private:
    QWidget* createLanguageGroup();
    QWidget* createProxyGroup();
    QWidget* createDataGroup();
    void updateProxyFields();
    void updateRestartNote();
    void chooseDataDirectory();
    void confirmClearCache();

    const Preferences m_initial;
    const QString m_dataDirectoryInUse;
    QComboBox* m_language = nullptr;
    QButtonGroup* m_proxy = nullptr;
    QLineEdit* m_proxyHost = nullptr;
    QSpinBox* m_proxyPort = nullptr;
    QComboBox* m_logLevel = nullptr;
    QLineEdit* m_dataDirectory = nullptr;
    QPushButton* m_clearCache = nullptr;
    QLabel* m_clearCacheResult = nullptr;
    QLabel* m_restartNote = nullptr;
};

} // namespace callbridge::ui
