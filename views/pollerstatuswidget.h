// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The poller's part of the status bar: "Polling 12/40…" with a small progress bar while a round
// runs, "Last round: 40 printers in 0.8 s, 2 unreachable" after it.

#include "core/snmpcredential.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Printwatch::Views {

class PollerStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollerStatusWidget)

public:
    explicit PollerStatusWidget(QWidget *parent = nullptr);
    ~PollerStatusWidget() override;

    static QString activityText(const Core::PollerActivity &activity);
    QString text() const;

public Q_SLOTS:
    void setActivity(const Printwatch::Core::PollerActivity &activity);

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace Printwatch::Views
