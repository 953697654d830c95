// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/syncsession.h"

#include "snmp/pducodec.h"
#include "snmp/usmlock.h"

#include <QCoreApplication>

// net-snmp's headers must come in this order
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/snmpusm.h>

#include "snmp/usmprotocols.h"


namespace Printwatch::Snmp {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Snmp", text, disambiguation, n);
}

// The v3 part of a session: user, level, protocols and master keys (net-snmp localises them to
// the engine ID it discovers when the session opens). `keep` owns the strings the session points to.
QString configureV3(netsnmp_session &settings, const Core::SnmpCredential &credential, QList<QByteArray> &keep)
{
    keep << credential.user.toUtf8() << credential.contextName.toUtf8();
    settings.version = SNMP_VERSION_3;
    settings.securityModel = SNMP_SEC_MODEL_USM;
    settings.securityName = keep[0].data();
    settings.securityNameLen = size_t(keep[0].size());
    settings.contextName = keep[1].data();
    settings.contextNameLen = size_t(keep[1].size());
    switch (credential.securityLevel) {
    case Core::SnmpSecurityLevel::NoAuthNoPriv: settings.securityLevel = SNMP_SEC_LEVEL_NOAUTH; break;
    case Core::SnmpSecurityLevel::AuthNoPriv: settings.securityLevel = SNMP_SEC_LEVEL_AUTHNOPRIV; break;
    case Core::SnmpSecurityLevel::AuthPriv: settings.securityLevel = SNMP_SEC_LEVEL_AUTHPRIV; break;
    }
    if (credential.securityLevel == Core::SnmpSecurityLevel::NoAuthNoPriv)
        return {};
    const UsmProtocols::OidRef auth = UsmProtocols::authOid(credential.authProtocol);
    if (!auth.name || credential.authProtocol == Core::SnmpAuthProtocol::None)
        return tr("the SNMPv3 credential has no authentication protocol");
    // net-snmp copies the protocol OIDs when the session opens; the tables are static.
    settings.securityAuthProto = const_cast<oid *>(auth.name);
    settings.securityAuthProtoLen = auth.length;
    settings.securityAuthKeyLen = USM_AUTH_KU_LEN;
    QByteArray authPassword = credential.authPassword.toUtf8();
    const int authStatus = generate_Ku(settings.securityAuthProto, u_int(settings.securityAuthProtoLen),
                                       reinterpret_cast<const u_char *>(authPassword.constData()), size_t(authPassword.size()),
                                       settings.securityAuthKey, &settings.securityAuthKeyLen);
    authPassword.fill('\0');
    if (authStatus != SNMPERR_SUCCESS)
        return tr("cannot derive the SNMPv3 authentication key (is the password 8 characters or more?)");
    if (credential.securityLevel != Core::SnmpSecurityLevel::AuthPriv)
        return {};
    const UsmProtocols::OidRef priv = UsmProtocols::privOid(credential.privProtocol);
    if (!priv.name || credential.privProtocol == Core::SnmpPrivProtocol::None)
        return tr("the SNMPv3 credential has no privacy protocol");
    settings.securityPrivProto = const_cast<oid *>(priv.name);
    settings.securityPrivProtoLen = priv.length;
    settings.securityPrivKeyLen = USM_PRIV_KU_LEN;
    QByteArray privPassword = credential.privPassword.toUtf8();
    // As snmpget does: the privacy master key is hashed with the authentication protocol.
    const int privStatus = generate_Ku(settings.securityAuthProto, u_int(settings.securityAuthProtoLen),
                                       reinterpret_cast<const u_char *>(privPassword.constData()), size_t(privPassword.size()),
                                       settings.securityPrivKey, &settings.securityPrivKeyLen);
    privPassword.fill('\0');
    if (privStatus != SNMPERR_SUCCESS)
        return tr("cannot derive the SNMPv3 privacy key (is the password 8 characters or more?)");
    return {};
}

// Takes out of net-snmp's global lists what a closed v3 session left there: the users it created
// for the engine ID it discovered and that engine's boots/time. The engine's codec expects the
// user list to hold only what it injects, and keeps each device's clock itself.
void forgetV3Session(const QByteArray &engineId, const QByteArray &user)
{
    if (engineId.isEmpty())
        return;
    auto *id = reinterpret_cast<u_char *>(const_cast<char *>(engineId.constData()));
    while (struct usmUser *leftover = usm_get_user(id, size_t(engineId.size()), const_cast<char *>(user.constData()))) {
        usm_remove_user(leftover);
        usm_free_user(leftover);
    }
    free_enginetime(id, size_t(engineId.size()));
}

QString netsnmpErrorText(int error)
{
    const char *text = snmp_api_errstring(error);
    return QString::fromLocal8Bit(text ? text : "");
}

} // namespace

SyncSession::SyncSession(QString host, Core::SnmpCredential credential)
    : m_host(std::move(host)), m_credential(std::move(credential))
{
}

QString SyncSession::label() const
{
    return m_host + QLatin1Char(':') + QString::number(m_credential.port);
}

