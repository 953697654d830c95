// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Device groups for Administrators: create, rename and delete groups, choose the printers of a
// group and the users who see it. It shows what the app hands it and emits requests; the checks
// (only an Administrator) and the audit happen below the GUI, in Auth::AuthService.

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Printwatch::Views {

class GroupsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsDialog)

public:
    struct Group
    {
        qint64 id = 0;
        QString name;
        QList<qint64> deviceIds;
    };
    struct Printer
    {
        qint64 deviceId = 0;
        QString label; // name and address, shown as plain text
    };
    struct User
    {
        QString name;
        QString roleText;
        bool administrator = false; // sees every printer whatever the groups
        QList<qint64> groupIds;
    };

    explicit GroupsDialog(QWidget *parent = nullptr);
    ~GroupsDialog() override;

    qint64 currentGroupId() const;
    int groupCount() const;
    // What a person would answer to "Delete the group?"; tests replace it.
    void setConfirmer(std::function<bool(const QString &question)> confirmer) { m_confirm = std::move(confirmer); }

public Q_SLOTS:
    void setGroups(const QList<Printwatch::Views::GroupsDialog::Group> &groups);
    void setPrinters(const QList<Printwatch::Views::GroupsDialog::Printer> &printers);
    void setUsers(const QList<Printwatch::Views::GroupsDialog::User> &users);
    void selectGroup(qint64 groupId);
    void showMessage(const QString &text, bool ok);

Q_SIGNALS:
    void addRequested(const QString &name);
    void renameRequested(qint64 groupId, const QString &name);
    void removeRequested(qint64 groupId);
    void devicesChanged(qint64 groupId, const QList<qint64> &deviceIds);
    void usersChanged(qint64 groupId, const QStringList &userNames);

private:
    void showGroup();
    QList<qint64> checkedPrinters() const;
    QStringList checkedUsers() const;

    QListWidget *m_groups = nullptr;
    QLineEdit *m_name = nullptr;
    QListWidget *m_printers = nullptr;
    QListWidget *m_users = nullptr;
    QLabel *m_message = nullptr;
    QList<Group> m_groupRows;
    QList<User> m_userRows;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace Printwatch::Views
