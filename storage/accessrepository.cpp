// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/accessrepository.h"

#include "storage/database.h"
#include "storage/storageutil.h"

#include <QCoreApplication>
#include <QVariant>

namespace Printwatch::Storage {

namespace {

const QString kUserColumns = QStringLiteral(
    "id, name, role, password_hash, all_devices, demo, failed_attempts, locked, last_failed_at, created_at");

UserRecord readUser(const QSqlQuery &query)
{
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.name = query.value(1).toString();
    user.role = query.value(2).toString();
    user.passwordHash = query.value(3).toString();
    user.allDevices = query.value(4).toInt() != 0;
    user.demo = query.value(5).toInt() != 0;
    user.failedAttempts = query.value(6).toInt();
    user.locked = query.value(7).toInt() != 0;
    user.lastFailedAt = Util::fromMs(query.value(8));
    user.createdAt = Util::fromMs(query.value(9));
    return user;
}

} // namespace

AccessRepository::AccessRepository(const Database &db) : m_db(db) {}

Core::Result<qint64> AccessRepository::addUser(const UserRecord &user)
{
    auto query = m_db.prepare(QStringLiteral("INSERT INTO users (name, role, password_hash, all_devices, demo,"
                                             " failed_attempts, locked, created_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?)"
                                             " RETURNING id"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(user.name);
    query->addBindValue(user.role);
    query->addBindValue(user.passwordHash);
    query->addBindValue(user.allDevices ? 1 : 0);
    query->addBindValue(user.demo ? 1 : 0);
    query->addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{tr("Cannot add the user %1: %2").arg(user.name, done.error())};
    if (!query->next())
        return Core::Error{tr("Cannot add the user %1: the database returned no id.").arg(user.name)};
    const qint64 id = query->value(0).toLongLong();
    if (!user.groupIds.isEmpty()) {
        if (auto set = setUserGroups(id, user.groupIds); !set)
            return Core::Error{set.error()};
    }
    return id;
}

Core::Result<std::optional<UserRecord>> AccessRepository::user(const QString &name) const
{
    auto query = m_db.prepare(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE name = ?"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(name);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
    if (!query->next())
        return std::optional<UserRecord>();
    UserRecord user = readUser(query.value());
    auto groups = m_db.prepare(QStringLiteral("SELECT group_id FROM user_groups WHERE user_id = ? ORDER BY group_id"));
    if (!groups)
        return Core::Error{groups.error()};
    groups->addBindValue(user.id);
    if (auto done = m_db.exec(groups.value()); !done)
        return Core::Error{done.error()};
    while (groups->next())
        user.groupIds.append(groups->value(0).toLongLong());
    return std::optional<UserRecord>(user);
}

Core::Result<QList<UserRecord>> AccessRepository::users() const
{
    auto query = m_db.prepare(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users ORDER BY name"));
    if (!query)
        return Core::Error{query.error()};
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
    QList<UserRecord> list;
    while (query->next())
        list.append(readUser(query.value()));
    auto groups = m_db.prepare(QStringLiteral("SELECT user_id, group_id FROM user_groups ORDER BY group_id"));
    if (!groups)
        return Core::Error{groups.error()};
    if (auto done = m_db.exec(groups.value()); !done)
        return Core::Error{done.error()};
    while (groups->next()) {
        for (UserRecord &user : list) {
            if (user.id == groups->value(0).toLongLong())
                user.groupIds.append(groups->value(1).toLongLong());
        }
    }
    return list;
}

Core::Result<int> AccessRepository::userCount() const
{
    auto query = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!query)
        return Core::Error{query.error()};
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
    return query->next() ? query->value(0).toInt() : 0;
}

Core::Result<void> AccessRepository::setPasswordHash(qint64 userId, const QString &hash)
{
    auto query = m_db.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(hash);
    query->addBindValue(userId);
    return m_db.exec(query.value());
}

Core::Result<void> AccessRepository::setRole(qint64 userId, const QString &role, bool allDevices)
{
    auto query = m_db.prepare(QStringLiteral("UPDATE users SET role = ?, all_devices = ? WHERE id = ?"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(role);
    query->addBindValue(allDevices ? 1 : 0);
    query->addBindValue(userId);
    return m_db.exec(query.value());
}

Core::Result<void> AccessRepository::removeUser(qint64 userId)
{
    auto query = m_db.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(userId);
    return m_db.exec(query.value());
}

Core::Result<void> AccessRepository::setLoginState(qint64 userId, int failedAttempts, bool locked,
                                                   const QDateTime &lastFailedAt)
{
    auto query =
        m_db.prepare(QStringLiteral("UPDATE users SET failed_attempts = ?, locked = ?, last_failed_at = ? WHERE id = ?"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(failedAttempts);
    query->addBindValue(locked ? 1 : 0);
    query->addBindValue(lastFailedAt.isValid() ? QVariant::fromValue<qint64>(lastFailedAt.toMSecsSinceEpoch())
                                               : QVariant(QMetaType::fromType<qint64>()));
    query->addBindValue(userId);
    return m_db.exec(query.value());
}

Core::Result<void> AccessRepository::setUserGroups(qint64 userId, const QList<qint64> &groupIds)
{
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM user_groups WHERE user_id = ?"));
    if (!remove)
        return Core::Error{remove.error()};
    remove->addBindValue(userId);
    if (auto done = m_db.exec(remove.value()); !done)
        return done;
    for (qint64 group : groupIds) {
        auto insert = m_db.prepare(QStringLiteral("INSERT INTO user_groups (user_id, group_id) VALUES (?, ?)"));
        if (!insert)
            return Core::Error{insert.error()};
        insert->addBindValue(userId);
        insert->addBindValue(group);
        if (auto done = m_db.exec(insert.value()); !done)
            return done;
    }
    return {};
}

Core::Result<qint64> AccessRepository::addGroup(const QString &name)
{
    auto query = m_db.prepare(QStringLiteral("INSERT INTO device_groups (name) VALUES (?) RETURNING id"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(name);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{tr("Cannot add the device group %1: %2").arg(name, done.error())};
    if (!query->next())
        return Core::Error{tr("Cannot add the device group %1: the database returned no id.").arg(name)};
    return query->value(0).toLongLong();
}

Core::Result<QList<DeviceGroupRecord>> AccessRepository::groups() const
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, name FROM device_groups ORDER BY name"));
    if (!query)
        return Core::Error{query.error()};
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
    QList<DeviceGroupRecord> list;
    while (query->next())
        list.append(DeviceGroupRecord{query->value(0).toLongLong(), query->value(1).toString(), {}});
    auto members = m_db.prepare(QStringLiteral("SELECT group_id, device_id FROM device_group_members ORDER BY device_id"));
    if (!members)
        return Core::Error{members.error()};
    if (auto done = m_db.exec(members.value()); !done)
        return Core::Error{done.error()};
    while (members->next()) {
        for (DeviceGroupRecord &group : list) {
            if (group.id == members->value(0).toLongLong())
                group.deviceIds.append(members->value(1).toLongLong());
        }
    }
    return list;
}

Core::Result<void> AccessRepository::setGroupDevices(qint64 groupId, const QList<qint64> &deviceIds)
{
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM device_group_members WHERE group_id = ?"));
    if (!remove)
        return Core::Error{remove.error()};
    remove->addBindValue(groupId);
    if (auto done = m_db.exec(remove.value()); !done)
        return done;
    for (qint64 device : deviceIds) {
        auto insert = m_db.prepare(QStringLiteral("INSERT INTO device_group_members (group_id, device_id) VALUES (?, ?)"));
        if (!insert)
            return Core::Error{insert.error()};
        insert->addBindValue(groupId);
        insert->addBindValue(device);
        if (auto done = m_db.exec(insert.value()); !done)
            return done;
    }
    return {};
}

Core::Result<void> AccessRepository::renameGroup(qint64 groupId, const QString &name)
{
    auto query = m_db.prepare(QStringLiteral("UPDATE device_groups SET name = ? WHERE id = ?"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(name);
    query->addBindValue(groupId);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{tr("Cannot rename device group %1 to %2: %3").arg(groupId).arg(name, done.error())};
    if (query->numRowsAffected() == 0)
        return Core::Error{tr("Cannot rename device group %1: it does not exist.").arg(groupId)};
    return {};
}

Core::Result<void> AccessRepository::removeGroup(qint64 groupId)
{
    // The switches table has no foreign key (group 0 is the fleet), so its rows go by hand, in
    // the same transaction as the group.
    if (auto begun = m_db.beginWrite(); !begun)
        return begun;
    Core::Result<void> done;
    for (const QString &sql : {QStringLiteral("DELETE FROM action_switches WHERE group_id = ?"),
                               QStringLiteral("DELETE FROM device_groups WHERE id = ?")}) {
        auto query = m_db.prepare(sql);
        if (!query) {
            done = Core::Error{query.error()};
            break;
        }
        query->addBindValue(groupId);
        done = m_db.exec(query.value());
        if (!done)
            break;
    }
    if (!done) {
        m_db.rollback();
        return Core::Error{tr("Cannot remove device group %1: %2").arg(groupId).arg(done.error())};
    }
    return m_db.commit();
}

Core::Result<void> AccessRepository::addGroupDevices(qint64 groupId, const QList<qint64> &deviceIds)
{
    for (qint64 device : deviceIds) {
        auto insert = m_db.prepare(
            QStringLiteral("INSERT INTO device_group_members (group_id, device_id) VALUES (?, ?)"
                           " ON CONFLICT (group_id, device_id) DO NOTHING"));
        if (!insert)
            return Core::Error{insert.error()};
        insert->addBindValue(groupId);
        insert->addBindValue(device);
        if (auto done = m_db.exec(insert.value()); !done)
            return Core::Error{tr("Cannot add printer %1 to device group %2: %3").arg(device).arg(groupId).arg(done.error())};
    }
    return {};
}

Core::Result<QSet<qint64>> AccessRepository::devicesInGroups(const QList<qint64> &groupIds) const
{
    QSet<qint64> devices;
    for (qint64 group : groupIds) {
        auto query = m_db.prepare(QStringLiteral("SELECT device_id FROM device_group_members WHERE group_id = ?"));
        if (!query)
            return Core::Error{query.error()};
        query->addBindValue(group);
        if (auto done = m_db.exec(query.value()); !done)
            return Core::Error{done.error()};
        while (query->next())
            devices.insert(query->value(0).toLongLong());
    }
    return devices;
}

Core::Result<QList<qint64>> AccessRepository::groupsOfDevice(qint64 deviceId) const
{
    auto query = m_db.prepare(QStringLiteral("SELECT group_id FROM device_group_members WHERE device_id = ?"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(deviceId);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
    QList<qint64> list;
    while (query->next())
        list.append(query->value(0).toLongLong());
    return list;
}

Core::Result<void> AccessRepository::setActionEnabled(const QString &action, qint64 groupId, bool enabled)
{
    auto query = m_db.prepare(QStringLiteral("INSERT INTO action_switches (action, group_id, enabled) VALUES (?, ?, ?)"
                                             " ON CONFLICT (action, group_id) DO UPDATE SET enabled = excluded.enabled"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(action);
    query->addBindValue(groupId);
    query->addBindValue(enabled ? 1 : 0);
    return m_db.exec(query.value());
}

Core::Result<QHash<qint64, bool>> AccessRepository::actionSwitches(const QString &action) const
{
    auto query = m_db.prepare(QStringLiteral("SELECT group_id, enabled FROM action_switches WHERE action = ?"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(action);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
    QHash<qint64, bool> switches;
    while (query->next())
        switches.insert(query->value(0).toLongLong(), query->value(1).toInt() != 0);
    return switches;
}

} // namespace Printwatch::Storage
