// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/printermib.h"

#include "snmp/decodetext.h"
#include "snmp/printerstrings.h"
#include "snmp/vendors.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace Printwatch::Snmp::PrinterMib {

namespace {

template<class Entry, size_t N>
QString lookup(const Entry (&table)[N], int code)
{
    for (const auto &entry : table) {
        if (entry.code == code)
            return DecodeText::latin1(entry.key);
    }
    return {};
}

struct CodeKey
{
    int code;
    const char *key;
};

// prtMarkerSuppliesTypeTC (IANA-PRINTER-MIB) -> the few kinds an administrator sorts by.
constexpr CodeKey kSupplyKinds[] = {
    {3, "toner"},   {21, "toner"},   {35, "toner"},  {4, "waste"},      {8, "waste"},     {14, "waste"},
    {24, "waste"},  {26, "waste"},   {5, "ink"},     {6, "ink"},        {7, "ink"},       {36, "ink"},
    {9, "drum"},    {10, "developer"}, {15, "fuser"}, {11, "fuser"},    {17, "fuser"},    {19, "fuser"},
    {22, "fuser"},  {20, "transfer"}, {18, "cleaner"}, {16, "corona"},  {12, "wax"},      {13, "wax"},
    {29, "staples"}, {32, "staples"}, {23, "water"}, {27, "binding"},   {28, "banding"},  {30, "wrap"},
    {31, "wrap"},   {33, "inserts"}, {34, "covers"}, {25, "other"},     {1, "other"},     {2, "other"},
};

// PrtMarkerSuppliesSupplyUnitTC.
constexpr CodeKey kSupplyUnits[] = {
    {3, "tenThousandthsOfInches"}, {4, "micrometers"},  {7, "impressions"},   {8, "sheets"},
    {11, "hours"},                 {12, "thousandthsOfOunces"}, {13, "tenthsOfGrams"},
    {14, "hundrethsOfFluidOunces"}, {15, "tenthsOfMilliliters"}, {16, "feet"}, {17, "meters"},
    {18, "items"},                 {19, "percent"},
};

// PrtMarkerCounterUnitTC.
constexpr CodeKey kCounterUnits[] = {
    {3, "tenThousandthsOfInches"}, {4, "micrometers"}, {5, "characters"}, {6, "lines"}, {7, "impressions"},
    {8, "sheets"}, {9, "dotRow"}, {11, "hours"}, {16, "feet"}, {17, "meters"},
};

// hrPrinterDetectedErrorState bits, RFC 2790 numbering: bit 0 is the top bit of the first octet.
constexpr const char *kErrorBits[] = {
    "lowPaper",          "noPaper",         "lowToner",          "noToner",           "doorOpen",
    "jammed",            "offline",         "serviceRequested",  "inputTrayMissing",  "outputTrayMissing",
    "markerSupplyMissing", "outputNearFull", "outputFull",       "inputTrayEmpty",    "overduePreventMaint",
};

// Longest names first, so "light cyan" wins over "cyan".
constexpr const char *kColours[] = {
    "photo black", "matte black", "light black", "light light black", "light cyan", "light magenta",
    "light grey",  "light gray",  "black",       "cyan",              "magenta",    "yellow",
    "grey",        "gray",        "red",         "green",             "blue",       "orange",
    "violet",      "white",       "clear",
};

// colourFromName for a name in ASCII (what agents send): the same words found in place, letters
// compared without case, so no lower-case copy of the name is made. nullopt for any other name
// (Unicode case mapping can change a string's length and its letters: the general path decides).
std::optional<QString> asciiColour(const QString &name)
{
    const QChar *text = name.constData();
    const qsizetype size = name.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i].unicode() >= 0x80)
            return std::nullopt;
    }
    const auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c; };
    const auto letter = [&lower](char16_t c) {
        c = lower(c);
        return c >= u'a' && c <= u'z';
    };
    // The first colour of the list found at any word start: each start is tried against the
    // colours that begin with its letter, and the earliest colour in the list wins.
    static constexpr auto lengths = [] {
        std::array<qsizetype, std::size(kColours)> result{};
        for (std::size_t c = 0; c < std::size(kColours); ++c)
            result[c] = qsizetype(std::char_traits<char>::length(kColours[c]));
        return result;
    }();
    std::size_t best = std::size(kColours);
    for (qsizetype at = 0; at < size; ++at) {
        const char16_t first = lower(text[at].unicode());
        if (first < u'a' || first > u'z' || (at > 0 && letter(text[at - 1].unicode())))
            continue; // not the start of a word
        for (std::size_t c = 0; c < best; ++c) {
            const char *colour = kColours[c];
            const qsizetype end = at + lengths[c];
            if (char16_t(colour[0]) != first || end > size || (end < size && letter(text[end].unicode())))
                continue;
            qsizetype i = 1;
            while (i < lengths[c] && lower(text[at + i].unicode()) == char16_t(colour[i]))
                ++i;
            if (i == lengths[c]) {
                best = c; // later colours in the list lose to this one
                break;
            }
        }
    }
    if (best == std::size(kColours))
        return QString();
    if (std::strcmp(kColours[best], "gray") == 0)
        return DecodeText::latin1("grey");
    if (std::strcmp(kColours[best], "light gray") == 0)
        return DecodeText::latin1("light grey");
    return DecodeText::latin1(kColours[best]);
}

