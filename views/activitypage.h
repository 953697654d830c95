// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Activity page: the event log (polls, discovery, storage), newest first, filtered by severity
// and printer.

#include "views/tablepage.h"

class QComboBox;
class QLineEdit;

namespace Printwatch::Models {
class EventLogModel;
}

namespace Printwatch::Views {

class ActivityPage final : public TablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    explicit ActivityPage(Models::EventLogModel *model, QWidget *parent = nullptr);
    ~ActivityPage() override;

    // 0 everything, 1 warnings and errors, 2 errors.
    void setMinimumSeverity(int severity);
    void setPrinterFilter(const QString &text);

protected:
    QString countText(int total, int shown) const override;

private:
    QComboBox *m_severity = nullptr;
    QLineEdit *m_printer = nullptr;
};

} // namespace Printwatch::Views
