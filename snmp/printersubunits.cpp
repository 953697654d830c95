// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/printersubunits.h"

#include "snmp/alertcodes.h"
#include "snmp/decodetext.h"
#include "snmp/printermib.h"

#include <algorithm>
#include <climits>
#include <utility>
#include <vector>

namespace Printwatch::Snmp::PrinterSubUnits {

namespace {

const Oid kPrtCoverEntry{1, 3, 6, 1, 2, 1, 43, 6, 1, 1};
const Oid kPrtInputEntry{1, 3, 6, 1, 2, 1, 43, 8, 2, 1};
const Oid kPrtOutputEntry{1, 3, 6, 1, 2, 1, 43, 9, 2, 1};
const Oid kPrtMediaPathEntry{1, 3, 6, 1, 2, 1, 43, 13, 4, 1};
const Oid kPrtInterpreterEntry{1, 3, 6, 1, 2, 1, 43, 15, 1, 1};
const Oid kPrtConsoleDisplayText{1, 3, 6, 1, 2, 1, 43, 16, 5, 1, 2};
const Oid kHrStorageFixedDisk{1, 3, 6, 1, 2, 1, 25, 2, 1, 4};
const Oid kHrDeviceTypes{1, 3, 6, 1, 2, 1, 25, 3, 1};

// RowIndex::text and ::number of a cell already found (nullptr: none).
QString cellText(const VarBind *bind)
{
    return bind ? DecodeText::printerText(*bind) : QString();
}

int cellNumber(const VarBind *bind, int fallback)
{
    const auto value = bind ? bind->toInt() : std::nullopt;
    return value ? int(qBound(qint64(INT_MIN), *value, qint64(INT_MAX))) : fallback;
}

QList<Core::TrayInfo> decodeTrays(const RowIndex &rows, bool input)
{
    const Oid &entry = input ? kPrtInputEntry : kPrtOutputEntry;
    // Column numbers differ between the input and the output table (RFC 3805).
    const quint32 typeCol = 2, maxCol = input ? 9 : 4, levelCol = input ? 10 : 5, statusCol = input ? 11 : 6,
                  nameCol = input ? 13 : 7, descrCol = input ? 18 : 12;
    // Each column found once inside the table's rows; a tray's cells are searched within them.
    const auto table = rows.column(entry).columns<19>();
    const RowIndex::Column &types = table[typeCol], &maxes = table[maxCol], &levels = table[levelCol],
                           &statuses = table[statusCol], &names = table[nameCol], &descriptions = table[descrCol],
                           &media = table[12];
    std::vector<std::pair<quint32, quint32>> seen;
    QList<Core::TrayInfo> trays;
    for (const RowIndex::Column *column : {&descriptions, &names, &maxes, &levels}) {
        for (const auto &[index, bind] : *column) {
            if (index.size() != 2)
                continue;
            const std::pair<quint32, quint32> key{index.at(0), index.at(1)};
            if (std::find(seen.cbegin(), seen.cend(), key) != seen.cend())
                continue;
            seen.push_back(key);
            Core::TrayInfo tray;
            tray.index = int(index.at(1));
            tray.name = cellText(names.find(index));
            tray.description = cellText(descriptions.find(index));
            if (input)
                tray.mediaName = cellText(media.find(index));
            tray.level = cellNumber(levels.find(index), Core::SupplyUnknown);
            tray.maxCapacity = cellNumber(maxes.find(index), Core::SupplyUnknown);
            const int type = cellNumber(types.find(index), 0);
            tray.kind = input ? PrinterMib::inputTypeKey(type) : QStringLiteral("output");
            if (const VarBind *status = statuses.find(index))
                tray.status = PrinterMib::subUnitStatusText(cellNumber(status, 0));
            trays.append(tray);
        }
    }
    std::sort(trays.begin(), trays.end(), [](const auto &a, const auto &b) { return a.index < b.index; });
    return trays;
}

} // namespace

Core::Capabilities decodeCapabilities(const RowIndex &rows, const QList<Core::SupplyReading> &supplies)
{
    using namespace PrinterMib;
    Core::Capabilities caps;
    caps.inputs = decodeTrays(rows, true);
    caps.outputs = decodeTrays(rows, false);
    // hrDeviceTable's columns from one search and one pass over its rows; each device's cells
    // are then found within their column (hrDeviceType 2, hrDeviceDescr 3, hrDeviceStatus 5).
    const auto devices = rows.column(Oids::hrDeviceEntry).columns<6>();
    for (const auto &[index, bind] : devices[2]) {
        if (index.size() != 1)
            continue;
        Core::DeviceComponent component;
        component.index = int(index.first());
        component.type = bind->type == ValueType::ObjectId && kHrDeviceTypes.contains(bind->oidValue)
                             ? hrDeviceTypeKey(bind->oidValue.last())
                             : QStringLiteral("unknown");
        component.description = cellText(devices[3].find(index));
        component.status = cellNumber(devices[5].find(index), 0);
        caps.components.append(component);
    }
    for (const auto &[index, bind] : rows.column(kPrtInterpreterEntry.child(5))) {
        const QString text = DecodeText::printerString(bind->bytes).text;
        if (!text.isEmpty())
            caps.interpreters.append(text);
    }
    bool duplex = false;
    bool sawPath = false;
    for (const auto &[index, bind] : rows.column(kPrtMediaPathEntry.child(9))) {
        sawPath = true;
        const int type = bind->toInt().value_or(0);
        duplex = duplex || type == 3 || type == 4; // long/short-edge binding duplex
        QString text = rows.text(kPrtMediaPathEntry.child(10).appended(index));
        caps.mediaPaths.append(text.isEmpty() ? (type == 5 ? QStringLiteral("simplex") : type == 3 || type == 4 ? QStringLiteral("duplex") : QStringLiteral("other")) : text);
    }
    if (sawPath)
        caps.duplex = duplex;
    const auto markers = rows.column(Oids::prtMarkerEntry).columns<7>(); // prtMarkerTable, one search
    for (const auto &[index, bind] : markers[2])
        caps.markers.append(markTechKey(bind->toInt().value_or(2)));
    for (const auto &[index, bind] : markers[6]) {
        caps.colorants = int(bind->toInt().value_or(0));
        break;
    }
    // Only "is there a colour, and does any other toner/ink name a different one" matters, so compare
    // with the first colour seen instead of hashing every name into a set.
    const QString *firstColour = nullptr;
    bool colourDiffers = false;
    for (const Core::SupplyReading &supply : supplies) {
        if (supply.colour.isEmpty() || (supply.kind != QLatin1String("toner") && supply.kind != QLatin1String("ink")))
            continue;
        if (!firstColour)
            firstColour = &supply.colour;
        else if (supply.colour != *firstColour) {
            colourDiffers = true;
            break;
        }
    }
    if (caps.colorants > 0)
        caps.colour = caps.colorants > 1;
    else if (firstColour)
        caps.colour = colourDiffers;
    if (const VarBind *memory = rows.at(Oids::hrMemorySize))
        caps.memoryKb = memory->toInt().value_or(-1);
    for (const auto &[index, bind] : rows.column(Oids::hrStorageEntry.child(2))) {
        if (bind->type != ValueType::ObjectId || bind->oidValue != kHrStorageFixedDisk)
            continue;
        const qint64 unit = rows.number(Oids::hrStorageEntry.child(4).appended(index));
        const VarBind *size = rows.at(Oids::hrStorageEntry.child(5).appended(index));
        if (size && unit > 0)
            caps.storageKb = qMax<qint64>(caps.storageKb, 0) + size->toInt().value_or(0) * unit / 1024;
    }
    return caps;
}

Core::StatusDetail decodeStatusDetail(const RowIndex &rows, quint32 errorBits)
{
    using namespace PrinterMib;
    Core::StatusDetail detail;
    for (const auto &[index, bind] : rows.column(Oids::hrDeviceStatus)) {
        detail.hrDeviceStatus = int(bind->toInt().value_or(0));
        if (const VarBind *type = rows.at(Oids::hrDeviceType.appended(index)); type && type->oidValue == Oids::hrDevicePrinter)
            break;
    }
    for (const auto &[index, bind] : rows.column(Oids::hrPrinterStatus)) {
        detail.hrPrinterStatus = int(bind->toInt().value_or(0));
        break;
    }
    detail.errorStates = errorStateKeys(errorBits);
    for (const auto &[index, bind] : rows.column(kPrtConsoleDisplayText)) {
        const QString line = DecodeText::printerString(bind->bytes).text;
        if (!line.isEmpty())
            detail.consoleDisplay.append(line);
    }
    for (const auto &[index, bind] : rows.column(kPrtCoverEntry.child(3))) {
        if (index.size() != 2)
            continue;
        Core::CoverInfo cover;
        cover.index = int(index.at(1));
        cover.description = rows.text(kPrtCoverEntry.child(2).appended(index));
        cover.status = coverStatusKey(int(bind->toInt().value_or(1)));
        detail.covers.append(cover);
    }
    return detail;
}

} // namespace Printwatch::Snmp::PrinterSubUnits
