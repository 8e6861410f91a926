#include "ui/preview/PreviewModel.h"

#include "core/exporting/ExportWorkspace.h"

#include <QElapsedTimer>
#include <QLocale>

namespace callbridge::ui {

PreviewModel::PreviewModel(ExportWorkspace* workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &ExportWorkspace::previewReady, this, [this] {
        beginResetModel();
        m_reasons = QStringList();
        m_reasons.resize(m_workspace->plans().size());
        m_searchTexts = QStringList();
        m_searchTexts.resize(m_workspace->plans().size());
        m_searchPreparation.stop();
        m_nextSearchRow = 0;
        endResetModel();
    });
    m_searchPreparation.setInterval(0); // a slice each time the event loop is idle
    connect(&m_searchPreparation, &QTimer::timeout, this, [this] {
        QElapsedTimer slice;
        slice.start();
        while (m_nextSearchRow < m_searchTexts.size() && slice.elapsed() < 8) { // a blink, never a freeze
            searchTextAt(m_nextSearchRow++);
        }
        if (m_nextSearchRow >= m_searchTexts.size()) {
            m_searchPreparation.stop();
        }
    });
}

void PreviewModel::prepareSearch()
{
    if (m_nextSearchRow < m_searchTexts.size()) {
        m_searchPreparation.start();
    }
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_workspace->plans().size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ExportPreview::CallPlan* PreviewModel::planAt(int row) const
{
    return row >= 0 && row < m_workspace->plans().size() ? &m_workspace->plans().at(row) : nullptr;
}

QString PreviewModel::reasonAt(int row) const
{
    if (row >= m_reasons.size()) {
        return planAt(row) ? planAt(row)->reason() : QString();
    }
    QString& reason = m_reasons[row];
    if (reason.isNull()) {
        reason = planAt(row)->reason();
    }
    return reason;
}

QString PreviewModel::searchTextAt(int row) const
{
    if (row < 0 || row >= m_searchTexts.size()) {
        return {};
    }
    QString& text = m_searchTexts[row];
    if (text.isNull()) {
        QStringList columns;
        for (int column = 0; column < ColumnCount; ++column) {
            columns.append(data(index(row, column)).toString());
        }
        text = columns.join(QLatin1Char('\n')); // a search never spans two columns
    }
    return text;
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    const ExportPreview::CallPlan* plan = planAt(index.row());
    if (!plan || plan->index >= m_workspace->calls().size()) {
        return {};
    }
    const Call& call = m_workspace->calls().at(plan->index);
    if (role == PlanIndexRole) {
        return index.row();
    }
    if (role == SortRole) {
        switch (index.column()) {
        case StartedColumn:
            return call.started;
        case ApiCallsColumn:
            return plan->apiCalls;
        case ExportColumn:
            return int(plan->action);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn) {
        return reasonAt(index.row());
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case CallColumn:
        return tr("%1 (%2)").arg(call.title, call.id);
    case StartedColumn:
        return QLocale().toString(call.started.toLocalTime(), QLocale::ShortFormat);
    case ExportColumn:
        switch (plan->action) {
        case ExportPreview::Action::Create:
            return tr("Yes");
        case ExportPreview::Action::Delete:
            return tr("Delete");
        case ExportPreview::Action::Skip:
            return tr("No");
        }
        return {};
    case ReasonColumn:
        return reasonAt(index.row());
    case ContactsColumn: {
        QStringList people;
        for (const CallMatch::Person& contact : plan->match().contacts) {
            people.append(contact.email);
        }
        for (const CallMatch::Person& lead : plan->match().leads) {
            people.append(tr("%1 (lead)").arg(lead.email));
        }
        return people.join(QStringLiteral(", "));
    }
    case AccountColumn:
        return !plan->match().account.isNull() ? plan->match().account.value(QStringLiteral("Name")).toString()
                                               : plan->match().accountId;
    case OpportunityColumn:
        return !plan->match().opportunity.isNull() ? plan->match().opportunity.value(QStringLiteral("Name")).toString()
                                                   : plan->match().opportunityId;
    case ActivityColumn:
        if (plan->action == ExportPreview::Action::Create) {
            return tr("%1: %2").arg(plan->activitySobject(), plan->activitySubject());
        }
        if (plan->action == ExportPreview::Action::Delete) {
            return tr("delete %1 %2").arg(plan->deleteSobject, plan->deleteRecordId);
        }
        return {};
    case ApiCallsColumn:
        return plan->apiCalls;
    case ChangeColumn:
        switch (plan->change) {
        case ExportPreview::Change::Starts:
            return tr("starts exporting");
        case ExportPreview::Change::Stops:
            return tr("stops exporting");
        case ExportPreview::Change::Same:
            break;
        }
        return {};
    default:
        break;
    }
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CallColumn:
        return tr("Call");
    case StartedColumn:
        return tr("Started");
    case ExportColumn:
        return tr("Export");
    case ReasonColumn:
        return tr("Why");
    case ContactsColumn:
        return tr("Contacts and leads");
    case AccountColumn:
        return tr("Account");
    case OpportunityColumn:
        return tr("Opportunity");
    case ActivityColumn:
        return tr("Activity");
    case ApiCallsColumn:
        return tr("API calls");
    case ChangeColumn:
        return tr("With the edited filter");
    default:
        break;
    }
    return {};
}

void PreviewFilterProxy::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void PreviewFilterProxy::setSearch(const QString& text)
{
    if (text != m_search) {
        m_search = text;
        invalidateFilter();
    }
}

bool PreviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& /*sourceParent*/) const
{
    const auto* model = qobject_cast<const PreviewModel*>(sourceModel());
    const ExportPreview::CallPlan* plan = model ? model->planAt(sourceRow) : nullptr;
    if (!plan) {
        return false;
    }
    switch (m_show) {
    case Show::All:
        break;
    case Show::Exporting:
        if (plan->action != ExportPreview::Action::Create) {
            return false;
        }
        break;
    case Show::NotExporting:
        if (plan->action != ExportPreview::Action::Skip) {
            return false;
        }
        break;
    case Show::Starting:
        if (plan->change != ExportPreview::Change::Starts) {
            return false;
        }
        break;
    case Show::Stopping:
        if (plan->change != ExportPreview::Change::Stops) {
            return false;
        }
        break;
    case Show::Deleting:
        if (plan->action != ExportPreview::Action::Delete) {
            return false;
        }
        break;
    }
    // The model keeps each row's text once it has been searched: a hundred thousand rows are
    // then searched again at each keystroke without wording every column of every row again.
    return m_search.isEmpty() || model->searchTextAt(sourceRow).contains(m_search, Qt::CaseInsensitive);
}

} // namespace callbridge::ui
