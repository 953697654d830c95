// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How to talk SNMP to a device or a range. The community and the v3 passwords are secrets and
// are never written to the database (see DESIGN.md section 6); storage keeps version and port only.

#include "core/targetlist.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Printwatch::Core {

enum class SnmpVersion : quint8 { V1 = 0, V2c = 1, V3 = 3 };

QString snmpVersionKey(SnmpVersion version); // "1", "2c", "3"
std::optional<SnmpVersion> snmpVersionFromKey(const QString &key);

enum class SnmpSecurityLevel : quint8 { NoAuthNoPriv = 0, AuthNoPriv = 1, AuthPriv = 2 };
enum class SnmpAuthProtocol : quint8 { None = 0, Md5, Sha1, Sha224, Sha256, Sha384, Sha512 };
// AES-192/256 come in two key-extension variants that do not interoperate: Blumenthal (the IETF
// draft, net-snmp's "AES-192") and Reeder (Cisco's "3DES-style" extension, net-snmp's "AES-192-C").
enum class SnmpPrivProtocol : quint8 { None = 0, Des, Aes128, Aes192, Aes256, Aes192Reeder, Aes256Reeder };

// net-snmp's names, as snmpget -l/-a/-x and snmpd.conf's createUser spell them.
QString snmpSecurityLevelKey(SnmpSecurityLevel level); // "noAuthNoPriv", "authNoPriv", "authPriv"
std::optional<SnmpSecurityLevel> snmpSecurityLevelFromKey(const QString &key);
QString snmpAuthProtocolKey(SnmpAuthProtocol protocol); // "MD5", "SHA", "SHA-224", ... "SHA-512"
std::optional<SnmpAuthProtocol> snmpAuthProtocolFromKey(const QString &key);
QString snmpPrivProtocolKey(SnmpPrivProtocol protocol); // "DES", "AES", "AES-192", "AES-256", "AES-192-C", ...
std::optional<SnmpPrivProtocol> snmpPrivProtocolFromKey(const QString &key);
// A plain, translated sentence for the UI: what the choice means and when to pick it.
QString snmpPrivProtocolExplanation(SnmpPrivProtocol protocol);
QString snmpAuthProtocolExplanation(SnmpAuthProtocol protocol);

struct SnmpCredential
{
    SnmpVersion version = SnmpVersion::V2c;
    QString community = QStringLiteral("public");
    quint16 port = 161;
    int timeoutMs = 1000; // per try
    int retries = 1;      // extra tries after the first

    // SNMPv3 (USM). Passwords live in memory only.
    QString name; // the set's name for this credential, shown in messages ("floor 3 v3")
    QString user;
    SnmpSecurityLevel securityLevel = SnmpSecurityLevel::NoAuthNoPriv;
    SnmpAuthProtocol authProtocol = SnmpAuthProtocol::None;
    QString authPassword;
    SnmpPrivProtocol privProtocol = SnmpPrivProtocol::None;
    QString privPassword;
    QString contextName;

    bool operator==(const SnmpCredential &) const = default;
    // Readable without secrets: "v3 authPriv user 'ops' SHA-256/AES-128" or "v2c".
    QString describe() const;
    // Empty when usable; otherwise why not ("authPriv needs a privacy password of 8 characters or more").
    QString validate() const;
};

// The credentials tried, in order, on one range: the first that gets an answer wins for a device.
// An unknown-user or wrong-digest answer moves on at once; only silence costs a timeout.
struct CredentialSet
{
    QString name;
    QList<SnmpCredential> credentials;
    // Stored sets (Settings page): where the set applies, as typed ("10.1.0.0/24 printer-3.example.org");
    // empty means every address. Ranged sets are tried before global ones.
    QString scope;
    // For SET requests (reboot): a v1/v2c write community or an SNMPv3 authPriv user. Unset: the
    // action's default. Its secrets live in the secret store, like the read credentials'.
    std::optional<SnmpCredential> writeCredential;

    bool operator==(const CredentialSet &) const = default;
    bool isGlobal() const { return scope.trimmed().isEmpty(); }
    // True when `address` (an IPv4 address or a host name) is in the scope; global sets hold every address.
    bool appliesTo(const QString &address) const;
    // One sentence per problem ("Set “floor 3”: enter a name", "... the range 10.1.0.0/33 ..."), empty when usable.
    QStringList validate() const;
};

// Picks credentials for addresses from the stored sets; parses each scope once, so resolving a
// whole fleet stays cheap.
class CredentialResolver
{
public:
    explicit CredentialResolver(const QList<CredentialSet> &sets);
    // The sets that apply to `address`, ranged sets first, each group in the stored order.
    QList<CredentialSet> setsFor(const QString &address) const;
    std::optional<SnmpCredential> read(const QString &address, std::optional<SnmpVersion> version,
                                       const SnmpCredential &transport) const;
    std::optional<SnmpCredential> write(const QString &address, const SnmpCredential &transport) const;

private:
    struct Scope
    {
        CredentialSet set;
        QList<quint32> ipv4; // sorted
        QStringList hostNames; // lower case
    };
    QList<Scope> m_scopes; // ranged first, then global
};

QList<CredentialSet> credentialSetsFor(const QList<CredentialSet> &sets, const QString &address);
// The credential to read `address` with: the first credential of the applicable sets whose version is
// `version` (any version when unset), with port, timeout and retries taken from `transport`.
std::optional<SnmpCredential> readCredentialFor(const QList<CredentialSet> &sets, const QString &address,
                                                std::optional<SnmpVersion> version, const SnmpCredential &transport);
// The write credential of the first applicable set that has one, with `transport`'s port, timeout and retries.
std::optional<SnmpCredential> writeCredentialFor(const QList<CredentialSet> &sets, const QString &address,
                                                 const SnmpCredential &transport);
// All sets' problems, plus duplicate names.
QStringList validateCredentialSets(const QList<CredentialSet> &sets);

// One device the poller polls: where it is and how to reach it.
struct PollTarget
{
    qint64 deviceId = 0; // 0 when not yet stored (e.g. during discovery)
    QString address;
    quint16 port = 161;
    SnmpCredential credential;

    bool operator==(const PollTarget &) const = default;
};

// Each target's credential from the stored sets (the first credential of the applicable sets with
// the device's stored version), keeping its port, timeout and retries; targets no set covers keep theirs.
QList<PollTarget> withCredentialSets(QList<PollTarget> targets, const QList<CredentialSet> &sets);

struct DiscoveryRequest
{
    QString targetsText; // as typed, for history and the log
    TargetList targets;
    SnmpCredential credential;
    CredentialSet credentialSet; // when not empty, tried in order instead of `credential`

    QList<SnmpCredential> credentialsToTry() const
    {
        return credentialSet.credentials.isEmpty() ? QList<SnmpCredential>{credential} : credentialSet.credentials;
    }
};

// What the poller is doing, for the status bar.
struct PollerActivity
{
    bool polling = false;
    int devicesTotal = 0;
    int devicesDone = 0;
    int devicesFailed = 0;
    int requestsInFlight = 0;
    qint64 lastRoundMs = -1;
};

} // namespace Printwatch::Core

Q_DECLARE_METATYPE(Printwatch::Core::SnmpCredential)
Q_DECLARE_METATYPE(Printwatch::Core::PollTarget)
Q_DECLARE_METATYPE(Printwatch::Core::CredentialSet)
Q_DECLARE_METATYPE(QList<Printwatch::Core::CredentialSet>)
Q_DECLARE_METATYPE(Printwatch::Core::DiscoveryRequest)
Q_DECLARE_METATYPE(Printwatch::Core::PollerActivity)
