// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/groupsdialog.h"

#include "views/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Printwatch::Views {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QListWidget *checkList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

} // namespace

GroupsDialog::GroupsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("groupsDialog"));
    setWindowTitle(tr("Device groups"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_groups = new QListWidget(this);
    m_groups->setObjectName(QStringLiteral("groupList"));
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_groups, &QListWidget::currentRowChanged, this, [this] { showGroup(); });
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setPlaceholderText(tr("Group name"));
    m_name->setMaxLength(64);
    auto *add = new QPushButton(tr("&New group"), this);
    add->setObjectName(QStringLiteral("addGroupButton"));
    auto *rename = new QPushButton(tr("Re&name"), this);
    rename->setObjectName(QStringLiteral("renameGroupButton"));
    auto *remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("removeGroupButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty()) {
            showMessage(tr("Type the new group's name first."), false);
            return;
        }
        Q_EMIT addRequested(name);
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        const QString name = m_name->text().trimmed();
        if (currentGroupId() == 0 || name.isEmpty()) {
            showMessage(tr("Choose a group and type its new name."), false);
            return;
        }
        Q_EMIT renameRequested(currentGroupId(), name);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const qint64 id = currentGroupId();
        if (id == 0)
            return;
        const QString question = tr("Delete the device group %1? Its users no longer see its printers through it, "
                                    "and its action switches go with it.")
                                     .arg(m_groups->currentItem()->text());
        const bool yes = m_confirm ? m_confirm(question)
                                   : DialogButtons::askYesNo(this, windowTitle(), question);
        if (yes)
            Q_EMIT removeRequested(id);
    });

    m_printers = checkList(QStringLiteral("groupPrinters"), this);
    auto *savePrinters = new QPushButton(tr("Save &printers"), this);
    savePrinters->setObjectName(QStringLiteral("saveGroupPrintersButton"));
    connect(savePrinters, &QPushButton::clicked, this, [this] {
        if (currentGroupId() != 0)
            Q_EMIT devicesChanged(currentGroupId(), checkedPrinters());
    });
    m_users = checkList(QStringLiteral("groupUsers"), this);
    // "name (role, sees every printer)" is long in Norwegian: wrap it rather than scroll sideways.
    m_users->setWordWrap(true);
    m_users->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *saveUsers = new QPushButton(tr("Save &users"), this);
    saveUsers->setObjectName(QStringLiteral("saveGroupUsersButton"));
    connect(saveUsers, &QPushButton::clicked, this, [this] {
        if (currentGroupId() != 0)
            Q_EMIT usersChanged(currentGroupId(), checkedUsers());
    });
    auto *usersNote = new QLabel(tr("A user in a group sees only the printers of their groups; a user in no group "
                                    "sees every printer. Administrators always see every printer."),
                                 this);
    usersNote->setWordWrap(true);

    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(add);
    groupButtons->addWidget(rename);
    groupButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_groups, 1);
    left->addWidget(m_name);
    left->addLayout(groupButtons);

    auto *printerBox = new QGroupBox(tr("Printers in the group"), this);
    auto *printerLayout = new QVBoxLayout(printerBox);
    printerLayout->addWidget(m_printers, 1);
    printerLayout->addWidget(savePrinters, 0, Qt::AlignRight);
    auto *userBox = new QGroupBox(tr("Users who see the group"), this);
    auto *userLayout = new QVBoxLayout(userBox);
    userLayout->addWidget(m_users, 1);
    userLayout->addWidget(usersNote);
    userLayout->addWidget(saveUsers, 0, Qt::AlignRight);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("groupsMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    DialogButtons::translate(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(printerBox, 2);
    columns->addWidget(userBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 520);
}

GroupsDialog::~GroupsDialog() = default;

qint64 GroupsDialog::currentGroupId() const
{
    const QListWidgetItem *item = m_groups->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

int GroupsDialog::groupCount() const
{
    return m_groups->count();
}

void GroupsDialog::setGroups(const QList<Group> &groups)
{
    const qint64 current = currentGroupId();
    m_groupRows = groups;
    QSignalBlocker blocker(m_groups);
    m_groups->clear();
    for (const Group &group : groups) {
        auto *item = new QListWidgetItem(group.name, m_groups); // plain text: list items are not rich text
        item->setData(IdRole, group.id);
    }
    blocker.unblock();
    selectGroup(current);
}

void GroupsDialog::selectGroup(qint64 groupId)
{
    for (int row = 0; row < m_groups->count(); ++row) {
        if (m_groups->item(row)->data(IdRole).toLongLong() == groupId) {
            m_groups->setCurrentRow(row);
            showGroup();
            return;
        }
    }
    m_groups->setCurrentRow(m_groups->count() > 0 ? 0 : -1);
    showGroup();
}

void GroupsDialog::setPrinters(const QList<Printer> &printers)
{
    m_printers->clear();
    for (const Printer &printer : printers) {
        auto *item = new QListWidgetItem(printer.label, m_printers);
        item->setData(IdRole, printer.deviceId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    showGroup();
}

void GroupsDialog::setUsers(const QList<User> &users)
{
    m_userRows = users;
    m_users->clear();
    for (const User &user : users) {
        const QString text = user.administrator ? tr("%1 (%2, sees every printer)").arg(user.name, user.roleText)
                                                : tr("%1 (%2)").arg(user.name, user.roleText);
        auto *item = new QListWidgetItem(text, m_users);
        item->setData(IdRole, user.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    showGroup();
}

void GroupsDialog::showGroup()
{
    const qint64 id = currentGroupId();
    QList<qint64> members;
    for (const Group &group : std::as_const(m_groupRows)) {
        if (group.id == id) {
            members = group.deviceIds;
            m_name->setText(group.name);
        }
    }
    for (int row = 0; row < m_printers->count(); ++row) {
        QListWidgetItem *item = m_printers->item(row);
        item->setCheckState(members.contains(item->data(IdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        item->setFlags(id ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::NoItemFlags);
    }
    for (int row = 0; row < m_users->count(); ++row) {
        QListWidgetItem *item = m_users->item(row);
        const User &user = m_userRows.at(row);
        item->setCheckState(user.groupIds.contains(id) ? Qt::Checked : Qt::Unchecked);
        item->setFlags(id ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::NoItemFlags);
    }
}

QList<qint64> GroupsDialog::checkedPrinters() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_printers->count(); ++row) {
        if (m_printers->item(row)->checkState() == Qt::Checked)
            ids << m_printers->item(row)->data(IdRole).toLongLong();
    }
    return ids;
}

QStringList GroupsDialog::checkedUsers() const
{
    QStringList names;
    for (int row = 0; row < m_users->count(); ++row) {
        if (m_users->item(row)->checkState() == Qt::Checked)
            names << m_users->item(row)->data(IdRole).toString();
    }
    return names;
}

void GroupsDialog::showMessage(const QString &text, bool ok)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: darkred"));
}

} // namespace Printwatch::Views