Core::Result<SyncReply> SyncSession::get(const QList<Oid> &oids) const
{
    return request(SNMP_MSG_GET, oids, std::nullopt);
}

Core::Result<SyncReply> SyncSession::getNext(const QList<Oid> &oids) const
{
    return request(SNMP_MSG_GETNEXT, oids, std::nullopt);
}

Core::Result<SyncReply> SyncSession::setInteger(const Oid &oid, qint64 value) const
{
    return request(SNMP_MSG_SET, {oid}, value);
}

Core::Result<QList<VarBind>> SyncSession::walk(const Oid &root, int maxRows) const
{
    QList<VarBind> rows;
    Oid current = root;
    while (rows.size() < maxRows) {
        auto reply = getNext({current});
        if (!reply)
            return Core::Error{reply.error()};
        if (reply->errorStatus != 0 || reply->varBinds.isEmpty())
            break; // v1 noSuchName marks the end of the MIB view
        const VarBind &bind = reply->varBinds.first();
        if (bind.isException() || !root.contains(bind.oid) || !(current < bind.oid))
            break;
        rows.append(bind);
        current = bind.oid;
    }
    return rows;
}

Core::Result<SyncReply> SyncSession::request(int command, const QList<Oid> &oids, std::optional<qint64> setValue) const
{
    initNetSnmp();
    const bool v3 = m_credential.version == Core::SnmpVersion::V3;
    const QByteArray peer = (QStringLiteral("udp:") + m_host + QLatin1Char(':') + QString::number(m_credential.port)).toUtf8();
    const QByteArray community = m_credential.community.toUtf8();
    netsnmp_session settings;
    snmp_sess_init(&settings);
    settings.version = m_credential.version == Core::SnmpVersion::V1 ? SNMP_VERSION_1 : SNMP_VERSION_2c;
    settings.peername = const_cast<char *>(peer.constData());
    settings.timeout = long(m_credential.timeoutMs) * 1000;
    settings.retries = m_credential.retries;
    QList<QByteArray> v3Strings;
    // Held from open (net-snmp's engine ID probe creates the user) to the clean-up after close.
    std::unique_lock<std::mutex> usmLock(netsnmpUsmMutex(), std::defer_lock);
    if (v3) {
        if (const QString problem = configureV3(settings, m_credential, v3Strings); !problem.isEmpty())
            return Core::Error{tr("%1: %2").arg(label(), problem)};
        usmLock.lock();
    } else {
        settings.community = reinterpret_cast<u_char *>(const_cast<char *>(community.constData()));
        settings.community_len = size_t(community.size());
    }
    void *session = snmp_sess_open(&settings);
    if (!session) {
        if (v3 && settings.s_snmp_errno == SNMPERR_TIMEOUT)
            return Core::Error{tr("%1: no answer to the SNMPv3 engine ID discovery after %n tries", nullptr,
                                  m_credential.retries + 1)
                                   .arg(label())};
        return Core::Error{tr("%1: cannot open an SNMP session: %2").arg(label(), netsnmpErrorText(settings.s_snmp_errno))};
    }
    netsnmp_pdu *pdu = snmp_pdu_create(command);
    for (const Oid &o : oids) {
        std::vector<oid> name;
        for (quint32 part : o.parts())
            name.push_back(part);
        if (setValue) {
            const long value = long(*setValue);
            snmp_pdu_add_variable(pdu, name.data(), name.size(), ASN_INTEGER, &value, sizeof value);
        } else {
            snmp_add_null_var(pdu, name.data(), name.size());
        }
    }
    netsnmp_pdu *response = nullptr;
    const int status = snmp_sess_synch_response(session, pdu, &response);
    Core::Result<SyncReply> result = Core::Error{QString()};
    if (status == STAT_SUCCESS && response) {
        SyncReply reply;
        reply.errorStatus = int(response->errstat);
        reply.errorIndex = int(response->errindex);
        for (const netsnmp_variable_list *var = response->variables; var; var = var->next_variable)
            reply.varBinds.append(varBindFromNetSnmp(var));
        result = reply;
    } else if (status == STAT_TIMEOUT) {
        result = Core::Error{tr("no answer from %1 after %n tries", nullptr, m_credential.retries + 1).arg(label())};
    } else {
        int libError = 0;
        int sysError = 0;
        char *text = nullptr;
        snmp_sess_error(session, &sysError, &libError, &text);
        result = Core::Error{tr("%1: SNMP request failed: %2").arg(label(), QString::fromLocal8Bit(text ? text : ""))};
        free(text);
    }
    if (response)
        snmp_free_pdu(response);
    // The engine ID net-snmp discovered (when the session opened or with the first request).
    QByteArray engineId;
    if (const netsnmp_session *opened = v3 ? snmp_sess_session(session) : nullptr; opened && opened->securityEngineID)
        engineId = QByteArray(reinterpret_cast<const char *>(opened->securityEngineID), qsizetype(opened->securityEngineIDLen));
    snmp_sess_close(session);
    if (v3)
        forgetV3Session(engineId, v3Strings.value(0));
    return result;
}

} // namespace Printwatch::Snmp
