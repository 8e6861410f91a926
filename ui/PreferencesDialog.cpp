#include "ui/PreferencesDialog.h"

#include "core/i18n/Translations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace callbridge::ui {

PreferencesDialog::PreferencesDialog(const Preferences& preferences, const QString& dataDirectoryInUse, QWidget* parent)
    : QDialog(parent)
    , m_initial(preferences)
    , m_dataDirectoryInUse(dataDirectoryInUse)
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createLanguageGroup());
    layout->addWidget(createProxyGroup());
    layout->addWidget(createDataGroup());
    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    layout->addWidget(m_restartNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateProxyFields();
    updateRestartNote();
}

QWidget* PreferencesDialog::createLanguageGroup()
{
    auto* group = new QGroupBox(tr("Language and logging"), this);
    auto* form = new QFormLayout(group);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    const QString systemChoice = Translations::chooseLanguage(QString());
    m_language->addItem(tr("System language (%1)").arg(Translations::nativeName(systemChoice)), QString());
    const QStringList languages = Translations::availableLanguages();
    for (const QString& language : languages) {
        m_language->addItem(Translations::nativeName(language), language);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initial.language)));
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    form->addRow(tr("&Language:"), m_language);

    m_logLevel = new QComboBox(group);
    m_logLevel->setObjectName(QStringLiteral("logLevel"));
    m_logLevel->setAccessibleName(tr("Log detail"));
    m_logLevel->addItem(tr("Warnings and errors only"), int(Preferences::LogLevel::Warnings));
    m_logLevel->addItem(tr("Normal"), int(Preferences::LogLevel::Normal));
    m_logLevel->addItem(
        tr("Detailed (for support; still without tokens or secrets)"), int(Preferences::LogLevel::Detailed));
    m_logLevel->setCurrentIndex(qMax(0, m_logLevel->findData(int(m_initial.logLevel))));
    form->addRow(tr("Log &detail:"), m_logLevel);
    return group;
}

QWidget* PreferencesDialog::createProxyGroup()
{
    auto* group = new QGroupBox(tr("Proxy for connections to Salesforce"), this);
    auto* layout = new QVBoxLayout(group);
    m_proxy = new QButtonGroup(this);
    const QList<QPair<Preferences::Proxy, QString>> choices {
        { Preferences::Proxy::System, tr("Use the &system's proxy settings") },
        { Preferences::Proxy::None, tr("&No proxy") },
        { Preferences::Proxy::Manual, tr("&Manual:") },
    };
    for (const auto& [proxy, label] : choices) {
        auto* button = new QRadioButton(label, group);
        button->setChecked(proxy == m_initial.proxy);
        m_proxy->addButton(button, int(proxy));
        layout->addWidget(button);
    }
    auto* manual = new QHBoxLayout;
    m_proxyHost = new QLineEdit(m_initial.proxyHost, group);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort = new QSpinBox(group);
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(m_initial.proxyPort);
    auto* hostLabel = new QLabel(tr("&Host:"), group);
    hostLabel->setBuddy(m_proxyHost);
    auto* portLabel = new QLabel(tr("&Port:"), group);
    portLabel->setBuddy(m_proxyPort);
    manual->addSpacing(24);
    manual->addWidget(hostLabel);
    manual->addWidget(m_proxyHost, 1);
    manual->addWidget(portLabel);
    manual->addWidget(m_proxyPort);
    layout->addLayout(manual);
    auto* note = new QLabel(tr("An HTTP proxy. The demo org, on this computer, is always reached directly."), group);
    note->setWordWrap(true);
    layout->addWidget(note);
    connect(m_proxy, &QButtonGroup::idClicked, this, &PreferencesDialog::updateProxyFields);
    return group;
}

