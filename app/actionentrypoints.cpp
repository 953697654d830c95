// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/actionentrypoints.h"

#include "app/actionscontroller.h"

namespace Printwatch::App {

// The strings keep ActionsController's translation context, where the catalogues hold them.
QKeySequence shortcutFor(Auth::Action action)
{
    switch (action) {
    case Auth::Action::RefreshStatus:
        return QKeySequence(Qt::SHIFT | Qt::Key_F5);
    case Auth::Action::PrintTestPage:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    case Auth::Action::Reboot:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    case Auth::Action::UpgradeFirmware:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    case Auth::Action::Troubleshoot:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    case Auth::Action::OpenWebPage:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
    default:
        return {};
    }
}

QString menuText(Auth::Action action)
{
    switch (action) {
    case Auth::Action::RefreshStatus:
        return ActionsController::tr("&Refresh status");
    case Auth::Action::PrintTestPage:
        return ActionsController::tr("Print &test page…");
    case Auth::Action::Reboot:
        return ActionsController::tr("Re&boot…");
    case Auth::Action::UpgradeFirmware:
        return ActionsController::tr("Upgrade &firmware…");
    case Auth::Action::Troubleshoot:
        return ActionsController::tr("Trouble&shoot");
    case Auth::Action::OpenWebPage:
        return ActionsController::tr("Open &web page");
    default:
        return Auth::actionText(action);
    }
}

} // namespace Printwatch::App
