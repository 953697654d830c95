// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Varbinds as an agent would answer them, for the decoder tests' tables: one builder per SNMP type,
// each taking the OID in dotted text so a table row reads like a walk.

#include "snmp/varbind.h"

#include <QByteArray>
#include <QString>

namespace Printwatch::Snmp::TestVarBinds {

inline VarBind integer(const QString &oid, qint64 value)
{
    VarBind bind{*Oid::fromString(oid)};
    bind.type = ValueType::Integer;
    bind.integer = value;
    return bind;
}

inline VarBind counter32(const QString &oid, qint64 value)
{
    VarBind bind{*Oid::fromString(oid)};
    bind.type = ValueType::Counter32;
    bind.integer = value;
    bind.unsignedValue = quint64(value);
    return bind;
}

inline VarBind octets(const QString &oid, const QByteArray &bytes)
{
    VarBind bind{*Oid::fromString(oid)};
    bind.type = ValueType::OctetString;
    bind.bytes = bytes;
    return bind;
}

inline VarBind ip(const QString &oid, const QByteArray &bytes)
{
    VarBind bind = octets(oid, bytes);
    bind.type = ValueType::IpAddress;
    return bind;
}

inline VarBind objectId(const QString &oid, const QString &value)
{
    VarBind bind{*Oid::fromString(oid)};
    bind.type = ValueType::ObjectId;
    bind.oidValue = *Oid::fromString(value);
    return bind;
}

} // namespace Printwatch::Snmp::TestVarBinds
