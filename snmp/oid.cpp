// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/oid.h"

#include <QHashFunctions>

namespace Printwatch::Snmp {

std::optional<Oid> Oid::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'.'))
        text = text.mid(1);
    if (text.isEmpty())
        return std::nullopt;
    QList<quint32> parts;
    for (const auto part : text.split(u'.')) {
        bool ok = false;
        const qulonglong value = part.toULongLong(&ok, 10);
        if (!ok || part.isEmpty() || value > 0xFFFFFFFFull || !part.front().isDigit())
            return std::nullopt;
        parts.append(static_cast<quint32>(value));
    }
    if (parts.size() > 128) // RFC 2578 limit
        return std::nullopt;
    return Oid(std::move(parts));
}

QString Oid::toString() const
{
    QString text;
    text.reserve(m_parts.size() * 4);
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        if (i > 0)
            text += u'.';
        text += QString::number(m_parts.at(i));
    }
    return text;
}

bool Oid::isPrefixOf(const Oid &other) const
{
    if (other.m_parts.size() < m_parts.size())
        return false;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i) != other.m_parts.at(i))
            return false;
    }
    return true;
}

QList<quint32> Oid::suffixAfter(const Oid &prefix) const
{
    if (!prefix.isPrefixOf(*this))
        return {};
    return m_parts.mid(prefix.size());
}

Oid Oid::child(quint32 sub) const
{
    Oid result = *this;
    result.m_parts.append(sub);
    return result;
}

Oid Oid::appended(const QList<quint32> &subs) const
{
    Oid result = *this;
    result.m_parts.append(subs);
    return result;
}

std::strong_ordering Oid::operator<=>(const Oid &other) const
{
    const qsizetype n = qMin(m_parts.size(), other.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (m_parts.at(i) != other.m_parts.at(i))
            return m_parts.at(i) <=> other.m_parts.at(i);
    }
    return m_parts.size() <=> other.m_parts.size();
}

size_t qHash(const Oid &oid, size_t seed)
{
    return qHashRange(oid.parts().cbegin(), oid.parts().cend(), seed);
}

} // namespace Printwatch::Snmp