std::optional<int> intValue(const VarBind &bind)
{
    const auto value = bind.toInt();
    if (!value)
        return std::nullopt;
    return int(qBound(qint64(std::numeric_limits<int>::min()), *value, qint64(std::numeric_limits<int>::max())));
}

QString text(const RowIndex &rows, const Oid &oid)
{
    const VarBind *bind = rows.at(oid);
    return bind ? DecodeText::varText(*bind) : QString();
}

// One cell of a table: the column OID followed by the row's index.
const VarBind *cell(const RowIndex &rows, const Oid &column, RowIndex::Suffix index)
{
    return rows.at(column.appended(index));
}


// Model and serial arrive as hex, PML-prefixed or NUL-padded strings: decode the shapes (as
// DecodeText::printerText), keeping whether the text differs from the bytes.
QString printerText(const VarBind *bind, bool &transformed)
{
    transformed = false;
    if (!bind)
        return {};
    if (bind->type != ValueType::OctetString)
        return DecodeText::varText(*bind);
    PrinterText decoded = DecodeText::printerString(bind->bytes);
    transformed = decoded.transformed;
    return std::move(decoded.text);
}

// decodeIdentity after the system group's strings. `sysDescr` is the text the vendor is guessed
// from; a null one is read here only when that guess is needed.
void decodeIdentityRest(const RowIndex &rows, Core::Identity &identity, const QString &sysDescr,
                        std::optional<quint32> device, IdentityCells &cells)
{
    if (const VarBind *objectId = rows.at(Oids::sysObjectId); objectId && objectId->type == ValueType::ObjectId) {
        identity.sysObjectId = DecodeText::oidText(objectId->oidValue);
        identity.vendor = vendorForEnterprise(enterpriseNumber(objectId->oidValue));
    }
    if (identity.vendor.isEmpty())
        identity.vendor = vendorFromDescription(sysDescr.isNull() ? text(rows, Oids::sysDescr) : sysDescr);

    if (device) {
        cells.model = rows.at(Oids::hrDeviceDescr.child(*device));
        identity.model = printerText(cells.model, cells.modelTransformed);
        cells.serial = rows.at(Oids::prtGeneralSerialNumber.child(*device));
        identity.serial = printerText(cells.serial, cells.serialTransformed);
    }
    if (identity.serial.isEmpty()) {
        for (const auto &[index, serial] : rows.column(Oids::prtGeneralSerialNumber)) {
            cells.serial = serial;
            identity.serial = printerText(serial, cells.serialTransformed);
            if (!identity.serial.isEmpty())
                break;
        }
    }
    for (const auto &[index, mac] : rows.column(Oids::ifPhysAddress)) {
        if (mac->type != ValueType::OctetString || mac->bytes.size() != 6
            || mac->bytes == QByteArray(6, '\0'))
            continue;
        identity.mac = macText(mac->bytes);
        break;
    }
    if (looksLikePrinter(rows))
        identity.deviceType = QStringLiteral("printer");
}

} // namespace

