// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snmp/oid.h"

#include <QByteArray>
#include <QList>

#include <memory>
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

// An OBJECT IDENTIFIER value, kept out of line: few varbinds carry one (sysObjectID,
// hrDeviceType, hrStorageType), yet an inline Oid made every varbind 64 bytes bigger, and the
// engine's thread moves each varbind it receives into its walk. Reads as a `const Oid &` (empty
// when unset); no allocation for the empty value.
class OidValue
{
public:
    OidValue() noexcept = default;
    explicit OidValue(const Oid &oid) { assign(oid); }
    OidValue(const OidValue &other) { assign(other.get()); }
    OidValue(OidValue &&other) noexcept = default;
    OidValue &operator=(const OidValue &other)
    {
        if (this != &other)
            assign(other.get());
        return *this;
    }
    OidValue &operator=(OidValue &&other) noexcept = default;
    OidValue &operator=(const Oid &oid)
    {
        assign(oid);
        return *this;
    }
    ~OidValue() = default;

    const Oid &get() const { return m_oid ? *m_oid : empty(); }
    operator const Oid &() const { return get(); }
    qsizetype size() const { return m_oid ? m_oid->size() : 0; }
    bool isEmpty() const { return size() == 0; }
    const quint32 *constData() const { return get().constData(); }
    quint32 last() const { return get().last(); }
    QString toString() const { return get().toString(); }
    // As Oid::assignArray; an empty value frees the storage.
    template<typename T>
    void assignArray(const T *parts, qsizetype count)
    {
        if (count <= 0) {
            m_oid.reset();
            return;
        }
        if (!m_oid)
            m_oid = std::make_unique<Oid>();
        m_oid->assignArray(parts, count);
    }

    friend bool operator==(const OidValue &a, const OidValue &b) { return a.get() == b.get(); }
    friend bool operator==(const OidValue &a, const Oid &b) { return a.get() == b; }

private:
    static const Oid &empty()
    {
        static const Oid none;
        return none;
    }
    void assign(const Oid &oid)
    {
        if (oid.isEmpty())
            m_oid.reset();
        else if (m_oid)
            *m_oid = oid;
        else
            m_oid = std::make_unique<Oid>(oid);
    }

    std::unique_ptr<Oid> m_oid;
};

struct VarBind
{
    Oid oid;
    ValueType type = ValueType::Null;
    QByteArray bytes;      // OCTET STRING, Opaque, IpAddress: the raw bytes as received
    OidValue oidValue;     // OBJECT IDENTIFIER values
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

// Oid, QByteArray and a unique_ptr are relocatable, so a VarBind is: a growing QList of them is
// realloc'd, not moved element by element.
Q_DECLARE_TYPEINFO(Printwatch::Snmp::OidValue, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Printwatch::Snmp::VarBind, Q_RELOCATABLE_TYPE);
