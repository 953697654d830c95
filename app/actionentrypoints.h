// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How each printer action shows up at its entry points: the text of its menu and context-menu
// entries and its keyboard shortcut. ActionsController builds the three entry points from these.

#include "auth/access.h"

#include <QKeySequence>
#include <QString>

namespace Printwatch::App {

QKeySequence shortcutFor(Auth::Action action);
QString menuText(Auth::Action action); // with the & mnemonic and "…" where a question follows

} // namespace Printwatch::App
