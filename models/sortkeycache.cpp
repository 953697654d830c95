// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sortkeycache.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <utility>

namespace Printwatch::Models {

namespace {

constexpr quint64 kUnknownRank = std::numeric_limits<quint64>::max();

// IEEE doubles compare like their bit patterns once negative numbers have every bit flipped and
// positive ones the sign bit set.
quint64 rankOf(double number, Qt::SortOrder order)
{
    if (number == 0)
        number = 0; // -0.0 and 0.0 are one value
    const auto bits = std::bit_cast<quint64>(number);
    quint64 rank = (bits >> 63) ? ~bits : bits | (quint64(1) << 63);
    if (order == Qt::DescendingOrder)
        rank = ~rank;
    return qMin(rank, kUnknownRank - 1); // never mistaken for an unknown value
}

bool numberOf(const QVariant &value, double *number)
{
    switch (value.typeId()) {
    // The common cases read the value directly: toDouble() goes through a metatype conversion,
    // which a poll of 100,000 rows pays 100,000 times.
    case QMetaType::Int:
        *number = *static_cast<const int *>(value.constData());
        return true;
    case QMetaType::LongLong:
        *number = static_cast<double>(*static_cast<const qlonglong *>(value.constData()));
        return true;
    case QMetaType::Double:
        *number = *static_cast<const double *>(value.constData());
        return true;
    case QMetaType::QDateTime:
        *number = static_cast<double>(value.toDateTime().toMSecsSinceEpoch());
        return true;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Float:
    case QMetaType::Bool:
        *number = value.toDouble();
        return true;
    default:
        return false;
    }
}

} // namespace

void SortKeyCache::reset(size_t rows)
{
    m_rank.assign(rows, kUnknownRank);
    m_kind.assign(rows, Unknown);
    m_text.assign(rows, QString());
    m_texts = 0;
}

void SortKeyCache::insert(size_t first, size_t count)
{
    m_rank.insert(m_rank.begin() + static_cast<std::ptrdiff_t>(first), count, kUnknownRank);
    m_kind.insert(m_kind.begin() + static_cast<std::ptrdiff_t>(first), count, Unknown);
    m_text.insert(m_text.begin() + static_cast<std::ptrdiff_t>(first), count, QString());
}

void SortKeyCache::remove(size_t first, size_t last)
{
    const auto from = static_cast<std::ptrdiff_t>(first);
    const auto to = static_cast<std::ptrdiff_t>(last + 1);
    m_texts -= static_cast<size_t>(std::count(m_kind.begin() + from, m_kind.begin() + to, Text));
    m_rank.erase(m_rank.begin() + from, m_rank.begin() + to);
    m_kind.erase(m_kind.begin() + from, m_kind.begin() + to);
    m_text.erase(m_text.begin() + from, m_text.begin() + to);
}

bool SortKeyCache::store(size_t row, const QVariant &value)
{
    Kind kind = Unknown;
    quint64 rank = kUnknownRank;
    QString text;
    double number = 0;
    if (!value.isValid()) {
        kind = Unknown;
    } else if (numberOf(value, &number)) {
        kind = Number;
        rank = rankOf(number, m_order);
    } else {
        kind = Text;
        text = value.toString().toCaseFolded();
    }
    if (kind == m_kind[row] && rank == m_rank[row] && (kind != Text || text == m_text[row]))
        return false;
    m_texts += (kind == Text ? 1 : 0);
    m_texts -= (m_kind[row] == Text ? 1 : 0);
    m_kind[row] = kind;
    m_rank[row] = rank;
    m_text[row] = std::move(text);
    return true;
}

bool SortKeyCache::lessThan(int a, int b) const
{
    const auto left = static_cast<size_t>(a);
    const auto right = static_cast<size_t>(b);
    if (m_texts == 0 || (m_kind[left] != Text && m_kind[right] != Text)) {
        const quint64 l = m_rank[left];
        const quint64 r = m_rank[right];
        return l != r ? l < r : a < b;
    }
    if (m_kind[left] == Unknown || m_kind[right] == Unknown)
        return m_kind[left] == m_kind[right] ? a < b : m_kind[right] == Unknown;
    // A number among texts compares as empty text, before every text.
    const int order = naturalCompare(m_text[left], m_text[right]);
    if (order == 0)
        return a < b;
    return m_order == Qt::AscendingOrder ? order < 0 : order > 0;
}

void SortKeyCache::sortRows(std::vector<int> &rows) const
{
    if (m_texts > 0) {
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return lessThan(a, b); });
        return;
    }
    if (rows.size() >= RadixSortThreshold) {
        radixSortRows(rows);
        return;
    }
    std::vector<std::pair<quint64, int>> keyed;
    keyed.reserve(rows.size());
    for (const int row : rows)
        keyed.emplace_back(m_rank[static_cast<size_t>(row)], row);
    std::sort(keyed.begin(), keyed.end());
    for (size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].second;
}

