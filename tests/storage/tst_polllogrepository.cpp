// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/polllogrepository.h"
#include "storagetestutil.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Storage;

class TestPollLogRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendsAndReadsNewestFirst()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("log.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        // A device to point at (poll_log.device_id is a foreign key).
        QVERIFY(db->execute(QStringLiteral("INSERT INTO devices (first_seen, last_seen) VALUES (0, 0)")).ok());
        PollLogRepository log(*db);
        QVERIFY(
            log.append(TestUtil::poll(QStringLiteral("127.0.0.61"), QStringLiteral("S"), QString(), 0), 1, 35).ok());
        QVERIFY(log.append(TestUtil::silence(QStringLiteral("127.0.0.62"), 10), std::nullopt).ok());
        QVERIFY(log.append(TestUtil::silence(QStringLiteral("127.0.0.61"), 20), 1).ok());

        auto all = log.entries();
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).polledAt, TestUtil::baseTime().addSecs(20));
        QVERIFY(!all->at(0).ok);
        QCOMPARE(all->at(0).error, QStringLiteral("No answer after 2 tries"));
        QCOMPARE(all->at(1).deviceId, std::nullopt);
        QCOMPARE(all->at(1).address, QStringLiteral("127.0.0.62"));
        QVERIFY(all->at(2).ok);
        QCOMPARE(all->at(2).durationMs, std::optional<qint64>(35));
        QCOMPARE(all->at(1).durationMs, std::nullopt);

        auto ofDevice = log.entries(1000, 1);
        QCOMPARE(ofDevice->size(), 2);
        auto limited = log.entries(1);
        QCOMPARE(limited->size(), 1);
        QCOMPARE(limited->at(0).id, all->at(0).id);

        // A bad foreign key is refused, not silently stored.
        QVERIFY(!log.append(TestUtil::silence(QStringLiteral("127.0.0.63"), 30), 4242).ok());
    }
};

QTEST_GUILESS_MAIN(TestPollLogRepository)
#include "tst_polllogrepository.moc"
