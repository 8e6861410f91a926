#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace callbridge {
class ImportRun;
}

namespace callbridge::ui {

// One row per object of an import run: path, records so far of the total, rate, time left,
// state. Rows update as the run reports; the model never owns the run.
class ImportProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ObjectColumn, ApiColumn, ProgressColumn, RateColumn, TimeColumn, StateColumn, ColumnCount };
    enum Role { FractionRole = Qt::UserRole + 1 }; // 0..1, or -1 when the total is unknown

    explicit ImportProgressModel(QObject* parent = nullptr);

    void setRun(ImportRun* run);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString durationText(qint64 seconds);

private:
    QPointer<ImportRun> m_run;
};

} // namespace callbridge::ui
