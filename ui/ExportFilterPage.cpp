#include "ui/ExportFilterPage.h"

#include "ui/ThemeColors.h"

#include "ui/StepHeader.h"
#include "ui/exportfilter/FilterRuleBuilder.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/filter/FilterParser.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace callbridge::ui {

namespace {

QString problemStyle(const QPalette& palette)
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(toneText(Tone::Problem, palette).name());
}

} // namespace

ExportFilterPage::ExportFilterPage(ConfigDocument* document, ExportWorkspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_workspace(workspace)
    , m_task(new QRadioButton(tr("As a &Task (a logged call)"), this))
    , m_event(new QRadioButton(tr("As an &Event (a meeting on the calendar)"), this))
    , m_smartTrackers(new QCheckBox(tr("Include &smart trackers in the description"), this))
    , m_target(new QComboBox(this))
    , m_emailsAsTasks(new QCheckBox(tr("Log captured e&mails as tasks"), this))
    , m_tabs(new QTabWidget(this))
    , m_rules(new FilterRuleBuilder(this))
    , m_text(new QPlainTextEdit(this))
    , m_validation(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new StepHeader(SetupStep::ExportFilter, this));

    auto* settings = new QGroupBox(tr("Each exported call becomes"), this);
    // One choice per row: side by side they made the window too wide for a scaled laptop screen.
    auto* settingsLayout = new QGridLayout(settings);
    settingsLayout->addWidget(m_task, 0, 0);
    settingsLayout->addWidget(m_event, 1, 0);
    settingsLayout->addWidget(m_smartTrackers, 0, 1);
    settingsLayout->addWidget(m_emailsAsTasks, 1, 1);
    // The seeds: full call data goes to the package's Conversation object, and the activity
    // option can stay on beside it.
    m_target->addItem(tr("Activity only"), int(ExportTarget::Activity));
    m_target->addItem(tr("Full call data only"), int(ExportTarget::FullData));
    m_target->addItem(tr("Activity and full call data"), int(ExportTarget::Both));
    m_target->setToolTip(tr("Full call data goes to the call-recording package's Conversation object, with its "
                            "participants, trackers and related records; the activity can stay on beside it."));
    auto* targetLabel = new QLabel(tr("Write to Salesforce:"), settings);
    targetLabel->setBuddy(m_target);
    m_target->setAccessibleName(tr("Write to Salesforce"));
    // A row of its own: a third column made the window too wide in German and French; the rows
    // sit closer so the step stays as tall as before.
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target);
    targetRow->addStretch(1);
    settingsLayout->addLayout(targetRow, 2, 0, 1, 2);
    settingsLayout->setVerticalSpacing(0);
    const QMargins margins = settingsLayout->contentsMargins();
    settingsLayout->setContentsMargins(margins.left(), margins.top() / 2, margins.right(), margins.bottom() / 2);
    settingsLayout->setColumnStretch(2, 1);
    layout->addWidget(settings);

    auto* explanation = new QLabel(
        tr("Only calls that pass the filter are exported. The filter applies to new calls, and to past calls "
           "when they are reprocessed (a tracker newly applies, or a participant's Salesforce data changes). "
           "An empty filter exports every call."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Filter rules"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_rules);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("&Rules"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Filter as text"));
    m_text->setTabChangesFocus(true); // a filter has no use for tab characters; Tab moves on
    m_text->setPlaceholderText(
        tr("For example: scope = \"external\" and duration >= 5m and not trackers contains \"Internal\""));
    auto* textPage = new QWidget(this);
    auto* textLayout = new QVBoxLayout(textPage);
    textLayout->addWidget(m_text);
    auto* syntax = new QLabel(
        tr("Fields: title, duration, direction, workspace, started, primaryUser, participants.email, "
           "participants.domain, externalParticipants, scope, trackers, account.<Field>, opportunity.<Field>. "
           "Operators: = != < <= > >= in [..] contains matches exists; and, or, not, parentheses. "
           "Values: \"text\", 12, 30m, 90s, 2026-03-01, true."),
        textPage);
    syntax->setWordWrap(true);
    textLayout->addWidget(syntax);
    m_tabs->addTab(textPage, tr("&Text"));
    m_tabs->setAccessibleName(tr("Filter editor"));
    layout->addWidget(m_tabs, 1);
    m_validation->setWordWrap(true);
    m_validation->setObjectName(QStringLiteral("filterValidation"));
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validation->setAccessibleName(tr("Filter check"));
    layout->addWidget(m_validation);

    auto* typeGroup = new QButtonGroup(this);
    typeGroup->addButton(m_task);
    typeGroup->addButton(m_event);
    connect(m_task, &QRadioButton::toggled, this, &ExportFilterPage::settingsChanged);
    connect(m_smartTrackers, &QCheckBox::toggled, this, &ExportFilterPage::settingsChanged);
    connect(m_emailsAsTasks, &QCheckBox::toggled, this, &ExportFilterPage::settingsChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ExportFilterPage::settingsChanged);
    connect(m_rules, &FilterRuleBuilder::changed, this, &ExportFilterPage::rulesChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ExportFilterPage::textChanged);
    connect(m_document, &ConfigDocument::changed, this, [this] {
        if (!m_updating) {
            loadFromDocument();
        }
    });
    connect(m_workspace, &ExportWorkspace::schemaChanged, this, &ExportFilterPage::loadFromDocument);
    connect(m_workspace, &ExportWorkspace::callsChanged, this, &ExportFilterPage::loadFromDocument);
    loadFromDocument();
}

