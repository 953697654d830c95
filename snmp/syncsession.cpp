// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/syncsession.h"

#include "snmp/pducodec.h"

#include <QCoreApplication>

// net-snmp's headers must come in this order
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include <limits>

namespace Printwatch::Snmp {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Snmp", text, disambiguation, n);
}

VarBind toVarBind(const netsnmp_variable_list *var)
{
    VarBind bind;
    QList<quint32> name;
    for (size_t i = 0; i < var->name_length; ++i)
        name.append(quint32(var->name[i]));
    bind.oid = Oid(std::move(name));
    switch (var->type) {
    case ASN_INTEGER:
        bind.type = ValueType::Integer;
        bind.integer = var->val.integer ? qint64(*var->val.integer) : 0;
        break;
    case ASN_OCTET_STR:
    case ASN_OPAQUE:
    case ASN_IPADDRESS:
        bind.type = var->type == ASN_OCTET_STR ? ValueType::OctetString
                    : var->type == ASN_OPAQUE  ? ValueType::Opaque
                                               : ValueType::IpAddress;
        if (var->val.string && var->val_len > 0)
            bind.bytes = QByteArray(reinterpret_cast<const char *>(var->val.string), qsizetype(var->val_len));
        break;
    case ASN_OBJECT_ID: {
        bind.type = ValueType::ObjectId;
        QList<quint32> value;
        for (size_t i = 0; i < var->val_len / sizeof(oid) && var->val.objid; ++i)
            value.append(quint32(var->val.objid[i]));
        bind.oidValue = Oid(std::move(value));
        break;
    }
    case ASN_COUNTER:
    case ASN_GAUGE:
    case ASN_TIMETICKS:
        bind.type = var->type == ASN_COUNTER ? ValueType::Counter32
                    : var->type == ASN_GAUGE ? ValueType::Gauge32
                                             : ValueType::TimeTicks;
        bind.unsignedValue = var->val.integer ? quint64(quint32(*var->val.integer)) : 0;
        bind.integer = qint64(bind.unsignedValue);
        break;
    case ASN_COUNTER64:
        bind.type = ValueType::Counter64;
        if (var->val.counter64)
            bind.unsignedValue = (quint64(var->val.counter64->high) << 32) | quint64(quint32(var->val.counter64->low));
        bind.integer = bind.unsignedValue > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(bind.unsignedValue);
        break;
    case SNMP_NOSUCHOBJECT:
        bind.type = ValueType::NoSuchObject;
        break;
    case SNMP_NOSUCHINSTANCE:
        bind.type = ValueType::NoSuchInstance;
        break;
    case SNMP_ENDOFMIBVIEW:
        bind.type = ValueType::EndOfMibView;
        break;
    case ASN_NULL:
        bind.type = ValueType::Null;
        break;
    default:
        bind.type = ValueType::Other;
        break;
    }
    return bind;
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
    if (m_credential.version == Core::SnmpVersion::V3)
        return Core::Error{tr("%1: SNMPv3 device actions are not supported yet; use v1/v2c with the write community")
                               .arg(label())};
    const QByteArray peer = (QStringLiteral("udp:") + m_host + QLatin1Char(':') + QString::number(m_credential.port)).toUtf8();
    const QByteArray community = m_credential.community.toUtf8();
    netsnmp_session settings;
    snmp_sess_init(&settings);
    settings.version = m_credential.version == Core::SnmpVersion::V1 ? SNMP_VERSION_1 : SNMP_VERSION_2c;
    settings.peername = const_cast<char *>(peer.constData());
    settings.community = reinterpret_cast<u_char *>(const_cast<char *>(community.constData()));
    settings.community_len = size_t(community.size());
    settings.timeout = long(m_credential.timeoutMs) * 1000;
    settings.retries = m_credential.retries;
    void *session = snmp_sess_open(&settings);
    if (!session)
        return Core::Error{tr("%1: cannot open an SNMP session").arg(label())};

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
            reply.varBinds.append(toVarBind(var));
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
    snmp_sess_close(session);
    return result;
}

} // namespace Printwatch::Snmp
