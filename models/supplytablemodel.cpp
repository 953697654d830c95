// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supplytablemodel.h"

#include "models/modelroles.h"
#include "models/textformat.h"

#include <QColor>
#include <QLocale>

namespace Printwatch::Models {

namespace {

QString textOrUnknown(const QString &untrusted)
{
    const QString line = singleLine(untrusted);
    return line.isEmpty() ? unknownText() : line;
}

// Equal texts usually share their data (the row came through the storage thread's delta): the
// pointer answers before the characters are read.
Q_ALWAYS_INLINE bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

int levelValue(const Core::SupplyReading &supply)
{
    if (const auto percent = supply.percent())
        return *percent;
    if (supply.level == Core::SupplyUnrestricted || supply.level == Core::SupplySomeRemaining)
        return supply.level;
    // A real level over an unknown capacity: something is there, the amount is not known.
    if (supply.level > 0)
        return Core::SupplySomeRemaining;
    return Core::SupplyUnknown;
}

// Display text is asked for constantly (painting, searching 100,000 rows): translations and
// percent strings are looked up once per thread, not per cell. The language is fixed per run.
template <class Make> const QString &cached(QHash<QString, QString> &cache, const QString &key, Make make)
{
    auto found = cache.constFind(key);
    if (found == cache.constEnd())
        found = cache.insert(key, make());
    return *found;
}

QString percentText(int percent)
{
    thread_local QHash<int, QString> texts;
    auto found = texts.constFind(percent);
    if (found == texts.constEnd())
        found = texts.insert(percent, SupplyTableModel::tr("%1 %").arg(QLocale().toString(percent)));
    return *found;
}

QString kindText(const QString &kind)
{
    thread_local QHash<QString, QString> cache;
    return cached(cache, kind, [&kind]() -> QString {
    static const QHash<QString, const char *> names = {
        {QStringLiteral("toner"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Toner")},
        {QStringLiteral("ink"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Ink")},
        {QStringLiteral("drum"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Drum")},
        {QStringLiteral("waste"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Waste container")},
        {QStringLiteral("fuser"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Fuser")},
        {QStringLiteral("developer"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Developer")},
        {QStringLiteral("transfer"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Transfer unit")},
        {QStringLiteral("staples"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Staples")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Other")},
    };
    const auto found = names.constFind(kind);
    if (found != names.constEnd())
        return SupplyTableModel::tr(*found);
    return textOrUnknown(kind);
    });
}

QString colourText(const QString &colour)
{
    thread_local QHash<QString, QString> cache;
    return cached(cache, colour, [&colour]() -> QString {
    static const QHash<QString, const char *> names = {
        {QStringLiteral("black"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Black")},
        {QStringLiteral("cyan"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Cyan")},
        {QStringLiteral("magenta"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Magenta")},
        {QStringLiteral("yellow"), QT_TRANSLATE_NOOP("Printwatch::Models::SupplyTableModel", "Yellow")},
    };
    const auto found = names.constFind(colour.toLower());
    if (found != names.constEnd())
        return SupplyTableModel::tr(*found);
    return colour.isEmpty() ? QString() : singleLine(colour);
    });
}

} // namespace

SupplyState supplyState(const Core::SupplyReading &supply)
{
    if (supply.level == Core::SupplyUnrestricted)
        return SupplyState::Unrestricted;
    if (supply.level == Core::SupplySomeRemaining)
        return SupplyState::SomeRemaining;
    if (supply.level < 0)
        return SupplyState::Unknown;
    if (supply.level == 0)
        return SupplyState::Empty; // a receptacle with no room left is full: the same urgency
    const auto percent = supply.percent();
    if (!percent)
        return SupplyState::SomeRemaining;
    return *percent <= 10 ? SupplyState::Low : SupplyState::Ok;
}

QString supplyStateKeyText(const QString &key)
{
    if (key == u"ok")
        return supplyStateText(SupplyState::Ok, false);
    if (key == u"unrestricted")
        return supplyStateText(SupplyState::Unrestricted, false);
    if (key == u"some remaining")
        return supplyStateText(SupplyState::SomeRemaining, false);
    if (key == u"low" || key == u"nearly full")
        return supplyStateText(SupplyState::Low, key == u"nearly full");
    if (key == u"empty" || key == u"full")
        return supplyStateText(SupplyState::Empty, key == u"full");
    return supplyStateText(SupplyState::Unknown, false);
}

QString supplyStateText(SupplyState state, bool receptacle)
{
    thread_local QHash<int, QString> cache;
    const int key = static_cast<int>(state) * 2 + (receptacle ? 1 : 0);
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    QString text;
    switch (state) {
    case SupplyState::Ok:
        text = SupplyTableModel::tr("OK");
        break;
    case SupplyState::Unrestricted:
        text = SupplyTableModel::tr("Unrestricted");
        break;
    case SupplyState::SomeRemaining:
        text = SupplyTableModel::tr("Some remaining");
        break;
    case SupplyState::Unknown:
        text = SupplyTableModel::tr("Unknown");
        break;
    case SupplyState::Low:
        text = receptacle ? SupplyTableModel::tr("Nearly full") : SupplyTableModel::tr("Low");
        break;
    case SupplyState::Empty:
        text = receptacle ? SupplyTableModel::tr("Full") : SupplyTableModel::tr("Empty");
        break;
    }
    cache.insert(key, text);
    return text;
}

QColor supplyColour(const QString &colourName)
{
    const QString name = colourName.trimmed().toLower();
    if (name.isEmpty())
        return {};
    if (name == QLatin1String("black"))
        return QColor(0x20, 0x20, 0x20);
    if (name == QLatin1String("cyan"))
        return QColor(0x00, 0xa0, 0xe0);
    if (name == QLatin1String("magenta"))
        return QColor(0xe0, 0x10, 0x8a);
    if (name == QLatin1String("yellow"))
        return QColor(0xf5, 0xd0, 0x00);
    // Only plain names or #rgb; never let a printer string pick an arbitrary parser path.
    if (QColor::isValidColorName(name) && name.size() < 24)
        return QColor::fromString(name);
    return {};
}

SupplyTableModel::SupplyTableModel(QObject *parent) : KeyedTableModel(parent) {}

SupplyTableModel::Delta SupplyTableModel::makeDelta()
{
    return Delta([](const Storage::FleetSupplyRow &row) { return Key{row.printer.deviceId, row.supply.index}; },
                 [](const Storage::FleetSupplyRow &row) { return row.printer.deviceId; },
                 [](const Storage::FleetSupplyRow &a, const Storage::FleetSupplyRow &b) {
                     return a.supply == b.supply && a.printer == b.printer;
                 });
}

SupplyTableModel::~SupplyTableModel() = default;

int SupplyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupplyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    return cellData(index.row(), index.column(), role);
}

bool SupplyTableModel::columnMayContain(int column, const QString &term) const
{
    if (column != LevelColumn && column != StateColumn)
        return true;
    // The State column shows one of the state texts; the Level column a percentage (percent() is
    // 0-100) or, without one, a state text.
    for (int state = 0; state <= static_cast<int>(SupplyState::Empty); ++state) {
        for (const bool receptacle : {false, true}) {
            if (supplyStateText(static_cast<SupplyState>(state), receptacle).contains(term, Qt::CaseInsensitive))
                return true;
        }
    }
    if (column == LevelColumn) {
        for (int percent = 0; percent <= 100; ++percent) {
            if (percentText(percent).contains(term, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

QVariant SupplyTableModel::cellData(int rowNumber, int column, int role) const
{
    const Storage::FleetSupplyRow &row = rowAt(rowNumber);
    const Core::SupplyReading &supply = row.supply;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PrinterColumn:
            return textOrUnknown(row.printer.name);
        case AddressColumn: {
            const QString address = displayAddress(row.printer.address, row.printer.port);
            return address.isEmpty() ? unknownText() : address;
        }
        case SupplyColumn:
            return textOrUnknown(supply.description);
        case KindColumn:
            return kindText(supply.kind);
        case ColourColumn:
            return colourText(supply.colour);
        case LevelColumn: {
            const int level = levelValue(supply);
            return level >= 0 ? percentText(level) : supplyStateText(supplyState(supply), supply.receptacle);
        }
        case StateColumn:
            return supplyStateText(supplyState(supply), supply.receptacle);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == LevelColumn || column == StateColumn) {
            // Provenance: where the number came from and what the printer actually sent.
            QStringList lines{tr("Level %1 of capacity %2 (raw values)").arg(supply.level).arg(supply.maxCapacity)};
            if (!supply.source.isEmpty())
                lines += tr("Read from %1").arg(singleLine(supply.source));
            if (row.readAt.isValid())
                lines += tr("At this level since %1").arg(QLocale().toString(row.readAt.toLocalTime(), QLocale::ShortFormat));
            return plainToolTip(lines.join(QLatin1Char('\n')));
        }
        if (column == SupplyColumn || column == PrinterColumn)
            return plainToolTip(cellData(rowNumber, column, Qt::DisplayRole).toString()); // tips render markup
        return {};
    case Qt::DecorationRole:
        // The colour swatch: views draw a QColor decoration as a small filled square.
        if (column == ColourColumn) {
            const QColor colour = supplyColour(supply.colour);
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == LevelColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Roles::SortRole:
        switch (column) {
        case PrinterColumn:
            return row.printer.name.isEmpty() ? QVariant() : QVariant(row.printer.name);
        case AddressColumn:
            return row.printer.address.isEmpty() ? QVariant() : QVariant(row.printer.address);
        case SupplyColumn:
            return supply.description.isEmpty() ? QVariant() : QVariant(supply.description);
        case KindColumn:
            return kindText(supply.kind);
        case ColourColumn:
            return supply.colour.isEmpty() ? QVariant() : QVariant(colourText(supply.colour));
        case LevelColumn: {
            const int level = levelValue(supply);
            return level >= 0 ? QVariant(level) : QVariant();
        }
        case StateColumn:
            return static_cast<int>(supplyState(supply));
        }
        return {};
    case Roles::DeviceIdRole:
        return row.printer.deviceId;
    case Roles::SeverityRole:
        return static_cast<int>(supplyState(supply));
    case LevelRole:
        return levelValue(supply);
    case ReceptacleRole:
        return supply.receptacle;
    case ColourRole: {
        const QColor colour = supplyColour(supply.colour);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    default:
        return {};
    }
}

QVariant SupplyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PrinterColumn:
        return tr("Printer");
    case AddressColumn:
        return tr("Address");
    case SupplyColumn:
        return tr("Supply");
    case KindColumn:
        return tr("Kind");
    case ColourColumn:
        return tr("Colour");
    case LevelColumn:
        return tr("Level");
    case StateColumn:
        return tr("State");
    }
    return {};
}

int SupplyTableModel::attentionCount() const
{
    int count = 0;
    for (const auto &row : rows()) {
        const SupplyState state = supplyState(row.supply);
        count += (state == SupplyState::Low || state == SupplyState::Empty) ? 1 : 0;
    }
    return count;
}

QPair<qint64, int> SupplyTableModel::keyOf(const Storage::FleetSupplyRow &row) const
{
    return {row.printer.deviceId, row.supply.index};
}

qint64 SupplyTableModel::deviceOf(const Storage::FleetSupplyRow &row) const
{
    return row.printer.deviceId;
}

std::pair<int, int> SupplyTableModel::mergeRow(Storage::FleetSupplyRow &current,
                                               const Storage::FleetSupplyRow &next) const
{
    // One pass over both rows, each field compared once (a poll of 100,000 supplies runs this 100,000
    // times on the GUI thread). Most polls change only the read time (shown in a tip, fetched when
    // shown): no signal. A level that moved touches the Level cell, and the State cell when the state
    // moved too. The ten texts of a row usually come again unchanged and are not taken over: an equal
    // string still costs two reference counts.
    const Core::SupplyReading &now = next.supply;
    Core::SupplyReading &held = current.supply;
    const bool shownSame = current.printer.deviceId == next.printer.deviceId &&
                           current.printer.port == next.printer.port && sameText(current.printer.name, next.printer.name) &&
                           sameText(current.printer.address, next.printer.address) &&
                           sameText(held.description, now.description) && sameText(held.kind, now.kind) &&
                           sameText(held.colour, now.colour);
    const bool restSame = held.index == now.index && sameText(held.source, now.source) && sameText(held.unit, now.unit) &&
                          sameText(held.capacitySource, now.capacitySource) &&
                          sameText(held.partNumber, now.partNumber) && sameText(held.quirk, now.quirk);
    const bool numbersSame =
        held.level == now.level && held.maxCapacity == now.maxCapacity && held.receptacle == now.receptacle;
    if (!shownSame || !restSame) {
        current = next;
        return shownSame ? std::pair{int(LevelColumn), int(StateColumn)} : std::pair{0, int(ColumnCount) - 1};
    }
    // The State cell only when the state moved (a level crossing into Low, say): most level changes
    // then re-read one cell, not two.
    const bool stateSame = numbersSame || supplyState(held) == supplyState(now);
    current.readAt = next.readAt;
    held.level = now.level;
    held.maxCapacity = now.maxCapacity;
    held.receptacle = now.receptacle;
    // A field added to the row later must be compared above; the tests (debug builds) catch it here.
    Q_ASSERT_X(current == next, "SupplyTableModel::mergeRow", "a field of FleetSupplyRow is not compared");
    if (numbersSame)
        return {-1, -1};
    return {LevelColumn, stateSame ? LevelColumn : StateColumn};
}

} // namespace Printwatch::Models
