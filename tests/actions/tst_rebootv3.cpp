// SPDX-License-Identifier: GPL-3.0-or-later
// Device actions with an SNMPv3 user against printwatch-sim run as a child process (its v3 users
// are process-global net-snmp state, so it cannot share this process): an authPriv user's reset
// SET restarts the printer; a wrong authentication password is a clear error and no restart;
// both are audited. The engine's v3 polling keeps working in the same process afterwards.
#include "../auth/authtestutil.h"
#include "../snmp/agents.h"
#include "../snmp/simcredential.h"

#include "actions/actionexecutor.h"
#include "snmp/syncsession.h"
#include "storage/auditrepository.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace Printwatch;
using namespace Printwatch::Actions;

namespace {
const Snmp::Oid kSysUpTime{1, 3, 6, 1, 2, 1, 1, 3, 0};
const Snmp::Oid kSysName{1, 3, 6, 1, 2, 1, 1, 5, 0};
} // namespace

class TestRebootV3 : public QObject
{
    Q_OBJECT

    TestUtil::AuthFixture m_db;
    Snmp::Test::FleetSim m_sim;
    QStringList m_addresses;
    QList<qint64> m_ids;

    Core::SnmpCredential v3(const QString &authPassword = QStringLiteral("printwatch-auth")) const
    {
        return Snmp::Test::simV3Credential(m_sim.port(), 500, authPassword);
    }

    std::optional<qint64> uptime(const QString &address) const
    {
        Core::SnmpCredential c;
        c.port = m_sim.port();
        c.timeoutMs = 300;
        c.retries = 0;
        auto reply = Snmp::SyncSession(address, c).get({kSysUpTime});
        if (!reply || reply->varBinds.isEmpty() || reply->varBinds.first().isException())
            return std::nullopt;
        return reply->varBinds.first().toInt();
    }

    ActionSettings settings(const Core::SnmpCredential &write) const
    {
        ActionSettings s;
        s.readCredential = v3(); // the uptime reads; the write credential under test sends the reset
        s.writeCredential = write;
        s.rebootWaitSeconds = 30;
        s.pollIntervalMs = 200;
        s.icmp = false;
        return s;
    }

    ActionResult reboot(const Core::SnmpCredential &write, int printer)
    {
        ActionRequest request;
        request.action = Auth::Action::Reboot;
        request.entryPoint = QStringLiteral("test");
        ActionExecutor executor(*m_db.db, settings(write));
        return executor.run(m_db.power, request, PrinterRef{m_ids[printer], {}, {}, 0});
    }

