// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything SQLite-specific lives here, so that PostgreSQL (QPSQL) support later means a second
// set of these answers instead of a hunt through the repositories. Repositories use portable SQL:
// bound values, INSERT ... ON CONFLICT ... DO UPDATE (SQLite >= 3.24 and PostgreSQL), RETURNING
// (SQLite >= 3.35 and PostgreSQL), BIGINT milliseconds since the epoch for times, INTEGER 0/1 flags.

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Printwatch::Storage::Dialect {

QString driverName();

// Statements run once per connection, in order. Each entry is {statement, expected first value or
// empty}; journal_mode answers with the mode it actually got, which must be "wal".
struct Setting
{
    QString statement;
    QString expected;
};
QList<Setting> connectionSettings();

QString beginWrite();

// How long a connection waits for another's lock (PRAGMA busy_timeout).
int busyTimeoutMs();

// The other connection's lock, answered at once: SQLite does not wait on busy_timeout where waiting
// could deadlock, e.g. when two connections switch a new file to WAL together. Worth asking again
// until busyTimeoutMs() has passed.
bool isBusy(const QSqlError &error);

// DDL with placeholders: {ID} becomes the auto-increment primary key column type.
QString ddl(QString statement);

// A readable cause for a failure of the first statement on a fresh connection.
QString explainOpenError(const QSqlError &error);

} // namespace Printwatch::Storage::Dialect