void SortKeyCache::radixSortRows(std::vector<int> &rows) const
{
    // Least significant byte first; every pass is stable, so rows in ascending order going in keep
    // ties in row order, as lessThan wants. The proxy hands its changed rows over in row order
    // already; anything else is put in row order first.
    if (!std::is_sorted(rows.begin(), rows.end()))
        std::sort(rows.begin(), rows.end());
    const size_t count = rows.size();
    std::vector<std::pair<quint64, int>> keyed(count);
    std::vector<std::pair<quint64, int>> other(count);
    // The counts of all eight bytes in one read of the keys.
    std::array<std::array<size_t, 256>, 8> counts{};
    for (size_t i = 0; i < count; ++i) {
        const int row = rows[i];
        const quint64 key = m_rank[static_cast<size_t>(row)];
        keyed[i] = {key, row};
        for (size_t byte = 0; byte < 8; ++byte)
            ++counts[byte][(key >> (8 * byte)) & 0xff];
    }
    for (size_t byte = 0; byte < 8; ++byte) {
        std::array<size_t, 256> &buckets = counts[byte];
        // A byte every key shares does not reorder anything: levels 0-100 differ in two bytes of eight.
        if (buckets[(keyed.front().first >> (8 * byte)) & 0xff] == count)
            continue;
        size_t start = 0;
        for (size_t &bucket : buckets)
            start += std::exchange(bucket, start);
        for (const auto &entry : keyed)
            other[buckets[(entry.first >> (8 * byte)) & 0xff]++] = entry;
        keyed.swap(other);
    }
    for (size_t i = 0; i < count; ++i)
        rows[i] = keyed[i].second;
}

int SortKeyCache::naturalCompare(const QString &a, const QString &b)
{
    const qsizetype aSize = a.size();
    const qsizetype bSize = b.size();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < aSize && j < bSize) {
        const QChar x = a.at(i);
        const QChar y = b.at(j);
        if (x.isDigit() && y.isDigit() && x.unicode() < 128 && y.unicode() < 128) {
            // Compare the digit runs by value: skip leading zeros, then the longer run is larger.
            qsizetype iEnd = i;
            qsizetype jEnd = j;
            while (iEnd < aSize && a.at(iEnd).unicode() >= '0' && a.at(iEnd).unicode() <= '9')
                ++iEnd;
            while (jEnd < bSize && b.at(jEnd).unicode() >= '0' && b.at(jEnd).unicode() <= '9')
                ++jEnd;
            qsizetype iStart = i;
            qsizetype jStart = j;
            while (iStart + 1 < iEnd && a.at(iStart) == QLatin1Char('0'))
                ++iStart;
            while (jStart + 1 < jEnd && b.at(jStart) == QLatin1Char('0'))
                ++jStart;
            const qsizetype iDigits = iEnd - iStart;
            const qsizetype jDigits = jEnd - jStart;
            if (iDigits != jDigits)
                return iDigits < jDigits ? -1 : 1;
            const int digits = QStringView(a).mid(iStart, iDigits).compare(QStringView(b).mid(jStart, jDigits));
            if (digits != 0)
                return digits < 0 ? -1 : 1;
            i = iEnd;
            j = jEnd;
            continue;
        }
        if (x != y)
            return x.unicode() < y.unicode() ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < aSize)
        return 1;
    if (j < bSize)
        return -1;
    return 0;
}

} // namespace Printwatch::Models
