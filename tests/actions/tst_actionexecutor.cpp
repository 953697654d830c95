// SPDX-License-Identifier: GPL-3.0-or-later
// Actions against the fleet simulator: the Printer-MIB reset SET reboots the printer (briefly
// silent, uptime restarted), test pages and firmware arrive byte for byte at the raw and LPR sinks,
// a firmware transfer cut half-way fails and is not sent again, and the version changes after a
// complete one. Each action writes exactly one audit row.
#include "simfixture.h"

#include "actions/actionexecutor.h"
#include "actions/deviceoperations.h"
#include "actions/jobsender.h"
#include "actions/testpage.h"
#include "snmp/syncsession.h"
#include "storage/auditrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace Printwatch;
using namespace Printwatch::Actions;

namespace {
const Snmp::Oid kSysUpTime{1, 3, 6, 1, 2, 1, 1, 3, 0};
const Snmp::Oid kPrtGeneralReset{1, 3, 6, 1, 2, 1, 43, 5, 1, 1, 3, 1};
const Snmp::Oid kInterpreterVersion{1, 3, 6, 1, 2, 1, 43, 15, 1, 1, 8, 1, 1};
} // namespace

class TestActionExecutor : public QObject
{
    Q_OBJECT

    TestUtil::SimFixture m_sim;

    Core::SnmpCredential credential(const QString &community = QStringLiteral("public")) const
    {
        Core::SnmpCredential c;
        c.port = m_sim.fleet->port();
        c.community = community;
        c.timeoutMs = 300;
        c.retries = 0;
        return c;
    }

    std::optional<qint64> uptime(const QString &address) const
    {
        auto reply = Snmp::SyncSession(address, credential()).get({kSysUpTime});
        if (!reply || reply->varBinds.isEmpty())
            return std::nullopt;
        return reply->varBinds.first().toInt();
    }

    QByteArray firmwareVersion(const QString &address) const
    {
        auto reply = Snmp::SyncSession(address, credential()).get({kInterpreterVersion});
        return reply && !reply->varBinds.isEmpty() ? reply->varBinds.first().bytes : QByteArray();
    }

    ActionResult run(const Auth::Session &session, Auth::Action action, int printer, TestPageProtocol protocol = {},
                     const QString &firmware = {})
    {
        ActionRequest request;
        request.id = 1;
        request.action = action;
        request.protocol = protocol;
        request.firmwarePath = firmware;
        request.entryPoint = QStringLiteral("test");
        PrinterRef ref;
        ref.deviceId = m_sim.deviceIds[printer];
        ActionExecutor executor(*m_sim.db, m_sim.settings());
        return executor.run(session, request, ref);
    }

    int auditRows() const { return int(Storage::AuditRepository(*m_sim.db).entries()->size()); }

    QString writeFirmware(const QTemporaryDir &dir, const QByteArray &version, int kib)
    {
        QByteArray image(kib * 1024, Qt::Uninitialized);
        for (int i = 0; i < image.size(); ++i)
            image[i] = char((i * 131 + 7) & 0xff);
        const QString path = dir.filePath(QStringLiteral("fw-%1.bin").arg(QString::fromLatin1(version)));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(Sim::JobSink::makeFirmware(version, image));
        return path;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString failed = m_sim.start(4);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void resetSetMakesThePrinterReboot()
    {
        const QString address = m_sim.addresses[0];
        QTRY_VERIFY_WITH_TIMEOUT(uptime(address).value_or(0) > 0, 5000);
        const qint64 before = *uptime(address);
        // The read community may not write.
        auto refused = Snmp::SyncSession(address, credential()).setInteger(kPrtGeneralReset, 4);
        QVERIFY2(refused.ok(), qPrintable(refused.error()));
        QVERIFY(refused->errorStatus != 0);
        QVERIFY(uptime(address).has_value());

        auto reset = Snmp::SyncSession(address, credential(QStringLiteral("private"))).setInteger(kPrtGeneralReset, 4);
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
        QCOMPARE(reset->errorStatus, 0);
        // Briefly offline...
        QVERIFY(!uptime(address).has_value());
        // ...then back with the uptime restarted.
        QTRY_VERIFY_WITH_TIMEOUT(uptime(address).has_value(), 10000);
        QVERIFY2(*uptime(address) < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(*uptime(address))));
        QVERIFY(*uptime(address) < 1000); // under 10 s since the restart
    }

