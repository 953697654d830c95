// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rows of the access-control and audit tables (schema version 3). Plain values; the rules that
// give them meaning (roles, the permission matrix, lockout) live in auth/.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Printwatch::Storage {

struct UserRecord
{
    qint64 id = 0;
    QString name;
    QString role;         // "admin", "power", "viewer" (Auth::roleKey)
    QString passwordHash; // libsodium crypto_pwhash_str output ("$argon2id$v=19$..."), never a password
    bool allDevices = false; // sees every printer, whatever the groups
    bool demo = false;       // the demo mode's marked account
    int failedAttempts = 0;
    bool locked = false;
    QDateTime lastFailedAt;
    QDateTime createdAt;
    QList<qint64> groupIds;
};

struct DeviceGroupRecord
{
    qint64 id = 0;
    QString name;
    QList<qint64> deviceIds;
};

// One audit row as stored. The hash covers the previous row's hash and this row's canonical content.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at;
    QString user;   // the name of the user who acted ("" when nobody was logged in)
    QString action; // Auth::actionKey, e.g. "reboot"
    std::optional<qint64> deviceId;
    QString target; // the printer's address or name, or the user acted on
    QString result; // "ok", "failed", "refused", "cancelled"
    QString detail; // readable reason or outcome
    QByteArray previousHash; // hex
    QByteArray hash;         // hex
};

} // namespace Printwatch::Storage
