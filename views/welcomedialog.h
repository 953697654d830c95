// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shown on the first start with an empty database, so a newcomer is never left with an empty
// window: try the simulated demo fleet, or scan a real network. A dialog, because the user decides.

#include <QDialog>

namespace Printwatch::Views {

class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum class Choice
    {
        Later,
        Demo,
        ScanNetwork
    };
    Q_ENUM(Choice)

    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Later;
};

} // namespace Printwatch::Views
