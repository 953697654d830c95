// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/devicerepository.h"
#include "storage/polllogrepository.h"
#include "storage/printerrepository.h"
#include "storage/readingrepository.h"
#include "storagetestutil.h"

#include <QStandardPaths>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Storage;

class TestPrinterRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString opened = m_db.open(QStringLiteral("printers.sqlite"));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
    }

    void cleanup() { m_db.close(); }

    void emptyStoreHasNoRows()
    {
        PrinterRepository printers(*m_db);
        QCOMPARE(printers.summaries()->size(), 0);
        QCOMPARE(printers.managedTargets()->size(), 0);
        QCOMPARE(printers.pollLog()->size(), 0);
    }

    void summaryName_data()
    {
        QTest::addColumn<QString>("sysName");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sysName wins") << QStringLiteral("lj-floor2") << QStringLiteral("M404dn")
                                      << QStringLiteral("lj-floor2");
        QTest::newRow("model without sysName") << QString() << QStringLiteral("M404dn") << QStringLiteral("M404dn");
        QTest::newRow("hostile text kept as text")
            << QStringLiteral("<b>=cmd|' /C calc'!A0</b>") << QString() << QStringLiteral("<b>=cmd|' /C calc'!A0</b>");
    }

    void summaryName()
    {
        QFETCH(QString, sysName);
        QFETCH(QString, model);
        QFETCH(QString, expected);
        auto result = TestUtil::poll(QStringLiteral("127.0.0.41"), QStringLiteral("S41"), QString(), 0);
        result.identity.sysName = sysName;
        result.identity.model = model;
        QVERIFY(write(result) > 0);
        auto rows = PrinterRepository(*m_db).summaries();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).name, expected);
    }

    void summariesOfSomeDevices()
    {
        for (int n = 1; n <= 4; ++n) {
            QVERIFY(write(TestUtil::poll(QStringLiteral("127.0.0.%1").arg(40 + n), QStringLiteral("S%1").arg(n),
                                         QString(), n)) == n);
        }
        auto some = PrinterRepository(*m_db).summaries(QList<qint64>{3, 1, 3, 99});
        QVERIFY(some.ok());
        QCOMPARE(some->size(), 2);
        QCOMPARE(some->at(0).deviceId, 1);
        QCOMPARE(some->at(1).deviceId, 3);
        QCOMPARE(some->at(1).address, QStringLiteral("127.0.0.43"));
        QCOMPARE(some->at(1).serial, QStringLiteral("S3"));
        QCOMPARE(some->at(1).status, Core::DeviceStatus::Idle);
    }

    void managedTargetsUseStoredVersionAndGivenSecret()
    {
        const qint64 v1 = write(TestUtil::poll(QStringLiteral("127.0.0.51"), QStringLiteral("S1"), QString(), 0));
        const qint64 v2c = write(TestUtil::poll(QStringLiteral("127.0.0.52"), QStringLiteral("S2"), QString(), 0));
        const qint64 unmanaged =
            write(TestUtil::poll(QStringLiteral("127.0.0.53"), QStringLiteral("S3"), QString(), 0));
        QVERIFY(v1 > 0 && v2c > 0 && unmanaged > 0);
        DeviceRepository devices(*m_db);
        QVERIFY(devices.setManaged(v1, true, Core::SnmpVersion::V1).ok());
        QVERIFY(devices.setManaged(v2c, true, Core::SnmpVersion::V2c).ok());

        Core::SnmpCredential base;
        base.community = QStringLiteral("settings-community");
        base.timeoutMs = 700;
        base.retries = 3;
        auto targets = PrinterRepository(*m_db).managedTargets(base);
        QVERIFY(targets.ok());
        QCOMPARE(targets->size(), 2);
        QCOMPARE(targets->at(0).deviceId, v1);
        QCOMPARE(targets->at(0).address, QStringLiteral("127.0.0.51"));
        QCOMPARE(targets->at(0).credential.version, Core::SnmpVersion::V1);
        QCOMPARE(targets->at(0).credential.community, base.community);
        QCOMPARE(targets->at(0).credential.timeoutMs, 700);
        QCOMPARE(targets->at(0).credential.retries, 3);
        QCOMPARE(targets->at(1).credential.version, Core::SnmpVersion::V2c);

        // A managed device that lost its address to another printer is not polled at that address.
        QVERIFY(write(TestUtil::poll(QStringLiteral("127.0.0.51"), QStringLiteral("S9"), QString(), 3600)) > 0);
        targets = PrinterRepository(*m_db).managedTargets(base);
        QCOMPARE(targets->size(), 1);
        QCOMPARE(targets->at(0).deviceId, v2c);
    }

private:
    qint64 write(const Core::PollResult &result) { return TestUtil::storePoll(*m_db, result); }

    TestUtil::ScratchDatabase m_db;
};

QTEST_GUILESS_MAIN(TestPrinterRepository)
#include "tst_printerrepository.moc"
