// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/usmusers.h"

#include "netsnmp/enginetimehash.h"
#include "netsnmp/scapicache.h"
#include "snmp/pducodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstdlib>
#include <cstring>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/keytools.h>
#include <net-snmp/library/scapi.h>
#include <net-snmp/library/snmpusm.h>
#include <net-snmp/library/transform_oids.h>

#include "snmp/usmprotocols.h"

namespace Printwatch::Snmp {

namespace {

using UsmProtocols::authOid;
using UsmProtocols::OidRef;
using UsmProtocols::privOid;
QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Snmp", text);
}

u_char *copyBytes(const QByteArray &bytes)
{
    auto *copy = static_cast<u_char *>(std::malloc(size_t(qMax<qsizetype>(1, bytes.size()))));
    if (copy && !bytes.isEmpty())
        std::memcpy(copy, bytes.constData(), size_t(bytes.size()));
    return copy;
}

oid *copyOid(OidRef ref)
{
    return snmp_duplicate_objid(ref.name, ref.length);
}

Core::Result<QByteArray> localise(OidRef hash, const QByteArray &engineId, const QByteArray &ku)
{
    u_char kul[SNMP_MAXBUF_SMALL];
    size_t kulLength = sizeof kul;
    const int rc = generate_kul(hash.name, u_int(hash.length), reinterpret_cast<const u_char *>(engineId.constData()),
                                size_t(engineId.size()), reinterpret_cast<const u_char *>(ku.constData()),
                                size_t(ku.size()), kul, &kulLength);
    if (rc != SNMPERR_SUCCESS)
        return Core::Error{tr("net-snmp could not localise the key: %1").arg(QString::fromLocal8Bit(snmp_api_errstring(rc)))};
    return QByteArray(reinterpret_cast<const char *>(kul), qsizetype(kulLength));
}
} // namespace

UsmUsers::UsmUsers()
{
    initNetSnmp();
    // Keeps net-snmp's engine-time buckets off OpenSSL's MD5 (see enginetimehash.h) and its
    // per-message HMAC (OpenSSL) and AES (libgcrypt) on kept contexts (see scapicache.h).
    static_cast<void>(NetSnmp::fastEngineTimeHashActive());
    static_cast<void>(NetSnmp::cachedUsmCryptoActive());
}

UsmUsers::~UsmUsers()
{
    for (const Entry &entry : std::as_const(m_users))
        usm_free_user(entry.user);
}

Core::Result<UsmUsers::MasterKey *> UsmUsers::masterKey(Core::SnmpAuthProtocol protocol, const QString &password)
{
    const QByteArray secret = password.toUtf8();
    // The cache key is a digest, so the table holds no second copy of the password.
    QByteArray key = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
    key.prepend(char(protocol));
    if (const auto it = m_masterKeys.find(key); it != m_masterKeys.end())
        return &it->second;
    const OidRef hash = authOid(protocol);
    u_char ku[SNMP_MAXBUF_SMALL];
    size_t kuLength = sizeof ku;
    const int rc = generate_Ku(hash.name, u_int(hash.length), reinterpret_cast<const u_char *>(secret.constData()),
                               size_t(secret.size()), ku, &kuLength);
    if (rc != SNMPERR_SUCCESS)
        return Core::Error{tr("net-snmp could not derive a key from the password: %1")
                               .arg(QString::fromLocal8Bit(snmp_api_errstring(rc)))};
    ++m_stats.masterKeys;
    MasterKey &result = m_masterKeys[key];
    result.ku = QByteArray(reinterpret_cast<const char *>(ku), qsizetype(kuLength));
    return &result;
}

