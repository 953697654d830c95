// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/devicerepository.h"
#include "storage/polllogrepository.h"
#include "storage/printerrepository.h"
#include "storage/readingrepository.h"
#include "storage/sqldialect.h"
#include "storagetestutil.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QMutex>
#include <QThread>

#include <atomic>
#include <vector>

using namespace Printwatch;
using namespace Printwatch::Storage;

namespace {

QString pragma(const Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement) || !query.next())
        return QStringLiteral("<failed>");
    return query.value(0).toString();
}

// Column names and declared types of every table, plus the index names: the shape to compare.
QStringList schemaShape(const QString &path, int version = 1)
{
    auto db = Database::open(path, {version});
    QStringList shape;
    if (!db)
        return {db.error()};
    QSqlQuery tables(db->connection());
    if (!tables.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                                    " ORDER BY type, name")))
        return {tables.lastError().text()};
    while (tables.next()) {
        shape << tables.value(0).toString() + QLatin1Char(' ') + tables.value(1).toString();
        if (tables.value(0).toString() != QLatin1String("table"))
            continue;
        QSqlQuery columns(db->connection());
        if (!columns.exec(QStringLiteral("PRAGMA table_info(") + tables.value(1).toString() + QLatin1Char(')')))
            return {columns.lastError().text()};
        while (columns.next()) {
            shape << QStringLiteral("  %1 %2 notnull=%3 default=%4 pk=%5")
                         .arg(columns.value(1).toString(), columns.value(2).toString(), columns.value(3).toString(),
                              columns.value(4).toString(), columns.value(5).toString());
        }
    }
    return shape;
}

QString schemaV1Path()
{
    return QStringLiteral(PRINTWATCH_SOURCE_DIR "/tests/storage/data/schema_v1.sql");
}

