// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Roles, actions and the session of a logged-in user: the vocabulary of the permission matrix.

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Printwatch::Auth {

enum class Role : quint8 { Viewer = 0, PowerUser = 1, Administrator = 2 };

QString roleKey(Role role);  // "viewer", "power", "admin": stored in the database, typed in the CLI
QString roleText(Role role); // translated, for display
std::optional<Role> roleFromKey(const QString &key); // also accepts "administrator", "power-user"

// What a user can ask for. Printer actions first; the rest are administration.
enum class Action : quint8 {
    RefreshStatus,
    PrintTestPage,
    Reboot,
    UpgradeFirmware,
    Troubleshoot,
    OpenWebPage,
    ManageUsers,    // add, remove, change roles, unlock
    ManageSettings, // switch actions on and off, device groups, secrets
    ViewAudit,      // read, verify and export the audit log
    Discover,       // scan the network for printers (manual or scheduled discovery)
};

inline constexpr Action PrinterActions[] = {Action::RefreshStatus, Action::PrintTestPage, Action::Reboot,
                                            Action::UpgradeFirmware, Action::Troubleshoot, Action::OpenWebPage};
inline constexpr Action AllActions[] = {Action::RefreshStatus,   Action::PrintTestPage, Action::Reboot,
                                        Action::UpgradeFirmware, Action::Troubleshoot,  Action::OpenWebPage,
                                        Action::ManageUsers,     Action::ManageSettings, Action::ViewAudit,
                                        Action::Discover};

QString actionKey(Action action);  // "refresh", "test-page", "reboot", "firmware", "troubleshoot", "web-page", ...
QString actionText(Action action); // translated: "Reboot"
std::optional<Action> actionFromKey(const QString &key);
bool isPrinterAction(Action action);

// Who is logged in. Copyable; crosses threads.
struct Session
{
    qint64 userId = 0;
    QString userName;
    Role role = Role::Viewer;
    bool allDevices = false;     // no group limit
    QList<qint64> groupIds;      // the device groups the user sees and acts on
    bool demo = false;           // the demo mode's marked account

    bool valid() const { return userId > 0; }
};

// The role column of the permission matrix: may `role` ever do `action`? Device groups and the
// per-action switches narrow this further (see Authorizer).
bool roleAllows(Role role, Action action);

} // namespace Printwatch::Auth

Q_DECLARE_METATYPE(Printwatch::Auth::Session)