Core::Result<usmUser *> UsmUsers::user(const Core::SnmpCredential &credential, const QByteArray &engineId)
{
    QByteArray fingerprint;
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QByteArray parts[] = {credential.user.toUtf8(), credential.authPassword.toUtf8(),
                                    credential.privPassword.toUtf8()};
        for (const QByteArray &part : parts) {
            hash.addData(QByteArray::number(part.size()));
            hash.addData(part);
        }
        fingerprint = hash.result();
        fingerprint += char(credential.securityLevel);
        fingerprint += char(credential.authProtocol);
        fingerprint += char(credential.privProtocol);
        fingerprint += engineId;
    }
    if (const auto it = m_users.constFind(fingerprint); it != m_users.constEnd())
        return it->user;

    const bool auth = credential.securityLevel != Core::SnmpSecurityLevel::NoAuthNoPriv;
    const bool priv = credential.securityLevel == Core::SnmpSecurityLevel::AuthPriv;
    QByteArray authKul;
    QByteArray privKul;
    Entry entry;
    if (auth) {
        auto authKu = masterKey(credential.authProtocol, credential.authPassword);
        if (!authKu.ok())
            return Core::Error{authKu.error()};
        entry.authKu = *authKu;
        auto localised = localise(authOid(credential.authProtocol), engineId, entry.authKu->ku);
        if (!localised.ok())
            return Core::Error{localised.error()};
        authKul = *localised;
    }
    if (priv) {
        // RFC 3414/3826: the privacy key is derived with the authentication hash.
        auto privKu = masterKey(credential.authProtocol, credential.privPassword);
        if (!privKu.ok())
            return Core::Error{privKu.error()};
        entry.privKu = *privKu;
        auto localised = localise(authOid(credential.authProtocol), engineId, entry.privKu->ku);
        if (!localised.ok())
            return Core::Error{localised.error()};
        privKul = *localised;
    }

    usmUser *user = usm_create_user();
    if (!user)
        return Core::Error{tr("out of memory")};
    const QByteArray name = credential.user.toUtf8();
    user->name = strdup(name.constData());
    user->secName = strdup(name.constData());
    user->engineID = copyBytes(engineId);
    user->engineIDLen = size_t(engineId.size());
    SNMP_FREE(user->authProtocol);
    user->authProtocol = copyOid(authOid(auth ? credential.authProtocol : Core::SnmpAuthProtocol::None));
    user->authProtocolLen = auth ? authOid(credential.authProtocol).length : OID_LENGTH(usmNoAuthProtocol);
    SNMP_FREE(user->privProtocol);
    user->privProtocol = copyOid(privOid(priv ? credential.privProtocol : Core::SnmpPrivProtocol::None));
    user->privProtocolLen = priv ? privOid(credential.privProtocol).length : OID_LENGTH(usmNoPrivProtocol);
    if (auth) {
        user->authKey = copyBytes(authKul);
        user->authKeyLen = size_t(authKul.size());
    }
    if (priv) {
        user->privKey = copyBytes(privKul);
        user->privKeyLen = size_t(privKul.size());
        // AES-192/256 need more key than one hash gives; net-snmp extends it the Blumenthal or the
        // Reeder way, chosen by the protocol OID.
        const int rc = usm_extend_user_kul(user, u_int(privKul.size()));
        if (rc != SNMPERR_SUCCESS) {
            usm_free_user(user);
            return Core::Error{tr("net-snmp could not extend the privacy key for %1: %2")
                                   .arg(Core::snmpPrivProtocolKey(credential.privProtocol),
                                        QString::fromLocal8Bit(snmp_api_errstring(rc)))};
        }
    }
    user->userStatus = RS_ACTIVE;
    user->userStorageType = ST_READONLY;
    ++m_stats.localisedUsers;
    entry.user = user;
    for (MasterKey *ku : {entry.authKu, entry.privKu}) {
        if (ku)
            ++ku->users;
    }
    m_users.insert(fingerprint, entry);
    return user;
}

int UsmUsers::retainUsers(const std::unordered_set<const usmUser *> &keep)
{
    int freed = 0;
    for (auto it = m_users.begin(); it != m_users.end();) {
        if (keep.count(it->user) > 0) {
            ++it;
            continue;
        }
        for (MasterKey *ku : {it->authKu, it->privKu}) {
            if (ku)
                --ku->users;
        }
        usm_free_user(it->user);
        it = m_users.erase(it);
        ++freed;
    }
    // A master key outlives its users only while one of them is left: deriving it again costs
    // milliseconds, but only when a credential comes back after all its devices went. Keys with no
    // user at all (a localisation that failed after the derivation) go too.
    for (auto it = m_masterKeys.begin(); it != m_masterKeys.end();) {
        if (it->second.users > 0)
            ++it;
        else
            it = m_masterKeys.erase(it);
    }
    m_stats.freedUsers += freed;
    return freed;
}

UsmUsers::Stats UsmUsers::stats() const
{
    Stats stats = m_stats;
    stats.heldMasterKeys = int(m_masterKeys.size());
    stats.heldUsers = int(m_users.size());
    return stats;
}

qsizetype UsmUsers::approximateBytes() const
{
    // usmUser + names + two OIDs + keys + hash node.
    return m_users.size() * qsizetype(sizeof(usmUser) + 64 + 2 * 11 * sizeof(oid) + 96 + 64 + sizeof(Entry))
           + qsizetype(m_masterKeys.size()) * 128;
}

} // namespace Printwatch::Snmp
