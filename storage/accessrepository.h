// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Users, device groups and the per-action switches (schema version 3). SQL only; the rules are
// auth/'s. Passwords never reach this class, only libsodium's encoded hashes.

#include "core/result.h"
#include "storage/accessrecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Printwatch::Storage {

class Database;

class AccessRepository
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Storage::AccessRepository)
public:
    explicit AccessRepository(const Database &db);

    Core::Result<qint64> addUser(const UserRecord &user);
    Core::Result<std::optional<UserRecord>> user(const QString &name) const;
    Core::Result<QList<UserRecord>> users() const;
    Core::Result<int> userCount() const;
    Core::Result<void> setPasswordHash(qint64 userId, const QString &hash);
    Core::Result<void> setRole(qint64 userId, const QString &role, bool allDevices);
    Core::Result<void> removeUser(qint64 userId);
    // The failed-attempt counter and the lock flag, written together after each login attempt.
    Core::Result<void> setLoginState(qint64 userId, int failedAttempts, bool locked, const QDateTime &lastFailedAt);
    Core::Result<void> setUserGroups(qint64 userId, const QList<qint64> &groupIds);

    Core::Result<qint64> addGroup(const QString &name);
    Core::Result<QList<DeviceGroupRecord>> groups() const;
    Core::Result<void> setGroupDevices(qint64 groupId, const QList<qint64> &deviceIds);
    Core::Result<void> renameGroup(qint64 groupId, const QString &name);
    // Members and user assignments go with the group (ON DELETE CASCADE), and so do its switches.
    Core::Result<void> removeGroup(qint64 groupId);
    // Adds devices to a group, keeping the members it has.
    Core::Result<void> addGroupDevices(qint64 groupId, const QList<qint64> &deviceIds);
    // The devices of any of these groups.
    Core::Result<QSet<qint64>> devicesInGroups(const QList<qint64> &groupIds) const;
    // The groups a device belongs to.
    Core::Result<QList<qint64>> groupsOfDevice(qint64 deviceId) const;

    // Per-action switches: groupId 0 is the fleet-wide switch. Missing rows mean enabled.
    Core::Result<void> setActionEnabled(const QString &action, qint64 groupId, bool enabled);
    Core::Result<QHash<qint64, bool>> actionSwitches(const QString &action) const;

private:
    const Database &m_db;
};

} // namespace Printwatch::Storage
