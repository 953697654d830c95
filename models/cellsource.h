// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A table model that answers for a cell by row and column, without a QModelIndex. The fleet proxy
// asks for a cell of every changed row on each poll (100,000 at once for a large Supplies table);
// making an index for each (QAbstractProxyModel::createSourceIndex reads the source-model property
// twice) and checking it again in data() costs more than reading the cell. data() stays the public
// way in; a model implementing this answers the same in both.

#include <QVariant>

namespace Printwatch::Models {

class CellSource
{
public:
    virtual ~CellSource() = default;
    // Precondition: 0 <= row < rowCount() and 0 <= column < columnCount().
    virtual QVariant cellData(int row, int column, int role) const = 0;
    // Whether a display text of `column` can contain `term` (case-insensitively) in any row. A column
    // whose texts come from a small fixed set (a level's "42 %", a state) answers no for most
    // search terms, so a poll that moves 100,000 levels does not make the search read them. The
    // answer must never be no for a text the column can show; when unsure, yes.
    virtual bool columnMayContain(int column, const QString &term) const
    {
        Q_UNUSED(column);
        Q_UNUSED(term);
        return true;
    }

protected:
    CellSource() = default;
    CellSource(const CellSource &) = default;
    CellSource &operator=(const CellSource &) = default;
};

} // namespace Printwatch::Models
