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
    // Shows where the edited filter's problem is: the condition without a value, or the text
    // with the cursor at the error's column; the focus goes there.
    void focusProblem();

protected:
    void changeEvent(QEvent* event) override; // a new palette (light/dark): the error colour follows

private:
    void rulesChanged();
    void textChanged();
    // Checks the text in the editor: the rules follow it when it is valid, and so does the setup.
    void applyText();
    void settingsChanged();
    void loadFromDocument();
    // The check's outcome under the editor; an error with a column is also marked in the text.
    void showValidation(const QString& error, int column = 0);
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
    QString m_storedFilter; // the setup's filter as this page last read or wrote it
    int m_errorColumn = 0;
    bool m_updating = false;
};

} // namespace callbridge::ui
