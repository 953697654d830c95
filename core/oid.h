// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <compare>
#include <cstring>
#include <initializer_list>
#include <optional>

namespace Printwatch::Core {

// An OBJECT IDENTIFIER as 32-bit sub-identifiers (what SNMP allows), shared by the engine (snmp/)
// and the simulator (sim/). A poll creates one for every varbind it receives and the decoder
// builds more to look rows up, so OIDs of up to InlineParts sub-identifiers (every standard
// printer OID, most vendor ones) live inside the object: no allocation to create, copy or
// extend them. Longer ones spill to the heap.
class Oid
{
public:
    static constexpr qsizetype InlineParts = 16;

    Oid() noexcept { }
    Oid(std::initializer_list<quint32> parts) { assign(parts.begin(), qsizetype(parts.size())); }
    explicit Oid(const QList<quint32> &parts) { assign(parts.constData(), parts.size()); }
    Oid(const quint32 *parts, qsizetype count) { assign(parts, count); }
    // From another integer array (net-snmp's `oid` is an unsigned long): each part truncated to 32 bits.
    template<typename T>
    static Oid fromArray(const T *parts, qsizetype count)
    {
        Oid result;
        result.assignArray(parts, count);
        return result;
    }
    // The same into this OID, keeping its storage (no temporary to move).
    template<typename T>
    void assignArray(const T *parts, qsizetype count)
    {
        quint32 *out = allocate(count);
        for (qsizetype i = 0; i < count; ++i)
            out[i] = quint32(parts[i]);
    }
    Oid(const Oid &other)
    {
        if (other.isInline())
            copyInline(other);
        else
            assign(other.constData(), other.size());
    }
    Oid(Oid &&other) noexcept;
    Oid &operator=(const Oid &other);
    Oid &operator=(Oid &&other) noexcept;
    ~Oid() { release(); }

    // Accepts "1.3.6.1.2.1.1.1.0" and ".1.3.6...". Empty or malformed text gives nullopt.
    static std::optional<Oid> fromString(QStringView text);
    QString toString() const; // dotted, no leading dot
    // `prefix` (already dotted text, may be empty) followed by `parts` as dotted decimals: the
    // one writer behind toString() and the decoders' "column text + row index" source OIDs.
    static QString dottedText(QStringView prefix, const quint32 *parts, qsizetype count);

    qsizetype size() const { return qsizetype(m_size); }
    bool isEmpty() const { return m_size == 0; }
    quint32 at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < size());
        return constData()[i];
    }
    quint32 last() const { return at(size() - 1); }
    const quint32 *constData() const { return isInline() ? m_inline : m_heap; }
    const quint32 *begin() const { return constData(); }
    const quint32 *end() const { return constData() + size(); }
    QList<quint32> parts() const { return QList<quint32>(begin(), end()); } // a copy
    Oid first(qsizetype count) const { return Oid(constData(), qBound(qsizetype(0), count, size())); }

    // True when `other` lies at or below this OID (this is a prefix of other).
    bool isPrefixOf(const Oid &other) const;
    // True when `other` lies strictly below this OID.
    bool contains(const Oid &other) const { return other.size() > size() && isPrefixOf(other); }
    // The sub-identifiers after `prefix` (the table index), empty when prefix does not match.
    QList<quint32> suffixAfter(const Oid &prefix) const;

    // Where a walk's next answer `next` lies, given its last row `last` (`root` itself before the
    // first row, else an OID under `root`): outside the root, inside but not after `last`, or the
    // next row. The same as !root.contains(next), next <= last, else; in one pass over what
    // `next` shares with `last`, as a poll asks both of every row it receives.
    enum class WalkStep : quint8 { Outside, NotAfter, Next };
    static WalkStep walkStep(const Oid &root, const Oid &last, const Oid &next);

    void append(quint32 sub) { append(&sub, 1); }
    void append(const quint32 *subs, qsizetype count);
    Oid child(quint32 sub) const;
    Oid appended(const QList<quint32> &subs) const;
    // Any contiguous run of sub-identifiers with data() and size() (a table index view).
    template<typename Subs>
    Oid appended(const Subs &subs) const
    {
        Oid result = *this;
        result.append(subs.data(), qsizetype(subs.size()));
        return result;
    }

    bool operator==(const Oid &other) const;
    std::strong_ordering operator<=>(const Oid &other) const;

