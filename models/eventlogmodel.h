// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Activity table: what happened, newest last in the model (views sort by time). Bounded: the
// oldest entries go when the cap is reached, so a console left running for weeks stays small.

#include "models/eventlog.h"

#include <QAbstractTableModel>
#include <QList>

namespace Printwatch::Models {

class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column
    {
        TimeColumn,
        SeverityColumn,
        SourceColumn,
        PrinterColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int DefaultCapacity = 20000;

    explicit EventLogModel(QObject *parent = nullptr);
    ~EventLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCapacity(int entries);
    const EventEntry &entryAt(int row) const { return m_entries.at(row); }

public Q_SLOTS:
    void append(const QList<Printwatch::Models::EventEntry> &entries);
    void clear();

private:
    QList<EventEntry> m_entries;
    int m_capacity = DefaultCapacity;
};

} // namespace Printwatch::Models
