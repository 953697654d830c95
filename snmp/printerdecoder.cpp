// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/printerdecoder.h"

#include "snmp/alertcodes.h"
#include "snmp/decodetext.h"
#include "snmp/printermib.h"
#include "snmp/printerstrings.h"
#include "snmp/printersubunits.h"
#include "snmp/pwgmibs.h"
#include "snmp/rowindex.h"
#include "snmp/vendors.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace Printwatch::Snmp {

namespace {

const Oid kPrtGeneralEntry{1, 3, 6, 1, 2, 1, 43, 5, 1, 1};
const Oid kIpAddrEntry{1, 3, 6, 1, 2, 1, 4, 20, 1};
const Oid kIpRouteNextHopDefault{1, 3, 6, 1, 2, 1, 4, 21, 1, 7, 0, 0, 0, 0};
const Oid kIfPhysAddress{1, 3, 6, 1, 2, 1, 2, 2, 1, 6};
// PWG Port Monitor (2699.1.2) and Imaging System Counter MIB (2699.1.3; 2699.1.4 is the
// projector MIB, not counters).
const Oid &kPortMonitor = PwgMibs::Oids::portMonitorMib;
const Oid &kImagingCounters = PwgMibs::Oids::imagingCounterMib;
// SNMP-FRAMEWORK-MIB snmpEngineID: agents answer it over v1/v2c too, so the engine ID joins the
// identity even without SNMPv3.
const Oid kSnmpEngineId{1, 3, 6, 1, 6, 3, 10, 2, 1, 1, 0};

QString ipText(const QByteArray &bytes)
{
    if (bytes.size() != 4)
        return {};
    return QStringLiteral("%1.%2.%3.%4").arg(quint8(bytes[0])).arg(quint8(bytes[1])).arg(quint8(bytes[2])).arg(quint8(bytes[3]));
}

// A profile field's value from its row's printer text: through the pattern when there is one.
QString profileValue(const ProfileField &field, QString value)
{
    if (value.isEmpty() || !field.pattern.isValid() || field.pattern.pattern().isEmpty())
        return value;
    const DecodeText::Match match = DecodeText::match(field.pattern, value);
    if (!match.matched)
        return {};
    return match.value.trimmed();
}

void applyField(const RowIndex &rows, const QList<ProfileField> &fields, const QString &key, QString &target,
                Core::Identity &identity)
{
    for (const ProfileField &field : fields) {
        // One lookup and one decoding of the field's row serve its value and its raw bytes.
        const VarBind *bind = rows.at(field.oid);
        PrinterText decoded;
        if (bind && bind->type == ValueType::OctetString)
            decoded = DecodeText::printerString(bind->bytes);
        else if (bind)
            decoded.text = bind->toText();
        const QString value = profileValue(field, std::move(decoded.text));
        if (value.isEmpty())
            continue;
        if (target.isEmpty() || field.prefer) {
            target = value;
            identity.sources.insert(key, DecodeText::oidText(field.oid));
            identity.rawStrings.remove(key); // the standard value's bytes no longer apply
            if (bind->type == ValueType::OctetString && decoded.transformed)
                identity.rawStrings.insert(key, bind->bytes);
        }
        return;
    }
}

void decodeIdentityFields(const RowIndex &rows, const VendorProfile *profile, const PrinterMib::IdentityCells &cells,
                          Core::Identity &identity)
{
    using namespace PrinterMib;
    // Printer strings: the shown text, and the raw bytes where it differs from them (one decode
    // of each string serves both).
    const std::tuple<const char *, const Oid *, QString *> stringFields[] = {
        {"sysDescr", &Oids::sysDescr, &identity.sysDescr},
        {"sysName", &Oids::sysName, &identity.sysName},
        {"sysContact", &Oids::sysContact, &identity.sysContact},
        {"sysLocation", &Oids::sysLocation, &identity.sysLocation}};
    // The four are scalars of the system group: found within the group's rows (one search of
    // the whole read, then a few rows each) rather than by a search of the whole read each.
    static const Oid system{1, 3, 6, 1, 2, 1, 1};
    const RowIndex::Column systemRows = rows.column(system);
    for (const auto &[key, oid, field] : stringFields) {
        Q_ASSERT(system.isPrefixOf(*oid));
        const VarBind *bind = systemRows.find(RowIndex::Suffix(oid->constData() + system.size(), oid->size() - system.size()));
        if (!bind) {
            field->clear();
        } else if (bind->type == ValueType::OctetString) {
            PrinterText decoded = DecodeText::printerString(bind->bytes);
            if (decoded.transformed)
                identity.rawStrings.insert(QLatin1String(key), bind->bytes);
            *field = std::move(decoded.text);
        } else {
            *field = bind->toText();
        }
    }
    for (const auto &[index, bind] : rows.column(kPrtGeneralEntry.child(16))) {
        identity.printerName = DecodeText::printerString(bind->bytes).text;
        break;
    }
    // The exact standard OID each value came from, and its bytes when the text differs from them.
    const std::tuple<const char *, Oid, const VarBind *, bool> standardFields[] = {
        {"serial", Oids::prtGeneralSerialNumber, cells.serial, cells.serialTransformed},
        {"model", Oids::hrDeviceDescr, cells.model, cells.modelTransformed}};
    for (const auto &[key, columnOid, cell, cellTransformed] : standardFields) {
        const QString value = QLatin1String(key) == QLatin1String("serial") ? identity.serial : identity.model;
        if (value.isEmpty())
            continue;
        const RowIndex::Column column = rows.column(columnOid);
        // The value was decoded from the column's first row: that row is the one the search
        // below would find, and its decoding is known (no second decode of the same bytes).
        if (cell && cell->type == ValueType::OctetString && !column.isEmpty() && column.first().second == cell) {
            static const QString serialText = DecodeText::oidText(Oids::prtGeneralSerialNumber),
                                 modelText = DecodeText::oidText(Oids::hrDeviceDescr);
            const RowIndex::Suffix index = column.first().first;
            identity.sources.insert(QLatin1String(key), DecodeText::oidText(QLatin1String(key) == QLatin1String("serial") ? serialText : modelText,
                                                                           index.data(), index.size()));
            if (cellTransformed)
                identity.rawStrings.insert(QLatin1String(key), cell->bytes);
            continue;
        }
        for (const auto &[suffix, bind] : column) {
            if (bind->type != ValueType::OctetString)
                continue;
            const PrinterText decoded = DecodeText::printerString(bind->bytes);
            if (decoded.text != value)
                continue;
            identity.sources.insert(QLatin1String(key), DecodeText::oidText(bind->oid));
            if (decoded.transformed)
                identity.rawStrings.insert(QLatin1String(key), bind->bytes);
            break;
        }
    }

    if (profile) {
        identity.profileId = profile->id;
        identity.vendor = profile->vendor;
        applyField(rows, profile->model, QStringLiteral("model"), identity.model, identity);
        applyField(rows, profile->serial, QStringLiteral("serial"), identity.serial, identity);
        applyField(rows, profile->firmware, QStringLiteral("firmware"), identity.firmware, identity);
        applyField(rows, profile->assetTag, QStringLiteral("assetTag"), identity.assetTag, identity);
        applyField(rows, profile->hostName, QStringLiteral("sysName"), identity.sysName, identity);
        // No brand matches when their combined pattern matches neither string: skip the loop.
        const bool mayBeBrand = profile->anyBrand.pattern().isEmpty() || profile->anyBrand.match(identity.sysDescr).hasMatch()
                                || profile->anyBrand.match(identity.model).hasMatch();
        for (qsizetype i = 0; mayBeBrand && i < profile->brands.size(); ++i) {
            const ProfileBrand &brand = profile->brands.at(i);
            if (brand.sysDescr.match(identity.sysDescr).hasMatch() || brand.sysDescr.match(identity.model).hasMatch()) {
                identity.vendor = brand.vendor;
                break;
            }
        }
    }
}

// Device type with the evidence it rests on (identity.sources["deviceType"]), strongest first:
// hrDeviceType = hrDevicePrinter, any Printer-MIB object, the PWG printer MIBs (RFC 3805 and PWG
// 5106.1/5107.1 only describe printers), then the vendor profile's printer product arcs in
// sysObjectID or product names in sysDescr. Nothing is decided from a file or host name.
void inferDeviceType(const RowIndex &rows, const VendorProfile *profile, Core::Identity &identity)
{
    using namespace PrinterMib;
    const auto printer = [&identity](const QString &source) {
        identity.deviceType = QStringLiteral("printer");
        identity.sources.insert(QStringLiteral("deviceType"), source);
    };
    for (const auto &[index, bind] : rows.column(Oids::hrDeviceType)) {
        if (bind->type == ValueType::ObjectId && bind->oidValue == Oids::hrDevicePrinter)
            return printer(DecodeText::oidText(bind->oid));
    }
    for (const Oid &root : {Oids::printerMib, PwgMibs::Oids::portMonitorMib, PwgMibs::Oids::imagingCounterMib}) {
        if (const VarBind *first = rows.firstUnder(root))
            return printer(DecodeText::oidText(first->oid));
    }
    identity.deviceType.clear(); // only the evidence above or below makes a printer
    if (!profile)
        return;
    if (const auto sysObjectId = Oid::fromString(identity.sysObjectId)) {
        for (const Oid &prefix : profile->printerSysObjectIdPrefixes) {
            if (prefix.isPrefixOf(*sysObjectId))
                return printer(DecodeText::oidText(Oids::sysObjectId));
        }
    }
    for (const QRegularExpression &pattern : profile->printerSysDescr) {
        if (!identity.sysDescr.isEmpty() && pattern.match(identity.sysDescr).hasMatch())
            return printer(DecodeText::oidText(Oids::sysDescr));
    }
}

void decodeNetwork(const RowIndex &rows, const QString &address, Core::Identity &identity)
{
    QString chosen;
    int ifIndex = 0;
    for (const auto &[index, bind] : rows.column(kIpAddrEntry.child(1))) {
        const QString ip = ipText(bind->bytes);
        // Loopback rows (127.0.0.1) say nothing of the network, unless loopback is what was polled.
        if (ip.isEmpty() || ip == QLatin1String("0.0.0.0") || (ip.startsWith(QLatin1String("127.")) && ip != address))
            continue;
        if (chosen.isEmpty() || ip == address) {
            chosen = ip;
            ifIndex = rows.number(kIpAddrEntry.child(2).appended(index));
            if (const VarBind *mask = rows.at(kIpAddrEntry.child(3).appended(index)))
                identity.subnetMask = ipText(mask->bytes);
        }
        if (ip == address)
            break;
    }
    identity.ipAddress = chosen.isEmpty() ? address : chosen;
    if (const VarBind *gateway = rows.at(kIpRouteNextHopDefault))
        identity.gateway = ipText(gateway->bytes);
    // The MAC of the interface that carries the address, when the tables say which one.
    if (ifIndex > 0) {
        if (const VarBind *mac = rows.at(kIfPhysAddress.child(quint32(ifIndex)));
            mac && mac->bytes.size() == 6 && mac->bytes != QByteArray(6, '\0')) {
            identity.mac = macText(mac->bytes);
            identity.sources.insert(QStringLiteral("mac"), DecodeText::oidText(mac->oid));
        }
    }
}

struct Candidate
{
    Core::CounterReading reading;
    bool prefer = false;
};

// One counter name's candidates, kept in the order the name was first seen. A read has a dozen names
// or so: a linear search by name is cheaper than a string-keyed map (node allocations, hashing).
struct CandidateGroup
{
    QString name;
    QList<Candidate> candidates;
};

void addCandidate(std::vector<CandidateGroup> &groups, Candidate candidate)
{
    for (CandidateGroup &group : groups) {
        if (group.name == candidate.reading.name) {
            group.candidates.append(std::move(candidate));
            return;
        }
    }
    groups.push_back({candidate.reading.name, {}});
    groups.back().candidates.append(std::move(candidate));
}

// Brother packs meters as 7-byte records in one OCTET STRING: code, type (1), length (4), value
// big-endian. The record with `code`, else nullopt.
std::optional<qint64> tlvNumber(const QByteArray &bytes, int code)
{
    for (qsizetype at = 0; at + 3 <= bytes.size();) {
        const int length = quint8(bytes[at + 2]);
        if (length == 0 || length > 8 || at + 3 + length > bytes.size())
            return std::nullopt;
        if (quint8(bytes[at]) == code) {
            qint64 value = 0;
            for (int i = 0; i < length; ++i)
                value = (value << 8) | quint8(bytes[at + 3 + i]);
            return value;
        }
        at += 3 + length;
    }
    return std::nullopt;
}

std::optional<qint64> counterNumber(const VarBind &bind, const QRegularExpression &pattern)
{
    if (bind.isNumber())
        return bind.toInt();
    if (bind.type != ValueType::OctetString)
        return std::nullopt;
    const QString text = DecodeText::printerString(bind.bytes).text;
    if (pattern.isValid() && !pattern.pattern().isEmpty()) {
        const DecodeText::Match match = DecodeText::match(pattern, text);
        if (!match.matched)
            return std::nullopt;
        bool ok = false;
        const qint64 value = match.value.toLongLong(&ok);
        return ok ? std::optional<qint64>(value) : std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

QList<Oid> standardWalkRoots()
{
    using namespace PrinterMib;
    return {Oids::hrDeviceEntry,
            Oids::hrPrinterEntry,
            Oids::hrStorageEntry,
            kIfPhysAddress,
            kIpAddrEntry,
            Oids::printerMib,
            kPortMonitor,
            kImagingCounters};
}

QList<Oid> standardScalarOids()
{
    return {PrinterMib::Oids::hrMemorySize, kIpRouteNextHopDefault, kSnmpEngineId};
}

QList<Core::CounterReading> decodeAllCounters(const QList<VarBind> &rows, const VendorProfile *profile)
{
    return decodeAllCounters(RowIndex(rows), profile);
}

QList<Core::CounterReading> decodeAllCounters(const RowIndex &index, const VendorProfile *profile)
{
    std::vector<CandidateGroup> groups;
    for (const Core::CounterReading &standard : PrinterMib::decodeCounters(index)) {
        Candidate candidate{standard};
        candidate.reading.rawValue = standard.value;
        addCandidate(groups, std::move(candidate));
    }
    // PWG imaging counters: standard too, after prtMarkerLifeCount and before the vendor's.
    for (const Core::CounterReading &pwg : PwgMibs::decodeImagingCounters(index))
        addCandidate(groups, Candidate{pwg});
    if (profile) {
        for (const ProfileCounter &counter : profile->counters) {
            const VarBind *bind = index.at(counter.oid);
            const auto raw = !bind ? std::nullopt
                             : counter.tlvCode >= 0 ? (bind->type == ValueType::OctetString ? tlvNumber(bind->bytes, counter.tlvCode) : std::nullopt)
                                                    : counterNumber(*bind, counter.pattern);
            if (!raw || *raw < 0)
                continue;
            Candidate candidate;
            candidate.prefer = counter.prefer;
            Core::CounterReading &reading = candidate.reading;
            reading.name = counter.name;
            reading.rawValue = *raw;
            reading.scale = counter.scale;
            reading.value = qint64(std::llround(double(*raw) * counter.scale));
            reading.unit = counter.unit;
            reading.source = DecodeText::oidText(counter.oid);
            reading.billing = counter.billing;
            reading.label = counter.label;
            reading.profileId = profile->id;
            addCandidate(groups, std::move(candidate));
        }
        for (const ProfileCounterTable &table : profile->counterTables) {
            for (const auto &[suffix, bind] : index.column(table.values)) {
                const auto raw = counterNumber(*bind, {});
                if (!raw || *raw < 0)
                    continue;
                const QString label = index.text(table.labels.appended(suffix));
                Candidate candidate;
                Core::CounterReading &reading = candidate.reading;
                reading.name = QStringLiteral("vendor:") + (label.isEmpty() ? Oid(suffix.data(), suffix.size()).toString() : label);
                for (const ProfileCounterTable::Rule &rule : table.rules) {
                    if (!label.isEmpty() && rule.label.match(label).hasMatch()) {
                        reading.name = rule.name;
                        reading.billing = rule.billing;
                        break;
                    }
                }
                reading.rawValue = reading.value = *raw;
                reading.unit = table.unit;
                reading.source = DecodeText::oidText(bind->oid);
                reading.label = label;
                reading.profileId = profile->id;
                addCandidate(groups, std::move(candidate));
            }
        }
    }

    QList<Core::CounterReading> result;
    bool anyBilling = false;
    for (CandidateGroup &group : groups) {
        QList<Candidate> &candidates = group.candidates;
        // The standard MIB first unless the profile says its meter is the better one.
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate &a, const Candidate &b) { return a.prefer && !b.prefer; });
        Core::CounterReading primary = std::move(candidates.first().reading);
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            const Core::CounterReading &other = candidates.at(i).reading;
            primary.alternatives.append({other.source, other.value, other.unit});
            primary.conflict = primary.conflict || other.value != primary.value;
            primary.billing = primary.billing || other.billing;
            if (primary.label.isEmpty())
                primary.label = other.label;
        }
        anyBilling = anyBilling || primary.billing;
        result.append(std::move(primary));
    }
    // Without a vendor billing meter, the engine's life count is what gets billed.
    if (!anyBilling) {
        for (Core::CounterReading &reading : result) {
            if (reading.name == QLatin1String("total")) {
                reading.billing = true;
                break;
            }
        }
    }
    return result;
}

