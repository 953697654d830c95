// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/printertablemodel.h"

#include "core/targetlist.h"
#include "models/supplytablemodel.h"
#include "models/textformat.h"

#include <QColor>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace Printwatch::Models {

namespace {

QString textOrUnknown(const QString &untrusted)
{
    const QString line = singleLine(untrusted);
    return line.isEmpty() ? unknownText() : line;
}

QVariant textSortKey(const QString &untrusted)
{
    const QString line = singleLine(untrusted);
    return line.isEmpty() ? QVariant() : QVariant(line);
}

// Status accents; everything else follows the palette.
QVariant statusColour(Core::DeviceStatus status)
{
    switch (status) {
    case Core::DeviceStatus::Idle:
    case Core::DeviceStatus::Printing:
    case Core::DeviceStatus::WarmingUp:
        return QColor(0x2e, 0x9d, 0x4a);
    case Core::DeviceStatus::Asleep:
        return QColor(0x5b, 0x8d, 0xc9);
    case Core::DeviceStatus::Warning:
        return QColor(0xe0, 0xa8, 0x00);
    case Core::DeviceStatus::Down:
        return QColor(0xd9, 0x30, 0x25);
    case Core::DeviceStatus::Unreachable:
        return QColor(0x8a, 0x8a, 0x8a);
    case Core::DeviceStatus::Unknown:
        break;
    }
    return {};
}

bool sameColumn(const Core::PrinterSummary &a, const Core::PrinterSummary &b, int column)
{
    switch (column) {
    case PrinterTableModel::NameColumn:
        return a.name == b.name;
    case PrinterTableModel::AddressColumn:
        return a.address == b.address && a.port == b.port && a.mac == b.mac;
    case PrinterTableModel::VendorColumn:
        return a.vendor == b.vendor;
    case PrinterTableModel::ModelColumn:
        return a.model == b.model;
    case PrinterTableModel::SerialColumn:
        return a.serial == b.serial;
    case PrinterTableModel::StatusColumn:
        return a.status == b.status && a.lastError == b.lastError;
    case PrinterTableModel::TotalPagesColumn:
        return a.totalPages == b.totalPages;
    case PrinterTableModel::LowestSupplyColumn:
        return a.lowestSupplyPercent == b.lowestSupplyPercent && a.lowestSupplyName == b.lowestSupplyName
               && a.lowestSupplyState == b.lowestSupplyState;
    case PrinterTableModel::LastSeenColumn:
        return a.lastSeen == b.lastSeen && a.lastPolled == b.lastPolled;
    }
    return true;
}

} // namespace

PrinterTableModel::PrinterTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTime(); })
{
}

PrinterTableModel::~PrinterTableModel() = default;

int PrinterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PrinterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrinterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::PrinterSummary &summary = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(summary, column);
    case Qt::ToolTipRole:
        return toolTipData(summary, column);
    case Qt::DecorationRole:
        return column == StatusColumn ? statusColour(summary.status) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == TotalPagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(summary, column);
    case StatusRole:
        return QVariant::fromValue(summary.status);
    case DeviceIdRole:
        return summary.deviceId;
    default:
        return {};
    }
}

QVariant PrinterTableModel::displayData(const Core::PrinterSummary &summary, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return textOrUnknown(summary.name);
    case AddressColumn: {
        const QString address = displayAddress(summary.address, summary.port);
        return address.isEmpty() ? unknownText() : address;
    }
    case VendorColumn:
        return textOrUnknown(summary.vendor);
    case ModelColumn:
        return textOrUnknown(summary.model);
    case SerialColumn:
        return textOrUnknown(summary.serial);
    case StatusColumn:
        return Core::deviceStatusText(summary.status);
    case TotalPagesColumn:
        return summary.totalPages ? locale.toString(*summary.totalPages) : unknownText();
    case LowestSupplyColumn: {
        // The level first: supply names run long ("Black Cartridge HP CF259A") and a narrow
        // column cuts the end of the text, which must not be the level.
        const QString name = singleLine(summary.lowestSupplyName);
        if (!summary.lowestSupplyPercent) {
            // A printer that gives no percentage still says something: "some remaining", "empty".
            if (summary.lowestSupplyState.isEmpty())
                return unknownText();
            const QString state = supplyStateKeyText(summary.lowestSupplyState);
            //: lowest supply without a percentage: its state, then its name, e.g. "Some remaining: Black toner"
            return name.isEmpty() ? state : tr("%1: %2", "state: supply").arg(state, name);
        }
        const QString percent = locale.toString(*summary.lowestSupplyPercent);
        //: lowest supply level, then the supply, e.g. "12 % Black toner"
        return name.isEmpty() ? tr("%1 %").arg(percent) : tr("%1 % %2").arg(percent, name);
    }
    case LastSeenColumn:
        return lastSeenText(summary.lastSeen);
    }
    return {};
}