QString schemaV3Path()
{
    return QStringLiteral(PRINTWATCH_SOURCE_DIR "/tests/storage/data/schema_v3.sql");
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void emptyDatabaseMigratesToLatest()
    {
        const QString path = m_dir->filePath(QStringLiteral("fresh.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->schemaVersion(), LatestSchemaVersion);
        QCOMPARE(pragma(*db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(*db, QStringLiteral("PRAGMA synchronous")), QStringLiteral("1")); // NORMAL
        QCOMPARE(pragma(*db, QStringLiteral("PRAGMA busy_timeout")), QStringLiteral("5000"));
        const QStringList tables = db->connection().tables();
        for (const char *table : {"devices", "device_state", "counter_readings", "supply_readings", "latest_supplies",
                                  "alerts", "device_addresses", "poll_log", "identity_conflicts"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);

        // Opening again is a no-op migration that keeps the version.
        auto again = Database::open(path);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->schemaVersion(), LatestSchemaVersion);
    }

    void eachHandleHasItsOwnConnection()
    {
        const QString path = m_dir->filePath(QStringLiteral("two.sqlite"));
        auto first = Database::open(path);
        auto second = Database::open(path);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->connectionName() != second->connectionName());
    }

    // The app opens its database from several threads at start (storage, actions, reports): on a
    // new file they all race to create it, switch it to WAL and migrate it. Each must get in, however
    // the race falls (it once failed with "database is locked" when the actions thread lost).
    void connectionsRacingOnANewFileAllOpen()
    {
        constexpr int Rounds = 40;
        constexpr int Threads = 4;
        for (int round = 0; round < Rounds; ++round) {
            const QString path = m_dir->filePath(QStringLiteral("race%1.sqlite").arg(round));
            QStringList errors;
            QMutex errorsLock;
            std::atomic<int> waiting{Threads};
            std::vector<QThread *> threads;
            for (int t = 0; t < Threads; ++t) {
                threads.push_back(QThread::create([&] {
                    waiting.fetch_sub(1);
                    while (waiting.load() > 0) { } // start together: the race is in the first milliseconds
                    auto db = Database::open(path);
                    QString error = db ? QString() : db.error();
                    if (db && db->schemaVersion() != LatestSchemaVersion)
                        error = QStringLiteral("schema version %1").arg(db->schemaVersion());
                    if (!error.isEmpty()) {
                        QMutexLocker locker(&errorsLock);
                        errors << error;
                    }
                }));
                threads.back()->start();
            }
            for (QThread *thread : threads) {
                QVERIFY(thread->wait(30000));
                delete thread;
            }
            QVERIFY2(errors.isEmpty(), qPrintable(QStringLiteral("round %1: ").arg(round) + errors.join(QLatin1String("; "))));
        }
    }

    void busyAndLockedCodesAreToldApart_data()
    {
        QTest::addColumn<QString>("native");
        QTest::addColumn<bool>("busy");
        QTest::newRow("SQLITE_BUSY") << QStringLiteral("5") << true;
        QTest::newRow("SQLITE_LOCKED") << QStringLiteral("6") << true;
        QTest::newRow("SQLITE_BUSY_RECOVERY") << QStringLiteral("261") << true;
        QTest::newRow("SQLITE_BUSY_SNAPSHOT") << QStringLiteral("517") << true;
        QTest::newRow("SQLITE_LOCKED_SHAREDCACHE") << QStringLiteral("262") << true;
        QTest::newRow("SQLITE_ERROR") << QStringLiteral("1") << false;
        QTest::newRow("SQLITE_NOTADB") << QStringLiteral("26") << false;
        QTest::newRow("SQLITE_IOERR_READ") << QStringLiteral("266") << false;
        QTest::newRow("no code") << QString() << false;
        QTest::newRow("not a number") << QStringLiteral("busy") << false;
    }

    void busyAndLockedCodesAreToldApart()
    {
        QFETCH(QString, native);
        QFETCH(bool, busy);
        QCOMPARE(Dialect::isBusy(QSqlError(QStringLiteral("driver"), QStringLiteral("database"),
                                           QSqlError::StatementError, native)),
                 busy);
    }

    void foreignThreadIsRefused()
    {
        auto db = Database::open(m_dir->filePath(QStringLiteral("thread.sqlite")));
        QVERIFY(db.ok());
        QString error;
        QThread *thread = QThread::create([&] {
            auto query = db->prepare(QStringLiteral("SELECT COUNT(*) FROM devices"));
            error = query.ok() ? QString() : query.error();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY2(error.contains(QLatin1String("another thread")), qPrintable(error));
        // The owner can still use it.
        QVERIFY(db->prepare(QStringLiteral("SELECT COUNT(*) FROM devices")).ok());
    }

    void runBindsInOrderAndReturnsTheRows()
    {
        auto db = Database::open(m_dir->filePath(QStringLiteral("run.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const QString insert = QStringLiteral("INSERT INTO poll_log (polled_at, address, port, ok, error)"
                                              " VALUES (?, ?, ?, ?, ?)");
        // A null QString is stored as empty text (the text columns are NOT NULL), not refused.
        auto done = db->execute(insert, {qint64(1000), QStringLiteral("127.0.0.1"), 161, 1, QString()});
        QVERIFY2(done.ok(), qPrintable(done.error()));
        done = db->execute(insert, {qint64(2000), QStringLiteral("127.0.0.2"), 1161, 0, QStringLiteral("timeout")});
        QVERIFY2(done.ok(), qPrintable(done.error()));

        auto rows = db->run(QStringLiteral("SELECT address, port, error FROM poll_log WHERE polled_at >= ?"
                                           " ORDER BY polled_at"),
                            {qint64(0)});
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(rows->value(1).toInt(), 161);
        QVERIFY(!rows->value(2).isNull());
        QCOMPARE(rows->value(2).toString(), QString());
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toString(), QStringLiteral("127.0.0.2"));
        QCOMPARE(rows->value(2).toString(), QStringLiteral("timeout"));
        QVERIFY(!rows->next());

        auto none = db->run(QStringLiteral("SELECT COUNT(*) FROM poll_log WHERE port = ?"), {99});
        QVERIFY(none.ok() && none->next());
        QCOMPARE(none->value(0).toInt(), 0);
    }

    void preparedOnceExecutesPerRow()
    {
        auto db = Database::open(m_dir->filePath(QStringLiteral("rows.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        auto insert = db->prepare(QStringLiteral("INSERT INTO poll_log (polled_at, address, port, ok, error)"
                                                 " VALUES (?, ?, ?, 1, ?)"));
        QVERIFY2(insert.ok(), qPrintable(insert.error()));
        for (int i = 0; i < 5; ++i) {
            auto done = db->exec(insert.value(), {qint64(i), QStringLiteral("127.0.0.%1").arg(i + 1), 161 + i,
                                                  i == 2 ? QString() : QStringLiteral("e%1").arg(i)});
            QVERIFY2(done.ok(), qPrintable(done.error()));
        }
        auto rows = db->run(QStringLiteral("SELECT polled_at, address, port, error FROM poll_log ORDER BY polled_at"));
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        int seen = 0;
        while (rows->next()) {
            QCOMPARE(rows->value(0).toInt(), seen);
            QCOMPARE(rows->value(1).toString(), QStringLiteral("127.0.0.%1").arg(seen + 1));
            QCOMPARE(rows->value(2).toInt(), 161 + seen);
            QCOMPARE(rows->value(3).toString(), seen == 2 ? QString() : QStringLiteral("e%1").arg(seen));
            ++seen;
        }
        QCOMPARE(seen, 5);
    }

    void runFailureNamesFileTableAndCause_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("cause");
        QTest::newRow("missing table") << QStringLiteral("SELECT id, name FROM no_such_table WHERE id = ?")
                                       << QVariantList{1} << QStringLiteral("SELECT FROM no_such_table")
                                       << QStringLiteral("no such table");
        QTest::newRow("constraint") << QStringLiteral("INSERT INTO device_addresses (device_id, address, port,"
                                                      " first_seen, last_seen) VALUES (?, ?, ?, ?, ?)")
                                    << QVariantList{qint64(4242), QStringLiteral("127.0.0.1"), 161, 1, 1}
                                    << QStringLiteral("INSERT INTO device_addresses") << QStringLiteral("FOREIGN KEY");
        QTest::newRow("update") << QStringLiteral("UPDATE devices SET no_such_column = ? WHERE id = ?")
                                << QVariantList{1, 1} << QStringLiteral("UPDATE devices")
                                << QStringLiteral("no_such_column");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM latest_supplies WHERE nothing = ?") << QVariantList{1}
                                << QStringLiteral("DELETE FROM latest_supplies") << QStringLiteral("nothing");
    }

    void runFailureNamesFileTableAndCause()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);
        QFETCH(QString, label);
        QFETCH(QString, cause);
        const QString path = m_dir->filePath(QStringLiteral("fail.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto rows = db->run(sql, bindings);
        QVERIFY(!rows.ok());
        const auto written = db->execute(sql, bindings);
        QVERIFY(!written.ok());
        QCOMPARE(written.error(), rows.error());
        QVERIFY2(rows.error().contains(QDir::toNativeSeparators(path)), qPrintable(rows.error()));
        QVERIFY2(rows.error().contains(label + QStringLiteral(" failed")), qPrintable(rows.error()));
        QVERIFY2(rows.error().contains(cause, Qt::CaseInsensitive), qPrintable(rows.error()));
    }

    void codeV1MatchesCheckedInV1()
    {
        const QString fromCode = m_dir->filePath(QStringLiteral("code-v1.sqlite"));
        const QString fromFile = m_dir->filePath(QStringLiteral("file-v1.sqlite"));
        {
            auto db = Database::open(fromCode, {1});
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(db->schemaVersion(), 1);
        }
        const QString loaded = TestUtil::runSqlFile(schemaV1Path(), fromFile);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        const QStringList expected = schemaShape(fromCode);
        QVERIFY(expected.size() > 20);
        QCOMPARE(schemaShape(fromFile), expected);
    }

    void migratesCheckedInV1Database()
    {
        const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
        const QString loaded = TestUtil::runSqlFile(schemaV1Path(), path);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->schemaVersion(), LatestSchemaVersion);

        // The rows of v1 survive.
        auto summaries = PrinterRepository(*db).summaries();
        QVERIFY2(summaries.ok(), qPrintable(summaries.error()));
        QCOMPARE(summaries->size(), 2);
        const Core::PrinterSummary &lj = summaries->at(0);
        QCOMPARE(lj.deviceId, 1);
        QCOMPARE(lj.name, QStringLiteral("lj-floor2"));
        QCOMPARE(lj.address, QStringLiteral("127.0.0.11"));
        QCOMPARE(lj.totalPages, std::optional<qint64>(10250));
        QCOMPARE(lj.lowestSupplyPercent, std::optional<int>(12));
        QCOMPARE(lj.status, Core::DeviceStatus::Idle);
        const Core::PrinterSummary &brother = summaries->at(1);
        QCOMPARE(brother.name, QStringLiteral("Brother HL-L8360CDW")); // no sysName: the model
        QCOMPARE(brother.status, Core::DeviceStatus::Unreachable);
        QVERIFY(brother.address.isEmpty());

        ReadingRepository readings(*db);
        auto history = readings.counterHistory(1, QStringLiteral("total"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).reading.value, 10000);
        QCOMPARE(history->at(1).reading.value, 10250);
        auto alerts = readings.alerts(1);
        QVERIFY(alerts.ok());
        QCOMPARE(alerts->size(), 2);
        auto active = readings.alerts(1, true);
        QCOMPARE(active->size(), 1);
        QCOMPARE(active->at(0).alert.description, QStringLiteral("Toner low"));

        // v2 seeded the address history from the current addresses.
        DeviceRepository devices(*db);
        auto addresses = devices.addressHistory(1);
        QVERIFY(addresses.ok());
        QCOMPARE(addresses->size(), 1);
        QCOMPARE(addresses->at(0).address, QStringLiteral("127.0.0.11"));
        QCOMPARE(devices.addressHistory(2)->size(), 0);

        // The managed device is a poll target, with its stored version and the given community.
        Core::SnmpCredential base;
        base.community = QStringLiteral("from-settings");
        auto targets = PrinterRepository(*db).managedTargets(base);
        QVERIFY(targets.ok());
        QCOMPARE(targets->size(), 1);
        QCOMPARE(targets->at(0).address, QStringLiteral("127.0.0.11"));
        QCOMPARE(targets->at(0).credential.community, QStringLiteral("from-settings"));

        // New tables work on the migrated rows: the old printer at a new address is the same device.
        auto result = TestUtil::poll(QStringLiteral("127.0.0.12"), QStringLiteral("CNB1234567"),
                                     QStringLiteral("00:11:22:33:44:01"), 30 * 86400);
        result.counters = {{QStringLiteral("total"), 10900, QStringLiteral("impressions"), QString()}};
        QVERIFY(db->beginWrite().ok());
        auto resolution = devices.resolve(result);
        QVERIFY2(resolution.ok(), qPrintable(resolution.error()));
        QCOMPARE(resolution->deviceId, 1);
        QVERIFY(!resolution->created);
        QVERIFY(resolution->moved);
        auto stored = readings.store(1, result);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QVERIFY(PollLogRepository(*db).append(result, 1, 120).ok());
        QVERIFY(db->commit().ok());
        QCOMPARE(devices.addressHistory(1)->size(), 2);
        QCOMPARE(readings.counterHistory(1, QStringLiteral("total"))->size(), 3);
        auto log = PollLogRepository(*db).entries();
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->at(0).deviceId, std::optional<qint64>(1));
        QCOMPARE(log->at(0).durationMs, std::optional<qint64>(120));
    }

    void codeV3MatchesCheckedInV3()
    {
        const QString fromCode = m_dir->filePath(QStringLiteral("code-v3.sqlite"));
        const QString fromFile = m_dir->filePath(QStringLiteral("file-v3.sqlite"));
        {
            auto db = Database::open(fromCode, {3});
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(db->schemaVersion(), 3);
        }
        const QString loaded = TestUtil::runSqlFile(schemaV3Path(), fromFile);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        const QStringList expected = schemaShape(fromCode, 3);
        QVERIFY(expected.size() > 40);
        QCOMPARE(schemaShape(fromFile, 3), expected);
    }

    // v4 adds the printer data of issue 4: old rows keep their values and read back with defaults,
    // new polls store and read the new fields.
    void migratesCheckedInV3Database()
    {
        const QString path = m_dir->filePath(QStringLiteral("v3.sqlite"));
        const QString loaded = TestUtil::runSqlFile(schemaV3Path(), path);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->schemaVersion(), LatestSchemaVersion);

        ReadingRepository readings(*db);
        auto history = readings.counterHistory(1, QStringLiteral("total"));
        QVERIFY2(history.ok(), qPrintable(history.error()));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(1).reading.value, 10250);
        QCOMPARE(history->at(1).reading.rawValue, 10250); // NULL raw value: the value as sent
        QCOMPARE(history->at(1).reading.scale, 1.0);
        QVERIFY(history->at(1).reading.alternatives.isEmpty());
        auto supplies = readings.latestSupplies(1);
        QVERIFY(supplies.ok());
        QCOMPARE(supplies->size(), 1);
        QCOMPARE(supplies->at(0).level, 1200);
        QCOMPARE(supplies->at(0).unit, QString());
        auto alerts = readings.alerts(1, true);
        QCOMPARE(alerts->size(), 1);
        QCOMPARE(alerts->at(0).alert.code, 1104);
        QCOMPARE(alerts->at(0).alert.codeText, QString());

        DeviceRepository devices(*db);
        auto identity = devices.identity(1);
        QVERIFY2(identity.ok(), qPrintable(identity.error()));
        QVERIFY(identity->has_value());
        QCOMPARE((*identity)->identity.firmware, QStringLiteral("002_2310A"));
        QCOMPARE((*identity)->identity.ipAddress, QString());
        QCOMPARE((*identity)->address, QStringLiteral("127.0.0.11"));
        QCOMPARE(devices.addressHistory(1)->size(), 2);
        auto conflicts = devices.allConflicts();
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->at(0).kind, ConflictKind::MacMismatch);
        QCOMPARE(conflicts->at(0).otherDeviceId, 0);

        // A v4 poll of the old device stores the new fields next to the old rows.
        auto result = TestUtil::poll(QStringLiteral("127.0.0.11"), QStringLiteral("CNB1234567"),
                                     QStringLiteral("00:11:22:33:44:01"), 86400);
        result.identity.engineId = QStringLiteral("80000b0b03001122334401");
        result.identity.gateway = QStringLiteral("127.0.0.1");
        Core::CounterReading total{QStringLiteral("total"), 10300, QStringLiteral("impressions"),
                                   QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1")};
        total.rawValue = 10300;
        total.alternatives = {{QStringLiteral("1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0"), 10299, QStringLiteral("impressions")}};
        total.conflict = true;
        result.counters = {total};
        QVERIFY(db->beginWrite().ok());
        auto resolution = devices.resolve(result);
        QVERIFY2(resolution.ok(), qPrintable(resolution.error()));
        QCOMPARE(resolution->deviceId, 1);
        QVERIFY2(readings.store(1, result).ok(), "store");
        QVERIFY(db->commit().ok());
        auto latest = readings.latestCounters(1);
        QVERIFY(latest.ok());
        QCOMPARE(latest->size(), 1);
        QCOMPARE(latest->at(0).reading, total);
        QCOMPARE(devices.identity(1).value()->identity.engineId, QStringLiteral("80000b0b03001122334401"));
    }

    void newerSchemaIsRefused()
    {
        const QString path = m_dir->filePath(QStringLiteral("future.sqlite"));
        QVERIFY(Database::open(path).ok());
        QCOMPARE(TestUtil::runStatement(path, QStringLiteral("UPDATE schema_version SET version = 99")), QString());
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(path), qPrintable(db.error()));
        QVERIFY2(db.error().contains(QLatin1String("99")), qPrintable(db.error()));
        QVERIFY2(db.error().contains(QLatin1String("newer")), qPrintable(db.error()));
    }

    void nonDatabaseIsRefused()
    {
        const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text("These are not the pages you are looking for.\n");
        file.write(text.repeated(200));
        file.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(path), qPrintable(db.error()));
        QVERIFY2(db.error().contains(QLatin1String("not a SQLite database")), qPrintable(db.error()));
    }

    void otherProgramsDatabaseIsRefused()
    {
        const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(TestUtil::runStatement(path, QStringLiteral("CREATE TABLE recipes (name TEXT)")), QString());
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("another program")), qPrintable(db.error()));
    }

    void unopenablePathsAreRefused_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("cause");
        QTest::newRow("folder") << QStringLiteral(".") << QStringLiteral("folder");
        QTest::newRow("missing folder") << QStringLiteral("no/such/dir/db.sqlite") << QStringLiteral("does not exist");
    }

    void unopenablePathsAreRefused()
    {
        QFETCH(QString, relative);
        QFETCH(QString, cause);
        const QString path = m_dir->filePath(relative);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(cause), qPrintable(db.error()));
    }

    void unreadableFileIsRefused()
    {
        const QString path = m_dir->filePath(QStringLiteral("locked.sqlite"));
        QVERIFY(Database::open(path).ok());
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        if (QFileInfo(path).isReadable())
            QSKIP("running with privileges that ignore file permissions (root)");
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("not readable")), qPrintable(db.error()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
