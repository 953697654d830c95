// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Varbinds by OID for the decoders (printerdecoder, pwgmibs): exact lookups and column scans
// over one sorted array, no I/O.

#include "snmp/printerstrings.h"
#include "snmp/varbind.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <climits>
#include <utility>
#include <vector>

namespace Printwatch::Snmp {

// Rows by OID, for lookups and column scans: a sorted array of pointers (one allocation, and
// the rows arrive nearly sorted) rather than a tree node per row.
class RowIndex
{
public:
    explicit RowIndex(const QList<VarBind> &rows)
    {
        m_rows.reserve(std::size_t(rows.size()));
        for (const VarBind &bind : rows) {
            if (!bind.isException())
                m_rows.push_back(&bind);
        }
        // The first row of an OID wins (the first source over the others): stable sort, then unique.
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const VarBind *a, const VarBind *b) { return a->oid < b->oid; });
        m_rows.erase(std::unique(m_rows.begin(), m_rows.end(),
                                 [](const VarBind *a, const VarBind *b) { return a->oid == b->oid; }),
                     m_rows.end());
    }
    const VarBind *at(const Oid &oid) const
    {
        const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), oid,
                                         [](const VarBind *row, const Oid &key) { return row->oid < key; });
        return it != m_rows.cend() && (*it)->oid == oid ? *it : nullptr;
    }
    QList<std::pair<QList<quint32>, const VarBind *>> column(const Oid &columnOid) const
    {
        QList<std::pair<QList<quint32>, const VarBind *>> result;
        auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), columnOid,
                                   [](const Oid &key, const VarBind *row) { return key < row->oid; });
        for (; it != m_rows.cend() && columnOid.contains((*it)->oid); ++it)
            result.append({(*it)->oid.suffixAfter(columnOid), *it});
        return result;
    }
    // The first row inside `prefix` (in OID order), nullptr when the subtree is empty.
    const VarBind *firstUnder(const Oid &prefix) const
    {
        auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), prefix,
                                   [](const Oid &key, const VarBind *row) { return key < row->oid; });
        return it != m_rows.cend() && prefix.contains((*it)->oid) ? *it : nullptr;
    }
    int number(const Oid &oid, int fallback = 0) const
    {
        const VarBind *bind = at(oid);
        const auto value = bind ? bind->toInt() : std::nullopt;
        return value ? int(qBound(qint64(INT_MIN), *value, qint64(INT_MAX))) : fallback;
    }
    QString text(const Oid &oid) const
    {
        const VarBind *bind = at(oid);
        if (!bind)
            return {};
        return bind->type == ValueType::OctetString ? decodePrinterString(bind->bytes).text : bind->toText();
    }

private:
    std::vector<const VarBind *> m_rows;
};

} // namespace Printwatch::Snmp
