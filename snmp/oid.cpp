// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/oid.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>

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
    // Raw pointers: this runs for every varbind of every walk, where at() bounds checks show.
    const qsizetype n = m_parts.size();
    if (other.m_parts.size() < n)
        return false;
    const quint32 *a = m_parts.constData();
    const quint32 *b = other.m_parts.constData();
    return a == b || std::equal(a, a + n, b);
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
    // Printer OIDs share long prefixes (1.3.6.1.2.1.43.11.1.1...): skip the common prefix two
    // sub-identifiers at a time, then order by the first that differs.
    const qsizetype n = qMin(m_parts.size(), other.m_parts.size());
    const quint32 *a = m_parts.constData();
    const quint32 *b = other.m_parts.constData();
    qsizetype i = 0;
    if (a != b) {
        for (; i + 2 <= n; i += 2) {
            quint64 x;
            quint64 y;
            std::memcpy(&x, a + i, sizeof x);
            std::memcpy(&y, b + i, sizeof y);
            if (x != y)
                break;
        }
        for (; i < n; ++i) {
            if (a[i] != b[i])
                return a[i] <=> b[i];
        }
    }
    return m_parts.size() <=> other.m_parts.size();
}

size_t qHash(const Oid &oid, size_t seed)
{
    return qHashRange(oid.parts().cbegin(), oid.parts().cend(), seed);
}

} // namespace Printwatch::Snmp
