#include "ui/exportfilter/FilterRuleBuilder.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace callbridge::ui {

namespace {

QString operatorLabel(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Equal:
        return FilterRuleBuilder::tr("is");
    case FilterOperator::NotEqual:
        return FilterRuleBuilder::tr("is not");
    case FilterOperator::Less:
        return FilterRuleBuilder::tr("less than");
    case FilterOperator::LessOrEqual:
        return FilterRuleBuilder::tr("at most");
    case FilterOperator::Greater:
        return FilterRuleBuilder::tr("more than");
    case FilterOperator::GreaterOrEqual:
        return FilterRuleBuilder::tr("at least");
    case FilterOperator::In:
        return FilterRuleBuilder::tr("is one of");
    case FilterOperator::Contains:
        return FilterRuleBuilder::tr("contains");
    case FilterOperator::Matches:
        return FilterRuleBuilder::tr("matches pattern");
    case FilterOperator::Exists:
        return FilterRuleBuilder::tr("has a value");
    }
    return {};
}

QToolButton* removeButton(const QString& accessibleName, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(QStringLiteral("✕"));
    button->setToolTip(accessibleName);
    button->setAccessibleName(accessibleName);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FilterRuleBuilder::FilterRuleBuilder(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch();
    setFilter(FilterNode::makeGroup(FilterNode::Group::All));
}

void FilterRuleBuilder::setSchema(const FilterSchema& schema, ValueSource values)
{
    m_schema = schema;
    m_values = std::move(values);
}

void FilterRuleBuilder::setFilter(const FilterNode& root)
{
    if (m_root) {
        m_root->hide(); // deleted later: it may be the sender of the signal that got us here
        m_root->deleteLater();
        m_layout->removeWidget(m_root);
    }
    m_root = new FilterGroupWidget(this, true, this);
    m_root->setNode(root.kind == FilterNode::Kind::Group
            ? root
            : FilterNode::makeGroup(FilterNode::Group::All, std::vector<FilterNode> { root }));
    m_layout->insertWidget(0, m_root);
    connect(m_root, &FilterGroupWidget::changed, this, &FilterRuleBuilder::changed);
}

FilterNode FilterRuleBuilder::filter() const
{
    return m_root ? m_root->node() : FilterNode::makeGroup(FilterNode::Group::All);
}

QString FilterRuleBuilder::incompleteReason() const
{
    const QList<FilterConditionWidget*> conditions = m_root ? m_root->conditions() : QList<FilterConditionWidget*>();
    for (FilterConditionWidget* condition : conditions) {
        if (condition->isIncomplete()) {
            return tr("The new condition on %1 has no value yet: type or choose one.")
                .arg(condition->fieldBox()->currentText());
        }
    }
    return {};
}

bool FilterRuleBuilder::focusIncomplete()
{
    const QList<FilterConditionWidget*> conditions = m_root ? m_root->conditions() : QList<FilterConditionWidget*>();
    for (FilterConditionWidget* condition : conditions) {
        if (condition->isIncomplete() && condition->valueEditor()) {
            condition->valueEditor()->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

QString FilterRuleBuilder::fieldTitle(const FilterField& field)
{
    QString label = field.label.isEmpty() ? field.column : field.label;
    if (label.isEmpty()) {
        return field.name;
    }
    if (field.source == FilterField::Source::Account) {
        label = tr("Account: %1").arg(label);
    } else if (field.source == FilterField::Source::Opportunity) {
        label = tr("Opportunity: %1").arg(label);
    }
    return tr("%1 (%2)", "a field's label, then the name to write in a filter").arg(label, field.name);
}

FilterConditionWidget::FilterConditionWidget(FilterRuleBuilder* builder, QWidget* parent)
    : QFrame(parent)
    , m_builder(builder)
    , m_field(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_valueLayout(new QHBoxLayout)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field->setAccessibleName(tr("Field"));
    m_operator->setAccessibleName(tr("Comparison"));
    // Labels with the path to write beside them ("Account: Industry (account.Industry)") are long:
    // the box stays a usable width and its list is as wide as the longest.
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(30);
    // The call's own fields as the language lists them, then the account's and the
    // opportunity's, each by label.
    QList<const FilterField*> fields;
    for (const FilterField& field : builder->schema().fields()) {
        fields.append(&field);
    }
    auto group = [](const FilterField* field) {
        return field->source == FilterField::Source::Account    ? 1
            : field->source == FilterField::Source::Opportunity ? 2
                                                                : 0;
    };
    std::stable_sort(fields.begin(), fields.end(), [&group](const FilterField* a, const FilterField* b) {
        if (group(a) != group(b)) {
            return group(a) < group(b);
        }
        return group(a) > 0
            && QString::localeAwareCompare(FilterRuleBuilder::fieldTitle(*a), FilterRuleBuilder::fieldTitle(*b)) < 0;
    });
    for (const FilterField* field : std::as_const(fields)) {
        m_field->addItem(FilterRuleBuilder::fieldTitle(*field), field->name);
    }
    m_field->view()->setMinimumWidth(m_field->view()->sizeHintForColumn(0) + 2 * m_field->view()->frameWidth()
        + m_field->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    layout->addWidget(m_field);
    layout->addWidget(m_operator);
    layout->addLayout(m_valueLayout, 1);
    QToolButton* remove = removeButton(tr("Remove this condition"), this);
    layout->addWidget(remove);
    connect(remove, &QToolButton::clicked, this, &FilterConditionWidget::removeRequested);
    connect(m_field, &QComboBox::currentIndexChanged, this, &FilterConditionWidget::fieldChanged);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &FilterConditionWidget::operatorChanged);
    fieldChanged();
}

const FilterField* FilterConditionWidget::currentField() const
{
    return m_builder->schema().field(m_field->currentData().toString());
}

FilterOperator FilterConditionWidget::currentOperator() const
{
    return FilterOperator(m_operator->currentData().toInt());
}

void FilterConditionWidget::markNew()
{
    m_new = true;
    m_valueGiven = false;
    rebuildValueEditor({}); // a choice list starts empty: nothing chosen yet
}

bool FilterConditionWidget::isIncomplete() const
{
    if (!m_new || currentOperator() == FilterOperator::Exists) {
        return false;
    }
    if (!m_valueGiven) {
        return true;
    }
    const std::vector<FilterValue> given = values();
    return std::all_of(given.begin(), given.end(), [](const FilterValue& value) {
        return value.kind == FilterValue::Kind::Text && value.text.trimmed().isEmpty();
    });
}

void FilterConditionWidget::fieldChanged()
{
    m_field->setToolTip(m_field->currentText()); // the whole title where the box cuts it
    const FilterField* field = currentField();
    const QSignalBlocker blocker(m_operator);
    const QVariant previous = m_operator->currentData();
    m_operator->clear();
    if (field) {
        for (FilterOperator op : FilterSchema::operatorsFor(field->type)) {
            m_operator->addItem(operatorLabel(op), int(op));
        }
    }
    const int keep = m_operator->findData(previous);
    m_operator->setCurrentIndex(keep >= 0 ? keep : 0);
    m_valueGiven = false;
    rebuildValueEditor({});
    Q_EMIT changed();
}

void FilterConditionWidget::operatorChanged()
{
    rebuildValueEditor(values());
    Q_EMIT changed();
}

void FilterConditionWidget::rebuildValueEditor(const std::vector<FilterValue>& values)
{
    if (m_value) {
        m_value->hide();
        m_value->deleteLater();
        m_valueLayout->removeWidget(m_value);
        m_value = nullptr;
    }
    if (m_unit) {
        m_unit->hide();
        m_unit->deleteLater();
        m_valueLayout->removeWidget(m_unit);
        m_unit = nullptr;
    }
    const FilterField* field = currentField();
    const FilterOperator op = currentOperator();
    if (!field || op == FilterOperator::Exists) {
        return;
    }
    const FilterValue first = values.empty() ? FilterValue() : values.front();
    auto emitChanged = [this] {
        m_valueGiven = true;
        Q_EMIT changed();
    };
    auto unitChanged = [this] {
        Q_EMIT changed();
    };
    if (op == FilterOperator::In) {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("values, separated by commas"));
        QStringList texts;
        for (const FilterValue& value : values) {
            texts.append(value.kind == FilterValue::Kind::Text ? value.text : value.toText());
        }
        edit->setText(texts.join(QStringLiteral(", ")));
        connect(edit, &QLineEdit::textChanged, this, emitChanged);
        m_value = edit;
    } else {
        switch (field->type) {
        case FilterType::Text:
        case FilterType::TextList:
        case FilterType::Enum: {
            auto* box = new QComboBox(this);
            box->setEditable(field->type != FilterType::Enum);
            box->addItems(m_builder->valuesOf(field->name));
            if (box->isEditable()) {
                box->lineEdit()->setPlaceholderText(tr("type a value"));
                box->setCurrentText(first.text);
                connect(box, &QComboBox::currentTextChanged, this, emitChanged);
            } else {
                box->setPlaceholderText(tr("choose a value"));
                const int chosen = box->findText(first.text, Qt::MatchFixedString);
                box->setCurrentIndex(m_new && chosen < 0 ? -1 : std::max(0, chosen));
                connect(box, &QComboBox::currentIndexChanged, this, emitChanged);
            }
            m_value = box;
            break;
        }
        case FilterType::Number: {
            auto* spin = new QDoubleSpinBox(this);
            spin->setRange(-1e12, 1e12);
            spin->setDecimals(2);
            spin->setValue(first.number);
            connect(spin, &QDoubleSpinBox::valueChanged, this, emitChanged);
            m_value = spin;
            break;
        }
        case FilterType::Duration: {
            auto* spin = new QSpinBox(this);
            m_unit = new QComboBox(this);
            m_unit->setAccessibleName(tr("Unit"));
            m_unit->addItem(tr("seconds"), 1);
            m_unit->addItem(tr("minutes"), 60);
            m_unit->addItem(tr("hours"), 3600);
            // The language refuses durations beyond the longest call, so the spin box stops there in every unit.
            auto limitToLongest = [spin, unitBox = m_unit] {
                spin->setRange(0, int(kLongestCallSeconds / unitBox->currentData().toInt()));
            };
            const auto seconds = qint64(std::clamp(first.number, 0.0, double(kLongestCallSeconds)));
            const int unit = seconds > 0 && seconds % 3600 == 0 ? 2 : (seconds % 60 == 0 ? 1 : 0);
            m_unit->setCurrentIndex(unit);
            limitToLongest();
            spin->setValue(int(seconds / m_unit->currentData().toInt()));
            connect(spin, &QSpinBox::valueChanged, this, emitChanged);
            connect(m_unit, &QComboBox::currentIndexChanged, this, limitToLongest);
            connect(m_unit, &QComboBox::currentIndexChanged, this, unitChanged);
            m_value = spin;
            break;
        }
        case FilterType::DateTime: {
            auto* date = new QDateEdit(this);
            date->setCalendarPopup(true);
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            date->setDate(first.kind == FilterValue::Kind::DateTime ? first.dateTime.date()
                    : first.date.isValid()                          ? first.date
                                                                    : QDate::currentDate());
            connect(date, &QDateEdit::dateChanged, this, emitChanged);
            m_value = date;
            break;
        }
        case FilterType::Boolean: {
            auto* box = new QComboBox(this);
            box->addItem(tr("true"), true);
            box->addItem(tr("false"), false);
            box->setCurrentIndex(first.kind == FilterValue::Kind::Boolean && !first.boolean ? 1 : 0);
            connect(box, &QComboBox::currentIndexChanged, this, emitChanged);
            m_value = box;
            break;
        }
        }
    }
    m_value->setAccessibleName(tr("Value"));
    m_valueLayout->addWidget(m_value, 1);
    // A new editor comes last in the window's tab order: Tab goes field, comparison, value.
    QWidget::setTabOrder(m_operator, m_value);
    if (m_unit) {
        m_valueLayout->addWidget(m_unit);
        QWidget::setTabOrder(m_value, m_unit);
    }
}

std::vector<FilterValue> FilterConditionWidget::values() const
{
    const FilterField* field = currentField();
    std::vector<FilterValue> values;
    if (!field || !m_value) {
        return values;
    }
    auto valueOfText = [field](const QString& text) {
        if (field->type == FilterType::Number || field->type == FilterType::Duration) {
            return field->type == FilterType::Number ? FilterValue::fromNumber(text.toDouble())
                                                     : FilterValue::fromDuration(text.toDouble());
        }
        return FilterValue::fromText(text);
    };
    if (auto* edit = qobject_cast<QLineEdit*>(m_value)) {
        for (const QString& item : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty()) {
                values.push_back(valueOfText(item.trimmed()));
            }
        }
    } else if (auto* box = qobject_cast<QComboBox*>(m_value)) {
        values.push_back(field->type == FilterType::Boolean ? FilterValue::fromBoolean(box->currentData().toBool())
                                                            : FilterValue::fromText(box->currentText()));
    } else if (auto* number = qobject_cast<QDoubleSpinBox*>(m_value)) {
        values.push_back(FilterValue::fromNumber(number->value()));
    } else if (auto* spin = qobject_cast<QSpinBox*>(m_value)) {
        values.push_back(FilterValue::fromDuration(double(spin->value()) * m_unit->currentData().toInt()));
    } else if (auto* date = qobject_cast<QDateEdit*>(m_value)) {
        values.push_back(FilterValue::fromDate(date->date()));
    }
    return values;
}

void FilterConditionWidget::setNode(const FilterNode& node)
{
    {
        const QSignalBlocker blocker(this);
        const int index = m_field->findData(node.field);
        m_field->setCurrentIndex(std::max(0, index));
        const int op = m_operator->findData(int(node.op));
        {
            const QSignalBlocker operatorBlocker(m_operator);
            m_operator->setCurrentIndex(std::max(0, op));
        }
        rebuildValueEditor(node.values);
    }
}

FilterNode FilterConditionWidget::node() const
{
    return FilterNode::makeCondition(m_field->currentData().toString(), currentOperator(),
        currentOperator() == FilterOperator::Exists ? std::vector<FilterValue>() : values());
}

FilterGroupWidget::FilterGroupWidget(FilterRuleBuilder* builder, bool isRoot, QWidget* parent)
    : QFrame(parent)
    , m_builder(builder)
    , m_combine(new QComboBox(this))
    , m_itemsLayout(new QVBoxLayout)
{
    setFrameShape(isRoot ? QFrame::NoFrame : QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_combine->addItem(tr("Export calls that match all of these"), int(FilterNode::Group::All));
    m_combine->addItem(tr("Export calls that match any of these"), int(FilterNode::Group::Any));
    m_combine->addItem(tr("Export calls that match none of these"), int(FilterNode::Group::None));
    m_combine->setAccessibleName(tr("How the conditions combine"));
    header->addWidget(m_combine);
    header->addStretch();
    auto* addConditionButton = new QPushButton(tr("Add condition"), this);
    auto* addGroupButton = new QPushButton(tr("Add group"), this);
    header->addWidget(addConditionButton);
    header->addWidget(addGroupButton);
    if (!isRoot) {
        m_combine->setItemText(0, tr("All of these"));
        m_combine->setItemText(1, tr("Any of these"));
        m_combine->setItemText(2, tr("None of these"));
        QToolButton* remove = removeButton(tr("Remove this group"), this);
        header->addWidget(remove);
        connect(remove, &QToolButton::clicked, this, &FilterGroupWidget::removeRequested);
    }
    layout->addLayout(header);
    m_itemsLayout->setContentsMargins(isRoot ? 0 : 16, 0, 0, 0);
    layout->addLayout(m_itemsLayout);
    connect(m_combine, &QComboBox::currentIndexChanged, this, &FilterGroupWidget::changed);
    // Only the admin's click moves the focus, to the new condition's field.
    auto startCondition = [this](FilterConditionWidget* condition) {
        condition->markNew();
        condition->fieldBox()->setFocus(Qt::OtherFocusReason);
        Q_EMIT changed();
    };
    connect(
        addConditionButton, &QPushButton::clicked, this, [this, startCondition] { startCondition(addCondition()); });
    connect(addGroupButton, &QPushButton::clicked, this,
        [this, startCondition] { startCondition(addGroup()->addCondition()); });
}

FilterConditionWidget* FilterGroupWidget::addCondition()
{
    auto* condition = new FilterConditionWidget(m_builder, this);
    m_items.append(condition);
    m_itemsLayout->addWidget(condition);
    connect(condition, &FilterConditionWidget::changed, this, &FilterGroupWidget::changed);
    connect(condition, &FilterConditionWidget::removeRequested, this, [this, condition] { removeItem(condition); });
    return condition;
}

QList<FilterConditionWidget*> FilterGroupWidget::conditions() const
{
    QList<FilterConditionWidget*> conditions;
    for (QWidget* item : m_items) {
        if (auto* condition = qobject_cast<FilterConditionWidget*>(item)) {
            conditions.append(condition);
        } else if (auto* group = qobject_cast<FilterGroupWidget*>(item)) {
            conditions += group->conditions();
        }
    }
    return conditions;
}

FilterGroupWidget* FilterGroupWidget::addGroup()
{
    auto* group = new FilterGroupWidget(m_builder, false, this);
    m_items.append(group);
    m_itemsLayout->addWidget(group);
    connect(group, &FilterGroupWidget::changed, this, &FilterGroupWidget::changed);
    connect(group, &FilterGroupWidget::removeRequested, this, [this, group] { removeItem(group); });
    return group;
}

void FilterGroupWidget::removeItem(QWidget* item)
{
    m_items.removeAll(item);
    m_itemsLayout->removeWidget(item);
    item->hide();
    item->deleteLater();
    Q_EMIT changed();
}

void FilterGroupWidget::clearItems()
{
    for (QWidget* item : std::as_const(m_items)) {
        m_itemsLayout->removeWidget(item);
        item->hide();
        item->deleteLater();
    }
    m_items.clear();
}

void FilterGroupWidget::setNode(const FilterNode& node)
{
    const QSignalBlocker blocker(this);
    clearItems();
    {
        const QSignalBlocker combineBlocker(m_combine);
        m_combine->setCurrentIndex(std::max(0, m_combine->findData(int(node.group))));
    }
    for (const FilterNode& child : node.children) {
        if (child.kind == FilterNode::Kind::Condition) {
            addCondition()->setNode(child);
        } else {
            addGroup()->setNode(child);
        }
    }
}

FilterNode FilterGroupWidget::node() const
{
    std::vector<FilterNode> children;
    for (QWidget* item : m_items) {
        if (auto* condition = qobject_cast<FilterConditionWidget*>(item)) {
            children.push_back(condition->node());
        } else if (auto* group = qobject_cast<FilterGroupWidget*>(item)) {
            children.push_back(group->node());
        }
    }
    return FilterNode::makeGroup(FilterNode::Group(m_combine->currentData().toInt()), std::move(children));
}

} // namespace callbridge::ui
