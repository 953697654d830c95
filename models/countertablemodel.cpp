// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/countertablemodel.h"

#include "models/modelroles.h"
#include "models/textformat.h"

#include <QFont>
#include <QLocale>

namespace Printwatch::Models {

namespace {

// The order administrators read meters in; unknown kinds follow alphabetically.
const QStringList &knownOrder()
{
    static const QStringList order = {QStringLiteral("total"), QStringLiteral("mono"),   QStringLiteral("colour"),
                                      QStringLiteral("print"), QStringLiteral("copy"),   QStringLiteral("fax"),
                                      QStringLiteral("scan"),  QStringLiteral("duplex"), QStringLiteral("large")};
    return order;
}

int orderOf(const QString &meter)
{
    const qsizetype at = knownOrder().indexOf(meter);
    return at < 0 ? static_cast<int>(knownOrder().size()) : static_cast<int>(at);
}

} // namespace

CounterTableModel::CounterTableModel(QObject *parent) : KeyedTableModel(parent) {}

CounterTableModel::Delta CounterTableModel::makeDelta()
{
    return Delta([](const Storage::FleetCounterRow &row) { return row.printer.deviceId; },
                 [](const Storage::FleetCounterRow &row) { return row.printer.deviceId; });
}

void CounterTableModel::applyChanges(const QList<Storage::FleetCounterRow> &changed, const QList<qint64> &removed)
{
    ensureMeters(changed);
    KeyedTableModel::applyChanges(changed, removed);
}

CounterTableModel::~CounterTableModel() = default;

QString CounterTableModel::billingMeter(const Storage::FleetCounterRow &row)
{
    if (!row.billing.isEmpty())
        return row.billing;
    return row.values.contains(QStringLiteral("total")) ? QStringLiteral("total") : QString();
}

QString CounterTableModel::meterTitle(const QString &meter)
{
    if (meter == QLatin1String("total"))
        return tr("Total");
    if (meter == QLatin1String("mono"))
        return tr("Mono");
    if (meter == QLatin1String("colour"))
        return tr("Colour");
    if (meter == QLatin1String("print"))
        return tr("Print");
    if (meter == QLatin1String("copy"))
        return tr("Copy");
    if (meter == QLatin1String("fax"))
        return tr("Fax");
    if (meter == QLatin1String("scan"))
        return tr("Scan");
    if (meter == QLatin1String("duplex"))
        return tr("Duplex");
    if (meter == QLatin1String("large"))
        return tr("Large format");
    return singleLine(meter);
}

int CounterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMeterColumn + static_cast<int>(m_meters.size()) + 1;
}

int CounterTableModel::columnForMeter(const QString &meter) const
{
    const qsizetype at = m_meters.indexOf(meter);
    return at < 0 ? -1 : FirstMeterColumn + static_cast<int>(at);
}

void CounterTableModel::ensureMeters(const QList<Storage::FleetCounterRow> &rows)
{
    QStringList fresh;
    for (const auto &row : rows) {
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            if (!m_meters.contains(it.key()) && !fresh.contains(it.key()))
                fresh.append(it.key());
        }
    }
    if (fresh.isEmpty())
        return;
    // Each new meter goes to its place in the known order, one insert each, so views keep their layout.
    std::sort(fresh.begin(), fresh.end(), [](const QString &a, const QString &b) {
        return orderOf(a) != orderOf(b) ? orderOf(a) < orderOf(b) : a < b;
    });
    for (const QString &meter : std::as_const(fresh)) {
        qsizetype at = 0;
        while (at < m_meters.size() && (orderOf(m_meters.at(at)) < orderOf(meter) ||
                                        (orderOf(m_meters.at(at)) == orderOf(meter) && m_meters.at(at) < meter)))
            ++at;
        const int column = FirstMeterColumn + static_cast<int>(at);
        beginInsertColumns({}, column, column);
        m_meters.insert(at, meter);
        endInsertColumns();
    }
}

void CounterTableModel::setRows(const QList<Storage::FleetCounterRow> &rows)
{
    ensureMeters(rows);
    KeyedTableModel::setRows(rows);
}

void CounterTableModel::replaceDevices(const QList<qint64> &deviceIds, const QList<Storage::FleetCounterRow> &rows)
{
    ensureMeters(rows);
    KeyedTableModel::replaceDevices(deviceIds, rows);
}

QVariant CounterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage::FleetCounterRow &row = rowAt(index.row());
    const int column = index.column();
    const bool meterColumn = column >= FirstMeterColumn && column < readAtColumn();
    const QString meter = meterColumn ? m_meters.at(column - FirstMeterColumn) : QString();
    const auto value = meterColumn ? row.values.constFind(meter) : row.values.constEnd();
    const bool has = meterColumn && value != row.values.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        if (column == PrinterColumn) {
            const QString name = singleLine(row.printer.name);
            return name.isEmpty() ? unknownText() : name;
        }
        if (column == AddressColumn) {
            const QString address = displayAddress(row.printer.address, row.printer.port);
            return address.isEmpty() ? unknownText() : address;
        }
        if (meterColumn)
            return has ? QLocale().toString(*value) : unknownText();
        return row.readAt.isValid() ? QLocale().toString(row.readAt.toLocalTime(), QLocale::ShortFormat)
                                    : unknownText();
    case Qt::ToolTipRole:
        if (has) {
            // Provenance: which OID(s) gave the number, in which unit, and whether it bills.
            QStringList lines;
            const QString unit = singleLine(row.units.value(meter));
            lines += unit.isEmpty() ? tr("%1: %2").arg(meterTitle(meter), QLocale().toString(*value))
                                    : tr("%1: %2 %3").arg(meterTitle(meter), QLocale().toString(*value), unit);
            const QString source = singleLine(row.sources.value(meter));
            if (!source.isEmpty())
                lines += tr("Read from %1").arg(source);
            if (billingMeter(row) == meter)
                lines += tr("Billing meter of this printer");
            return plainToolTip(lines.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::FontRole:
        if (has && billingMeter(row) == meter) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return meterColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Roles::SortRole:
        if (column == PrinterColumn)
            return row.printer.name.isEmpty() ? QVariant() : QVariant(row.printer.name);
        if (column == AddressColumn)
            return row.printer.address.isEmpty() ? QVariant() : QVariant(row.printer.address);
        if (meterColumn)
            return has ? QVariant(*value) : QVariant();
        return row.readAt.isValid() ? QVariant(row.readAt) : QVariant();
    case Roles::DeviceIdRole:
        return row.printer.deviceId;
    case MeterNameRole:
        return meterColumn ? QVariant(meter) : QVariant();
    case BillingRole:
        return has && billingMeter(row) == meter;
    default:
        return {};
    }
}

QVariant CounterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool meterColumn = section >= FirstMeterColumn && section < readAtColumn();
    const QString meter = meterColumn ? m_meters.at(section - FirstMeterColumn) : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (section == PrinterColumn)
            return tr("Printer");
        if (section == AddressColumn)
            return tr("Address");
        if (meterColumn)
            return meterTitle(meter);
        if (section == readAtColumn())
            return tr("Read at");
        return {};
    case Qt::ToolTipRole:
        if (meter == QLatin1String("total"))
            return tr("Lifetime total; printers in bold bill on this meter");
        if (meterColumn)
            return plainToolTip(tr("Meter \"%1\"; printers in bold bill on this meter").arg(meterTitle(meter)));
        return {};
    case MeterNameRole:
        return meterColumn ? QVariant(meter) : QVariant();
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace Printwatch::Models
