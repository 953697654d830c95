// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Administrator's windows in the GUI: the audit log page, the users dialog (users and action
// switches), the device groups dialog and "Add to group…" on a printer selection, plus the
// password change every user has. Each request goes to the ActionRunner on the actions thread,
// where auth/ checks and audits it; this only shows what comes back.

#include "actions/actionswitches.h"
#include "storage/accessrecords.h"
#include "views/auditpage.h"
#include "views/groupsdialog.h"
#include "views/usersdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Printwatch::Actions {
class ActionRunner;
}
namespace Printwatch::Models {
class PrinterTableModel;
}
namespace Printwatch::Views {
class MainWindow;
}

namespace Printwatch::App {

class AdministrationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministrationController)

public:
    AdministrationController(Views::MainWindow *window, Models::PrinterTableModel *printers,
                             Actions::ActionRunner *runner, QObject *parent = nullptr);
    ~AdministrationController() override;

    Views::AuditPage *auditPage() const { return m_auditPage; }
    Views::UsersDialog *usersDialog() const { return m_usersDialog; }
    Views::GroupsDialog *groupsDialog() const { return m_groupsDialog; }

    // Which group "Add to group…" puts the selection in (id, or nothing = cancelled); tests replace
    // the question.
    using GroupChooser = std::function<std::optional<qint64>(const QList<QPair<qint64, QString>> &groups)>;
    void setGroupChooser(GroupChooser chooser) { m_chooseGroup = std::move(chooser); }

public Q_SLOTS:
    void openAudit();
    void openUsers();
    void openGroups();
    // The session locked: the users and groups dialogs (names, roles, groups) close with it.
    void closeDialogs();
    void changePassword();
    void addToGroup(const QList<qint64> &deviceIds);
    // The switches and groups every logged-in user gets (loaded on login and after each change).
    void setSwitchState(const Printwatch::Actions::ActionSwitchState &state);

Q_SIGNALS:
    // A device group, its printers or a user's groups changed: visibility is to be read again.
    void accessChanged();

private:
    void wireRunner();
    void showUsers(const QList<Storage::UserRecord> &users, const QString &error);
    // "Office, Lab": the names of a user's device groups, as the users dialog shows them.
    QString groupNames(const QList<qint64> &groupIds) const;
    void showGroups(const QList<Storage::DeviceGroupRecord> &groups, const QList<Storage::UserRecord> &users,
                    const QString &error);

    Views::MainWindow *m_window = nullptr;
    Models::PrinterTableModel *m_printers = nullptr;
    Actions::ActionRunner *m_runner = nullptr;
    QList<QPair<qint64, QString>> m_groups; // from the switch state: id, name
    QList<Storage::UserRecord> m_users;       // the users dialog's rows, shown again with the groups' names
    QPointer<Views::AuditPage> m_auditPage;
    QPointer<Views::UsersDialog> m_usersDialog;
    QPointer<Views::GroupsDialog> m_groupsDialog;
    GroupChooser m_chooseGroup;
};

} // namespace Printwatch::App
