// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/pwgmibs.h"

#include "snmp/decodetext.h"

#include <QMap>

#include <algorithm>

namespace Printwatch::Snmp::PwgMibs {

namespace {

// IcWorkTypeTC and IcPersistenceTC values used here (PWG 5106.1).
constexpr int kWorkTotals = 3;
constexpr int kWaste = 6;
constexpr int kLifetime = 3;
constexpr int kSystemTotals = 3;

// One counter column of an icXxxTable: the column number, the name suffix and the unit. The
// prefix comes from the service ("print" + "_mono"); system totals use `systemName`.
struct Column
{
    quint32 column;
    const char *suffix;     // appended to the service prefix ("", "_mono", "_colour", ...)
    const char *systemName; // the name for system totals ("total", "mono", ...)
    const char *unit;
    const char *label;      // the MIB object's name, shown as the counter's label
};

struct Table
{
    const Oid *entry;
    QList<Column> columns;
    bool inputService; // images are what scan/fax-out/email-out services count; impressions are not
};

QString joinName(const QString &prefix, const char *suffix, const char *systemName, bool system)
{
    if (system)
        return QLatin1String(systemName);
    return prefix + QLatin1String(suffix);
}

bool isInputService(int serviceType)
{
    // scan(12), faxOut(8), emailOut(6), networkFaxOut(10) read paper; their work is images.
    return serviceType == 12 || serviceType == 8 || serviceType == 6 || serviceType == 10;
}

} // namespace

std::optional<QString> serviceKey(int icServiceType)
{
    switch (icServiceType) {
    case 3: return QString();
    case 4: return QStringLiteral("copy");
    case 5: return QStringLiteral("email_in");
    case 6: return QStringLiteral("email_sent");
    case 7: return QStringLiteral("fax");
    case 8: return QStringLiteral("fax_sent");
    case 9: return QStringLiteral("netfax");
    case 10: return QStringLiteral("netfax_sent");
    case 11: return QStringLiteral("print");
    case 12: return QStringLiteral("scan");
    case 13: return QStringLiteral("transform");
    default: return std::nullopt;
    }
}

QString protocolKey(int prtChannelType)
{
    switch (prtChannelType) {
    case 8: return QStringLiteral("lpd");      // chLPDServer
    case 11: return QStringLiteral("raw9100"); // chPort9100
    case 12: return QStringLiteral("appsocket");
    case 13: return QStringLiteral("ftp");
    case 14: return QStringLiteral("tftp");
    case 44: return QStringLiteral("ipp");     // chIPP
    default: return QStringLiteral("other(%1)").arg(prtChannelType);
    }
}

QList<Core::CounterReading> decodeImagingCounters(const RowIndex &rows)
{
    using namespace Oids;
    // Service keys: icKeyServiceType known and no subunit (icKeySubunitIndex 0 or absent);
    // subunit keys (markers, scanners) count per part and are not meters of the device.
    QMap<quint32, int> services; // icKeyIndex -> icKeyServiceType
    for (const auto &[index, bind] : rows.column(icKeyEntry.child(2))) {
        if (index.size() != 1)
            continue;
        const int type = int(bind->toInt().value_or(0));
        if (!serviceKey(type) || rows.number(icKeyEntry.child(5).appended(index)) != 0)
            continue;
        services.insert(index.first(), type);
    }
    if (services.isEmpty())
        return {};

    const Table tables[] = {
        {&icImpressionEntry,
         {{4, "", "total", "impressions", "icImpressionTotalImps"},
          {5, "_mono", "mono", "impressions", "icImpressionMonochromeImps"},
          {7, "_colour", "colour", "impressions", "icImpressionFullColorImps"}},
         false},
        {&icSheetEntry, {{4, "_sheets", "sheets", "sheets", "icSheetTotalSheets"}}, false},
        {&icTwoSidedEntry, {{4, "_duplex", "duplex", "impressions", "icTwoSidedTotalImps"}}, false},
        {&icImageEntry,
         {{4, "", "images", "images", "icImageTotalImages"},
          {5, "_mono", "images_mono", "images", "icImageMonochromeImages"},
          {6, "_colour", "images_colour", "images", "icImageFullColorImages"}},
         true},
    };

    QList<Core::CounterReading> result;
    auto add = [&result](const QString &name, const VarBind &bind, const char *unit, const QString &label) {
        const auto value = bind.toInt();
        if (!value || *value < 0)
            return;
        Core::CounterReading reading;
        reading.name = name;
        reading.value = reading.rawValue = *value;
        reading.unit = QLatin1String(unit);
        reading.source = DecodeText::oidText(bind.oid);
        reading.label = label;
        result.append(reading);
    };
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        const quint32 key = it.key();
        const int type = it.value();
        const bool system = type == kSystemTotals;
        const QString prefix = *serviceKey(type);
        const QString serviceLabel = system ? QStringLiteral("system totals") : prefix;
        for (const Table &table : tables) {
            // Scan and fax-out count images and print nothing; print, copy and fax-in count
            // impressions. The other table of each would only repeat the name with another unit.
            if (!system && table.inputService != isInputService(type) && table.entry != &icSheetEntry
                && table.entry != &icTwoSidedEntry)
                continue;
            for (const int work : {kWorkTotals, kWaste}) {
                for (const Column &column : table.columns) {
                    const Oid oid = table.entry->child(column.column).appended({key, quint32(work), quint32(kLifetime)});
                    const VarBind *bind = rows.at(oid);
                    if (!bind)
                        continue;
                    QString name = joinName(prefix, column.suffix, column.systemName, system);
                    if (work == kWaste)
                        name += QStringLiteral("_waste");
                    add(name, *bind, column.unit,
                        QStringLiteral("PWG %1 %2%3").arg(serviceLabel, QLatin1String(column.label),
                                                         work == kWaste ? QStringLiteral(" (waste)") : QString()));
                }
            }
        }
        // icMonitorCompletedJobs, lifetime.
        if (const VarBind *jobs = rows.at(icMonitorEntry.child(8).appended({key, quint32(kLifetime)})))
            add(system ? QStringLiteral("jobs") : prefix + QStringLiteral("_jobs"), *jobs, "jobs",
                QStringLiteral("PWG %1 icMonitorCompletedJobs").arg(serviceLabel));
    }
    return result;
}