    void rebootActionWaitsForTheRestart()
    {
        const int rows = auditRows();
        const ActionResult result = run(m_sim.power, Auth::Action::Reboot, 1);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("restarted")), qPrintable(result.message));
        QCOMPARE(auditRows(), rows + 1);
        QVERIFY(uptime(m_sim.addresses[1]).value_or(1 << 30) < 1000);
    }

    void rebootWithAWrongWriteCommunityFails()
    {
        ActionSettings settings = m_sim.settings();
        settings.writeCredential.community = QStringLiteral("not-the-one");
        ActionExecutor executor(*m_sim.db, settings);
        ActionRequest request;
        request.action = Auth::Action::Reboot;
        const ActionResult result = executor.run(m_sim.admin, request, PrinterRef{m_sim.deviceIds[2], {}, {}, 0});
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("no answer")), qPrintable(result.message));
    }

    void testPageArrivesByteForByte_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("raw 9100") << int(TestPageProtocol::Raw9100);
        QTest::newRow("LPR") << int(TestPageProtocol::Lpr);
    }

    void testPageArrivesByteForByte()
    {
        QFETCH(int, protocol);
        const QString address = m_sim.addresses[3];
        const qsizetype before = m_sim.sink->jobs(address).size();
        const TestPageInfo info{QStringLiteral("Office-3"), address, QStringLiteral("pat"), QStringLiteral("test"),
                                QDateTime::currentDateTime()};
        const QByteArray page = testPageText(info);
        SendOptions options;
        options.connectTimeoutMs = 2000;
        if (protocol == int(TestPageProtocol::Raw9100)) {
            auto sent = sendRaw(address, m_sim.sink->rawPort(), page, options);
            QVERIFY2(sent.ok(), qPrintable(sent.error()));
            QCOMPARE(*sent, page.size());
        } else {
            LprJob job{QStringLiteral("lp"), QStringLiteral("pat"), QStringLiteral("Printwatch test page"),
                       QStringLiteral("tester"), 42};
            auto sent = sendLpr(address, m_sim.sink->lprPort(), job, page, options);
            QVERIFY2(sent.ok(), qPrintable(sent.error()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sink->jobs(address).size(), before + 1, 5000);
        const Sim::ReceivedJob job = m_sim.sink->jobs(address).last();
        QVERIFY(job.complete);
        QCOMPARE(job.data, page);
        if (protocol == int(TestPageProtocol::Lpr)) {
            QCOMPARE(job.queue, QStringLiteral("lp"));
            QCOMPARE(job.control,
                     lprControlFile({QStringLiteral("lp"), QStringLiteral("pat"), QStringLiteral("Printwatch test page"),
                                     QStringLiteral("tester"), 42}));
        }
    }

    void testPageActionNamesThePrinterAndTime()
    {
        const QString address = m_sim.addresses[3];
        for (TestPageProtocol protocol : {TestPageProtocol::Raw9100, TestPageProtocol::Lpr}) {
            const qsizetype before = m_sim.sink->jobs(address).size();
            const ActionResult result = run(m_sim.power, Auth::Action::PrintTestPage, 3, protocol);
            QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));
            QTRY_COMPARE_WITH_TIMEOUT(m_sim.sink->jobs(address).size(), before + 1, 5000);
            const QByteArray data = m_sim.sink->jobs(address).last().data;
            QVERIFY2(data.contains(m_sim.fleet->device(address)->sysName.toUtf8()), data.constData());
            QVERIFY(data.contains(address.toLatin1()));
            QVERIFY(data.contains(QDate::currentDate().toString(Qt::ISODate).toLatin1()));
            QVERIFY(data.contains("pat"));
        }
    }

    void firmwareUpgradeArrivesWhole_andChangesTheVersion()
    {
        QTemporaryDir dir;
        const QString path = writeFirmware(dir, "9.9.9-test", 300);
        const QString address = m_sim.addresses[2];
        const QByteArray before = firmwareVersion(address);
        QVERIFY(!before.isEmpty());
        const int rows = auditRows();
        const ActionResult result = run(m_sim.admin, Auth::Action::UpgradeFirmware, 2, {}, path);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message + QLatin1Char('\n') + result.report));
        QCOMPARE(m_sim.sink->jobs(address).last().data, contents(path));
        QCOMPARE(firmwareVersion(address), QByteArray("9.9.9-test"));
        QVERIFY(result.report.contains(QLatin1String("9.9.9-test")));
        QCOMPARE(auditRows(), rows + 1);
    }

    void firmwareCutHalfwayFailsAndIsNotResent()
    {
        QTemporaryDir dir;
        const QString path = writeFirmware(dir, "6.6.6-cut", 2048);
        const QString address = m_sim.addresses[0];
        const QByteArray before = firmwareVersion(address);
        const QByteArray file = contents(path);
        m_sim.sink->setCutAfter(address, file.size() / 2);
        const int connections = m_sim.sink->connectionCount(address);
        const qsizetype jobs = m_sim.sink->jobs(address).size();
        const ActionResult result = run(m_sim.admin, Auth::Action::UpgradeFirmware, 0, {}, path);
        m_sim.sink->setCutAfter(address, -1);
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("cut")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("not sent again")), qPrintable(result.message));
        QCOMPARE(m_sim.sink->connectionCount(address), connections + 1); // exactly one attempt
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sink->jobs(address).size(), jobs + 1, 5000);
        const Sim::ReceivedJob cut = m_sim.sink->jobs(address).last();
        QVERIFY(!cut.complete);
        QCOMPARE(cut.data, file.left(file.size() / 2));
        QThread::msleep(500); // nothing arrives later either
        QCOMPARE(m_sim.sink->connectionCount(address), connections + 1);
        QCOMPARE(firmwareVersion(address), before);
        auto rows = Storage::AuditRepository(*m_sim.db).entries();
        QCOMPARE(rows->last().result, QStringLiteral("failed"));
    }

    void firmwareTransferCanBeCancelled()
    {
        QTemporaryDir dir;
        const QString path = writeFirmware(dir, "7.7.7-cancel", 4096);
        const QString address = m_sim.addresses[1];
        const QByteArray before = firmwareVersion(address);
        std::atomic<bool> cancel{false};
        ActionRequest request;
        request.action = Auth::Action::UpgradeFirmware;
        request.firmwarePath = path;
        ActionExecutor executor(*m_sim.db, m_sim.settings());
        int reports = 0;
        // Cancel from the progress report, as the dialog's Cancel button does from the GUI thread.
        const ActionResult result = executor.run(m_sim.admin, request, PrinterRef{m_sim.deviceIds[1], {}, {}, 0}, &cancel,
                                                 [&](const PrinterRef &, int percent, const QString &) {
                                                     ++reports;
                                                     if (percent >= 10)
                                                         cancel = true;
                                                 });
        QCOMPARE(result.outcome, Outcome::Cancelled);
        QVERIFY2(result.message.startsWith(QLatin1String("Cancelled")), qPrintable(result.message));
        QVERIFY(reports > 1);
        QCOMPARE(Storage::AuditRepository(*m_sim.db).entries()->last().result, QStringLiteral("cancelled"));
        QCOMPARE(firmwareVersion(address), before);
    }

    void firmwareOfAnUnknownFormatIsRefusedBeforeSending()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photo.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xff\xd8\xff\xe0") + QByteArray(4096, 'x'));
        file.close();
        const int connections = m_sim.sink->connectionCount(m_sim.addresses[1]);
        const ActionResult result = run(m_sim.admin, Auth::Action::UpgradeFirmware, 1, {}, path);
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("not a recognised firmware format")), qPrintable(result.message));
        QCOMPARE(m_sim.sink->connectionCount(m_sim.addresses[1]), connections);
    }

    void troubleshootReportsReachabilitySnmpAndAlerts()
    {
        const ActionResult result = run(m_sim.viewer, Auth::Action::Troubleshoot, 3);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));
        QVERIFY2(result.report.contains(QLatin1String("Reachability: reachable")), qPrintable(result.report));
        QVERIFY2(result.report.contains(QLatin1String("SNMP: answers")), qPrintable(result.report));
        QVERIFY2(result.report.contains(QLatin1String("Alerts")), qPrintable(result.report));

        QVERIFY(m_sim.fleet->setSilent(m_sim.addresses[3], true).ok());
        const ActionResult silent = run(m_sim.viewer, Auth::Action::Troubleshoot, 3);
        QVERIFY(m_sim.fleet->setSilent(m_sim.addresses[3], false).ok());
        QVERIFY2(silent.report.contains(QLatin1String("SNMP: no answer")), qPrintable(silent.report));
        QVERIFY2(silent.message.contains(QLatin1String("problems")), qPrintable(silent.message));
    }

    void refreshAndWebPage()
    {
        const ActionResult refresh = run(m_sim.viewer, Auth::Action::RefreshStatus, 0);
        QVERIFY2(refresh.outcome == Outcome::Ok, qPrintable(refresh.message));
        QVERIFY2(refresh.report.contains(QLatin1String("Printer status")), qPrintable(refresh.report));
        const ActionResult web = run(m_sim.viewer, Auth::Action::OpenWebPage, 0);
        QCOMPARE(web.outcome, Outcome::Ok);
        QVERIFY(web.report.startsWith(QStringLiteral("http://") + m_sim.addresses[0]));
    }

    void bulkGivesOneResultPerPrinter()
    {
        ActionRequest request;
        request.action = Auth::Action::RefreshStatus;
        for (qint64 id : m_sim.deviceIds)
            request.printers << PrinterRef{id, {}, {}, 0};
        request.printers << PrinterRef{0, QStringLiteral("not-an-address"), {}, 0};
        ActionExecutor executor(*m_sim.db, m_sim.settings());
        const int rows = auditRows();
        const QList<ActionResult> results = executor.runAll(m_sim.viewer, request);
        QCOMPARE(results.size(), m_sim.deviceIds.size() + 1);
        for (int i = 0; i < m_sim.deviceIds.size(); ++i)
            QVERIFY2(results[i].outcome == Outcome::Ok, qPrintable(results[i].message));
        QCOMPARE(results.last().outcome, Outcome::Refused);
        QCOMPARE(auditRows(), rows + results.size());
    }
};

QTEST_GUILESS_MAIN(TestActionExecutor)
#include "tst_actionexecutor.moc"
