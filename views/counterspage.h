// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Counters page: one row per printer, a column per meter, the billing meter in bold.

#include "views/tablepage.h"

namespace Printwatch::Models {
class CounterTableModel;
}

namespace Printwatch::Views {

class CountersPage final : public TablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountersPage)

public:
    explicit CountersPage(Models::CounterTableModel *model, QWidget *parent = nullptr);
    ~CountersPage() override;

protected:
    QString countText(int total, int shown) const override;
};

} // namespace Printwatch::Views
