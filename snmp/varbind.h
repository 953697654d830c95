// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snmp/oid.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Printwatch::Snmp {

// The SMI types an agent can answer with, plus the SNMPv2 exceptions.
enum class ValueType : quint8 {
    Null,
    Integer,
    OctetString,
    ObjectId,
    IpAddress,
    Counter32,
    Gauge32,
    TimeTicks,
    Opaque,
    Counter64,
    NoSuchObject,
    NoSuchInstance,
    EndOfMibView,
    Other,
};

struct VarBind
{
    Oid oid;
    ValueType type = ValueType::Null;
    QByteArray bytes;      // OCTET STRING, Opaque, IpAddress: the raw bytes as received
    Oid oidValue;          // OBJECT IDENTIFIER values
    qint64 integer = 0;    // INTEGER (signed) and every unsigned type that fits
    quint64 unsignedValue = 0; // Counter32/Gauge32/TimeTicks/Counter64 exactly

    bool isException() const
    {
        return type == ValueType::NoSuchObject || type == ValueType::NoSuchInstance || type == ValueType::EndOfMibView;
    }
    bool isNumber() const;
    // INTEGER, Counter32, Gauge32, TimeTicks, Counter64 (if it fits), else nullopt.
    std::optional<qint64> toInt() const;
    // Untrusted printer text as plain text: see Snmp::decodeText.
    QString toText() const;
    // For the log and tests: "1.3.6.1.2.1.1.5.0 = STRING: printer".
    QString toDebugString() const;

    bool operator==(const VarBind &) const = default;
};

QString valueTypeName(ValueType type);

// Printer strings are untrusted bytes: trailing NULs (and padding spaces) dropped, UTF-8 when it
// is valid, else Latin-1, control characters other than tab and new line replaced by spaces.
QString decodeText(const QByteArray &bytes);

// "aa:bb:cc:dd:ee:ff" for six bytes, empty otherwise.
QString macText(const QByteArray &bytes);

} // namespace Printwatch::Snmp

// Oid and QByteArray are relocatable, so a VarBind is: a growing QList of them is realloc'd, not
// moved element by element.
Q_DECLARE_TYPEINFO(Printwatch::Snmp::VarBind, Q_RELOCATABLE_TYPE);
