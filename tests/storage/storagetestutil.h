// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the storage tests: building poll results and loading SQL files into a raw
// connection (to build databases the way an older Printwatch left them).

#include "core/printer.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Printwatch::Storage::TestUtil {

// 2026-01-01T00:00:00Z, so tests do not depend on the clock.
inline QDateTime baseTime()
{
    return QDateTime::fromMSecsSinceEpoch(1767225600000LL, Qt::UTC);
}

inline Core::PollResult poll(const QString &address, const QString &serial, const QString &mac, qint64 offsetSeconds,
                             const QString &sysObjectId = QStringLiteral("1.3.6.1.4.1.11.2.3.9.1"))
{
    Core::PollResult result;
    result.address = address;
    result.port = 161;
    result.polledAt = baseTime().addSecs(offsetSeconds);
    result.reachable = true;
    result.identity.serial = serial;
    result.identity.mac = mac;
    result.identity.sysObjectId = sysObjectId;
    result.identity.vendor = QStringLiteral("HP");
    result.identity.model = QStringLiteral("LaserJet ") + (serial.isEmpty() ? QStringLiteral("?") : serial);
    result.status = Core::DeviceStatus::Idle;
    return result;
}

inline Core::PollResult silence(const QString &address, qint64 offsetSeconds)
{
    Core::PollResult result;
    result.address = address;
    result.polledAt = baseTime().addSecs(offsetSeconds);
    result.reachable = false;
    result.error = QStringLiteral("No answer after 2 tries");
    return result;
}

// Runs every statement of an SQL file (statements end with ";" at the end of a line) on a raw
// connection. Returns an empty string on success, else the failure.
inline QString runSqlFile(const QString &sqlPath, const QString &databasePath)
{
    QFile file(sqlPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + sqlPath;
    const QString text = QString::fromUtf8(file.readAll());
    const QString name = QStringLiteral("sqlfile-") + databasePath;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QString statement;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("--")))
                    continue;
                statement += line + QLatin1Char('\n');
                if (!line.trimmed().endsWith(QLatin1Char(';')))
                    continue;
                QSqlQuery query(db);
                if (!query.exec(statement.trimmed())) {
                    failure = query.lastError().text() + QStringLiteral(" in ") + statement;
                    break;
                }
                statement.clear();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

// Runs one statement on a raw connection of its own (for tampering the way another program would).
inline QString runStatement(const QString &databasePath, const QString &sql)
{
    const QString name = QStringLiteral("raw-") + databasePath;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                failure = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

} // namespace Printwatch::Storage::TestUtil
