// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/access.h"

#include <QCoreApplication>

namespace Printwatch::Auth {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Auth", text);
}
} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::PowerUser:
        return QStringLiteral("power");
    case Role::Administrator:
        return QStringLiteral("admin");
    }
    return QStringLiteral("viewer");
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Viewer:
        return tr("Viewer");
    case Role::PowerUser:
        return tr("Power user");
    case Role::Administrator:
        return tr("Administrator");
    }
    return tr("Viewer");
}

std::optional<Role> roleFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("viewer"))
        return Role::Viewer;
    if (k == QLatin1String("power") || k == QLatin1String("power-user") || k == QLatin1String("poweruser"))
        return Role::PowerUser;
    if (k == QLatin1String("admin") || k == QLatin1String("administrator"))
        return Role::Administrator;
    return std::nullopt;
}

QString actionKey(Action action)
{
    switch (action) {
    case Action::RefreshStatus:
        return QStringLiteral("refresh");
    case Action::PrintTestPage:
        return QStringLiteral("test-page");
    case Action::Reboot:
        return QStringLiteral("reboot");
    case Action::UpgradeFirmware:
        return QStringLiteral("firmware");
    case Action::Troubleshoot:
        return QStringLiteral("troubleshoot");
    case Action::OpenWebPage:
        return QStringLiteral("web-page");
    case Action::ManageUsers:
        return QStringLiteral("manage-users");
    case Action::ManageSettings:
        return QStringLiteral("manage-settings");
    case Action::ViewAudit:
        return QStringLiteral("view-audit");
    case Action::Discover:
        return QStringLiteral("discover");
    }
    return {};
}

QString actionText(Action action)
{
    switch (action) {
    case Action::RefreshStatus:
        return tr("Refresh status");
    case Action::PrintTestPage:
        return tr("Print test page");
    case Action::Reboot:
        return tr("Reboot");
    case Action::UpgradeFirmware:
        return tr("Upgrade firmware");
    case Action::Troubleshoot:
        return tr("Troubleshoot");
    case Action::OpenWebPage:
        return tr("Open web page");
    case Action::ManageUsers:
        return tr("Manage users");
    case Action::ManageSettings:
        return tr("Change settings");
    case Action::ViewAudit:
        return tr("View the audit log");
    case Action::Discover:
        return tr("Run discovery");
    }
    return {};
}

std::optional<Action> actionFromKey(const QString &key)
{
    for (Action action : AllActions) {
        if (actionKey(action) == key)
            return action;
    }
    return std::nullopt;
}

bool isPrinterAction(Action action)
{
    for (Action a : PrinterActions) {
        if (a == action)
            return true;
    }
    return false;
}

bool roleAllows(Role role, Action action)
{
    // The matrix in one place (docs/security.md shows it as a table).
    switch (action) {
    case Action::RefreshStatus:
    case Action::Troubleshoot:
    case Action::OpenWebPage:
        return true;
    case Action::PrintTestPage:
    case Action::Reboot:
    case Action::Discover: // a scan sends SNMP to whole ranges and adds printers to the fleet
        return role == Role::PowerUser || role == Role::Administrator;
    case Action::UpgradeFirmware:
    case Action::ManageUsers:
    case Action::ManageSettings:
    case Action::ViewAudit:
        return role == Role::Administrator;
    }
    return false;
}

} // namespace Printwatch::Auth
