// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/administrationcontroller.h"

#include "actions/actionrunner.h"
#include "app/actionscontroller.h"
#include "auth/access.h"
#include "models/printertablemodel.h"
#include "views/dialogbuttons.h"
#include "views/mainwindow.h"

#include <QLineEdit>

#include <algorithm>

namespace Printwatch::App {

// Strings keep ActionsController's translation context: they were its own before the split, and
// the catalogues in translations/ hold them there.

AdministrationController::AdministrationController(Views::MainWindow *window, Models::PrinterTableModel *printers,
                                                   Actions::ActionRunner *runner, QObject *parent)
    : QObject(parent), m_window(window), m_printers(printers), m_runner(runner)
{
    qRegisterMetaType<Storage::DeviceGroupRecord>();
    qRegisterMetaType<QList<Storage::DeviceGroupRecord>>();
    wireRunner();
}

AdministrationController::~AdministrationController() = default;

void AdministrationController::wireRunner()
{
    connect(m_runner, &Actions::ActionRunner::auditLoaded, this,
            [this](const QList<Storage::AuditRecord> &records, bool intact, const QString &problem, const QString &error) {
                if (!m_auditPage)
                    return;
                if (!error.isEmpty()) {
                    m_auditPage->showError(error);
                    return;
                }
                QList<QStringList> rows;
                for (const Storage::AuditRecord &r : records) {
                    rows << QStringList{QString::number(r.id),
                                        r.at.toLocalTime().toString(Qt::ISODate),
                                        r.user,
                                        r.action,
                                        r.target,
                                        r.result,
                                        r.detail,
                                        QString::fromLatin1(r.hash.left(16))};
                }
                m_auditPage->setRows(rows, intact, problem);
            });
    connect(m_runner, &Actions::ActionRunner::usersLoaded, this, &AdministrationController::showUsers);
    connect(m_runner, &Actions::ActionRunner::switchesLoaded, this, [this](const QHash<QString, bool> &switches) {
        if (m_usersDialog)
            m_usersDialog->setActionSwitches(switches);
    });
    connect(m_runner, &Actions::ActionRunner::adminDone, this, [this](bool ok, const QString &message) {
        if (m_usersDialog) {
            m_usersDialog->showMessage(message, ok);
            QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::loadUsers, Qt::QueuedConnection);
        }
    });
    connect(m_runner, &Actions::ActionRunner::passwordChanged, this, [this](bool ok, const QString &error) {
        if (ok)
            m_window->showTransientMessage(ActionsController::tr("Your password is changed."));
        else
            Views::DialogButtons::warn(m_window, ActionsController::tr("Change password"), error);
    });
    connect(m_runner, &Actions::ActionRunner::groupsLoaded, this, &AdministrationController::showGroups);
    connect(m_runner, &Actions::ActionRunner::groupsChanged, this, [this](bool ok, const QString &message) {
        if (m_groupsDialog)
            m_groupsDialog->showMessage(message, ok);
        else
            m_window->showTransientMessage(message);
        if (ok)
            Q_EMIT accessChanged();
    });
}

void AdministrationController::setSwitchState(const Actions::ActionSwitchState &state)
{
    m_groups = state.groups;
    if (m_usersDialog) {
        m_usersDialog->setSwitchState(state.groups, state.switches);
        showUsers(m_users, {}); // the groups' names arrive after the users
    }
}

