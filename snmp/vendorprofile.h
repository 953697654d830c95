// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Vendor profiles: what the standard MIBs lack (vendor model/serial/firmware OIDs, page meters,
// supply quirks), as data. Built-in profiles are JSON files under resources/profiles/ compiled
// in as Qt resources; a user adds or overrides one (same "id") by dropping a JSON file in
// <GenericDataLocation>/Printwatch/profiles/ or a folder given with --profiles. No recompile.
// docs/profiles.md describes the format.

#include "core/result.h"
#include "snmp/oid.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Printwatch::Snmp {

struct ProfileField
{
    Oid oid;
    QRegularExpression pattern; // optional: the first capture group (or the whole match) is the value
    bool prefer = false;        // take this over the standard MIB value when both exist
};

struct ProfileCounter
{
    QString name;  // "total", "mono", "colour", "print", "copy", "fax", "scan", "duplex", "large_format", ...
    Oid oid;
    QString unit = QStringLiteral("impressions");
    double scale = 1.0;
    bool billing = false;
    bool prefer = false; // take this over prtMarkerLifeCount for "total"
    QString label;
    QRegularExpression pattern; // for meters sent as text: the first capture group is the number
    // For meters packed in an OCTET STRING of records [code][type][length][big-endian value]
    // (Brother's maintenance objects): the record code to take; -1 = a plain number.
    int tlvCode = -1;
};

// A vendor table of meters with a label column: every row becomes a counter; labels matching a
// rule get a standard name, the others "vendor:<label>".
struct ProfileCounterTable
{
    Oid values;
    Oid labels;
    QString unit = QStringLiteral("impressions");
    struct Rule
    {
        QRegularExpression label;
        QString name;
        bool billing = false;
    };
    QList<Rule> rules;
};

struct ProfileBrand
{
    QRegularExpression sysDescr; // matched against sysDescr and the model
    QString vendor;
};

struct VendorProfile
{
    QString id;
    QString vendor;
    QString origin; // file it came from, for messages and `inspect`
    QList<quint32> enterprises;
    QList<Oid> sysObjectIdPrefixes;
    QList<QRegularExpression> sysDescrPatterns;
    QList<ProfileBrand> brands;
    // All brand patterns as one alternation, set by the loader where that is exact (see
    // vendorprofile.cpp): a read whose sysDescr and model match none of the brands (most reads)
    // then costs two matches instead of two per brand. Empty pattern: no prefilter, try each brand.
    QRegularExpression anyBrand;
    QList<ProfileField> model;
    QList<ProfileField> serial;
    QList<ProfileField> firmware;
    QList<ProfileField> assetTag;
    QList<ProfileField> hostName; // fills sysName when the agent leaves sysName.0 empty
    QList<ProfileCounter> counters;
    QList<ProfileCounterTable> counterTables;
    bool clampLevelOverCapacity = false; // supply quirk: level > max capacity shown as full
    // Device type when the agent answers neither hrDevicePrinter nor any printer MIB: the maker's
    // printer product arcs (sysObjectID prefixes) and printer product names in sysDescr.
    QList<Oid> printerSysObjectIdPrefixes;
    QList<QRegularExpression> printerSysDescr;

    // Every OID a reader must GET, and the subtrees it must walk, for this profile.
    QList<Oid> scalarOids() const;
    QList<Oid> walkRoots() const;
};

class ProfileSet
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Snmp::ProfileSet)
public:
    // The built-in profiles (Qt resources), then every *.json in `userDirs` (a profile whose id
    // exists replaces it). Problems in one file become warnings; the others still load.
    static ProfileSet load(const QStringList &userDirs);
    static QString defaultUserDir(); // <GenericDataLocation>/Printwatch/profiles
    static Core::Result<VendorProfile> parse(const QByteArray &json, const QString &origin);

    // Best match: a sysObjectID prefix (longest wins), then a sysDescr pattern, then the
    // enterprise number. nullptr when none applies.
    const VendorProfile *match(const QString &sysObjectId, const QString &sysDescr) const;

    const QList<VendorProfile> &profiles() const { return m_profiles; }
    const QStringList &warnings() const { return m_warnings; }
    void add(VendorProfile profile); // replaces a profile with the same id

private:
    QList<VendorProfile> m_profiles;
    QStringList m_warnings;
};

} // namespace Printwatch::Snmp
