// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/snmpvalue.h"
#include "sim/snmprec.h"

#include <QString>

#include <memory>
#include <vector>

namespace Printwatch::Sim {

// Values that differ per device or change with time. A profile entry names one; the device
// computes it on request, so the sorted OID vector is shared by every device of a model.
enum class Dynamic : std::uint8_t {
    None,
    SysUpTime,
    SysName,
    SysLocation,
    IfPhysAddress,
    IfInOctets,
    IfOutOctets,
    Serial,
    LifeCount,         // prtMarkerLifeCount and vendor page counters
    SupplyLevel,       // arg = supply position (0-based)
    HrDeviceStatus,
    HrPrinterStatus,
    HrErrorState,
    AlertColumn,       // arg = slot * 16 + prtAlertTable column; absent when the alert is not active
    Firmware,          // prtInterpreterVersion: the profile's value until a firmware job installs another
    PageMeter,         // a vendor meter other than the total: arg = PageMeter
    DefaultGateway,    // ipRouteNextHop of the default route: .254 of the device's own /24
    OwnAddress,        // the device's own IPv4 address (ipAdEntAddr)
};

// How a vendor's firmware object writes the version (Dynamic::Firmware's arg), as real ones do.
enum class FirmwareText : std::uint16_t {
    Plain,      // prtInterpreterVersion, Kyocera, Ricoh: the version itself
    HpPml,      // HP's PML objects: 0x01 0x15, then the text
    BrotherVer, // Brother's 1240.6.5.0: "Firmware Ver." and the version
};
QByteArray firmwareText(FirmwareText format, const QByteArray &version);

// The vendor meters a simulated model reports besides its total (Dynamic::PageMeter's arg). Each
// follows from the device's page count, so they agree with prtMarkerLifeCount and with each other:
// mono + colour = total, a meter never goes down.
enum class PageMeter : std::uint16_t {
    Mono,         // impressions in black only (all of them on a mono model)
    Colour,       // impressions with colour (colour models)
    DuplexSheets, // sheets printed on both sides
    TotalRecord,  // Brother's maintenance string: record 0x00 (page counter) as [code][1][4][value]
    DrumRecord,   // the same, record 0x11: pages on the drum now fitted (the model's OPC supply)
};

struct ProfileEntry
{
    Oid oid;
    SnmpValue value; // the value when `dynamic` is None, the type template otherwise
    Dynamic dynamic = Dynamic::None;
    std::uint16_t arg = 0;
    // A row of Profile::addressTable: the OID's last four sub-identifiers are 0.0.0.0 here and the
    // device's own address on the wire.
    bool byAddress = false;
};

// prtMarkerSuppliesType values used here (RFC 3805 PrtMarkerSuppliesTypeTC).
enum class SupplyType : std::uint8_t { Toner = 3, WasteToner = 4, Ink = 5, Opc = 9, Fuser = 15 };

struct SupplySpec
{
    QByteArray description;
    SupplyType type = SupplyType::Toner;
    bool receptacle = false; // prtMarkerSuppliesClass receptacleThatIsFilled(4) instead of supplyThatIsConsumed(3)
    int unit = 19;           // PrtMarkerSuppliesSupplyUnitTC: 7 impressions, 13 tenthsOfGrams, 19 percent
    int maxCapacity = 100;
    int lifePages = 3000;    // pages of this model that use one unit up
    int sharePermille = 1000; // share of pages that consume it (colour toners on a mixed workload)
    int colorantIndex = 0;   // 0 = none
};

// The static part of one device model (or one recording), shared by all devices that use it.
struct Profile
{
    QString vendor;  // empty for recordings
    QString model;
    bool printer = true;
    bool colour = false;
    QString sysObjectId;
    std::vector<SupplySpec> supplies;
    int alertSlots = 0;                // supplies.size() + 1 (paper jam) for printers
    std::vector<ProfileEntry> entries; // strictly increasing OIDs
    // A table indexed by the device's own IPv4 address (ipAddrEntry), one row per column: its
    // entries are byAddress. The profile is shared by devices with different addresses, so a
    // request under one of its columns is mapped to the template row first (requestKey).
    Oid addressTable;

    // Maps `key` (length `length`, room for MAX_OID_LEN) from a device with IPv4 address
    // `address` onto the shared entries and returns the new length. A name under a column of
    // addressTable that is the device's row becomes the template row .0.0.0.0; one below it
    // becomes the bare column (before the row), one above it the template row plus .0 (after
    // the row, before the next column). Any other name is left as it is.
    std::size_t requestKey(std::uint32_t *key, std::size_t length, std::uint32_t address) const;
    // An entry's name on the wire of a device with IPv4 address `address`.
    Oid wireName(const ProfileEntry &entry, std::uint32_t address) const;

    // Position of the first entry whose OID is greater than (or, with `inclusive`, equal to) `oid`.
    std::size_t lowerBound(const std::uint32_t *oid, std::size_t length, bool inclusive) const;
    // The entry whose OID equals `oid`, or nullptr.
    const ProfileEntry *find(const std::uint32_t *oid, std::size_t length) const;
    // The same, and when there is none, *parentHasSubtree = hasSubtree(oid, length - 1) (false for
    // length <= 1), from the one search: a GET of a missing instance needs both.
    const ProfileEntry *find(const std::uint32_t *oid, std::size_t length, bool *parentHasSubtree) const;
    // True when some entry lies under `prefix` (used to tell noSuchInstance from noSuchObject).
    bool hasSubtree(const std::uint32_t *prefix, std::size_t length) const;
};

// Collects entries in any order and produces a sorted Profile; a duplicate OID is a programming error.
class ProfileBuilder
{
public:
    void add(const char *dottedOid, SnmpValue value);
    void addDynamic(const char *dottedOid, Dynamic dynamic, ValueType type, std::uint16_t arg = 0);
    void add(Oid oid, SnmpValue value, Dynamic dynamic = Dynamic::None, std::uint16_t arg = 0);
    // A column of a table indexed by the device's own address (see Profile::addressTable): the
    // entry's OID is `dottedColumn`.0.0.0.0.
    void addByAddress(const char *dottedColumn, SnmpValue value, Dynamic dynamic = Dynamic::None);
    std::vector<ProfileEntry> take();

private:
    std::vector<ProfileEntry> m_entries;
};

std::shared_ptr<const Profile> profileFromRecording(const Recording &recording);

} // namespace Printwatch::Sim
