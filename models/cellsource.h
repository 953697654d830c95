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

protected:
    CellSource() = default;
    CellSource(const CellSource &) = default;
    CellSource &operator=(const CellSource &) = default;
};

} // namespace Printwatch::Models
