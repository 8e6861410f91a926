#include "ui/import/ImportProgressModel.h"

#include "core/sync/ImportRun.h"

#include <QLocale>

namespace callbridge::ui {

ImportProgressModel::ImportProgressModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportProgressModel::setRun(ImportRun* run)
{
    beginResetModel();
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
    }
    m_run = run;
    if (run) {
        connect(run, &ImportRun::objectChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    }
    endResetModel();
}

int ImportProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_run ? 0 : int(m_run->objects().size());
}

int ImportProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportProgressModel::durationText(qint64 seconds)
{
    if (seconds < 0) {
        return {};
    }
    if (seconds < 60) {
        return tr("%L1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%L1 min").arg((seconds + 59) / 60);
    }
    return tr("%L1 h %L2 min").arg(seconds / 3600).arg((seconds % 3600 + 59) / 60);
}

QVariant ImportProgressModel::data(const QModelIndex& index, int role) const
{
    if (!m_run || !index.isValid() || index.row() >= m_run->objects().size()) {
        return {};
    }
    const ObjectImportProgress& object = m_run->objects().at(index.row());
    using State = ObjectImportProgress::State;
    const bool started =
        object.state != State::Waiting && object.state != State::NotStarted && object.state != State::Counting;
    if (role == FractionRole) {
        if (object.state == State::Done) {
            return 1.0;
        }
        return object.total > 0 ? double(object.received) / double(object.total) : (object.total == 0 ? 1.0 : -1.0);
    }
    if (role == Qt::ToolTipRole && !object.message.isEmpty()) {
        return object.message;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == RateColumn || index.column() == TimeColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case ObjectColumn:
        return object.object;
    case ApiColumn:
        if (object.state == State::Waiting || object.state == State::Counting || object.state == State::NotStarted) {
            return QString();
        }
        return object.bulk ? tr("Bulk API") : tr("REST");
    case ProgressColumn:
        if (!started) {
            return QString();
        }
        if (object.total >= 0) {
            return tr("%L1 of %L2").arg(object.received).arg(object.total);
        }
        return tr("%L1 so far").arg(object.received);
    case RateColumn:
        return object.received > 0 ? tr("%L1 records/s").arg(qRound64(object.recordsPerSecond())) : QString();
    case TimeColumn:
        if (object.state == State::Reading && object.secondsLeft() >= 0) {
            return tr("%1 left").arg(durationText(object.secondsLeft()));
        }
        if (object.state == State::Done) {
            return object.elapsedMs < 10000 ? tr("took %L1 s").arg(double(object.elapsedMs) / 1000.0, 0, 'f', 1)
                                            : tr("took %1").arg(durationText(object.elapsedMs / 1000));
        }
        return QString();
    case StateColumn:
        switch (object.state) {
        case State::Waiting:
            return tr("Waiting");
        case State::Counting:
            return tr("Counting rows…");
        case State::Reading:
            return object.incremental ? tr("Reading changes…") : tr("Reading…");
        case State::Indexing:
            return tr("Building indexes…");
        case State::Done:
            return object.removed > 0 ? tr("Done: %L1 stored, %L2 removed").arg(object.stored).arg(object.removed)
                                      : tr("Done: %L1 stored").arg(object.stored);
        case State::Failed:
            return tr("Failed: %1").arg(object.message);
        case State::Cancelled:
            return tr("Stopped; continues next time");
        case State::NotStarted:
            return tr("Not started: %1").arg(object.message);
        }
    }
    return {};
}

QVariant ImportProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ObjectColumn:
        return tr("Object");
    case ApiColumn:
        return tr("Read through");
    case ProgressColumn:
        return tr("Records");
    case RateColumn:
        return tr("Rate");
    case TimeColumn:
        return tr("Time");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace callbridge::ui