std::optional<quint32> printerDeviceIndex(const RowIndex &rows)
{
    for (const auto &[index, bind] : rows.column(Oids::hrDeviceType)) {
        if (index.size() == 1 && bind->type == ValueType::ObjectId && bind->oidValue == Oids::hrDevicePrinter)
            return index.first();
    }
    for (const Oid *columnOid : {&Oids::prtGeneralSerialNumber, &Oids::hrDeviceDescr}) {
        const RowIndex::Column rowsOf = rows.column(*columnOid);
        if (!rowsOf.isEmpty() && rowsOf.first().first.size() == 1)
            return rowsOf.first().first.first();
    }
    return std::nullopt;
}

Core::Identity decodeIdentity(const QList<VarBind> &rows)
{
    return decodeIdentity(RowIndex(rows));
}

Core::Identity decodeIdentity(const RowIndex &rows)
{
    Core::Identity identity;
    identity.sysDescr = text(rows, Oids::sysDescr);
    identity.sysName = text(rows, Oids::sysName);
    identity.sysContact = text(rows, Oids::sysContact);
    identity.sysLocation = text(rows, Oids::sysLocation);
    IdentityCells cells;
    decodeIdentityRest(rows, identity, identity.sysDescr, printerDeviceIndex(rows), cells);
    return identity;
}

Core::Identity decodeIdentityWithoutSystemStrings(const RowIndex &rows, std::optional<quint32> device,
                                                  IdentityCells &cells)
{
    Core::Identity identity;
    decodeIdentityRest(rows, identity, {}, device, cells);
    return identity;
}

Core::DeviceStatus mapStatus(int hrDeviceStatus, int hrPrinterStatus)
{
    using Core::DeviceStatus;
    // hrDeviceStatus: 1 unknown, 2 running, 3 warning, 4 testing, 5 down.
    // hrPrinterStatus: 1 other, 2 unknown, 3 idle, 4 printing, 5 warmup.
    switch (hrDeviceStatus) {
    case 2: // running
        switch (hrPrinterStatus) {
        case 1: return DeviceStatus::Asleep; // RFC 3805 "Standby": running + other
        case 4: return DeviceStatus::Printing;
        case 5: return DeviceStatus::WarmingUp;
        default: return DeviceStatus::Idle;
        }
    case 3: // warning: a non-critical alert, still usable
    case 4: // testing
        return DeviceStatus::Warning;
    case 5: // down
        return hrPrinterStatus == 5 ? DeviceStatus::WarmingUp : DeviceStatus::Down; // "moving online"
    default:
        switch (hrPrinterStatus) {
        case 3: return DeviceStatus::Idle;
        case 4: return DeviceStatus::Printing;
        case 5: return DeviceStatus::WarmingUp;
        default: return DeviceStatus::Unknown;
        }
    }
}

Core::DeviceStatus decodeStatus(const QList<VarBind> &rows)
{
    return decodeStatus(RowIndex(rows));
}

Core::DeviceStatus decodeStatus(const RowIndex &rows)
{
    return decodeStatus(rows, printerDeviceIndex(rows));
}

Core::DeviceStatus decodeStatus(const RowIndex &rows, std::optional<quint32> device)
{
    int deviceStatus = 0;
    int printerStatus = 0;
    if (device) {
        if (const VarBind *bind = rows.at(Oids::hrDeviceStatus.child(*device)))
            deviceStatus = intValue(*bind).value_or(0);
        if (const VarBind *bind = rows.at(Oids::hrPrinterStatus.child(*device)))
            printerStatus = intValue(*bind).value_or(0);
    }
    if (printerStatus == 0) {
        const RowIndex::Column statuses = rows.column(Oids::hrPrinterStatus);
        if (!statuses.isEmpty())
            printerStatus = intValue(*statuses.first().second).value_or(0);
    }
    return mapStatus(deviceStatus, printerStatus);
}