    QList<Storage::AuditRecord> audit() const { return Storage::AuditRepository(*m_db.db).entries().value(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (Snmp::Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        const QString failed = m_db.setUp();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const quint32 r = QRandomGenerator::global()->bounded(1u << 16);
        const QString first = QStringLiteral("127.%1.%2.1").arg(100 + (r >> 8) % 100).arg(r & 0xff);
        QVERIFY2(m_sim.start({QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--first"), first,
                              QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QString::number(r)}),
                 qPrintable(m_sim.error()));
        for (int i = 0; i < 3; ++i) {
            m_addresses << QStringLiteral("127.%1.%2.%3").arg(100 + (r >> 8) % 100).arg(r & 0xff).arg(i + 1);
            m_ids << m_db.addDevice(m_addresses.last(), m_sim.port(), QStringLiteral("sim-%1").arg(i + 1));
        }
    }

    void v3GetReadsThroughNetSnmpDiscovery()
    {
        auto reply = Snmp::SyncSession(m_addresses[0], v3()).get({kSysName});
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QCOMPARE(reply->errorStatus, 0);
        QCOMPARE(reply->varBinds.size(), 1);
        QVERIFY(!reply->varBinds.first().bytes.isEmpty());
        // A second session discovers again and still works: nothing stale is left in net-snmp.
        auto again = Snmp::SyncSession(m_addresses[0], v3()).get({kSysName});
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->varBinds.first().bytes, reply->varBinds.first().bytes);
    }

    void rebootWithAnAuthPrivUserRestartsThePrinter()
    {
        const QString address = m_addresses[1];
        QTRY_VERIFY_WITH_TIMEOUT(uptime(address).value_or(0) > 100, 10000); // more than a second up
        const qint64 before = *uptime(address);
        const qsizetype rows = audit().size();
        const ActionResult result = reboot(v3(), 1);
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("restarted")), qPrintable(result.message));
        const qint64 after = uptime(address).value_or(1 << 30);
        QVERIFY2(after < before + 100 && after < 1500,
                 qPrintable(QStringLiteral("uptime %1 -> %2").arg(before).arg(after)));
        const auto entries = audit();
        QCOMPARE(entries.size(), rows + 1);
        QCOMPARE(entries.last().action, QStringLiteral("reboot"));
        QCOMPARE(entries.last().result, QStringLiteral("ok"));
    }

    void wrongV3PasswordIsAClearErrorAndNoReboot()
    {
        const QString address = m_addresses[2];
        QTRY_VERIFY_WITH_TIMEOUT(uptime(address).value_or(0) > 100, 10000);
        const qint64 before = *uptime(address);
        const qsizetype rows = audit().size();
        const ActionResult result = reboot(v3(QStringLiteral("not-the-password")), 2);
        QCOMPARE(result.outcome, Outcome::Failed);
        qInfo("%s", qPrintable(result.message));
        QVERIFY2(result.message.contains(address), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("uthentication")), qPrintable(result.message));
        QVERIFY2(uptime(address).value_or(0) >= before, "the printer restarted anyway");
        const auto entries = audit();
        QCOMPARE(entries.size(), rows + 1);
        QCOMPARE(entries.last().action, QStringLiteral("reboot"));
        QCOMPARE(entries.last().result, QStringLiteral("failed"));
    }

    void cliRebootWithV3Options()
    {
        if (qEnvironmentVariable("PRINTWATCH_CLI").isEmpty())
            QSKIP("PRINTWATCH_CLI is not set");
        const QString address = m_addresses[0];
        QTRY_VERIFY_WITH_TIMEOUT(uptime(address).value_or(0) > 100, 10000);
        const qint64 before = *uptime(address);
        const auto writeLine = [this](const QString &name, const QString &text) {
            const QString path = m_db.dir->filePath(name);
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(text.toUtf8() + '\n');
            return path;
        };
        const QStringList common{QStringLiteral("action"), QStringLiteral("reboot"), address, QStringLiteral("--db"),
                                 m_db.path(), QStringLiteral("--user"), QStringLiteral("pat"),
                                 QStringLiteral("--password-file"), writeLine(QStringLiteral("pw"), TestUtil::kPowerPassword),
                                 QStringLiteral("--snmp-port"), QString::number(m_sim.port()),
                                 QStringLiteral("--snmp-version"), QStringLiteral("3"), QStringLiteral("--snmp-user"),
                                 QStringLiteral("printwatch"), QStringLiteral("--auth-protocol"), QStringLiteral("SHA"),
                                 QStringLiteral("--priv-protocol"), QStringLiteral("AES"),
                                 QStringLiteral("--priv-password-file"),
                                 writeLine(QStringLiteral("priv"), QStringLiteral("printwatch-priv")),
                                 QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("--wait"),
                                 QStringLiteral("20"), QStringLiteral("--no-keychain"), QStringLiteral("--format"),
                                 QStringLiteral("json")};
        const auto run = [](const QStringList &args) {
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PRINTWATCH_TEST_HASH"), QStringLiteral("minimal"));
            cli.setProcessEnvironment(env);
            cli.start(qEnvironmentVariable("PRINTWATCH_CLI"), args);
            cli.waitForFinished(90000);
            return QPair<int, QByteArray>(cli.exitCode(), cli.readAllStandardOutput() + cli.readAllStandardError());
        };
        // A wrong authentication password: refused by the printer's USM, no restart.
        const auto wrong = run(common + QStringList{QStringLiteral("--auth-password-file"),
                                                    writeLine(QStringLiteral("bad"), QStringLiteral("wrong-password"))});
        QVERIFY2(wrong.first == 1, wrong.second.constData());
        QVERIFY2(wrong.second.contains("Authentication failure"), wrong.second.constData());
        QVERIFY(uptime(address).value_or(0) >= before);
        QCOMPARE(audit().last().result, QStringLiteral("failed"));
        // The right one: the printer restarts.
        const auto right = run(common + QStringList{QStringLiteral("--auth-password-file"),
                                                    writeLine(QStringLiteral("auth"), QStringLiteral("printwatch-auth"))});
        QVERIFY2(right.first == 0, right.second.constData());
        QVERIFY2(right.second.contains("\"outcome\": \"ok\""), right.second.constData());
        QVERIFY(uptime(address).value_or(1 << 30) < 1500);
        QCOMPARE(audit().last().action, QStringLiteral("reboot"));
        QCOMPARE(audit().last().result, QStringLiteral("ok"));
        QVERIFY2(audit().last().detail.contains(QLatin1String("cli")), qPrintable(audit().last().detail));
    }

    void cleanupTestCase() { m_sim.stop(); }
};

QTEST_GUILESS_MAIN(TestRebootV3)
#include "tst_rebootv3.moc"