void ExportFilterPage::loadFromDocument()
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    const IntegrationConfig& config = m_document->config();
    m_task->setChecked(config.exportSettings.activityType == ActivityType::Task);
    m_event->setChecked(config.exportSettings.activityType == ActivityType::Event);
    m_smartTrackers->setChecked(config.exportSettings.smartTrackers);
    m_emailsAsTasks->setChecked(config.exportSettings.emailsAsTasks);
    m_target->setCurrentIndex(m_target->findData(int(config.exportSettings.target)));
    m_rules->setSchema(m_workspace->schema(), [this](const QString& field) { return m_workspace->valuesOf(field); });
    // A filter changed elsewhere (a setup imported) replaces the text; otherwise what the admin
    // is typing stays as it is, checked again (new calls or an import change what is valid).
    if (config.callFilter != m_storedFilter) {
        m_storedFilter = config.callFilter;
        if (m_text->toPlainText().trimmed() != config.callFilter) {
            m_text->setPlainText(config.callFilter);
        }
    }
    applyText();
}

void ExportFilterPage::settingsChanged()
{
    if (m_updating) {
        return;
    }
    IntegrationConfig config = m_document->config();
    config.exportSettings.activityType = m_event->isChecked() ? ActivityType::Event : ActivityType::Task;
    config.exportSettings.smartTrackers = m_smartTrackers->isChecked();
    config.exportSettings.emailsAsTasks = m_emailsAsTasks->isChecked();
    config.exportSettings.target = ExportTarget(m_target->currentData().toInt());
    m_updating = true;
    m_document->setConfig(config);
    m_updating = false;
}

void ExportFilterPage::rulesChanged()
{
    if (m_updating) {
        return;
    }
    const FilterNode root = m_rules->filter();
    QString problem = m_rules->incompleteReason();
    if (problem.isEmpty()) {
        problem = FilterParser::check(root, m_workspace->schema());
    }
    m_workspace->setEditedFilterProblem(problem);
    if (!problem.isEmpty()) {
        showValidation(problem);
        return;
    }
    const QString text = root.toText();
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        m_text->setPlainText(text);
    }
    showValidation({});
    storeFilter(text);
}

void ExportFilterPage::textChanged()
{
    if (!m_updating) {
        applyText();
    }
}

void ExportFilterPage::applyText()
{
    const QString text = m_text->toPlainText();
    const FilterParser::Result parsed = FilterParser::parse(text, m_workspace->schema());
    showValidation(parsed.error, parsed.errorColumn);
    m_workspace->setEditedFilterProblem(parsed.error);
    if (!parsed.ok()) {
        return; // the setup keeps the last valid filter
    }
    {
        // Rebuilt without taking the focus or touching the text: the admin may be typing.
        const QScopedValueRollback<bool> updating(m_updating, true);
        m_rules->setFilter(parsed.root);
    }
    storeFilter(text.trimmed());
}

void ExportFilterPage::storeFilter(const QString& text)
{
    m_storedFilter = text;
    IntegrationConfig config = m_document->config();
    if (config.callFilter == text) {
        return;
    }
    config.callFilter = text;
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_document->setConfig(config);
}

void ExportFilterPage::focusProblem()
{
    if (!m_rules->incompleteReason().isEmpty()) {
        m_tabs->setCurrentIndex(0);
        m_rules->focusIncomplete();
        return;
    }
    m_tabs->setCurrentIndex(1);
    m_text->setFocus(Qt::OtherFocusReason);
    if (m_errorColumn > 0) {
        QTextCursor cursor = m_text->textCursor();
        cursor.setPosition(std::min(m_errorColumn - 1, int(m_text->toPlainText().size())));
        m_text->setTextCursor(cursor);
    }
}

void ExportFilterPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_validation->styleSheet().isEmpty()) {
        m_validation->setStyleSheet(problemStyle(palette()));
    }
}

void ExportFilterPage::showValidation(const QString& error, int column)
{
    m_errorColumn = error.isEmpty() ? 0 : column;
    QList<QTextEdit::ExtraSelection> marks;
    if (m_errorColumn > 0) {
        // The word, number or name at the error, or the character there (the last one when the
        // text ended too early), underlined like a misspelling.
        const QString text = m_text->toPlainText();
        auto inWord = [&text](int i) {
            return text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('_') || text.at(i) == QLatin1Char('.');
        };
        int start = std::clamp(m_errorColumn - 1, 0, int(text.size()));
        int end = start;
        while (end < text.size() && inWord(end)) {
            ++end;
        }
        if (end == start) {
            start = end == text.size() ? std::max(0, start - 1) : start;
            end = std::min(int(text.size()), start + 1);
        }
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document());
        mark.cursor.setPosition(start);
        mark.cursor.setPosition(end, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(toneText(Tone::Problem, palette()));
        mark.format.setToolTip(error);
        marks.append(mark);
    }
    m_text->setExtraSelections(marks);
    if (error.isEmpty()) {
        m_validation->setText(m_text->toPlainText().trimmed().isEmpty() ? tr("No filter: every call exports.")
                                                                        : tr("✔ The filter is valid."));
        m_validation->setStyleSheet(QString());
        return;
    }
    m_validation->setText(tr("✖ %1").arg(error));
    m_validation->setStyleSheet(problemStyle(palette()));
}

} // namespace callbridge::ui