quint32 decodeErrorState(const QByteArray &octets)
{
    quint32 bits = 0;
    if (!octets.isEmpty())
        bits |= quint32(quint8(octets.at(0))) << 8;
    if (octets.size() > 1)
        bits |= quint32(quint8(octets.at(1)));
    return bits;
}

quint32 decodeErrorState(const QList<VarBind> &rows)
{
    return decodeErrorState(RowIndex(rows));
}

quint32 decodeErrorState(const RowIndex &rows)
{
    return decodeErrorState(rows, printerDeviceIndex(rows));
}

quint32 decodeErrorState(const RowIndex &rows, std::optional<quint32> device)
{
    const VarBind *bind = device ? rows.at(Oids::hrPrinterDetectedErrorState.child(*device)) : nullptr;
    if (!bind) {
        const RowIndex::Column states = rows.column(Oids::hrPrinterDetectedErrorState);
        if (!states.isEmpty())
            bind = states.first().second;
    }
    return bind && bind->type == ValueType::OctetString ? decodeErrorState(bind->bytes) : 0;
}

QStringList errorStateKeys(quint32 bits)
{
    QStringList keys;
    for (int bit = 0; bit < int(std::size(kErrorBits)); ++bit) {
        if (bits & (0x8000u >> bit))
            keys.append(DecodeText::latin1(kErrorBits[bit]));
    }
    return keys;
}

QString supplyKind(int prtMarkerSuppliesType)
{
    const QString kind = lookup(kSupplyKinds, prtMarkerSuppliesType);
    return kind.isEmpty() ? QStringLiteral("other") : kind;
}

QString supplyKindFromDescription(const QString &description)
{
    // Word stems in the order that settles overlaps: "Waste Toner Box" is waste, "Toner
    // Cartridge" is toner, "Transfer Roller"/"Transfer Belt" is transfer.
    static const std::pair<const char *, const char *> stems[] = {
        {"waste", "waste"}, {"fuser", "fuser"},  {"transfer", "transfer"}, {"drum", "drum"},
        {"developer", "developer"}, {"toner", "toner"}, {"ink", "ink"}, {"staple", "staples"},
    };
    const QString lower = description.toLower();
    for (const auto &[stem, kind] : stems) {
        const QLatin1String needle(stem);
        const qsizetype at = lower.indexOf(needle);
        if (at >= 0 && (at == 0 || !lower.at(at - 1).isLetter()))
            return QLatin1String(kind);
    }
    return QStringLiteral("other");
}

QString supplyUnitName(int prtMarkerSuppliesUnit)
{
    return lookup(kSupplyUnits, prtMarkerSuppliesUnit);
}

QString counterUnitName(int prtMarkerCounterUnit)
{
    return lookup(kCounterUnits, prtMarkerCounterUnit);
}

QString colourFromName(const QString &name)
{
    // A colour counts only as a whole word (or words): the colours are compared at the starts
    // of words, not searched for in the whole text one by one.
    if (const auto ascii = asciiColour(name))
        return *ascii;
    const QString lower = name.toLower();
    const QStringView text(lower);
    QVarLengthArray<qsizetype, 32> starts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLetter() && (i == 0 || !text.at(i - 1).isLetter()))
            starts.append(i);
    }
    for (const char *colour : kColours) {
        const QLatin1String needle(colour);
        for (const qsizetype at : starts) {
            const qsizetype end = at + needle.size();
            if (end > text.size() || text.at(at) != QLatin1Char(needle.front())
                || !text.sliced(at, needle.size()).startsWith(needle) || (end < text.size() && text.at(end).isLetter()))
                continue;
            if (needle == QLatin1String("gray"))
                return QStringLiteral("grey");
            if (needle == QLatin1String("light gray"))
                return QStringLiteral("light grey");
            return QString(needle);
        }
    }
    return {};
}

