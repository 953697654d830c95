// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/syncsession.h"

#include "snmp/pducodec.h"
#include "snmp/usmlock.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

// net-snmp's headers must come in this order
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/large_fd_set.h>
#include <net-snmp/library/snmpusm.h>

#include "snmp/usmprotocols.h"


namespace Printwatch::Snmp {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Printwatch::Snmp", text, disambiguation, n);
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

// Holds netsnmpUsmMutex() for SNMPv3 only, while net-snmp touches the USM user list or the
// engine-time cache (open, encode, decode, close); never across a wait on the network.
// `parked` is the session's user once it exists: it is in net-snmp's global list only while the
// lock is held. Between two calls the poller's engine lends net-snmp its own user for each message
// under the same lock, and net-snmp replaces (and frees) an entry with the same engine ID and name
// when another is added, so a user left in the list could be freed under the session.
class UsmGuard
{
public:
    explicit UsmGuard(bool v3, usmUser **parked = nullptr)
        : m_lock(netsnmpUsmMutex(), std::defer_lock), m_parked(v3 ? parked : nullptr)
    {
        if (v3)
            m_lock.lock();
        if (m_parked && *m_parked)
            usm_add_user(*m_parked);
    }
    ~UsmGuard()
    {
        if (m_parked && *m_parked)
            usm_remove_user(*m_parked);
    }
    UsmGuard(const UsmGuard &) = delete;
    UsmGuard &operator=(const UsmGuard &) = delete;

private:
    std::unique_lock<std::mutex> m_lock;
    usmUser **m_parked;
};

// What one request/answer exchange ended with, as snmp_sess_synch_response reports it.
struct Exchange
{
    int status = STAT_ERROR;
    netsnmp_pdu *answer = nullptr; // a clone, owned by the caller
    bool waiting = true;
};

// The session callback: what snmp_sess_synch_response's own callback records, including a
// report's type as the session's error (so snmp_sess_error names it: "Authentication failure").
int exchangeDone(int operation, netsnmp_session *session, int, netsnmp_pdu *pdu, void *magic)
{
    auto *state = static_cast<Exchange *>(magic);
    if (operation == NETSNMP_CALLBACK_OP_RESEND)
        return 1; // a retry went out: still waiting
    state->waiting = false;
    if (operation == NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE) {
        state->answer = snmp_clone_pdu(pdu);
        if (pdu->command == SNMP_MSG_RESPONSE) {
            state->status = STAT_SUCCESS;
            session->s_snmp_errno = SNMPERR_SUCCESS;
        } else if (pdu->command == SNMP_MSG_REPORT) {
            state->status = STAT_ERROR;
            session->s_snmp_errno = snmpv3_get_report_type(pdu);
        } else {
            state->status = STAT_ERROR;
            session->s_snmp_errno = SNMPERR_PROTOCOL;
        }
    } else if (operation == NETSNMP_CALLBACK_OP_TIMED_OUT) {
        state->status = STAT_TIMEOUT;
        session->s_snmp_errno = SNMPERR_TIMEOUT;
    } else if (operation == NETSNMP_CALLBACK_OP_SEC_ERROR) {
        state->status = STAT_ERROR; // net-snmp has set the session's error (a USM failure)
    } else {
        state->status = STAT_ERROR;
        session->s_snmp_errno = SNMPERR_ABORT;
    }
    return 1;
}

// Sends `pdu` (taken) and waits for its answer, its last timeout or an error. The USM lock is held
// for net-snmp's send (encode), read (decode, and a resend after notInTimeWindow) and timeout
// (resend) calls only; select() waits without it, so the poller's v3 traffic never waits on this
// device's silence.
// `state` outlives the session: net-snmp may still call back with it when the session closes.
void exchange(void *session, netsnmp_pdu *pdu, Exchange &state, usmUser **parked)
{
    const bool v3 = pdu->version == SNMP_VERSION_3 || snmp_sess_session(session)->version == SNMP_VERSION_3;
    {
        const UsmGuard guard(v3, parked);
        if (snmp_sess_async_send(session, pdu, exchangeDone, &state) == 0) {
            snmp_free_pdu(pdu);
            state.waiting = false;
            return;
        }
    }
    netsnmp_large_fd_set fds;
    netsnmp_large_fd_set_init(&fds, FD_SETSIZE);
    while (state.waiting) {
        int count = 0;
        int block = NETSNMP_SNMPBLOCK;
        struct timeval timeout {};
        NETSNMP_LARGE_FD_ZERO(&fds);
        snmp_sess_select_info2_flags(session, &count, &fds, &timeout, &block, NETSNMP_SELECT_NOALARMS);
        const int ready = netsnmp_large_fd_set_select(count, &fds, nullptr, nullptr, block == 1 ? nullptr : &timeout);
        const UsmGuard guard(v3, parked);
        if (ready > 0) {
            snmp_sess_read2(session, &fds);
        } else if (ready == 0) {
            snmp_sess_timeout(session);
        } else if (errno != EINTR) {
            snmp_sess_session(session)->s_snmp_errno = SNMPERR_GENERR;
            break;
        }
    }
    netsnmp_large_fd_set_cleanup(&fds);
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
    if (v3) {
        if (const QString problem = configureV3(settings, m_credential, v3Strings); !problem.isEmpty())
            return Core::Error{tr("%1: %2").arg(label(), problem)};
        // No probe inside snmp_sess_open: it would wait on the network inside net-snmp. The
        // discovery is sent below like any request, so the USM lock is never held while waiting.
        settings.flags |= SNMP_FLAGS_DONT_PROBE;
    } else {
        settings.community = reinterpret_cast<u_char *>(const_cast<char *>(community.constData()));
        settings.community_len = size_t(community.size());
    }
    void *session = nullptr;
    {
        const UsmGuard guard(v3);
        session = snmp_sess_open(&settings);
    }
    if (!session)
        return Core::Error{tr("%1: cannot open an SNMP session: %2").arg(label(), netsnmpErrorText(settings.s_snmp_errno))};
    netsnmp_session *opened = snmp_sess_session(session);
    Core::Result<SyncReply> result = Core::Error{QString()};
    bool sent = true;
    Exchange discovery;
    Exchange answer;
    usmUser *user = nullptr; // the session's, out of net-snmp's list while the lock is free (UsmGuard)
    if (v3) {
        // The engine ID discovery net-snmp's probe does: an empty noAuthNoPriv GET from the empty
        // user; the agent's report carries its engine ID. Then the session's user is created with
        // keys localised to it, as the probe does after its answer.
        // snmp_sess_open clears the flag; without it the first send would probe synchronously.
        opened->flags |= SNMP_FLAGS_DONT_PROBE;
        netsnmp_pdu *probe = snmp_pdu_create(SNMP_MSG_GET);
        probe->version = SNMP_VERSION_3;
        probe->securityModel = SNMP_SEC_MODEL_USM;
        probe->securityLevel = SNMP_SEC_LEVEL_NOAUTH;
        probe->securityName = strdup("");
        probe->securityNameLen = 0;
        exchange(session, probe, discovery, nullptr);
        if (opened->securityEngineIDLen == 0 && discovery.answer && discovery.answer->securityEngineIDLen > 0) {
            opened->securityEngineID = static_cast<u_char *>(
                netsnmp_memdup(discovery.answer->securityEngineID, discovery.answer->securityEngineIDLen));
            opened->securityEngineIDLen = discovery.answer->securityEngineIDLen;
        }
        if (discovery.status == STAT_TIMEOUT) {
            result = Core::Error{tr("%1: no answer to the SNMPv3 engine ID discovery after %n tries", nullptr,
                                    m_credential.retries + 1)
                                     .arg(label())};
            sent = false;
        } else if (opened->securityEngineIDLen == 0) {
            result = Core::Error{tr("%1: cannot open an SNMP session: %2").arg(label(), netsnmpErrorText(SNMPERR_BAD_SEC_LEVEL))};
            sent = false;
        } else {
            const UsmGuard guard(true);
            if (create_user_from_session(opened) != SNMPERR_SUCCESS) {
                result = Core::Error{tr("%1: cannot open an SNMP session: %2").arg(label(), netsnmpErrorText(SNMPERR_UNKNOWN_USER_NAME))};
                sent = false;
            } else if ((user = usm_get_user(opened->securityEngineID, opened->securityEngineIDLen, opened->securityName))) {
                usm_remove_user(user); // parked: UsmGuard lends it to net-snmp for each call
            }
        }
    }
    if (sent) {
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
        exchange(session, pdu, answer, &user);
        if (answer.status == STAT_SUCCESS && answer.answer) {
            SyncReply reply;
            reply.errorStatus = int(answer.answer->errstat);
            reply.errorIndex = int(answer.answer->errindex);
            for (const netsnmp_variable_list *var = answer.answer->variables; var; var = var->next_variable)
                reply.varBinds.append(varBindFromNetSnmp(var));
            result = reply;
        } else if (answer.status == STAT_TIMEOUT) {
            result = Core::Error{tr("no answer from %1 after %n tries", nullptr, m_credential.retries + 1).arg(label())};
        } else {
            int libError = 0;
            int sysError = 0;
            char *text = nullptr;
            snmp_sess_error(session, &sysError, &libError, &text);
            result = Core::Error{tr("%1: SNMP request failed: %2").arg(label(), QString::fromLocal8Bit(text ? text : ""))};
            free(text);
        }
    }
    // The engine ID discovered above, for the clean-up of net-snmp's global lists.
    QByteArray engineId;
    if (v3 && opened->securityEngineID)
        engineId = QByteArray(reinterpret_cast<const char *>(opened->securityEngineID), qsizetype(opened->securityEngineIDLen));
    const UsmGuard guard(v3, &user);
    snmp_sess_close(session);
    if (v3)
        forgetV3Session(engineId, v3Strings.value(0)); // frees the parked user too: it is in the list now
    user = nullptr;
    for (netsnmp_pdu *kept : {discovery.answer, answer.answer})
        if (kept)
            snmp_free_pdu(kept);
    return result;
}

} // namespace Printwatch::Snmp
