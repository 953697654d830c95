// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the storage tests: a scratch database per test function, building and storing
// poll results, and loading SQL files into a raw connection (to build databases the way an older
// Printwatch left them).

#include "core/printer.h"
#include "storage/database.h"
#include "storage/devicerepository.h"
#include "storage/readingrepository.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

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

// A fresh database in a temporary folder of its own, opened in a test's init() and closed in its
// cleanup(): tests run in parallel and must never share a file. Used like a pointer to the Database.
class ScratchDatabase
{
public:
    // Returns an empty string on success, else why the database could not be opened.
    QString open(const QString &fileName)
    {
        close();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
        auto db = Database::open(m_dir->filePath(fileName));
        if (!db)
            return db.error();
        m_db = std::make_unique<Database>(std::move(db).value());
        return {};
    }

    void close()
    {
        m_db.reset(); // the connection closes before its folder goes
        m_dir.reset();
    }

    Database &operator*() const { return *m_db; }
    Database *operator->() const { return m_db.get(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

// Resolves and stores one answered poll the way the writer does, in a transaction of its own.
// Returns the device id, or 0 (rolled back, the cause logged) when a step failed.
inline qint64 storePoll(const Database &db, const Core::PollResult &result)
{
    if (auto begun = db.beginWrite(); !begun) {
        qWarning("%s", qPrintable(begun.error()));
        return 0;
    }
    auto resolution = DeviceRepository(db).resolve(result);
    if (!resolution) {
        qWarning("%s", qPrintable(resolution.error()));
        db.rollback();
        return 0;
    }
    if (auto stored = ReadingRepository(db).store(resolution->deviceId, result); !stored) {
        qWarning("%s", qPrintable(stored.error()));
        db.rollback();
        return 0;
    }
    if (auto done = db.commit(); !done) {
        qWarning("%s", qPrintable(done.error()));
        return 0;
    }
    return resolution->deviceId;
}

// Runs `work` on a raw connection of its own to `databasePath` (the way another program or an
// older Printwatch would touch the file). Returns what `work` returns (empty on success), or why the
// connection could not be opened.
template <class Work> inline QString withRawConnection(const QString &databasePath, const QString &purpose, Work work)
{
    const QString name = purpose + QLatin1Char('-') + databasePath;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        failure = db.open() ? work(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

// Runs every statement of an SQL file (statements end with ";" at the end of a line) on a raw
// connection. Returns an empty string on success, else the failure.
inline QString runSqlFile(const QString &sqlPath, const QString &databasePath)
{
    QFile file(sqlPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + sqlPath;
    const QString text = QString::fromUtf8(file.readAll());
    return withRawConnection(databasePath, QStringLiteral("sqlfile"), [&text](QSqlDatabase &db) -> QString {
        QString statement;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (!line.trimmed().endsWith(QLatin1Char(';')))
                continue;
            QSqlQuery query(db);
            if (!query.exec(statement.trimmed()))
                return query.lastError().text() + QStringLiteral(" in ") + statement;
            statement.clear();
        }
        return {};
    });
}

// Runs one statement on a raw connection of its own (for tampering the way another program would).
inline QString runStatement(const QString &databasePath, const QString &sql)
{
    return withRawConnection(databasePath, QStringLiteral("raw"), [&sql](QSqlDatabase &db) -> QString {
        QSqlQuery query(db);
        return query.exec(sql) ? QString() : query.lastError().text();
    });
}

} // namespace Printwatch::Storage::TestUtil
