// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A temporary database with one user of each role, for the auth and action tests. Argon2id runs
// with libsodium's minimum cost here (a test-only setting); production uses INTERACTIVE.

#include "auth/authservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace Printwatch::TestUtil {

inline const QString kAdminPassword = QStringLiteral("admin-pass-1");
inline const QString kPowerPassword = QStringLiteral("power-pass-2");
inline const QString kViewerPassword = QStringLiteral("viewer-pass-3");

// printwatch-cli: ctest names it in PRINTWATCH_CLI; a test run by hand finds the one built beside it.
inline QString cliProgram()
{
    const QString fromEnv = qEnvironmentVariable("PRINTWATCH_CLI");
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/printwatch-cli") : fromEnv;
}

struct AuthFixture
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::optional<Storage::Database> db;
    Auth::Session admin, power, viewer;

    QString path() const { return dir->filePath(QStringLiteral("printwatch.sqlite")); }

    // Returns an empty string on success, else what failed.
    QString setUp(Auth::HashParameters cost = Auth::HashParameters::minimal())
    {
        auto opened = Storage::Database::open(path());
        if (!opened)
            return opened.error();
        db.emplace(std::move(opened.value()));
        Auth::AuthService auth(*db, cost, Auth::LoginPolicy{5, 0, 0});
        auto first = auth.createFirstAdministrator(QStringLiteral("alice"), kAdminPassword);
        if (!first)
            return first.error();
        admin = first.value();
        if (auto added = auth.addUser(admin, QStringLiteral("pat"), Auth::Role::PowerUser, kPowerPassword); !added)
            return added.error();
        if (auto added = auth.addUser(admin, QStringLiteral("vic"), Auth::Role::Viewer, kViewerPassword); !added)
            return added.error();
        power = auth.sessionFor(QStringLiteral("pat")).value();
        viewer = auth.sessionFor(QStringLiteral("vic")).value();
        return {};
    }

    // A stored device at `address` (the columns discovery would fill), returning its id.
    qint64 addDevice(const QString &address, quint16 snmpPort, const QString &name)
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("INSERT INTO devices (sys_name, first_seen, last_seen, managed, address, port)"
                                     " VALUES (?, 0, 0, 1, ?, ?) RETURNING id"));
        query.addBindValue(name);
        query.addBindValue(address);
        query.addBindValue(snmpPort);
        if (!query.exec() || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }
};

} // namespace Printwatch::TestUtil
