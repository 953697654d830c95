// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Supplies page: every supply of every printer, with a level bar and a "needs attention" preset.

#include "views/tablepage.h"

class QComboBox;

namespace Printwatch::Models {
class SupplyTableModel;
}

namespace Printwatch::Views {

class SuppliesPage final : public TablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppliesPage)

public:
    explicit SuppliesPage(Models::SupplyTableModel *model, QWidget *parent = nullptr);
    ~SuppliesPage() override;

    // 0 all, 1 low or empty, 2 unknown level.
    void setStatePreset(int preset);

protected:
    QString countText(int total, int shown) const override;

private:
    QComboBox *m_state = nullptr;
};

} // namespace Printwatch::Views