QWidget* PreferencesDialog::createDataGroup()
{
    auto* group = new QGroupBox(tr("Data on this computer"), this);
    auto* layout = new QVBoxLayout(group);
    auto* where = new QHBoxLayout;
    m_dataDirectory = new QLineEdit(m_initial.effectiveDataDirectory(), group);
    m_dataDirectory->setObjectName(QStringLiteral("dataDirectory"));
    m_dataDirectory->setAccessibleName(tr("Data folder"));
    m_dataDirectory->setReadOnly(true);
    m_dataDirectory->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    auto* label = new QLabel(tr("Data &folder:"), group);
    label->setBuddy(m_dataDirectory);
    auto* change = new QPushButton(tr("C&hange…"), group);
    change->setToolTip(tr("Keep the setup, the cache and the logs in another folder"));
    auto* reset = new QPushButton(tr("De&fault"), group);
    reset->setToolTip(
        tr("Use the standard folder: %1").arg(QDir::toNativeSeparators(Preferences::defaultDataDirectory())));
    auto* open = new QPushButton(tr("&Open"), group);
    open->setToolTip(tr("Show the folder in use in the file manager"));
    where->addWidget(label);
    where->addWidget(m_dataDirectory, 1);
    where->addWidget(change);
    where->addWidget(reset);
    where->addWidget(open);
    layout->addLayout(where);
    connect(change, &QPushButton::clicked, this, &PreferencesDialog::chooseDataDirectory);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_dataDirectory->setText(Preferences::defaultDataDirectory());
        updateRestartNote();
    });
    connect(open, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDirectoryInUse)); });

    auto* clear = new QHBoxLayout;
    m_clearCache = new QPushButton(tr("&Clear cached Salesforce data…"), group);
    m_clearCache->setObjectName(QStringLiteral("clearCache"));
    m_clearCache->setToolTip(tr("Remove the imported records and field lists; the next import reads everything again"));
    m_clearCacheResult = new QLabel(group);
    m_clearCacheResult->setObjectName(QStringLiteral("clearCacheResult"));
    m_clearCacheResult->setWordWrap(true);
    clear->addWidget(m_clearCache);
    clear->addWidget(m_clearCacheResult, 1);
    layout->addLayout(clear);
    connect(m_clearCache, &QPushButton::clicked, this, &PreferencesDialog::confirmClearCache);
    return group;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.language = m_language->currentData().toString();
    preferences.proxy = Preferences::Proxy(m_proxy->checkedId());
    preferences.proxyHost = m_proxyHost->text().trimmed();
    preferences.proxyPort = m_proxyPort->value();
    preferences.logLevel = Preferences::LogLevel(m_logLevel->currentData().toInt());
    const QString directory = m_dataDirectory->text();
    preferences.dataDirectory = directory == Preferences::defaultDataDirectory() ? QString() : directory;
    return preferences;
}

void PreferencesDialog::setClearCacheEnabled(bool enabled, const QString& reason)
{
    m_clearCache->setEnabled(enabled);
    m_clearCacheResult->setText(reason);
}

void PreferencesDialog::showClearCacheResult(const QString& text)
{
    m_clearCacheResult->setText(text);
}

void PreferencesDialog::updateProxyFields()
{
    const bool manual = m_proxy->checkedId() == int(Preferences::Proxy::Manual);
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

void PreferencesDialog::updateRestartNote()
{
    QStringList notes;
    if (m_language->currentData().toString() != m_initial.language) {
        notes.append(tr("The language changes when Callbridge starts again."));
    }
    if (QDir(m_dataDirectory->text()) != QDir(m_initial.effectiveDataDirectory())) {
        notes.append(tr("Callbridge uses the new data folder from its next start; it does not move the files "
                        "in %1.")
                         .arg(QDir::toNativeSeparators(m_dataDirectoryInUse)));
    }
    m_restartNote->setText(notes.join(QLatin1Char(' ')));
    m_restartNote->setVisible(!notes.isEmpty());
}

void PreferencesDialog::chooseDataDirectory()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Choose the data folder"), m_dataDirectory->text());
    if (!directory.isEmpty()) {
        m_dataDirectory->setText(directory);
        updateRestartNote();
    }
}

void PreferencesDialog::confirmClearCache()
{
    const auto answer = QMessageBox::question(this, tr("Clear cached Salesforce data?"),
        tr("The imported records and field lists are removed from this computer. The setup is kept, and so "
           "is the record of test exports. The next import reads everything from Salesforce again, which "
           "uses API requests."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        Q_EMIT clearCacheRequested();
    }
}

} // namespace callbridge::ui