QVariant PrinterTableModel::sortData(const Core::PrinterSummary &summary, int column) const
{
    switch (column) {
    case NameColumn:
        return textSortKey(summary.name);
    case AddressColumn: {
        const QString key = addressSortKey(summary.address);
        return key.isEmpty() ? QVariant() : QVariant(key);
    }
    case VendorColumn:
        return textSortKey(summary.vendor);
    case ModelColumn:
        return textSortKey(summary.model);
    case SerialColumn:
        return textSortKey(summary.serial);
    case StatusColumn:
        return static_cast<int>(summary.status); // the enum's order is its severity
    case TotalPagesColumn:
        return summary.totalPages ? QVariant(*summary.totalPages) : QVariant();
    case LowestSupplyColumn:
        if (summary.lowestSupplyPercent)
            return *summary.lowestSupplyPercent;
        // Empty (a full receptacle) sorts with 0 %; a state without a level after every percentage.
        if (summary.lowestSupplyState == u"empty" || summary.lowestSupplyState == u"full")
            return 0;
        return {};
    case LastSeenColumn:
        return summary.lastSeen.isValid() ? QVariant(summary.lastSeen) : QVariant();
    }
    return {};
}

QVariant PrinterTableModel::toolTipData(const Core::PrinterSummary &summary, int column) const
{
    const QLocale locale;
    switch (column) {
    case StatusColumn: {
        QString status = Core::deviceStatusText(summary.status);
        // What the printer says is wrong, as of its last answer (a silent one says nothing now).
        const QString error = summary.lastError.trimmed();
        if (const QStringList conditions = Core::errorStateTexts(summary.detectedErrorState);
            Core::isAnswering(summary.status) && !conditions.isEmpty()) {
            //: status, then what the printer reports as wrong, e.g. "Error: jammed, door open"
            status = tr("%1: %2", "status: conditions").arg(status, conditions.join(tr(", ", "between error conditions")));
            return plainToolTip(error.isEmpty() ? status : status + QLatin1Char('\n') + error);
        }
        return plainToolTip(error.isEmpty() ? status : tr("%1: %2").arg(status, error));
    }
    case AddressColumn:
        if (!summary.mac.isEmpty())
            return plainToolTip(tr("MAC address %1").arg(singleLine(summary.mac)));
        return {};
    case LastSeenColumn: {
        QStringList lines;
        if (summary.lastSeen.isValid())
            lines += tr("Last answered: %1").arg(locale.toString(summary.lastSeen.toLocalTime(), QLocale::LongFormat));
        if (summary.lastPolled.isValid())
            lines += tr("Last polled: %1").arg(locale.toString(summary.lastPolled.toLocalTime(), QLocale::LongFormat));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case NameColumn:
    case ModelColumn:
    case LowestSupplyColumn: {
        // Long names get elided in the cell; the tip shows them whole.
        const QString text = displayData(summary, column).toString();
        return text == unknownText() ? QVariant() : QVariant(plainToolTip(text));
    }
    }
    return {};
}

QString PrinterTableModel::lastSeenText(const QDateTime &lastSeen) const
{
    if (!lastSeen.isValid())
        return unknownText();
    const qint64 seconds = lastSeen.secsTo(m_clock());
    constexpr qint64 kDay = 24 * 3600;
    if (seconds < 0 || seconds >= kDay)
        return QLocale().toString(lastSeen.toLocalTime(), QLocale::ShortFormat);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
}

QVariant PrinterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("Address");
    case VendorColumn:
        return tr("Vendor");
    case ModelColumn:
        return tr("Model");
    case SerialColumn:
        return tr("Serial");
    case StatusColumn:
        return tr("Status");
    case TotalPagesColumn:
        return tr("Total pages");
    case LowestSupplyColumn:
        return tr("Lowest supply");
    case LastSeenColumn:
        return tr("Last seen");
    }
    return {};
}

QHash<int, QByteArray> PrinterTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(StatusRole, "status");
    names.insert(DeviceIdRole, "deviceId");
    return names;
}

void PrinterTableModel::setSummaries(const QList<Core::PrinterSummary> &summaries)
{
    if (m_rows.isEmpty()) {
        // First load: nothing to preserve, so one reset is cheaper than n inserts.
        beginResetModel();
        m_rows.reserve(summaries.size());
        for (const auto &summary : summaries) {
            const auto existing = m_rowByDevice.constFind(summary.deviceId);
            if (existing != m_rowByDevice.constEnd()) {
                m_rows[*existing] = summary;
                continue;
            }
            m_rowByDevice.insert(summary.deviceId, static_cast<int>(m_rows.size()));
            m_rows.append(summary);
        }
        endResetModel();
        return;
    }
    QSet<qint64> keep;
    keep.reserve(summaries.size());
    for (const auto &summary : summaries)
        keep.insert(summary.deviceId);
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!keep.contains(m_rows.at(row).deviceId))
            gone.append(row);
    }
    removeRows(gone);
    mergeSummaries(summaries);
}