QString AdministrationController::groupNames(const QList<qint64> &groupIds) const
{
    QStringList names;
    for (qint64 id : groupIds) {
        const auto found = std::find_if(m_groups.cbegin(), m_groups.cend(), [id](const auto &g) { return g.first == id; });
        if (found == m_groups.cend()) // a group made since the names were read
            return ActionsController::tr("%n group(s)", nullptr, int(groupIds.size()));
        names << found->second;
    }
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

void AdministrationController::showUsers(const QList<Storage::UserRecord> &users, const QString &error)
{
    if (!m_usersDialog)
        return;
    if (!error.isEmpty()) {
        m_usersDialog->showMessage(error, false);
        return;
    }
    m_users = users;
    QList<QStringList> rows;
    for (const Storage::UserRecord &u : users) {
        const auto role = Auth::roleFromKey(u.role);
        QStringList state;
        if (u.locked)
            state << ActionsController::tr("locked after %n failed login(s)", nullptr, u.failedAttempts);
        if (u.demo)
            state << ActionsController::tr("demo account");
        rows << QStringList{u.name, role ? Auth::roleText(*role) : u.role,
                            u.allDevices ? ActionsController::tr("all") : groupNames(u.groupIds),
                            state.join(QStringLiteral(", "))};
    }
    m_usersDialog->setUsers(rows);
}

void AdministrationController::showGroups(const QList<Storage::DeviceGroupRecord> &groups,
                                          const QList<Storage::UserRecord> &users, const QString &error)
{
    if (!m_groupsDialog)
        return;
    if (!error.isEmpty()) {
        m_groupsDialog->showMessage(error, false);
        return;
    }
    QList<Views::GroupsDialog::Group> groupRows;
    for (const Storage::DeviceGroupRecord &g : groups)
        groupRows << Views::GroupsDialog::Group{g.id, g.name, g.deviceIds};
    QList<Views::GroupsDialog::User> userRows;
    for (const Storage::UserRecord &u : users) {
        const auto role = Auth::roleFromKey(u.role);
        userRows << Views::GroupsDialog::User{u.name, role ? Auth::roleText(*role) : u.role,
                                              role == Auth::Role::Administrator, u.groupIds};
    }
    // The printers an Administrator sees: the whole fleet, from the Printers table.
    QList<Views::GroupsDialog::Printer> printers;
    for (int row = 0; m_printers && row < m_printers->rowCount(); ++row) {
        const Core::PrinterSummary &s = m_printers->summaryAt(row);
        printers << Views::GroupsDialog::Printer{
            s.deviceId, s.name.isEmpty() ? s.address : ActionsController::tr("%1 (%2)").arg(s.name, s.address)};
    }
    std::sort(printers.begin(), printers.end(),
              [](const auto &a, const auto &b) { return a.label.localeAwareCompare(b.label) < 0; });
    m_groupsDialog->setPrinters(printers);
    m_groupsDialog->setUsers(userRows);
    m_groupsDialog->setGroups(groupRows);
}

void AdministrationController::openAudit()
{
    if (!m_auditPage) {
        m_auditPage = new Views::AuditPage;
        connect(m_auditPage, &Views::AuditPage::refreshRequested, m_runner, &Actions::ActionRunner::loadAudit);
        m_window->addPage(m_auditPage, ActionsController::tr("Audit log"));
    }
    m_window->showPage(m_auditPage);
    QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::loadAudit, Qt::QueuedConnection);
}

void AdministrationController::openUsers()
{
    if (!m_usersDialog) {
        QList<Views::UsersDialog::KeyText> roles;
        for (Auth::Role role : {Auth::Role::Viewer, Auth::Role::PowerUser, Auth::Role::Administrator})
            roles << Views::UsersDialog::KeyText{Auth::roleKey(role), Auth::roleText(role)};
        QList<Views::UsersDialog::KeyText> actions;
        for (Auth::Action action : Auth::PrinterActions)
            actions << Views::UsersDialog::KeyText{Auth::actionKey(action), Auth::actionText(action)};
        m_usersDialog = new Views::UsersDialog(roles, actions, m_window);
        auto *runner = m_runner;
        connect(m_usersDialog, &Views::UsersDialog::addRequested, runner,
                [runner](const QString &name, const QString &role, const QString &password) {
                    runner->addUser(name, role, password);
                });
        connect(m_usersDialog, &Views::UsersDialog::unlockRequested, runner, &Actions::ActionRunner::unlockUser);
        connect(m_usersDialog, &Views::UsersDialog::removeRequested, runner, &Actions::ActionRunner::removeUser);
        connect(m_usersDialog, &Views::UsersDialog::actionSwitchChanged, runner, &Actions::ActionRunner::setActionEnabled);
        connect(m_usersDialog, &Views::UsersDialog::groupActionSwitchChanged, runner,
                [runner](qint64 group, const QString &key, bool on) { runner->setGroupActionEnabled(group, key, on); });
    }
    m_usersDialog->show();
    m_usersDialog->raise();
    QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::loadUsers, Qt::QueuedConnection);
}

