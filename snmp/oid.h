// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <compare>
#include <initializer_list>
#include <optional>

namespace Printwatch::Snmp {

// An OBJECT IDENTIFIER as sub-identifiers, so nothing above snmp/ needs net-snmp's oid arrays.
class Oid
{
public:
    Oid() = default;
    Oid(std::initializer_list<quint32> parts) : m_parts(parts) {}
    explicit Oid(QList<quint32> parts) : m_parts(std::move(parts)) {}

    // Accepts "1.3.6.1.2.1.1.1.0" and ".1.3.6...". Empty or malformed text gives nullopt.
    static std::optional<Oid> fromString(QStringView text);
    QString toString() const; // dotted, no leading dot

    qsizetype size() const { return m_parts.size(); }
    bool isEmpty() const { return m_parts.isEmpty(); }
    quint32 at(qsizetype i) const { return m_parts.at(i); }
    quint32 last() const { return m_parts.last(); }
    const QList<quint32> &parts() const { return m_parts; }

    // True when `other` lies at or below this OID (this is a prefix of other).
    bool isPrefixOf(const Oid &other) const;
    // True when `other` lies strictly below this OID.
    bool contains(const Oid &other) const { return other.size() > size() && isPrefixOf(other); }
    // The sub-identifiers after `prefix` (the table index), empty when prefix does not match.
    QList<quint32> suffixAfter(const Oid &prefix) const;

    Oid child(quint32 sub) const;
    Oid appended(const QList<quint32> &subs) const;

    bool operator==(const Oid &) const = default;
    std::strong_ordering operator<=>(const Oid &other) const;

private:
    QList<quint32> m_parts;
};

size_t qHash(const Oid &oid, size_t seed = 0);

} // namespace Printwatch::Snmp

Q_DECLARE_METATYPE(Printwatch::Snmp::Oid)
