#pragma once

#include "core/filter/FilterExpression.h"

#include <QFrame>
#include <functional>

class QComboBox;
class QHBoxLayout;
class QVBoxLayout;

namespace callbridge::ui {

class FilterGroupWidget;

// The export filter as rules: nested groups (all of / any of / none of) of conditions, each a
// field, an operator and a value editor that fits the field's type. Edits the same tree the
// text form prints.
class FilterRuleBuilder : public QWidget
{
    Q_OBJECT

public:
    using ValueSource = std::function<QStringList(const QString& field)>;

    explicit FilterRuleBuilder(QWidget* parent = nullptr);

    // Takes effect with the next setFilter(): the rows are built for the schema then.
    void setSchema(const FilterSchema& schema, ValueSource values);
    void setFilter(const FilterNode& root);
    FilterNode filter() const;

    const FilterSchema& schema() const { return m_schema; }
    QStringList valuesOf(const QString& field) const { return m_values ? m_values(field) : QStringList(); }

    // Why the rules are not a filter yet: a condition added here still has no value. Empty when
    // every condition is complete (the filter may still have other problems: FilterParser::check).
    QString incompleteReason() const;
    // Puts the focus on the first condition that has no value yet; false when there is none.
    bool focusIncomplete();

    // "Duration (duration)", "Account: Industry (account.Industry)": what the field list shows.
    static QString fieldTitle(const FilterField& field);

Q_SIGNALS:
    void changed();

private:
    FilterSchema m_schema;
    ValueSource m_values;
    QVBoxLayout* m_layout;
    FilterGroupWidget* m_root = nullptr;
};

// One condition row: field, operator, value.
class FilterConditionWidget : public QFrame
{
    Q_OBJECT

public:
    FilterConditionWidget(FilterRuleBuilder* builder, QWidget* parent = nullptr);

    void setNode(const FilterNode& node);
    FilterNode node() const;

    QComboBox* fieldBox() const { return m_field; }
    QComboBox* operatorBox() const { return m_operator; }
    QWidget* valueEditor() const { return m_value; }

    // A condition the admin just added (not one read from a filter): it is incomplete until a
    // value is given (a number, duration or date editor shows 0 or today before that, which is
    // not a choice), where one read from `title = ""` means an empty title.
    void markNew();
    bool isIncomplete() const;

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void fieldChanged();
    void operatorChanged();
    void rebuildValueEditor(const std::vector<FilterValue>& values);
    std::vector<FilterValue> values() const;
    const FilterField* currentField() const;
    FilterOperator currentOperator() const;

    FilterRuleBuilder* m_builder;
    QComboBox* m_field;
    QComboBox* m_operator;
    QHBoxLayout* m_valueLayout;
    QWidget* m_value = nullptr;
    QComboBox* m_unit = nullptr; // durations: seconds, minutes, hours
    bool m_new = false;
    bool m_valueGiven = false; // the value editor was edited since the field was chosen
};

// A group: how its items combine, its items, and buttons to add to it.
class FilterGroupWidget : public QFrame
{
    Q_OBJECT

public:
    FilterGroupWidget(FilterRuleBuilder* builder, bool isRoot, QWidget* parent = nullptr);

    void setNode(const FilterNode& node);
    FilterNode node() const;

    QComboBox* combineBox() const { return m_combine; }
    // Adds a condition; the focus stays where it is (a rebuild from the text must not take it).
    FilterConditionWidget* addCondition();
    FilterGroupWidget* addGroup();
    QList<QWidget*> items() const { return m_items; }
    // Every condition in this group and the groups in it, in the order they show.
    QList<FilterConditionWidget*> conditions() const;

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void removeItem(QWidget* item);
    void clearItems();

    FilterRuleBuilder* m_builder;
    QComboBox* m_combine;
    QVBoxLayout* m_itemsLayout;
    QList<QWidget*> m_items;
};

} // namespace callbridge::ui
