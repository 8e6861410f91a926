#include "ui/ConfigErrorsDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace callbridge::ui {

ConfigErrorsDialog::ConfigErrorsDialog(
    const QString& path, const ConfigErrors& errors, Purpose purpose, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(
        purpose == Purpose::Startup ? tr("The saved setup cannot be read") : tr("The setup file cannot be imported"));
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (purpose == Purpose::Startup) {
        intro->setText(tr("Callbridge could not read its setup file:\n%1\n\nThe file has been left as it is. "
                          "You can set it aside (it is renamed, not deleted) and start with a new setup, or quit "
                          "and fix it.")
                           .arg(QDir::toNativeSeparators(path)));
    } else {
        intro->setText(
            tr("%1 is not a valid Callbridge setup. Nothing was changed.").arg(QDir::toNativeSeparators(path)));
    }

    QStringList lines;
    for (const ConfigError& error : errors) {
        lines.append(error.toString());
    }
    auto* details = new QPlainTextEdit(lines.join(QLatin1Char('\n')), this);
    details->setObjectName(QStringLiteral("configErrors"));
    details->setAccessibleName(tr("Problems found"));
    details->setReadOnly(true);

    auto* buttons = new QDialogButtonBox(this);
    if (purpose == Purpose::Startup) {
        buttons->addButton(tr("Set aside and start new"), QDialogButtonBox::AcceptRole);
        buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(details);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace callbridge::ui