QList<Core::SupplyReading> decodeSupplies(const QList<VarBind> &rows)
{
    return decodeSupplies(RowIndex(rows));
}

QList<Core::SupplyReading> decodeSupplies(const RowIndex &rows)
{
    const Oid &entry = Oids::prtMarkerSuppliesEntry;
    // The provenance texts: each column's digits made once, a cell's index appended.
    static const QString capacityText = DecodeText::oidText(entry.child(8)), levelText = DecodeText::oidText(entry.child(9));

    // Each column's rows found once; a supply's cells are then searched within them.
    // The columns are looked up inside the table's rows, not the whole read.
    const auto table = rows.column(entry).columns<10>();
    const RowIndex::Column &colorantIndexes = table[3], &classes = table[4], &types = table[5],
                           &descriptions = table[6], &units = table[7], &capacities = table[8], &levels = table[9];
    const RowIndex::Column colorants = rows.column(Oids::prtMarkerColorantValue);

    // Every index seen in any column is a supply, so a trimmed table still shows what it has.
    std::vector<RowIndex::Suffix> indexes;
    for (const RowIndex::Column *column : {&descriptions, &levels, &types, &capacities}) {
        for (const auto &[index, bind] : *column)
            indexes.push_back(index);
    }
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());

    // The indexes are in order: each column is read by a cursor moving forward.
    RowIndex::Column::Cursor descriptionAt(descriptions), typeAt(types), classAt(classes), levelAt(levels),
        capacityAt(capacities), colorantIndexAt(colorantIndexes), unitAt(units);
    QList<Core::SupplyReading> supplies;
    supplies.reserve(qsizetype(indexes.size()));
    for (const RowIndex::Suffix index : indexes) {
        if (index.size() != 2)
            continue;
        Core::SupplyReading supply;
        supply.index = int(index.at(1));
        if (const VarBind *bind = descriptionAt.seek(index))
            supply.description = DecodeText::varText(*bind);
        if (const VarBind *bind = typeAt.seek(index))
            supply.kind = supplyKind(intValue(*bind).value_or(1));
        else
            supply.kind = QStringLiteral("other");
        if (supply.kind == QLatin1String("other"))
            supply.kind = supplyKindFromDescription(supply.description);
        if (const VarBind *bind = classAt.seek(index))
            supply.receptacle = intValue(*bind).value_or(0) == 4; // receptacleThatIsFilled
        if (const VarBind *bind = levelAt.seek(index))
            supply.level = intValue(*bind).value_or(Core::SupplyUnknown);
        const VarBind *capacity = capacityAt.seek(index);
        if (capacity)
            supply.maxCapacity = intValue(*capacity).value_or(Core::SupplyUnknown);
        if (const VarBind *bind = colorantIndexAt.seek(index)) {
            const int colorant = intValue(*bind).value_or(0);
            if (colorant > 0) {
                const quint32 colorantIndex[] = {index.at(0), quint32(colorant)};
                if (const VarBind *value = colorants.find(RowIndex::Suffix(colorantIndex, 2))) {
                    const QString name = DecodeText::varText(*value);
                    supply.colour = colourFromName(name);
                    if (supply.colour.isEmpty())
                        supply.colour = name.toLower();
                }
            }
        }
        if (supply.colour.isEmpty())
            supply.colour = colourFromName(supply.description);
        if (supply.colour == QLatin1String("unknown") || supply.colour == QLatin1String("other"))
            supply.colour.clear();
        supply.source = DecodeText::oidText(levelText, index.data(), index.size());
        if (capacity)
            supply.capacitySource = DecodeText::oidText(capacityText, index.data(), index.size());
        if (const VarBind *bind = unitAt.seek(index))
            supply.unit = supplyUnitName(intValue(*bind).value_or(0));
        supplies.append(std::move(supply));
    }
    return supplies;
}

QList<Core::CounterReading> decodeCounters(const QList<VarBind> &rows)
{
    return decodeCounters(RowIndex(rows));
}