void PrinterTableModel::mergeSummaries(const QList<Core::PrinterSummary> &summaries)
{
    struct Change
    {
        int firstRow;
        int lastRow;
        int firstColumn;
        int lastColumn;
    };
    QList<Change> changes;
    QList<Core::PrinterSummary> added;
    QHash<qint64, qsizetype> addedIndex;

    for (const auto &summary : summaries) {
        const auto found = m_rowByDevice.constFind(summary.deviceId);
        if (found == m_rowByDevice.constEnd()) {
            const auto again = addedIndex.constFind(summary.deviceId);
            if (again != addedIndex.constEnd()) {
                added[*again] = summary;
            } else {
                addedIndex.insert(summary.deviceId, added.size());
                added.append(summary);
            }
            continue;
        }
        const int row = *found;
        Core::PrinterSummary &current = m_rows[row];
        if (current == summary)
            continue;
        int first = -1;
        int last = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            if (!sameColumn(current, summary, column)) {
                if (first < 0)
                    first = column;
                last = column;
            }
        }
        current = summary;
        if (first < 0)
            continue; // a field no column shows
        // Polls come in row order, so neighbouring rows with the same changed columns share one signal.
        if (!changes.isEmpty()) {
            Change &previous = changes.last();
            if (previous.lastRow + 1 == row && previous.firstColumn == first && previous.lastColumn == last) {
                previous.lastRow = row;
                continue;
            }
        }
        changes.append({row, row, first, last});
    }

    for (const Change &change : std::as_const(changes))
        Q_EMIT dataChanged(index(change.firstRow, change.firstColumn), index(change.lastRow, change.lastColumn));

    if (added.isEmpty())
        return;
    // New devices are appended, so all of them form one contiguous run.
    const int firstNew = static_cast<int>(m_rows.size());
    beginInsertRows({}, firstNew, firstNew + static_cast<int>(added.size()) - 1);
    m_rows.append(added);
    for (int row = firstNew; row < m_rows.size(); ++row)
        m_rowByDevice.insert(m_rows.at(row).deviceId, row);
    endInsertRows();
}

void PrinterTableModel::removeDevices(const QList<qint64> &deviceIds)
{
    QList<int> rows;
    rows.reserve(deviceIds.size());
    for (const qint64 id : deviceIds) {
        const int row = rowForDevice(id);
        if (row >= 0)
            rows.append(row);
    }
    removeRows(rows);
}

void PrinterTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowByDevice.clear();
    endResetModel();
}

void PrinterTableModel::resetSummaries(const QList<Core::PrinterSummary> &summaries)
{
    beginResetModel();
    m_rows.clear();
    m_rowByDevice.clear();
    m_rows.reserve(summaries.size());
    for (const auto &summary : summaries) {
        if (const auto existing = m_rowByDevice.constFind(summary.deviceId); existing != m_rowByDevice.constEnd()) {
            m_rows[*existing] = summary;
            continue;
        }
        m_rowByDevice.insert(summary.deviceId, static_cast<int>(m_rows.size()));
        m_rows.append(summary);
    }
    endResetModel();
}

void PrinterTableModel::removeRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Remove contiguous runs from the bottom up, so rows above a run keep their numbers.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            --first;
            ++i;
        }
        ++i;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rowByDevice.remove(m_rows.at(row).deviceId);
        m_rows.remove(first, last - first + 1);
        for (int row = first; row < m_rows.size(); ++row)
            m_rowByDevice[m_rows.at(row).deviceId] = row;
        endRemoveRows();
    }
}

int PrinterTableModel::rowForDevice(qint64 deviceId) const
{
    return m_rowByDevice.value(deviceId, -1);
}

QModelIndex PrinterTableModel::indexForDevice(qint64 deviceId, int column) const
{
    const int row = rowForDevice(deviceId);
    return row < 0 ? QModelIndex() : index(row, column);
}

const Core::PrinterSummary &PrinterTableModel::summaryAt(int row) const
{
    return m_rows.at(row);
}

void PrinterTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); };
    refreshRelativeTimes();
}

void PrinterTableModel::refreshRelativeTimes()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LastSeenColumn), index(rowCount() - 1, LastSeenColumn), {Qt::DisplayRole});
}

} // namespace Printwatch::Models
