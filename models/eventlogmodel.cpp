// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventlogmodel.h"

#include "models/alerttablemodel.h"
#include "models/modelroles.h"
#include "models/textformat.h"

#include <QGuiApplication>
#include <QLocale>

namespace Printwatch::Models {

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent) {}

EventLogModel::~EventLogModel() = default;

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
        {
            // The chosen language's date, as on every other page; seconds kept, because events of
            // one poll round happen within the same minute.
            const QDateTime local = entry.time.toLocalTime();
            return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + u' '
                           + local.time().toString(QStringLiteral("HH:mm:ss")));
        }
        case SeverityColumn:
            return eventSeverityText(entry.severity);
        case SourceColumn:
            return entry.source;
        case PrinterColumn:
            return singleLine(entry.printer);
        case MessageColumn:
            return singleLine(entry.message);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(plainToolTip(entry.message)) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn && qGuiApp)
            return severityIcon(static_cast<int>(entry.severity));
        return {};
    case Roles::SortRole:
        switch (index.column()) {
        case TimeColumn:
            // Same-millisecond entries keep their arrival order.
            return entry.time.toMSecsSinceEpoch() * 1000 + (index.row() % 1000);
        case SeverityColumn:
            return static_cast<int>(entry.severity);
        case SourceColumn:
            return entry.source;
        case PrinterColumn:
            return entry.printer.isEmpty() ? QVariant() : QVariant(singleLine(entry.printer));
        case MessageColumn:
            return singleLine(entry.message);
        }
        return {};
    case Roles::DeviceIdRole:
        return entry.deviceId;
    case Roles::SeverityRole:
        return static_cast<int>(entry.severity);
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case SourceColumn:
        return tr("Source");
    case PrinterColumn:
        return tr("Printer");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void EventLogModel::setCapacity(int entries)
{
    m_capacity = qMax(1, entries);
    append({});
}

void EventLogModel::append(const QList<EventEntry> &entries)
{
    if (!entries.isEmpty()) {
        const int first = static_cast<int>(m_entries.size());
        beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
        m_entries.append(entries);
        endInsertRows();
    }
    const qsizetype excess = m_entries.size() - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, static_cast<int>(excess) - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
}

void EventLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

} // namespace Printwatch::Models
