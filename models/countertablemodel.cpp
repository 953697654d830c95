// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/countertablemodel.h"

#include "models/modelroles.h"
#include "models/textformat.h"

#include <QFont>

#include <iterator>
#include <QLocale>

namespace Printwatch::Models {

namespace {

// Meter names are a kind ("print"), optionally followed by qualifiers ("print_mono",
// "print_mono_waste"), as the profiles and the PWG counter decoder make them (docs/profiles.md).
// Kinds in the order administrators read meters in; a kind's qualified meters follow it.
struct Kind
{
    const char *key;
    const char *title;
};
constexpr Kind kKinds[] = {
    {"total", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Total")},
    {"mono", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Mono")},
    {"colour", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Colour")},
    {"print", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Print")},
    {"copy", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Copy")},
    {"fax", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Fax")},
    {"fax_sent", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Fax sent")},
    {"netfax", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Network fax")},
    {"netfax_sent", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Network fax sent")},
    {"scan", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Scan")},
    {"email_sent", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "E-mail sent")},
    {"email_in", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "E-mail received")},
    {"transform", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Transform")},
    {"images", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Images")},
    {"sheets", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Sheets")},
    {"duplex", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Duplex")},
    {"jobs", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Jobs")},
    {"large_format", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Large format")},
    {"drum_pages", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Drum pages")},
    {"jams", QT_TRANSLATE_NOOP("Printwatch::Models::CounterTableModel", "Paper jams")},
};
// What may follow a kind, in column order, lower case: it qualifies the kind's title.
struct Qualifier
{
    const char *key;
    struct
    {
        const char *source;
        const char *comment;
    } title;
};
constexpr Qualifier kQualifiers[] = {
    {"mono", QT_TRANSLATE_NOOP3("Printwatch::Models::CounterTableModel", "mono", "meter qualifier: Print, mono")},
    {"colour", QT_TRANSLATE_NOOP3("Printwatch::Models::CounterTableModel", "colour", "meter qualifier: Print, colour")},
    {"sheets", QT_TRANSLATE_NOOP3("Printwatch::Models::CounterTableModel", "sheets", "meter qualifier: Print, sheets")},
    {"duplex", QT_TRANSLATE_NOOP3("Printwatch::Models::CounterTableModel", "two-sided", "meter qualifier: Print, two-sided")},
    {"jobs", QT_TRANSLATE_NOOP3("Printwatch::Models::CounterTableModel", "jobs", "meter qualifier: Print, jobs")},
    {"waste", QT_TRANSLATE_NOOP3("Printwatch::Models::CounterTableModel", "waste", "meter qualifier: spoiled impressions")},
    {"copy", QT_TRANSLATE_NOOP3("Printwatch::Models::CounterTableModel", "copy", "meter qualifier: Scan, copy")},
    {"other", QT_TRANSLATE_NOOP3("Printwatch::Models::CounterTableModel", "other", "meter qualifier: Scan, other")},
};
constexpr int kMaxQualifiers = 3;

// A meter read as a kind and its qualifiers; `kind` < 0 when the name is not one of ours.
struct MeterName
{
    int kind = -1;
    int qualifiers[kMaxQualifiers] = {};
    int qualifierCount = 0;
};

int indexIn(const auto &table, QStringView word)
{
    for (int i = 0; i < int(std::size(table)); ++i) {
        if (word == QLatin1String(table[i].key))
            return i;
    }
    return -1;
}

MeterName parseMeter(const QString &meter)
{
    MeterName name;
    if (const int whole = indexIn(kKinds, meter); whole >= 0) {
        name.kind = whole;
        return name;
    }
    // The longest kind that is followed by "_" and only known qualifiers ("fax_sent_colour").
    for (qsizetype at = meter.lastIndexOf(u'_'); at > 0; at = meter.lastIndexOf(u'_', at - 1)) {
        const int kind = indexIn(kKinds, QStringView(meter).left(at));
        if (kind < 0)
            continue;
        MeterName parsed;
        parsed.kind = kind;
        const QList<QStringView> words = QStringView(meter).mid(at + 1).split(u'_');
        if (words.size() > kMaxQualifiers)
            return {};
        for (QStringView word : words) {
            const int qualifier = indexIn(kQualifiers, word);
            if (qualifier < 0)
                return {};
            parsed.qualifiers[parsed.qualifierCount++] = qualifier;
        }
        return parsed;
    }
    return {};
}

// Column order: kinds as listed, each followed by its qualified meters; the rest after them.
int orderOf(const QString &meter)
{
    const MeterName name = parseMeter(meter);
    if (name.kind < 0)
        return int(std::size(kKinds)) * 1000;
    int rank = name.kind * 1000;
    for (int i = 0, scale = 100; i < name.qualifierCount; ++i, scale /= 10)
        rank += (name.qualifiers[i] + 1) * scale;
    return rank;
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
    // A vendor table's row without a rule: the printer's own label (untrusted text, one line).
    if (meter.startsWith(QLatin1String("vendor:")))
        return singleLine(meter.mid(7));
    const MeterName name = parseMeter(meter);
    if (name.kind < 0)
        return singleLine(meter);
    QString title = tr(kKinds[name.kind].title);
    for (int i = 0; i < name.qualifierCount; ++i) {
        const Qualifier &qualifier = kQualifiers[name.qualifiers[i]];
        //: A meter's kind and what qualifies it, e.g. "Print, mono"
        title = tr("%1, %2").arg(title, tr(qualifier.title.source, qualifier.title.comment));
    }
    return title;
}

bool CounterTableModel::meterLessThan(const QString &a, const QString &b)
{
    const int orderA = orderOf(a);
    const int orderB = orderOf(b);
    return orderA != orderB ? orderA < orderB : a < b;
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
    std::sort(fresh.begin(), fresh.end(), meterLessThan);
    for (const QString &meter : std::as_const(fresh)) {
        qsizetype at = 0;
        while (at < m_meters.size() && meterLessThan(m_meters.at(at), meter))
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
