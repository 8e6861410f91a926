#include "ui/AboutDialog.h"

#include <callbridge/Version.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {

QString thirdPartyNotices()
{
    struct Component
    {
        const char* name;
        const char* url;
        QString license;
        QString use;
    };
    const QList<Component> components {
        { "Qt " QT_VERSION_STR, "https://www.qt.io/", AboutDialog::tr("GNU LGPL version 3"),
            AboutDialog::tr("the application framework: windows, networking, SQL, JSON") },
        { "QtKeychain", "https://github.com/frankosterfeld/qtkeychain", AboutDialog::tr("BSD 3-clause license"),
            AboutDialog::tr("keeps the Salesforce sign-in in the system keychain") },
        { "libcsv", "https://sourceforge.net/projects/libcsv/", AboutDialog::tr("GNU LGPL version 2.1 or later"),
            AboutDialog::tr("reads Bulk API results (CSV)") },
        { "simdjson", "https://simdjson.org/", AboutDialog::tr("Apache License 2.0"),
            AboutDialog::tr("reads calls files (JSON)") },
        { "SQLite", "https://sqlite.org/", AboutDialog::tr("public domain"),
            AboutDialog::tr("the local cache, through Qt SQL") },
    };
    QString html = QStringLiteral("<p>")
        + AboutDialog::tr("Callbridge is built on these components, each "
                          "under its own license:")
        + QStringLiteral("</p><ul>");
    for (const Component& component : components) {
        html += QStringLiteral("<li><a href=\"%1\">%2</a>: %3. %4</li>")
                    .arg(QString::fromLatin1(component.url), QString::fromLatin1(component.name),
                        component.license.toHtmlEscaped(), component.use.toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p>")
        + AboutDialog::tr("The LGPL libraries are linked dynamically, so you can replace them with your own "
                          "builds. Their sources are available from the addresses above.")
        + QStringLiteral("</p>");
    return html;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Callbridge"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/callbridge.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("aboutHeading"));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    heading->setText(QStringLiteral("<h2>Callbridge %1</h2><p>%2</p><p>%3</p>")
                         .arg(QStringLiteral(CALLBRIDGE_VERSION),
                             tr("The administrator's console for the Salesforce integration of your call "
                                "recorder."),
                             tr("Built with Qt %1, running on Qt %2.")
                                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))));
    heading->setWordWrap(true);

    auto* license = new QTextBrowser(this);
    license->setObjectName(QStringLiteral("license"));
    license->setAccessibleName(tr("License"));
    license->setHtml(QStringLiteral("<p>") + tr("Copyright 2026 Callbridge. All rights reserved.")
        + QStringLiteral("</p><p>")
        + tr("Callbridge is provided to the customers of the call recording platform to administer their "
             "Salesforce integration. It may not be redistributed or modified without written permission.")
        + QStringLiteral("</p>"));
    auto* notices = new QTextBrowser(this);
    notices->setObjectName(QStringLiteral("thirdPartyNotices"));
    notices->setAccessibleName(tr("Third-party software"));
    notices->setOpenExternalLinks(true);
    notices->setHtml(thirdPartyNotices());
    auto* tabs = new QTabWidget(this);
    tabs->addTab(license, tr("&License"));
    tabs->addTab(notices, tr("&Third-party software"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(heading, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace callbridge::ui
