// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `--page groups`: opens Actions → Device groups… once an Administrator is logged in. In the demo
// (the README's screenshots) it logs in with the demo account and, while the demo has no group,
// makes one through the dialog as an administrator would (so the picture shows a group with
// printers, and the audit log says so).

#include <QObject>

namespace Printwatch::App {

class ActionsController;

class DemoGroups final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoGroups)

public:
    // Works until the dialog shows the group, or gives up after `timeoutMs`; deletes itself.
    static void start(ActionsController *actions, bool demo, int timeoutMs = 120000);

private:
    DemoGroups(ActionsController *actions, bool demo);
    void step();

    ActionsController *m_actions;
    bool m_demo;
    int m_stage;
};

} // namespace Printwatch::App
