// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oid.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>
#include <limits>

namespace Printwatch::Core {

namespace {
constexpr qsizetype MaxParts = 128; // RFC 2578
}

Oid &Oid::operator=(const Oid &other)
{
    if (this == &other)
        return *this;
    if (isInline() && other.isInline())
        copyInline(other);
    else
        assign(other.constData(), other.size());
    return *this;
}

void Oid::releaseHeap()
{
    delete[] m_heap;
    m_capacity = InlineParts;
}

quint32 *Oid::allocateSlow(qsizetype count)
{
    count = qMax(qsizetype(0), count);
    if (count > qsizetype(m_capacity)) {
        release();
        m_heap = new quint32[std::size_t(count)];
        m_capacity = quint32(count);
    }
    m_size = quint32(count);
    return isInline() ? m_inline : m_heap;
}

void Oid::append(const quint32 *subs, qsizetype count)
{
    if (count <= 0)
        return;
    const qsizetype newSize = size() + count;
    if (newSize > qsizetype(m_capacity)) {
        // Grow geometrically: appended() in a loop stays linear.
        const qsizetype capacity = qMax(newSize, 2 * qsizetype(m_capacity));
        auto *grown = new quint32[std::size_t(capacity)];
        std::memcpy(grown, constData(), sizeof(quint32) * m_size);
        std::memcpy(grown + m_size, subs, sizeof(quint32) * std::size_t(count));
        const quint32 oldSize = m_size;
        release();
        m_heap = grown;
        m_capacity = quint32(capacity);
        m_size = quint32(oldSize + count);
        return;
    }
    quint32 *data = isInline() ? m_inline : m_heap;
    std::memcpy(data + m_size, subs, sizeof(quint32) * std::size_t(count));
    m_size = quint32(newSize);
}

std::optional<Oid> Oid::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'.'))
        text = text.mid(1);
    if (text.isEmpty())
        return std::nullopt;
    Oid result;
    quint64 value = 0;
    bool digits = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'.') {
            if (!digits || result.size() >= MaxParts)
                return std::nullopt;
            result.append(quint32(value));
            value = 0;
            digits = false;
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + quint64(c - u'0');
        if (value > std::numeric_limits<quint32>::max())
            return std::nullopt;
        digits = true;
    }
    return result;
}

QString Oid::toString() const
{
    return dottedText({}, constData(), m_size);
}

QString Oid::dottedText(QStringView prefix, const quint32 *parts, qsizetype count)
{
    // Every decoded reading names its source OID: written straight into one buffer (at most ten
    // digits and a dot per part), not a QString::number and an append per sub-identifier.
    if (prefix.isEmpty() && count == 0)
        return {};
    qsizetype length = prefix.size() + count - (prefix.isEmpty() ? 1 : 0); // the dots
    for (qsizetype i = 0; i < count; ++i) {
        for (quint32 value = parts[i];; value /= 10) {
            ++length;
            if (value < 10)
                break;
        }
    }
    QString text(length, Qt::Uninitialized);
    char16_t *out = std::copy_n(prefix.utf16(), prefix.size(), reinterpret_cast<char16_t *>(text.data()));
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0 || !prefix.isEmpty())
            *out++ = u'.';
        char16_t digits[10];
        int digitCount = 0;
        quint32 value = parts[i];
        do {
            digits[digitCount++] = char16_t(u'0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (digitCount > 0)
            *out++ = digits[--digitCount];
    }
    return text;
}

QList<quint32> Oid::suffixAfter(const Oid &prefix) const
{
    if (!prefix.isPrefixOf(*this))
        return {};
    return QList<quint32>(begin() + prefix.size(), end());
}

Oid Oid::child(quint32 sub) const
{
    Oid result = *this;
    result.append(sub);
    return result;
}

Oid Oid::appended(const QList<quint32> &subs) const
{
    Oid result = *this;
    result.append(subs.constData(), subs.size());
    return result;
}

size_t qHash(const Oid &oid, size_t seed)
{
    return qHashBits(oid.constData(), sizeof(quint32) * std::size_t(oid.size()), seed);
}

} // namespace Printwatch::Core
