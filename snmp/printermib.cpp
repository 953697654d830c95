// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/printermib.h"

#include "snmp/printerstrings.h"
#include "snmp/vendors.h"

#include <QMap>

#include <algorithm>

namespace Printwatch::Snmp::PrinterMib {

namespace {

template<class Entry, size_t N>
QString lookup(const Entry (&table)[N], int code)
{
    for (const auto &entry : table) {
        if (entry.code == code)
            return QLatin1String(entry.key);
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

std::optional<int> intValue(const VarBind &bind)
{
    const auto value = bind.toInt();
    if (!value)
        return std::nullopt;
    return int(qBound(qint64(std::numeric_limits<int>::min()), *value, qint64(std::numeric_limits<int>::max())));
}

// Rows of one column, keyed by the index after the column OID.
QMap<QList<quint32>, const VarBind *> column(const QList<VarBind> &rows, const Oid &columnOid)
{
    QMap<QList<quint32>, const VarBind *> result;
    for (const VarBind &bind : rows) {
        if (columnOid.contains(bind.oid) && !bind.isException())
            result.insert(bind.oid.suffixAfter(columnOid), &bind);
    }
    return result;
}

const VarBind *find(const QList<VarBind> &rows, const Oid &oid)
{
    for (const VarBind &bind : rows) {
        if (bind.oid == oid && !bind.isException())
            return &bind;
    }
    return nullptr;
}

QString text(const QList<VarBind> &rows, const Oid &oid)
{
    const VarBind *bind = find(rows, oid);
    return bind ? bind->toText() : QString();
}

// Model and serial arrive as hex, PML-prefixed or NUL-padded strings: decode the shapes.
QString printerText(const VarBind *bind)
{
    if (!bind)
        return {};
    return bind->type == ValueType::OctetString ? decodePrinterString(bind->bytes).text : bind->toText();
}

// hrDeviceIndex of the printer: the hrDeviceEntry typed hrDevicePrinter, else the first
// index the Printer-MIB uses, else the first device.
std::optional<quint32> printerDeviceIndex(const QList<VarBind> &rows)
{
    const auto types = column(rows, Oids::hrDeviceType);
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.key().size() == 1 && it.value()->type == ValueType::ObjectId
            && it.value()->oidValue == Oids::hrDevicePrinter)
            return it.key().first();
    }
    const auto serials = column(rows, Oids::prtGeneralSerialNumber);
    if (!serials.isEmpty() && serials.firstKey().size() == 1)
        return serials.firstKey().first();
    const auto descriptions = column(rows, Oids::hrDeviceDescr);
    if (!descriptions.isEmpty() && descriptions.firstKey().size() == 1)
        return descriptions.firstKey().first();
    return std::nullopt;
}

} // namespace

Core::Identity decodeIdentity(const QList<VarBind> &rows)
{
    Core::Identity identity;
    identity.sysDescr = text(rows, Oids::sysDescr);
    identity.sysName = text(rows, Oids::sysName);
    identity.sysContact = text(rows, Oids::sysContact);
    identity.sysLocation = text(rows, Oids::sysLocation);
    if (const VarBind *objectId = find(rows, Oids::sysObjectId); objectId && objectId->type == ValueType::ObjectId) {
        identity.sysObjectId = objectId->oidValue.toString();
        identity.vendor = vendorForEnterprise(enterpriseNumber(objectId->oidValue));
    }
    if (identity.vendor.isEmpty())
        identity.vendor = vendorFromDescription(identity.sysDescr);

    const auto device = printerDeviceIndex(rows);
    if (device) {
        identity.model = printerText(find(rows, Oids::hrDeviceDescr.child(*device)));
        identity.serial = printerText(find(rows, Oids::prtGeneralSerialNumber.child(*device)));
    }
    if (identity.serial.isEmpty()) {
        for (const VarBind *serial : column(rows, Oids::prtGeneralSerialNumber)) {
            identity.serial = printerText(serial);
            if (!identity.serial.isEmpty())
                break;
        }
    }
    for (const VarBind *mac : column(rows, Oids::ifPhysAddress)) {
        if (mac->type != ValueType::OctetString || mac->bytes.size() != 6
            || mac->bytes == QByteArray(6, '\0'))
            continue;
        identity.mac = macText(mac->bytes);
        break;
    }
    if (looksLikePrinter(rows))
        identity.deviceType = QStringLiteral("printer");
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
    const auto device = printerDeviceIndex(rows);
    int deviceStatus = 0;
    int printerStatus = 0;
    if (device) {
        if (const VarBind *bind = find(rows, Oids::hrDeviceStatus.child(*device)))
            deviceStatus = intValue(*bind).value_or(0);
        if (const VarBind *bind = find(rows, Oids::hrPrinterStatus.child(*device)))
            printerStatus = intValue(*bind).value_or(0);
    }
    if (printerStatus == 0) {
        const auto statuses = column(rows, Oids::hrPrinterStatus);
        if (!statuses.isEmpty())
            printerStatus = intValue(*statuses.first()).value_or(0);
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
    const auto device = printerDeviceIndex(rows);
    const VarBind *bind = device ? find(rows, Oids::hrPrinterDetectedErrorState.child(*device)) : nullptr;
    if (!bind) {
        const auto states = column(rows, Oids::hrPrinterDetectedErrorState);
        if (!states.isEmpty())
            bind = states.first();
    }
    return bind && bind->type == ValueType::OctetString ? decodeErrorState(bind->bytes) : 0;
}

QStringList errorStateKeys(quint32 bits)
{
    QStringList keys;
    for (int bit = 0; bit < int(std::size(kErrorBits)); ++bit) {
        if (bits & (0x8000u >> bit))
            keys.append(QLatin1String(kErrorBits[bit]));
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
    const QString lower = name.toLower();
    for (const char *colour : kColours) {
        const QLatin1String needle(colour);
        for (qsizetype at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
            const qsizetype end = at + needle.size();
            if ((at == 0 || !lower.at(at - 1).isLetter()) && (end >= lower.size() || !lower.at(end).isLetter()))
            {
                if (needle == QLatin1String("gray"))
                    return QStringLiteral("grey");
                if (needle == QLatin1String("light gray"))
                    return QStringLiteral("light grey");
                return QString(needle);
            }
        }
    }
    return {};
}

QList<Core::SupplyReading> decodeSupplies(const QList<VarBind> &rows)
{
    const Oid &entry = Oids::prtMarkerSuppliesEntry;
    const auto colorantIndexes = column(rows, entry.child(3));
    const auto classes = column(rows, entry.child(4));
    const auto types = column(rows, entry.child(5));
    const auto descriptions = column(rows, entry.child(6));
    const auto capacities = column(rows, entry.child(8));
    const auto levels = column(rows, entry.child(9));
    const auto units = column(rows, entry.child(7));
    const auto colorants = column(rows, Oids::prtMarkerColorantValue);

    // Every index seen in any column is a supply, so a trimmed table still shows what it has.
    QList<QList<quint32>> indexes;
    for (const auto *columnRows : {&descriptions, &levels, &types, &capacities}) {
        for (auto it = columnRows->cbegin(); it != columnRows->cend(); ++it) {
            if (!indexes.contains(it.key()))
                indexes.append(it.key());
        }
    }
    std::sort(indexes.begin(), indexes.end());

    QList<Core::SupplyReading> supplies;
    for (const QList<quint32> &index : std::as_const(indexes)) {
        if (index.size() != 2)
            continue;
        Core::SupplyReading supply;
        supply.index = int(index.at(1));
        if (const VarBind *bind = descriptions.value(index))
            supply.description = bind->toText();
        if (const VarBind *bind = types.value(index))
            supply.kind = supplyKind(intValue(*bind).value_or(1));
        else
            supply.kind = QStringLiteral("other");
        if (supply.kind == QLatin1String("other"))
            supply.kind = supplyKindFromDescription(supply.description);
        if (const VarBind *bind = classes.value(index))
            supply.receptacle = intValue(*bind).value_or(0) == 4; // receptacleThatIsFilled
        if (const VarBind *bind = levels.value(index))
            supply.level = intValue(*bind).value_or(Core::SupplyUnknown);
        if (const VarBind *bind = capacities.value(index))
            supply.maxCapacity = intValue(*bind).value_or(Core::SupplyUnknown);
        if (const VarBind *bind = colorantIndexes.value(index)) {
            const int colorant = intValue(*bind).value_or(0);
            if (colorant > 0) {
                if (const VarBind *value = colorants.value({index.at(0), quint32(colorant)}))
                    supply.colour = colourFromName(value->toText());
                if (supply.colour.isEmpty() && colorants.value({index.at(0), quint32(colorant)}))
                    supply.colour = colorants.value({index.at(0), quint32(colorant)})->toText().toLower();
            }
        }
        if (supply.colour.isEmpty())
            supply.colour = colourFromName(supply.description);
        if (supply.colour == QLatin1String("unknown") || supply.colour == QLatin1String("other"))
            supply.colour.clear();
        supply.source = entry.child(9).appended(index).toString();
        if (capacities.value(index))
            supply.capacitySource = entry.child(8).appended(index).toString();
        if (const VarBind *bind = units.value(index))
            supply.unit = supplyUnitName(intValue(*bind).value_or(0));
        supplies.append(supply);
    }
    return supplies;
}

QList<Core::CounterReading> decodeCounters(const QList<VarBind> &rows)
{
    QList<Core::CounterReading> counters;
    const auto lifeCounts = column(rows, Oids::prtMarkerLifeCount);
    const auto units = column(rows, Oids::prtMarkerCounterUnit);
    for (auto it = lifeCounts.cbegin(); it != lifeCounts.cend(); ++it) {
        const auto value = it.value()->toInt();
        if (!value || *value < 0)
            continue;
        Core::CounterReading counter;
        counter.name = QStringLiteral("total");
        counter.value = *value;
        counter.source = it.value()->oid.toString();
        if (const VarBind *unit = units.value(it.key()))
            counter.unit = counterUnitName(intValue(*unit).value_or(0));
        counters.append(counter);
        break; // the first marker is the printer's engine; a later issue adds the others
    }
    return counters;
}

QList<Core::AlertEntry> decodeAlerts(const QList<VarBind> &rows)
{
    const Oid &entry = Oids::prtAlertEntry;
    const auto severities = column(rows, entry.child(2));
    const auto groups = column(rows, entry.child(4));
    const auto groupIndexes = column(rows, entry.child(5));
    const auto locations = column(rows, entry.child(6));
    const auto codes = column(rows, entry.child(7));
    const auto descriptions = column(rows, entry.child(8));
    const auto trainingLevels = column(rows, entry.child(3));
    const auto times = column(rows, entry.child(9));

    // The table is indexed by hrDeviceIndex + prtAlertIndex: the device is whatever the printer
    // uses (not always 1), and every column is read at the row's own full index.
    QList<QList<quint32>> indexes = severities.keys();
    for (const auto &index : codes.keys()) {
        if (!indexes.contains(index))
            indexes.append(index);
    }
    std::sort(indexes.begin(), indexes.end());

    QList<Core::AlertEntry> alerts;
    for (const QList<quint32> &index : std::as_const(indexes)) {
        if (index.size() != 2)
            continue;
        Core::AlertEntry alert;
        alert.index = int(index.at(1));
        auto number = [&index](const QMap<QList<quint32>, const VarBind *> &col) {
            const VarBind *bind = col.value(index);
            return bind ? intValue(*bind).value_or(0) : 0;
        };
        alert.severity = number(severities);
        alert.group = number(groups);
        alert.groupIndex = number(groupIndexes);
        alert.location = number(locations);
        alert.code = number(codes);
        alert.trainingLevel = number(trainingLevels);
        if (const VarBind *bind = times.value(index))
            alert.time = bind->toInt().value_or(0);
        if (const VarBind *bind = descriptions.value(index))
            alert.description = bind->toText();
        alerts.append(alert);
    }
    return alerts;
}

qint64 decodeUptime(const QList<VarBind> &rows)
{
    const VarBind *bind = find(rows, Oids::sysUpTime);
    if (!bind)
        return -1;
    return bind->toInt().value_or(-1);
}

bool looksLikePrinter(const QList<VarBind> &rows)
{
    for (const VarBind &bind : rows) {
        if (bind.isException())
            continue;
        if (Oids::hrDeviceType.contains(bind.oid) && bind.type == ValueType::ObjectId
            && bind.oidValue == Oids::hrDevicePrinter)
            return true;
        if (Oids::printerMib.contains(bind.oid))
            return true;
    }
    return false;
}

} // namespace Printwatch::Snmp::PrinterMib