QList<Core::CounterReading> decodeCounters(const RowIndex &rows)
{
    QList<Core::CounterReading> counters;
    for (const auto &[index, lifeCount] : rows.column(Oids::prtMarkerLifeCount)) {
        const auto value = lifeCount->toInt();
        if (!value || *value < 0)
            continue;
        Core::CounterReading counter;
        counter.name = QStringLiteral("total");
        counter.value = *value;
        static const QString lifeCountText = DecodeText::oidText(Oids::prtMarkerLifeCount);
        counter.source = DecodeText::oidText(lifeCountText, index.data(), index.size());
        if (const VarBind *unit = cell(rows, Oids::prtMarkerCounterUnit, index))
            counter.unit = counterUnitName(intValue(*unit).value_or(0));
        counters.append(counter);
        break; // the first marker is the printer's engine; a later issue adds the others
    }
    return counters;
}

QList<Core::AlertEntry> decodeAlerts(const QList<VarBind> &rows)
{
    return decodeAlerts(RowIndex(rows));
}

QList<Core::AlertEntry> decodeAlerts(const RowIndex &rows)
{
    const Oid &entry = Oids::prtAlertEntry;

    // The table is indexed by hrDeviceIndex + prtAlertIndex: the device is whatever the printer
    // uses (not always 1), and every column is read at the row's own full index.
    const auto table = rows.column(entry).columns<10>();
    const RowIndex::Column &severities = table[2], &trainingLevels = table[3], &groups = table[4],
                           &groupIndexes = table[5], &locations = table[6], &codes = table[7],
                           &descriptions = table[8], &times = table[9];
    std::vector<RowIndex::Suffix> indexes;
    for (const RowIndex::Column *column : {&severities, &codes}) {
        for (const auto &[index, bind] : *column)
            indexes.push_back(index);
    }
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());

    // The indexes are in order: each column is read by a cursor moving forward.
    RowIndex::Column::Cursor severityAt(severities), groupAt(groups), groupIndexAt(groupIndexes),
        locationAt(locations), codeAt(codes), trainingLevelAt(trainingLevels), timeAt(times),
        descriptionAt(descriptions);
    QList<Core::AlertEntry> alerts;
    for (const RowIndex::Suffix index : indexes) {
        if (index.size() != 2)
            continue;
        Core::AlertEntry alert;
        alert.index = int(index.at(1));
        auto number = [index](RowIndex::Column::Cursor &column) {
            const VarBind *bind = column.seek(index);
            return bind ? intValue(*bind).value_or(0) : 0;
        };
        alert.severity = number(severityAt);
        alert.group = number(groupAt);
        alert.groupIndex = number(groupIndexAt);
        alert.location = number(locationAt);
        alert.code = number(codeAt);
        alert.trainingLevel = number(trainingLevelAt);
        if (const VarBind *bind = timeAt.seek(index))
            alert.time = bind->toInt().value_or(0);
        if (const VarBind *bind = descriptionAt.seek(index))
            alert.description = DecodeText::varText(*bind);
        alerts.append(std::move(alert));
    }
    return alerts;
}

qint64 decodeUptime(const QList<VarBind> &rows)
{
    return decodeUptime(RowIndex(rows));
}

qint64 decodeUptime(const RowIndex &rows)
{
    const VarBind *bind = rows.at(Oids::sysUpTime);
    if (!bind)
        return -1;
    return bind->toInt().value_or(-1);
}

bool looksLikePrinter(const QList<VarBind> &rows)
{
    return looksLikePrinter(RowIndex(rows));
}

bool looksLikePrinter(const RowIndex &rows)
{
    for (const auto &[index, bind] : rows.column(Oids::hrDeviceType)) {
        if (bind->type == ValueType::ObjectId && bind->oidValue == Oids::hrDevicePrinter)
            return true;
    }
    return rows.firstUnder(Oids::printerMib) != nullptr;
}

} // namespace Printwatch::Snmp::PrinterMib
