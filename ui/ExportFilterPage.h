#pragma once

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QTabWidget;

namespace callbridge {
class ConfigDocument;
class ExportWorkspace;
} // namespace callbridge

namespace callbridge::ui {

class FilterRuleBuilder;

// The export settings and the call filter: as rules or as text, edited both ways with live
// validation. A valid filter goes straight into the setup (File > Save keeps it).
class ExportFilterPage : public QWidget
{
    Q_OBJECT

public:
    ExportFilterPage(ConfigDocument* document, ExportWorkspace* workspace, QWidget* parent = nullptr);

    FilterRuleBuilder* ruleBuilder() const { return m_rules; }
    QPlainTextEdit* textEditor() const { return m_text; }
    QLabel* validationLabel() const { return m_validation; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent* event) override; // a new palette (light/dark): the error colour follows

private:
    void rulesChanged();
    void textChanged();
    void settingsChanged();
    void loadFromDocument();
    void showValidation(const QString& error);
    void storeFilter(const QString& text);

    ConfigDocument* m_document;
    ExportWorkspace* m_workspace;
    QRadioButton* m_task;
    QRadioButton* m_event;
    QCheckBox* m_smartTrackers;
    QComboBox* m_target;
    QCheckBox* m_emailsAsTasks;
    QTabWidget* m_tabs;
    FilterRuleBuilder* m_rules;
    QPlainTextEdit* m_text;
    QLabel* m_validation;
    bool m_updating = false;
};

} // namespace callbridge::ui