void AdministrationController::openGroups()
{
    if (!m_groupsDialog) {
        m_groupsDialog = new Views::GroupsDialog(m_window);
        auto *runner = m_runner;
        connect(m_groupsDialog, &Views::GroupsDialog::addRequested, runner,
                [runner](const QString &name) { runner->addGroup(name); });
        connect(m_groupsDialog, &Views::GroupsDialog::renameRequested, runner,
                [runner](qint64 id, const QString &name) { runner->renameGroup(id, name); });
        connect(m_groupsDialog, &Views::GroupsDialog::removeRequested, runner,
                [runner](qint64 id) { runner->removeGroup(id); });
        connect(m_groupsDialog, &Views::GroupsDialog::devicesChanged, runner,
                [runner](qint64 id, const QList<qint64> &devices) { runner->setGroupDevices(id, devices); });
        connect(m_groupsDialog, &Views::GroupsDialog::usersChanged, runner,
                [runner](qint64 id, const QStringList &users) { runner->setGroupUsers(id, users); });
    }
    m_groupsDialog->show();
    m_groupsDialog->raise();
    QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::loadGroups, Qt::QueuedConnection);
}

void AdministrationController::closeDialogs()
{
    if (m_usersDialog)
        m_usersDialog->close();
    if (m_groupsDialog)
        m_groupsDialog->close();
}

void AdministrationController::addToGroup(const QList<qint64> &deviceIds)
{
    if (deviceIds.isEmpty()) {
        m_window->showTransientMessage(ActionsController::tr("Select one or more printers first."));
        return;
    }
    if (m_groups.isEmpty()) {
        m_window->showTransientMessage(ActionsController::tr("There is no device group yet: create one in Actions → Device groups…"));
        return;
    }
    std::optional<qint64> group;
    if (m_chooseGroup) {
        group = m_chooseGroup(m_groups);
    } else {
        QStringList names;
        for (const auto &g : std::as_const(m_groups))
            names << g.second;
        bool ok = false;
        const QString name = Views::DialogButtons::getItem(
            m_window, ActionsController::tr("Add to group"), ActionsController::tr("Add %n printer(s) to the device group:", nullptr, int(deviceIds.size())),
            names, &ok);
        if (ok && names.contains(name))
            group = m_groups.at(names.indexOf(name)).first;
    }
    if (!group)
        return;
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, id = *group, deviceIds] { runner->addGroupDevices(id, deviceIds); },
                              Qt::QueuedConnection);
}

void AdministrationController::changePassword()
{
    bool ok = false;
    const QString current = Views::DialogButtons::getText(m_window, ActionsController::tr("Change password"), ActionsController::tr("Current password:"),
                                                  QLineEdit::Password, &ok);
    if (!ok)
        return;
    const QString next = Views::DialogButtons::getText(m_window, ActionsController::tr("Change password"), ActionsController::tr("New password (8 characters or more):"),
                                               QLineEdit::Password, &ok);
    if (!ok)
        return;
    const QString repeat = Views::DialogButtons::getText(m_window, ActionsController::tr("Change password"), ActionsController::tr("New password again:"),
                                                 QLineEdit::Password, &ok);
    if (!ok)
        return;
    if (repeat != next) {
        Views::DialogButtons::warn(m_window, ActionsController::tr("Change password"), ActionsController::tr("The two new passwords differ."));
        return;
    }
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, current, next] { runner->changePassword(current, next); },
                              Qt::QueuedConnection);
}

} // namespace Printwatch::App