void decodePrinter(const QList<VarBind> &rows, const VendorProfile *profile, const QString &address,
                   Core::PollResult &result)
{
    decodePrinter(RowIndex(rows), profile, address, result);
}

void decodePrinter(const RowIndex &index, const VendorProfile *profile, const QString &address,
                   Core::PollResult &result)
{
    using namespace PrinterMib;
    const std::optional<quint32> device = printerDeviceIndex(index);
    IdentityCells cells;
    result.identity = decodeIdentityWithoutSystemStrings(index, device, cells);
    decodeIdentityFields(index, profile, cells, result.identity);
    inferDeviceType(index, profile, result.identity);
    decodeNetwork(index, address, result.identity);
    if (const VarBind *engine = index.at(kSnmpEngineId);
        engine && engine->type == ValueType::OctetString && engine->bytes.size() >= 5) {
        result.identity.engineId = QString::fromLatin1(engine->bytes.toHex());
        result.identity.sources.insert(QStringLiteral("engineId"), DecodeText::oidText(kSnmpEngineId));
    }
    result.status = decodeStatus(index, device);
    result.detectedErrorState = decodeErrorState(index, device);
    result.uptimeCentiseconds = decodeUptime(index);
    result.counters = decodeAllCounters(index, profile);
    result.supplies = decodeSupplies(index);
    for (Core::SupplyReading &supply : result.supplies) {
        if (profile && profile->clampLevelOverCapacity && supply.maxCapacity > 0 && supply.level > supply.maxCapacity)
            supply.quirk = QStringLiteral("level over capacity, shown as full");
    }
    result.alerts = decodeAlerts(index);
    for (Core::AlertEntry &alert : result.alerts) {
        alert.codeText = alertCodeText(alert.code);
        alert.groupText = alertGroupKey(alert.group);
    }
    result.capabilities = PrinterSubUnits::decodeCapabilities(index, result.supplies);
    result.capabilities.ports = PwgMibs::decodePorts(index);
    result.capabilities.ieee1284DeviceId = PwgMibs::ieee1284DeviceId(index);
    if (result.identity.printerName.isEmpty())
        result.identity.printerName = PwgMibs::printerName(index);
    result.statusDetail = PrinterSubUnits::decodeStatusDetail(index, result.detectedErrorState);
}

} // namespace Printwatch::Snmp
