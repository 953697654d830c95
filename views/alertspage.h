// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Alerts page: open alerts of the fleet (and those cleared in the last days), by severity.

#include "views/tablepage.h"

class QComboBox;

namespace Printwatch::Models {
class AlertTableModel;
}

namespace Printwatch::Views {

class AlertsPage final : public TablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    explicit AlertsPage(Models::AlertTableModel *model, QWidget *parent = nullptr);
    ~AlertsPage() override;

    // 0 open, 1 open critical, 2 open and cleared.
    void setPreset(int preset);

protected:
    QString countText(int total, int shown) const override;

private:
    QComboBox *m_preset = nullptr;
};

} // namespace Printwatch::Views
