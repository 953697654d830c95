// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/usersdialog.h"

#include "models/textformat.h"
#include "views/dialogbuttons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Printwatch::Views {

UsersDialog::UsersDialog(const QList<KeyText> &roles, const QList<KeyText> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and permissions"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_users = new QTableWidget(0, 4, this);
    m_users->setObjectName(QStringLiteral("usersTable"));
    m_users->setHorizontalHeaderLabels({tr("User"), tr("Role"), tr("Printers"), tr("State")});
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    m_users->verticalHeader()->setVisible(false);
    m_users->horizontalHeader()->setStretchLastSection(true);
    auto *unlock = new QPushButton(tr("&Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeButton"));
    connect(unlock, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            Q_EMIT unlockRequested(selectedName());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (!name.isEmpty()
            && DialogButtons::askYesNo(this, windowTitle(), tr("Remove the user %1?").arg(name)))
            Q_EMIT removeRequested(name);
    });

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newUserName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("newUserRole"));
    for (const KeyText &role : roles)
        m_role->addItem(role.second, role.first);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newUserPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("newUserRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *add = new QPushButton(tr("&Add user"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_password->text() != m_repeat->text()) {
            showMessage(tr("The two passwords differ."), false);
            return;
        }
        Q_EMIT addRequested(m_name->text().trimmed(), m_role->currentData().toString(), m_password->text());
        m_password->clear();
        m_repeat->clear();
    });
    auto *addBox = new QGroupBox(tr("New user"), this);
    auto *form = new QFormLayout(addBox);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat:"), m_repeat);
    form->addRow(QString(), add);

    auto *switchBox = new QGroupBox(tr("Printer actions allowed"), this);
    auto *switchLayout = new QVBoxLayout(switchBox);
    // An action runs on a printer only when it is on fleet-wide and in every group of the printer.
    m_switchGroup = new QComboBox(switchBox);
    m_switchGroup->setObjectName(QStringLiteral("switchGroup"));
    m_switchGroup->addItem(tr("All printers (fleet-wide)"), qint64(0));
    connect(m_switchGroup, &QComboBox::currentIndexChanged, this, [this] { showSwitchesOfGroup(); });
    auto *groupRow = new QFormLayout;
    groupRow->addRow(tr("For:"), m_switchGroup);
    switchLayout->addLayout(groupRow);
    for (const KeyText &action : actions) {
        auto *box = new QCheckBox(action.second, switchBox);
        box->setObjectName(QStringLiteral("switch-") + action.first);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this, key = action.first](bool on) {
            if (m_updating)
                return;
            const qint64 group = m_switchGroup->currentData().toLongLong();
            m_switchState[group].insert(key, on);
            if (group == 0)
                Q_EMIT actionSwitchChanged(key, on);
            else
                Q_EMIT groupActionSwitchChanged(group, key, on);
        });
        m_switches.insert(action.first, box);
        switchLayout->addWidget(box);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    DialogButtons::translate(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *userButtons = new QHBoxLayout;
    userButtons->addWidget(unlock);
    userButtons->addWidget(remove);
    userButtons->addStretch(1);
    auto *side = new QVBoxLayout;
    side->addWidget(addBox);
    side->addWidget(switchBox);
    side->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_users, 1);
    left->addLayout(userButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 420);
}

UsersDialog::~UsersDialog() = default;

int UsersDialog::userCount() const
{
    return m_users->rowCount();
}

QString UsersDialog::selectedName() const
{
    const int row = m_users->currentRow();
    return row >= 0 && m_users->item(row, 0) ? m_users->item(row, 0)->text() : QString();
}

void UsersDialog::setUsers(const QList<QStringList> &rows)
{
    m_users->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 4 && c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            // A narrow column cuts a long list of group names: the tip holds it all, as plain text.
            item->setToolTip(Models::plainToolTip(rows[r][c]));
            m_users->setItem(r, c, item);
        }
    }
    m_users->resizeColumnsToContents();
}

void UsersDialog::setSwitchState(const QList<QPair<qint64, QString>> &groups,
                                 const QHash<qint64, QHash<QString, bool>> &switches)
{
    m_updating = true;
    const qint64 current = m_switchGroup->currentData().toLongLong();
    while (m_switchGroup->count() > 1)
        m_switchGroup->removeItem(1);
    for (const auto &[id, name] : groups)
        m_switchGroup->addItem(tr("Device group %1").arg(name), id); // plain text: combo items are not rich text
    const int index = m_switchGroup->findData(current);
    m_switchGroup->setCurrentIndex(index < 0 ? 0 : index);
    m_switchState = switches;
    m_updating = false;
    showSwitchesOfGroup();
}

void UsersDialog::showSwitchesOfGroup()
{
    const QHash<QString, bool> group = m_switchState.value(m_switchGroup->currentData().toLongLong());
    m_updating = true;
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it)
        it.value()->setChecked(group.value(it.key(), true)); // no row: on
    m_updating = false;
}

void UsersDialog::setActionSwitches(const QHash<QString, bool> &enabled)
{
    if (m_switchGroup->currentData().toLongLong() != 0) {
        for (auto it = enabled.cbegin(); it != enabled.cend(); ++it)
            m_switchState[0].insert(it.key(), it.value());
        return; // another group is on show
    }
    m_updating = true;
    for (auto it = enabled.cbegin(); it != enabled.cend(); ++it) {
        if (QCheckBox *box = m_switches.value(it.key()))
            box->setChecked(it.value());
    }
    m_updating = false;
}

void UsersDialog::showMessage(const QString &text, bool ok)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: darkred"));
}

} // namespace Printwatch::Views
