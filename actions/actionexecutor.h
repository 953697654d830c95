// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one action on one printer or a selection, for every entry point: it resolves the printer
// against the database, asks the Authorizer BEFORE it does anything, does the work, and writes
// exactly one audit row per printer, whether the action was refused, failed, cancelled or done.
// Blocking: ActionRunner calls it on the actions thread, printwatch-cli on its main thread.

#include "actions/actiontypes.h"

#include <QCoreApplication>
#include "auth/access.h"

#include <atomic>
#include <functional>

namespace Printwatch::Storage {
class Database;
}

namespace Printwatch::Actions {

class ActionExecutor
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Actions::ActionExecutor)
public:
    using Progress = std::function<void(const PrinterRef &printer, int percent, const QString &text)>;

    ActionExecutor(const Storage::Database &db, ActionSettings settings);

    ActionResult run(const Auth::Session &session, const ActionRequest &request, const PrinterRef &printer,
                     const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});
    // Bulk: one result per printer, in order; a cancel stops before the next printer.
    QList<ActionResult> runAll(const Auth::Session &session, const ActionRequest &request,
                               const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});

    const ActionSettings &settings() const { return m_settings; }
    void setSettings(const ActionSettings &settings) { m_settings = settings; }

private:
    const Storage::Database &m_db;
    ActionSettings m_settings;
};

} // namespace Printwatch::Actions