private:
    static qsizetype commonPrefix(const quint32 *a, const quint32 *b, qsizetype n);
    bool isInline() const { return m_capacity <= InlineParts; }
    // The whole inline buffer, a constant size: a few vector moves, where a copy of size() parts
    // was a call to memcpy per OID (every varbind of an answer is moved twice).
    void copyInline(const Oid &other)
    {
        std::memcpy(m_inline, other.m_inline, sizeof m_inline);
        m_size = other.m_size;
    }
    void assign(const quint32 *parts, qsizetype count)
    {
        quint32 *out = allocate(count);
        if (count > 0)
            std::memmove(out, parts, sizeof(quint32) * std::size_t(count));
    }
    // Inline fast paths: every varbind a poll receives creates, moves and destroys OIDs, and an
    // out-of-line call per step showed in profiles; only the heap cases go to oid.cpp.
    quint32 *allocate(qsizetype count) // sets the size, keeps nothing
    {
        if (count >= 0 && count <= qsizetype(m_capacity)) {
            m_size = quint32(count);
            return isInline() ? m_inline : m_heap;
        }
        return allocateSlow(count);
    }
    void release()
    {
        if (!isInline())
            releaseHeap();
        m_size = 0;
    }
    quint32 *allocateSlow(qsizetype count);
    void releaseHeap();

    union {
        // Zeroed so the constant-size copies (copyInline) never read indeterminate values.
        quint32 m_inline[InlineParts] = {};
        quint32 *m_heap;
    };
    quint32 m_size = 0;
    quint32 m_capacity = InlineParts; // > InlineParts: m_heap holds that many
};

inline Oid::Oid(Oid &&other) noexcept
    : m_size(other.m_size)
    , m_capacity(other.m_capacity)
{
    if (other.isInline()) {
        std::memcpy(m_inline, other.m_inline, sizeof m_inline);
    } else {
        m_heap = other.m_heap; // steal the buffer
        other.m_capacity = InlineParts;
    }
    other.m_size = 0;
}

inline Oid &Oid::operator=(Oid &&other) noexcept
{
    if (this == &other)
        return *this;
    if (other.isInline()) {
        if (isInline())
            copyInline(other);
        else
            assign(other.m_inline, other.size()); // fits in our own buffer: no allocation
    } else {
        release();
        m_heap = other.m_heap;
        m_capacity = other.m_capacity;
        m_size = other.m_size;
        other.m_capacity = InlineParts;
    }
    other.m_size = 0;
    return *this;
}

inline bool Oid::isPrefixOf(const Oid &other) const
{
    const qsizetype n = size();
    if (other.size() < n)
        return false;
    return std::memcmp(constData(), other.constData(), sizeof(quint32) * std::size_t(n)) == 0;
}

// Printer OIDs share long prefixes (1.3.6.1.2.1.43.11.1.1...): the common prefix of `a` and `b`
// (their first `n` sub-identifiers at most), compared two sub-identifiers at a time.
inline qsizetype Oid::commonPrefix(const quint32 *a, const quint32 *b, qsizetype n)
{
    qsizetype i = 0;
    for (; i + 2 <= n; i += 2) {
        quint64 x;
        quint64 y;
        std::memcpy(&x, a + i, sizeof x);
        std::memcpy(&y, b + i, sizeof y);
        if (x != y)
            break;
    }
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

inline Oid::WalkStep Oid::walkStep(const Oid &root, const Oid &last, const Oid &next)
{
    const qsizetype n = qMin(next.size(), last.size());
    const quint32 *a = next.constData();
    const quint32 *b = last.constData();
    const qsizetype i = commonPrefix(a, b, n);
    // `last` starts with the root: `next` does too exactly when it agrees with `last` that far.
    if (i < root.size() || next.size() <= root.size())
        return WalkStep::Outside;
    if (i < n)
        return a[i] > b[i] ? WalkStep::Next : WalkStep::NotAfter;
    return next.size() > last.size() ? WalkStep::Next : WalkStep::NotAfter;
}

inline bool Oid::operator==(const Oid &other) const
{
    return m_size == other.m_size
           && std::memcmp(constData(), other.constData(), sizeof(quint32) * std::size_t(m_size)) == 0;
}

inline std::strong_ordering Oid::operator<=>(const Oid &other) const
{
    // Order by the first sub-identifier that differs after the common prefix.
    const qsizetype n = qMin(size(), other.size());
    const quint32 *a = constData();
    const quint32 *b = other.constData();
    const qsizetype i = commonPrefix(a, b, n);
    if (i < n)
        return a[i] <=> b[i];
    return size() <=> other.size();
}

size_t qHash(const Oid &oid, size_t seed = 0);

} // namespace Printwatch::Core

// Nothing in an Oid points into itself (constData() is computed), so QList may move it with
// memcpy/realloc when it grows instead of a move and destruction per element.
Q_DECLARE_TYPEINFO(Printwatch::Core::Oid, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Printwatch::Core::Oid)
