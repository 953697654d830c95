// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Administration for Administrators: local users (add, unlock after a lockout, remove) and which
// printer actions are switched on, for the whole fleet or per device group. It shows what the app hands it and emits
// requests; the checks and the audit happen below the GUI.

#include <QDialog>
#include <QHash>
#include <QPair>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Printwatch::Views {

class UsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)

public:
    using KeyText = QPair<QString, QString>; // stable key, translated text

    UsersDialog(const QList<KeyText> &roles, const QList<KeyText> &actions, QWidget *parent = nullptr);
    ~UsersDialog() override;

    int userCount() const;

public Q_SLOTS:
    // Rows: name, role text, scope, state ("locked", "demo", "").
    void setUsers(const QList<QStringList> &rows);
    void setActionSwitches(const QHash<QString, bool> &enabled);
    // Device groups (id, name) for the selector, and every switch: group id (0 = fleet) -> action -> on.
    void setSwitchState(const QList<QPair<qint64, QString>> &groups, const QHash<qint64, QHash<QString, bool>> &switches);
    void showMessage(const QString &text, bool ok);

Q_SIGNALS:
    void addRequested(const QString &name, const QString &roleKey, const QString &password);
    void unlockRequested(const QString &name);
    void removeRequested(const QString &name);
    void actionSwitchChanged(const QString &actionKey, bool enabled); // fleet-wide
    void groupActionSwitchChanged(qint64 groupId, const QString &actionKey, bool enabled);

private:
    QString selectedName() const;
    void showSwitchesOfGroup();

    QTableWidget *m_users = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QCheckBox *> m_switches;
    QComboBox *m_switchGroup = nullptr;
    QHash<qint64, QHash<QString, bool>> m_switchState;
    bool m_updating = false;
};

} // namespace Printwatch::Views
