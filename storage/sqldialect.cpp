// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqldialect.h"

#include <QCoreApplication>

namespace Printwatch::Storage::Dialect {

QString driverName()
{
    return QStringLiteral("QSQLITE");
}

QList<Setting> connectionSettings()
{
    // busy_timeout first: the other settings may need a lock that a concurrent writer holds.
    // synchronous=NORMAL is durable enough for readings in WAL mode (a power cut loses at most the
    // last batches, never corrupts); tables that need FULL (audit, outbox) get their own handling.
    return {
        {QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs()), QString()},
        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("wal")},
        {QStringLiteral("PRAGMA synchronous = NORMAL"), QString()},
        {QStringLiteral("PRAGMA foreign_keys = ON"), QString()},
    };
}

QString beginWrite()
{
    // IMMEDIATE takes the write lock at once, so a second writer waits on busy_timeout here
    // instead of failing with SQLITE_BUSY in the middle of the batch.
    return QStringLiteral("BEGIN IMMEDIATE");
}

int busyTimeoutMs()
{
    return 5000;
}

bool isBusy(const QSqlError &error)
{
    // SQLite result codes 5 SQLITE_BUSY and 6 SQLITE_LOCKED; an extended code (SQLITE_BUSY_SNAPSHOT
    // is 517) keeps its primary code in the low byte.
    bool number = false;
    const int code = error.nativeErrorCode().toInt(&number) & 0xff;
    return number && (code == 5 || code == 6);
}

QString ddl(QString statement)
{
    return statement.replace(QLatin1String("{ID}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
}

QString explainOpenError(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    // SQLite primary result codes: 26 SQLITE_NOTADB, 11 SQLITE_CORRUPT, 14 SQLITE_CANTOPEN,
    // 23 SQLITE_AUTH, 8 SQLITE_READONLY, 3 SQLITE_PERM.
    if (native == QLatin1String("26"))
        return QCoreApplication::translate("Storage", "the file is not a SQLite database");
    if (native == QLatin1String("11"))
        return QCoreApplication::translate("Storage", "the database file is corrupt");
    if (native == QLatin1String("14"))
        return QCoreApplication::translate("Storage", "the file cannot be opened");
    if (native == QLatin1String("8") || native == QLatin1String("3"))
        return QCoreApplication::translate("Storage", "the file is read-only or not permitted");
    return error.text();
}

} // namespace Printwatch::Storage::Dialect
