// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/detailfacts.h"

#include "models/countertablemodel.h"
#include "models/textformat.h"

#include <QLocale>

namespace Printwatch::Views {

using Models::singleLine;

namespace {

QString orUnknown(const QString &untrusted)
{
    const QString line = singleLine(untrusted);
    return line.isEmpty() ? Models::unknownText() : line;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : Models::unknownText();
}

QString firstOf(const QString &stored, const QString &fallback)
{
    return stored.trimmed().isEmpty() ? fallback : stored;
}

// Printer bytes as they came: printable ASCII as is, anything else as \xNN, so a tip shows NULs,
// Latin-1 and control bytes instead of hiding them. Markup stays literal (the tip is plain text).
QString rawBytesText(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto byte = static_cast<uchar>(c);
        if (byte >= 0x20 && byte < 0x7f && byte != '\\')
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString sizeText(qint64 kb)
{
    return kb < 0 ? Models::unknownText() : QLocale().formattedDataSize(kb * 1024, 1, QLocale::DataSizeTraditionalFormat);
}

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return Models::unknownText();
    return *value ? DetailFacts::tr("Yes") : DetailFacts::tr("No");
}

QString capacityText(int value)
{
    switch (value) {
    case Core::SupplyUnrestricted:
        return DetailFacts::tr("unrestricted");
    case Core::SupplySomeRemaining:
        return DetailFacts::tr("some");
    case Core::SupplyUnknown:
        return Models::unknownText();
    default:
        return value < 0 ? Models::unknownText() : QLocale().toString(value);
    }
}

QString trayLines(const QList<Core::TrayInfo> &trays, bool input)
{
    QStringList lines;
    for (const auto &tray : trays) {
        QString line = orUnknown(firstOf(tray.name, tray.description));
        QStringList parts;
        if (input && !tray.mediaName.trimmed().isEmpty())
            parts += singleLine(tray.mediaName);
        if (tray.maxCapacity != Core::SupplyUnknown)
            parts += DetailFacts::tr("%1 of %2 sheets").arg(capacityText(tray.level), capacityText(tray.maxCapacity));
        if (!tray.status.isEmpty())
            parts += singleLine(tray.status);
        if (!parts.isEmpty())
            line += QStringLiteral(" — ") + parts.join(QStringLiteral(", "));
        lines += line;
    }
    return lines.isEmpty() ? Models::unknownText() : lines.join(QLatin1Char('\n'));
}

} // namespace

QList<Fact> DetailFacts::identity(const Storage::PrinterDetail &detail)
{
    const Core::Identity &id = detail.stored.device.identity;
    const Core::PrinterSummary &summary = detail.summary;
    // A stored field: its value, and a tip naming the OID it was read from and the bytes the printer sent.
    const auto field = [&id](const QString &label, const QString &key, const QString &value) {
        QStringList tip;
        if (const QString source = id.sources.value(key); !source.isEmpty())
            tip += tr("Source: %1").arg(singleLine(source));
        if (id.rawStrings.contains(key))
            tip += tr("Raw value: %1").arg(rawBytesText(id.rawStrings.value(key)));
        else if (!value.isEmpty())
            tip += tr("Raw value: %1").arg(value);
        if (!id.profileId.isEmpty() && (key == QLatin1String("model") || key == QLatin1String("serial")
                                        || key == QLatin1String("firmware") || key == QLatin1String("assetTag")))
            tip += tr("Vendor profile: %1").arg(singleLine(id.profileId));
        if (value.isEmpty())
            tip += tr("The printer did not report it");
        return Fact{label, orUnknown(value), tip.join(QLatin1Char('\n'))};
    };
    QList<Fact> facts{
        {tr("Vendor:"), orUnknown(firstOf(id.vendor, summary.vendor)),
         tr("Recognised from sysObjectID %1").arg(orUnknown(firstOf(id.sysObjectId, detail.sysObjectId)))},
        field(tr("Model:"), QStringLiteral("model"), firstOf(id.model, summary.model)),
        field(tr("Serial number:"), QStringLiteral("serial"), firstOf(id.serial, summary.serial)),
        field(tr("Firmware:"), QStringLiteral("firmware"), firstOf(id.firmware, detail.firmware)),
        field(tr("Asset tag:"), QStringLiteral("assetTag"), id.assetTag),
        field(tr("System name:"), QStringLiteral("sysName"), firstOf(id.sysName, summary.name)),
        field(tr("Printer name:"), QStringLiteral("printerName"), id.printerName),
        field(tr("Location:"), QStringLiteral("sysLocation"), firstOf(id.sysLocation, detail.sysLocation)),
        field(tr("Contact:"), QStringLiteral("sysContact"), firstOf(id.sysContact, detail.sysContact)),
        field(tr("Description:"), QStringLiteral("sysDescr"), firstOf(id.sysDescr, detail.sysDescr)),
        field(tr("Engine ID:"), QStringLiteral("engineId"), id.engineId),
        {tr("First seen:"), timeText(detail.stored.device.firstSeen.isValid() ? detail.stored.device.firstSeen : detail.firstSeen),
         tr("When Printwatch first got an answer from this printer")},
    };
    // The system group's fields always come from the same standard OIDs; name them when the store kept no source.
    static const QHash<QString, QString> standard{
        {QStringLiteral("sysName"), QStringLiteral("sysName (1.3.6.1.2.1.1.5.0)")},
        {QStringLiteral("sysLocation"), QStringLiteral("sysLocation (1.3.6.1.2.1.1.6.0)")},
        {QStringLiteral("sysContact"), QStringLiteral("sysContact (1.3.6.1.2.1.1.4.0)")},
        {QStringLiteral("sysDescr"), QStringLiteral("sysDescr (1.3.6.1.2.1.1.1.0)")},
    };
    const QString keys[] = {QString(),        QStringLiteral("model"),      QStringLiteral("serial"),
                            QStringLiteral("firmware"), QStringLiteral("assetTag"), QStringLiteral("sysName"),
                            QStringLiteral("printerName"), QStringLiteral("sysLocation"), QStringLiteral("sysContact"),
                            QStringLiteral("sysDescr")};
    for (qsizetype i = 0; i < qsizetype(std::size(keys)); ++i) {
        if (standard.contains(keys[i]) && !id.sources.contains(keys[i]))
            facts[i].toolTip.prepend(tr("Source: %1").arg(standard.value(keys[i])) + QLatin1Char('\n'));
    }
    return facts;
}

QList<Fact> DetailFacts::network(const Storage::PrinterDetail &detail)
{
    const Storage::StoredIdentity &device = detail.stored.device;
    const Core::Identity &id = device.identity;
    const Core::PrinterSummary &summary = detail.summary;
    const auto source = [&id](const QString &key, const QString &standard) {
        const QString stored = id.sources.value(key);
        return tr("Source: %1").arg(stored.isEmpty() ? standard : singleLine(stored));
    };
    QStringList history;
    for (const auto &address : detail.addresses)
        history += tr("%1 (%2 – %3)").arg(Models::displayAddress(address.address, address.port),
                                          timeText(address.firstSeen), timeText(address.lastSeen));
    const quint16 port = device.address.isEmpty() ? summary.port : device.port;
    const QString version = firstOf(device.snmpVersion, detail.snmpVersion);
    return {
        {tr("IP address:"), orUnknown(firstOf(id.ipAddress, firstOf(device.address, summary.address))),
         source(QStringLiteral("ipAddress"), QStringLiteral("ipAdEntAddr (1.3.6.1.2.1.4.20.1.1)"))},
        {tr("Subnet mask:"), orUnknown(id.subnetMask),
         source(QStringLiteral("subnetMask"), QStringLiteral("ipAdEntNetMask (1.3.6.1.2.1.4.20.1.3)"))},
        {tr("Gateway:"), orUnknown(id.gateway),
         source(QStringLiteral("gateway"), QStringLiteral("ipRouteNextHop (1.3.6.1.2.1.4.21.1.7) / ipCidrRouteTable"))},
        {tr("DNS name:"), orUnknown(id.dnsName), tr("Reverse lookup of the printer's address")},
        {tr("MAC address:"), orUnknown(firstOf(id.mac, summary.mac)),
         source(QStringLiteral("mac"), QStringLiteral("ifPhysAddress (1.3.6.1.2.1.2.2.1.6)"))},
        {tr("SNMP port:"), QString::number(port), QString()},
        {tr("SNMP version:"), orUnknown(version), tr("The version this printer answered to")},
        {tr("Managed:"), (device.managed || detail.managed) ? tr("Yes, polled") : tr("No (out of scope)"), QString()},
        {tr("Address history:"), history.isEmpty() ? Models::unknownText() : history.join(QLatin1Char('\n')),
         tr("Every address this printer answered at, oldest first")},
    };
}

QList<Fact> DetailFacts::status(const Storage::PrinterDetail &detail)
{
    const Core::StatusDetail &status = detail.stored.details.status;
    const quint32 bits = detail.stored.detectedErrorState ? detail.stored.detectedErrorState : detail.detectedErrorState;
    const QStringList errors = Core::errorStateTexts(bits);
    QStringList covers;
    for (const auto &cover : status.covers)
        covers += tr("%1: %2").arg(orUnknown(cover.description), orUnknown(cover.status));
    QStringList console;
    for (const QString &line : status.consoleDisplay) {
        if (!line.trimmed().isEmpty())
            console += singleLine(line);
    }
    const qint64 uptime = detail.uptimeCentiseconds;
    QString upFor = Models::unknownText();
    if (uptime >= 0) {
        const qint64 minutes = uptime / 6000;
        upFor = tr("%1 d %2 h %3 min").arg(minutes / 1440).arg((minutes / 60) % 24).arg(minutes % 60);
    }
    const QString lastError = firstOf(detail.summary.lastError, detail.stored.lastError).trimmed();
    return {
        {tr("Status:"), Core::deviceStatusText(detail.summary.status),
         tr("Source: hrDeviceStatus (1.3.6.1.2.1.25.3.2.1.5) = %1, hrPrinterStatus (1.3.6.1.2.1.25.3.5.1.1) = %2")
             .arg(status.hrDeviceStatus)
             .arg(status.hrPrinterStatus)},
        {tr("Detected errors:"), errors.isEmpty() ? tr("none") : errors.join(QStringLiteral(", ")),
         tr("Source: hrPrinterDetectedErrorState (1.3.6.1.2.1.25.3.5.1.2)\nRaw value: 0x%1")
             .arg(bits, 4, 16, QLatin1Char('0'))},
        {tr("Console display:"), console.isEmpty() ? Models::unknownText() : console.join(QLatin1Char('\n')),
         tr("Source: prtConsoleDisplayBufferText (1.3.6.1.2.1.43.16.5.1.2)")},
        {tr("Covers:"), covers.isEmpty() ? Models::unknownText() : covers.join(QLatin1Char('\n')),
         tr("Source: prtCoverDescription / prtCoverStatus (1.3.6.1.2.1.43.6.1.1)")},
        {tr("Up for:"), upFor, tr("Source: sysUpTime (1.3.6.1.2.1.1.3.0)\nRaw value: %1 centiseconds").arg(uptime)},
        {tr("Last answered:"), timeText(detail.summary.lastSeen), QString()},
        {tr("Last polled:"), timeText(detail.summary.lastPolled), QString()},
        {tr("Last error:"), lastError.isEmpty() ? tr("none") : singleLine(lastError), lastError},
    };
}

QList<Fact> DetailFacts::capabilities(const Storage::PrinterDetail &detail)
{
    const Core::Capabilities &caps = detail.stored.details.capabilities;
    // Colour from the printer's own colorant count when stored, else from its marker supplies' colours.
    QStringList colours;
    for (const auto &supply : detail.supplies) {
        const QString colour = singleLine(supply.colour);
        if (!colour.isEmpty() && !colours.contains(colour))
            colours += colour;
    }
    QString colour = Models::unknownText();
    if (caps.colour)
        colour = *caps.colour ? tr("Yes (%n colorants)", nullptr, caps.colorants) : tr("No, monochrome");
    else if (!detail.supplies.isEmpty())
        colour = colours.size() > 1 ? tr("Yes (%1)").arg(colours.join(QStringLiteral(", "))) : tr("No, monochrome");
    QStringList components;
    for (const auto &component : caps.components)
        components += tr("%1: %2").arg(orUnknown(component.type), orUnknown(component.description));
    QStringList interpreters;
    for (const QString &one : caps.interpreters)
        interpreters += singleLine(one);
    QStringList ports;
    QStringList portSources;
    for (const auto &port : caps.ports) {
        QString line = orUnknown(singleLine(port.name.isEmpty() ? port.protocol : port.name));
        if (!port.protocol.isEmpty() && port.protocol != port.name)
            line = tr("%1 (%2)").arg(line, singleLine(port.protocol));
        if (port.tcpPort > 0)
            line = tr("%1, TCP port %2").arg(line).arg(port.tcpPort);
        if (port.enabled && !*port.enabled)
            line = tr("%1, disabled").arg(line);
        ports += line;
        if (!port.source.isEmpty())
            portSources += port.source;
    }
    QStringList names;
    for (const auto &record : detail.stored.counters) {
        if (!names.contains(record.reading.name))
            names += record.reading.name;
    }
    std::sort(names.begin(), names.end(), Models::CounterTableModel::meterLessThan);
    QStringList meters;
    for (const QString &name : std::as_const(names))
        meters += Models::CounterTableModel::meterTitle(name);
    const QString polled = detail.stored.details.polledAt.isValid()
                               ? tr("\nRead at %1").arg(timeText(detail.stored.details.polledAt))
                               : QString();
    return {
        {tr("Colour:"), colour,
         tr("Source: prtMarkerProcessColorants (1.3.6.1.2.1.43.10.2.1.6) = %1, prtMarkerColorantValue "
            "(1.3.6.1.2.1.43.12.1.1.4)")
                 .arg(caps.colorants) + polled},
        {tr("Duplex:"), yesNo(caps.duplex), tr("Source: prtMediaPathType (1.3.6.1.2.1.43.13.4.1.9)") + polled},
        {tr("Input trays:"), trayLines(caps.inputs, true),
         tr("Source: prtInputTable (1.3.6.1.2.1.43.8.2.1): name, media name, current level / max capacity (sheets)") +
             polled},
        {tr("Output bins:"), trayLines(caps.outputs, false),
         tr("Source: prtOutputTable (1.3.6.1.2.1.43.9.2.1): name, remaining capacity / max capacity (sheets)") +
             polled},
        {tr("Components:"), components.isEmpty() ? Models::unknownText() : components.join(QLatin1Char('\n')),
         tr("Source: hrDeviceTable (1.3.6.1.2.1.25.3.2.1): type and description") + polled},
        {tr("Memory:"), sizeText(caps.memoryKb),
         tr("Source: hrMemorySize (1.3.6.1.2.1.25.2.2.0)\nRaw value: %1 KB").arg(caps.memoryKb) + polled},
        {tr("Disk:"), sizeText(caps.storageKb),
         tr("Source: hrStorageSize × hrStorageAllocationUnits of the fixed disk (1.3.6.1.2.1.25.2.3.1)\nRaw value: %1 KB")
                 .arg(caps.storageKb) + polled},
        {tr("Languages:"), interpreters.isEmpty() ? Models::unknownText() : interpreters.join(QStringLiteral(", ")),
         tr("Source: prtInterpreterDescription (1.3.6.1.2.1.43.15.1.1.3)") + polled},
        {tr("Ports:"), ports.isEmpty() ? Models::unknownText() : ports.join(QLatin1Char('\n')),
         tr("Source: PWG Port Monitor MIB ppmPortTable (1.3.6.1.4.1.2699.1.2.1.3.1)\n%1").arg(portSources.join(QLatin1Char('\n'))) +
             polled},
        {tr("IEEE 1284 ID:"), caps.ieee1284DeviceId.isEmpty() ? Models::unknownText() : singleLine(caps.ieee1284DeviceId),
         tr("Source: ppmPrinterIEEE1284DeviceId (1.3.6.1.4.1.2699.1.2.1.2.1.1.3)") + polled},
        {tr("Speed:"), caps.speedPpm > 0 ? tr("%Ln page(s) per minute", nullptr, caps.speedPpm) : Models::unknownText(),
         tr("From the vendor profile") + polled},
        {tr("Meters:"), meters.isEmpty() ? Models::unknownText() : meters.join(QStringLiteral(", ")),
         tr("The meters of the latest poll; the Counters tab shows each one's source")},
    };
}

QStringList DetailFacts::conflictNotices(const Storage::PrinterDetail &detail)
{
    QStringList notices;
    for (const auto &conflict : detail.stored.conflicts) {
        const QString address = orUnknown(conflict.address);
        const QString expected = orUnknown(conflict.expected);
        const QString observed = orUnknown(conflict.observed);
        const QString since = timeText(conflict.lastSeen.isValid() ? conflict.lastSeen : conflict.detectedAt);
        switch (conflict.kind) {
        case Storage::ConflictKind::SerialAtTwoAddresses:
            notices += tr("This serial was also seen at %1 (known at %2), last on %3.").arg(observed, expected, since);
            break;
        case Storage::ConflictKind::ReplacedAtAddress:
            notices +=
                tr("Replaced printer: %1 answered at %2; since %3 it is %4.").arg(expected, address, since, observed);
            break;
        case Storage::ConflictKind::MacMismatch:
            notices += tr("This serial answered with another MAC address at %1: %2 (known %3), last on %4.")
                           .arg(address, observed, expected, since);
            break;
        case Storage::ConflictKind::MacWithOtherSerial:
            notices += tr("This MAC address answered with another serial at %1: %2 (known %3), last on %4.")
                           .arg(address, observed, expected, since);
            break;
        case Storage::ConflictKind::EngineIdShared:
            notices += tr("Another printer reports the same SNMPv3 engine ID %1: %2 (cloned configuration?).")
                           .arg(expected, observed);
            break;
        }
    }
    return notices;
}

QString DetailFacts::counterProvenance(const Core::CounterReading &reading)
{
    QStringList tip;
    tip += tr("Source: %1").arg(orUnknown(reading.source));
    if (reading.scale != 1.0)
        tip += tr("Raw value: %1 × %2 = %3 %4")
                   .arg(QLocale().toString(reading.rawValue), QLocale().toString(reading.scale),
                        QLocale().toString(reading.value), singleLine(reading.unit));
    else
        tip += tr("Raw value: %1 %2").arg(QLocale().toString(reading.rawValue ? reading.rawValue : reading.value),
                                         singleLine(reading.unit));
    if (!reading.label.trimmed().isEmpty())
        tip += tr("The printer calls it: %1").arg(singleLine(reading.label));
    if (!reading.profileId.isEmpty())
        tip += tr("Vendor profile: %1").arg(singleLine(reading.profileId));
    if (reading.billing)
        tip += tr("Billing meter: reports bill on this one");
    if (!reading.alternatives.isEmpty()) {
        tip += reading.conflict ? tr("Sources disagree:") : tr("Other sources agree:");
        tip += tr("  %1: %2 %3 (used)").arg(orUnknown(reading.source), QLocale().toString(reading.value),
                                          singleLine(reading.unit));
        for (const auto &other : reading.alternatives)
            tip += tr("  %1: %2 %3").arg(orUnknown(other.source), QLocale().toString(other.value),
                                        singleLine(other.unit));
    }
    return tip.join(QLatin1Char('\n'));
}

} // namespace Printwatch::Views