QList<Core::CounterReading> decodeImagingCounters(const QList<VarBind> &rows)
{
    return decodeImagingCounters(RowIndex(rows));
}

QList<Core::PortInfo> decodePorts(const RowIndex &rows)
{
    using namespace Oids;
    QList<Core::PortInfo> ports;
    // Rows are found by any of the name, URI or protocol columns: agents leave columns out.
    QMap<std::pair<quint32, quint32>, bool> seen;
    // The table's columns from one pass over its rows; a port's cells are searched within them.
    const auto table = rows.column(ppmPortEntry).columns<7>();
    const auto text = [](const VarBind *bind) { return bind ? DecodeText::printerText(*bind) : QString(); };
    const auto number = [](const VarBind *bind) {
        const auto value = bind ? bind->toInt() : std::nullopt;
        return value ? int(qBound(qint64(INT_MIN), *value, qint64(INT_MAX))) : 0;
    };
    for (const quint32 col : {3u, 4u, 5u, 2u}) {
        for (const auto &[index, bind] : table[col]) {
            if (index.size() != 2 || seen.contains({index.at(0), index.at(1)}))
                continue;
            seen.insert({index.at(0), index.at(1)}, true);
            Core::PortInfo port;
            port.printerIndex = int(index.at(0));
            port.index = int(index.at(1));
            port.name = text(table[3].find(index));
            port.uri = text(table[4].find(index));
            if (const VarBind *protocol = table[5].find(index)) {
                port.protocolType = number(protocol);
                port.protocol = protocolKey(port.protocolType);
            }
            port.tcpPort = qMax(0, number(table[6].find(index)));
            if (const VarBind *enabled = table[2].find(index))
                port.enabled = number(enabled) == 1; // TruthValue
            port.source = DecodeText::oidText(bind->oid);
            ports.append(port);
        }
    }
    std::sort(ports.begin(), ports.end(), [](const Core::PortInfo &a, const Core::PortInfo &b) {
        return std::pair(a.printerIndex, a.index) < std::pair(b.printerIndex, b.index);
    });
    return ports;
}

QString printerName(const RowIndex &rows)
{
    for (const auto &[index, bind] : rows.column(Oids::ppmPrinterEntry.child(2)))
        return rows.text(bind->oid);
    return {};
}

QString ieee1284DeviceId(const RowIndex &rows)
{
    for (const auto &[index, bind] : rows.column(Oids::ppmPrinterEntry.child(3)))
        return rows.text(bind->oid);
    return {};
}

} // namespace Printwatch::Snmp::PwgMibs
