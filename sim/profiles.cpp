// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/profiles.h"

#include <QByteArray>

#include <optional>

namespace Printwatch::Sim {

namespace {

// A vendor meter: `meter` empty for the total (prtMarkerLifeCount's count).
struct MeterSpec
{
    const char *oid;
    std::optional<PageMeter> meter;
    // A row of a labelled meter table (Ricoh): the row's label object and its text.
    const char *labelOid = nullptr;
    const char *label = nullptr;
};

struct ModelSpec
{
    const char *vendor;
    const char *model;
    const char *sysDescr;
    const char *sysObjectId;
    const char *firmware;
    bool colour;
    std::vector<SupplySpec> supplies;
    const char *firmwareOid;       // the vendor profile's firmware object, nullptr when it has none
    FirmwareText firmwareText;
    std::vector<MeterSpec> meters; // the vendor profile's meters (resources/profiles) this model answers
};

// The vendor meters' OIDs are the ones Printwatch's profiles read (resources/profiles/*.json).
const char HpTotal[] = "1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0";
const char HpMono[] = "1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.6.0";
const char HpColour[] = "1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.7.0";
const char HpDuplex[] = "1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.22.0";
const char HpFirmware[] = "1.3.6.1.4.1.11.2.3.9.4.2.1.1.3.5.0";
const char BrotherFirmware[] = "1.3.6.1.4.1.2435.2.4.3.1240.6.5.0";
const char BrotherPageRecord[] = "1.3.6.1.4.1.2435.2.3.9.4.2.1.5.5.10.0";
const char BrotherDrumRecord[] = "1.3.6.1.4.1.2435.2.3.9.4.2.1.5.5.8.0";
// Ricoh's engine counter table: names in column 5, values in column 9, one row per meter.
const char RicohTotal[] = "1.3.6.1.4.1.367.3.2.1.2.19.5.1.9.1";
const char RicohTotalName[] = "1.3.6.1.4.1.367.3.2.1.2.19.5.1.5.1";
const char RicohPrintMono[] = "1.3.6.1.4.1.367.3.2.1.2.19.5.1.9.2";
const char RicohPrintMonoName[] = "1.3.6.1.4.1.367.3.2.1.2.19.5.1.5.2";
const char RicohPrintColour[] = "1.3.6.1.4.1.367.3.2.1.2.19.5.1.9.3";
const char RicohPrintColourName[] = "1.3.6.1.4.1.367.3.2.1.2.19.5.1.5.3";

SupplySpec toner(const char *description, int colorant, int unit, int max, int lifePages, int share)
{
    return SupplySpec{description, SupplyType::Toner, false, unit, max, lifePages, share, colorant};
}

SupplySpec part(const char *description, SupplyType type, bool receptacle, int unit, int max, int lifePages)
{
    return SupplySpec{description, type, receptacle, unit, max, lifePages, 1000, 0};
}

const char *const ColourNames[] = {"black", "cyan", "magenta", "yellow"};

std::shared_ptr<const Profile> buildPrinter(const ModelSpec &spec)
{
    auto profile = std::make_shared<Profile>();
    profile->vendor = QString::fromLatin1(spec.vendor);
    profile->model = QString::fromLatin1(spec.model);
    profile->printer = true;
    profile->colour = spec.colour;
    profile->sysObjectId = QString::fromLatin1(spec.sysObjectId);
    profile->supplies = spec.supplies;
    profile->alertSlots = int(spec.supplies.size()) + 1;

    ProfileBuilder b;
    // MIB-II system group
    b.add("1.3.6.1.2.1.1.1.0", SnmpValue::octets(spec.sysDescr));
    b.add("1.3.6.1.2.1.1.2.0", SnmpValue::objectId(parseOid(QString::fromLatin1(spec.sysObjectId)).value()));
    b.addDynamic("1.3.6.1.2.1.1.3.0", Dynamic::SysUpTime, ValueType::TimeTicks);
    b.add("1.3.6.1.2.1.1.4.0", SnmpValue::octets("IT Service Desk <servicedesk@example.org>"));
    b.addDynamic("1.3.6.1.2.1.1.5.0", Dynamic::SysName, ValueType::OctetString);
    b.addDynamic("1.3.6.1.2.1.1.6.0", Dynamic::SysLocation, ValueType::OctetString);
    b.add("1.3.6.1.2.1.1.7.0", SnmpValue::integer(72));
    // interfaces: one Ethernet port
    b.add("1.3.6.1.2.1.2.1.0", SnmpValue::integer(1));
    b.add("1.3.6.1.2.1.2.2.1.1.1", SnmpValue::integer(1));
    b.add("1.3.6.1.2.1.2.2.1.2.1", SnmpValue::octets(QByteArray(spec.vendor) + " Ethernet"));
    b.add("1.3.6.1.2.1.2.2.1.3.1", SnmpValue::integer(6));
    b.add("1.3.6.1.2.1.2.2.1.4.1", SnmpValue::integer(1500));
    b.add("1.3.6.1.2.1.2.2.1.5.1", SnmpValue::gauge32(1000000000));
    b.addDynamic("1.3.6.1.2.1.2.2.1.6.1", Dynamic::IfPhysAddress, ValueType::OctetString);
    b.add("1.3.6.1.2.1.2.2.1.7.1", SnmpValue::integer(1));
    b.add("1.3.6.1.2.1.2.2.1.8.1", SnmpValue::integer(1));
    b.addDynamic("1.3.6.1.2.1.2.2.1.10.1", Dynamic::IfInOctets, ValueType::Counter32);
    b.addDynamic("1.3.6.1.2.1.2.2.1.16.1", Dynamic::IfOutOctets, ValueType::Counter32);
    // ipAddrTable: one row, indexed by the printer's own address, on the Ethernet port, in a /24
    b.addByAddress("1.3.6.1.2.1.4.20.1.1", SnmpValue{ValueType::IpAddress, 0, 0, QByteArray(4, '\0'), {}},
                   Dynamic::OwnAddress);
    b.addByAddress("1.3.6.1.2.1.4.20.1.2", SnmpValue::integer(1));
    b.addByAddress("1.3.6.1.2.1.4.20.1.3", SnmpValue{ValueType::IpAddress, 0, 0, QByteArray("\xff\xff\xff\x00", 4), {}});
    b.addByAddress("1.3.6.1.2.1.4.20.1.4", SnmpValue::integer(1));
    b.addByAddress("1.3.6.1.2.1.4.20.1.5", SnmpValue::integer(65535));
    // ipRouteTable: the default route's next hop, the gateway a printer is configured with
    // (its template a valid 0.0.0.0: an IpAddress has four octets)
    b.add(parseOid(QStringLiteral("1.3.6.1.2.1.4.21.1.7.0.0.0.0")).value(),
          SnmpValue{ValueType::IpAddress, 0, 0, QByteArray(4, '\0'), {}}, Dynamic::DefaultGateway);
    // Host Resources
    b.addDynamic("1.3.6.1.2.1.25.1.1.0", Dynamic::SysUpTime, ValueType::TimeTicks);
    b.add("1.3.6.1.2.1.25.2.2.0", SnmpValue::integer(524288));
    b.add("1.3.6.1.2.1.25.3.2.1.1.1", SnmpValue::integer(1));
    b.add("1.3.6.1.2.1.25.3.2.1.2.1", SnmpValue::objectId({1, 3, 6, 1, 2, 1, 25, 3, 1, 5}));
    b.add("1.3.6.1.2.1.25.3.2.1.3.1", SnmpValue::octets(spec.model));
    b.add("1.3.6.1.2.1.25.3.2.1.4.1", SnmpValue::objectId({0, 0}));
    b.addDynamic("1.3.6.1.2.1.25.3.2.1.5.1", Dynamic::HrDeviceStatus, ValueType::Integer);
    b.add("1.3.6.1.2.1.25.3.2.1.6.1", SnmpValue::counter32(0));
    b.addDynamic("1.3.6.1.2.1.25.3.5.1.1.1", Dynamic::HrPrinterStatus, ValueType::Integer);
    b.addDynamic("1.3.6.1.2.1.25.3.5.1.2.1", Dynamic::HrErrorState, ValueType::OctetString);
    // Printer-MIB general group
    b.add("1.3.6.1.2.1.43.5.1.1.1.1", SnmpValue::counter32(0));
    b.add("1.3.6.1.2.1.43.5.1.1.2.1", SnmpValue::integer(1));
    b.add("1.3.6.1.2.1.43.5.1.1.3.1", SnmpValue::integer(3));
    b.add("1.3.6.1.2.1.43.5.1.1.16.1", SnmpValue::octets(spec.model));
    b.addDynamic("1.3.6.1.2.1.43.5.1.1.17.1", Dynamic::Serial, ValueType::OctetString);
    // prtMarkerTable: one laser marker counting impressions
    b.add("1.3.6.1.2.1.43.10.2.1.2.1.1", SnmpValue::integer(4));
    b.add("1.3.6.1.2.1.43.10.2.1.3.1.1", SnmpValue::integer(7));
    b.addDynamic("1.3.6.1.2.1.43.10.2.1.4.1.1", Dynamic::LifeCount, ValueType::Counter32);
    b.add("1.3.6.1.2.1.43.10.2.1.15.1.1", SnmpValue::integer(spec.colour ? 4 : 1)); // prtMarkerProcessColorants

    const auto at = [](const char *base, std::size_t row) {
        Oid oid = parseOid(QString::fromLatin1(base)).value();
        oid.append(1);
        oid.append(std::uint32_t(row));
        return oid;
    };
    for (std::size_t i = 0; i < spec.supplies.size(); ++i) {
        const SupplySpec &s = spec.supplies[i];
        const std::size_t row = i + 1;
        b.add(at("1.3.6.1.2.1.43.11.1.1.2", row), SnmpValue::integer(1));
        b.add(at("1.3.6.1.2.1.43.11.1.1.3", row), SnmpValue::integer(s.colorantIndex));
        b.add(at("1.3.6.1.2.1.43.11.1.1.4", row), SnmpValue::integer(s.receptacle ? 4 : 3));
        b.add(at("1.3.6.1.2.1.43.11.1.1.5", row), SnmpValue::integer(int(s.type)));
        b.add(at("1.3.6.1.2.1.43.11.1.1.6", row), SnmpValue::octets(s.description));
        b.add(at("1.3.6.1.2.1.43.11.1.1.7", row), SnmpValue::integer(s.unit));
        // max capacity is per device (sentinel devices report -2), so it is dynamic too
        b.add(at("1.3.6.1.2.1.43.11.1.1.8", row), SnmpValue::integer(s.maxCapacity), Dynamic::SupplyLevel,
              std::uint16_t(0x8000 | i));
        b.add(at("1.3.6.1.2.1.43.11.1.1.9", row), SnmpValue::integer(0), Dynamic::SupplyLevel, std::uint16_t(i));
    }
    const int colorants = spec.colour ? 4 : 1;
    for (int c = 0; c < colorants; ++c) {
        const std::size_t row = std::size_t(c) + 1;
        b.add(at("1.3.6.1.2.1.43.12.1.1.2", row), SnmpValue::integer(1));
        b.add(at("1.3.6.1.2.1.43.12.1.1.3", row), SnmpValue::integer(3));
        b.add(at("1.3.6.1.2.1.43.12.1.1.4", row), SnmpValue::octets(ColourNames[c]));
        b.add(at("1.3.6.1.2.1.43.12.1.1.5", row), SnmpValue::integer(256));
    }
    for (int slot = 0; slot < profile->alertSlots; ++slot) {
        static const ValueType columnTypes[] = {ValueType::Integer, ValueType::Integer, ValueType::Integer,
                                                ValueType::Integer, ValueType::Integer, ValueType::Integer,
                                                ValueType::OctetString, ValueType::TimeTicks};
        for (int column = 2; column <= 9; ++column) {
            SnmpValue v;
            v.type = columnTypes[column - 2];
            Oid oid{1, 3, 6, 1, 2, 1, 43, 18, 1, 1, std::uint32_t(column), 1, std::uint32_t(slot + 1)};
            b.add(std::move(oid), std::move(v), Dynamic::AlertColumn, std::uint16_t(slot * 16 + column));
        }
    }
    b.add(Oid{1, 3, 6, 1, 2, 1, 43, 15, 1, 1, 8, 1, 1}, SnmpValue::octets(spec.firmware), Dynamic::Firmware); // prtInterpreterVersion
    if (spec.firmwareOid) {
        b.add(parseOid(QString::fromLatin1(spec.firmwareOid)).value(),
              SnmpValue::octets(firmwareText(spec.firmwareText, spec.firmware)), Dynamic::Firmware,
              std::uint16_t(spec.firmwareText));
    }
    for (const MeterSpec &meter : spec.meters) {
        if (meter.labelOid)
            b.add(meter.labelOid, SnmpValue::octets(meter.label));
        const bool record = meter.meter == PageMeter::TotalRecord || meter.meter == PageMeter::DrumRecord;
        if (meter.meter)
            b.addDynamic(meter.oid, Dynamic::PageMeter, record ? ValueType::OctetString : ValueType::Integer,
                         std::uint16_t(*meter.meter));
        else
            b.addDynamic(meter.oid, Dynamic::LifeCount, ValueType::Integer);
    }
    profile->entries = b.take();
    profile->addressTable = Oid{1, 3, 6, 1, 2, 1, 4, 20, 1}; // ipAddrEntry (above)
    return profile;
}

std::vector<std::shared_ptr<const Profile>> buildAll()
{
    const int pct = 19, impressions = 7;
    const std::vector<ModelSpec> models = {
        {"HP", "HP LaserJet Pro M404dn",
         "HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153,EEPROM JSI23900050,CIDATE 09/23/2022",
         "1.3.6.1.4.1.11.2.3.9.1", "002_2236A", false,
         {toner("Black Cartridge HP CF259A", 1, pct, 100, 3000, 1000)}, HpFirmware, FirmwareText::HpPml,
         {{HpTotal, {}}, {HpMono, PageMeter::Mono}, {HpDuplex, PageMeter::DuplexSheets}}},
        {"HP", "HP Color LaserJet Pro M479fdw",
         "HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153,EEPROM JSI23900051,CIDATE 11/02/2022",
         "1.3.6.1.4.1.11.2.3.9.1", "002_2240B", true,
         {toner("Black Cartridge HP W2030A", 1, pct, 100, 2400, 1000),
          toner("Cyan Cartridge HP W2031A", 2, pct, 100, 2100, 450),
          toner("Magenta Cartridge HP W2033A", 3, pct, 100, 2100, 400),
          toner("Yellow Cartridge HP W2032A", 4, pct, 100, 2100, 420)},
         HpFirmware, FirmwareText::HpPml,
         {{HpTotal, {}}, {HpMono, PageMeter::Mono}, {HpColour, PageMeter::Colour}, {HpDuplex, PageMeter::DuplexSheets}}},
        {"Brother", "Brother HL-L2350DW series", "Brother NC-8800w, Firmware Ver.1.44  (22.04.28),MID 8CE-K7C,FID 2",
         "1.3.6.1.4.1.2435.2.3.9.1", "1.44", false,
         {toner("Black Toner Cartridge", 1, impressions, 1200, 1200, 1000),
          part("Drum Unit", SupplyType::Opc, false, impressions, 12000, 12000)},
         BrotherFirmware, FirmwareText::BrotherVer,
         {{BrotherPageRecord, PageMeter::TotalRecord}, {BrotherDrumRecord, PageMeter::DrumRecord}}},
        {"Brother", "Brother MFC-L3770CDW series", "Brother NC-8700w, Firmware Ver.ZC  (21.09.15),MID 8CE-F16,FID 2",
         "1.3.6.1.4.1.2435.2.3.9.1", "ZC", true,
         {toner("Black Toner Cartridge", 1, impressions, 3000, 3000, 1000),
          toner("Cyan Toner Cartridge", 2, impressions, 2300, 2300, 450),
          toner("Magenta Toner Cartridge", 3, impressions, 2300, 2300, 400),
          toner("Yellow Toner Cartridge", 4, impressions, 2300, 2300, 420),
          part("Waste Toner Box", SupplyType::WasteToner, true, impressions, 50000, 50000)},
         BrotherFirmware, FirmwareText::BrotherVer,
         {{BrotherPageRecord, PageMeter::TotalRecord}}},
        {"Kyocera", "ECOSYS P3145dn", "KYOCERA Document Solutions Printing System", "1.3.6.1.4.1.1347.41",
         "2V6_S000.002.203", false,
         {toner("TK-3160", 1, pct, 100, 12500, 1000),
          part("Waste Toner Box", SupplyType::WasteToner, true, pct, 100, 40000)},
         "1.3.6.1.4.1.1347.43.5.4.1.5.1.1", FirmwareText::Plain,
         // A printer only: every impression is a mono print (function 1, colour mode 1).
         {{"1.3.6.1.4.1.1347.42.3.1.1.1.1.1", {}}, {"1.3.6.1.4.1.1347.42.3.1.2.1.1.1.1", PageMeter::Mono}}},
        {"Xerox", "Xerox VersaLink C405",
         "Xerox VersaLink C405 MFP; SS 64.50.61, NC 64.50.61, UI 64.50.61, ME 064.050.061, CC 64.50.61",
         "1.3.6.1.4.1.253.8.62.1.36.1.1.1", "64.50.61", true,
         {toner("Black Toner Cartridge; PN 106R03500", 1, impressions, 2500, 2500, 1000),
          toner("Cyan Toner Cartridge; PN 106R03502", 2, impressions, 2500, 2500, 450),
          toner("Magenta Toner Cartridge; PN 106R03503", 3, impressions, 2500, 2500, 400),
          toner("Yellow Toner Cartridge; PN 106R03501", 4, impressions, 2500, 2500, 420),
          part("Drum Cartridge; PN 101R00555", SupplyType::Opc, false, impressions, 30000, 30000),
          part("Waste Cartridge; PN 108R01416", SupplyType::WasteToner, true, impressions, 30000, 30000)},
         nullptr, FirmwareText::Plain, // Xerox's profile names no firmware object
         {{"1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.1", {}},
          {"1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.33", PageMeter::Colour},
          {"1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34", PageMeter::Mono}}},
        {"Ricoh", "RICOH SP C261DNw",
         "RICOH SP C261DNw 1.06 / RICOH Network Printer C model / RICOH Network Scanner C model",
         "1.3.6.1.4.1.367.1.1", "1.06", true,
         {toner("Black Toner", 1, pct, 100, 2000, 1000), toner("Cyan Toner", 2, pct, 100, 1600, 450),
          toner("Magenta Toner", 3, pct, 100, 1600, 400), toner("Yellow Toner", 4, pct, 100, 1600, 420),
          part("Waste Toner", SupplyType::WasteToner, true, pct, 100, 25000)},
         "1.3.6.1.4.1.367.3.2.1.1.1.2.0", FirmwareText::Plain,
         // Ricoh's meters are rows of its labelled table; the profile's rules read the names.
         {{RicohTotal, {}, RicohTotalName, "Total"},
          {RicohPrintMono, PageMeter::Mono, RicohPrintMonoName, "Printer: Black & White"},
          {RicohPrintColour, PageMeter::Colour, RicohPrintColourName, "Printer: Full Color"}}},
    };
    std::vector<std::shared_ptr<const Profile>> profiles;
    for (const ModelSpec &spec : models)
        profiles.push_back(buildPrinter(spec));
    return profiles;
}

std::shared_ptr<const Profile> buildSwitch()
{
    auto profile = std::make_shared<Profile>();
    profile->vendor = QStringLiteral("Cisco");
    profile->model = QStringLiteral("Catalyst 2960-X");
    profile->printer = false;
    profile->sysObjectId = QStringLiteral("1.3.6.1.4.1.9.1.1208");
    ProfileBuilder b;
    b.add("1.3.6.1.2.1.1.1.0", SnmpValue::octets("Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), "
                                                 "Version 15.2(7)E8, RELEASE SOFTWARE (fc3)"));
    b.add("1.3.6.1.2.1.1.2.0", SnmpValue::objectId({1, 3, 6, 1, 4, 1, 9, 1, 1208}));
    b.addDynamic("1.3.6.1.2.1.1.3.0", Dynamic::SysUpTime, ValueType::TimeTicks);
    b.add("1.3.6.1.2.1.1.4.0", SnmpValue::octets("Network Operations"));
    b.addDynamic("1.3.6.1.2.1.1.5.0", Dynamic::SysName, ValueType::OctetString);
    b.addDynamic("1.3.6.1.2.1.1.6.0", Dynamic::SysLocation, ValueType::OctetString);
    b.add("1.3.6.1.2.1.1.7.0", SnmpValue::integer(6));
    const int ports = 8;
    b.add("1.3.6.1.2.1.2.1.0", SnmpValue::integer(ports));
    for (std::uint32_t i = 1; i <= std::uint32_t(ports); ++i) {
        const auto col = [&](std::uint32_t column) { return Oid{1, 3, 6, 1, 2, 1, 2, 2, 1, column, i}; };
        b.add(col(1), SnmpValue::integer(i));
        b.add(col(2), SnmpValue::octets("GigabitEthernet1/0/" + QByteArray::number(i)));
        b.add(col(3), SnmpValue::integer(6));
        b.add(col(4), SnmpValue::integer(1500));
        b.add(col(5), SnmpValue::gauge32(1000000000));
        // every port shares the base MAC; the first port shows it (enough for identity)
        if (i == 1)
            b.add(col(6), SnmpValue{ValueType::OctetString, 0, 0, {}, {}}, Dynamic::IfPhysAddress);
        else
            b.add(col(6), SnmpValue::octets(QByteArray::fromHex("00000c9f00") + char(i)));
        b.add(col(7), SnmpValue::integer(1));
        b.add(col(8), SnmpValue::integer(i <= 4 ? 1 : 2));
        b.add(col(10), SnmpValue{ValueType::Counter32, 0, 0, {}, {}}, Dynamic::IfInOctets);
        b.add(col(16), SnmpValue{ValueType::Counter32, 0, 0, {}, {}}, Dynamic::IfOutOctets);
    }
    profile->entries = b.take();
    return profile;
}

} // namespace

const std::vector<std::shared_ptr<const Profile>> &printerProfiles()
{
    static const auto profiles = buildAll();
    return profiles;
}

std::shared_ptr<const Profile> switchProfile()
{
    static const auto profile = buildSwitch();
    return profile;
}

const std::vector<QByteArray> &simLocations()
{
    static const std::vector<QByteArray> locations = {
        "Building A, Floor 1, Copy Room", "Building A, Floor 2, Finance", "Building B, Floor 1, Reception",
        "Building B, Floor 3, Engineering", "Warehouse, Shipping Desk", "Head Office, Room 4.12",
    };
    return locations;
}

} // namespace Printwatch::Sim
