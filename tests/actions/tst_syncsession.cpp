// SPDX-License-Identifier: GPL-3.0-or-later
// SyncSession's SNMPv3 requests against printwatch-sim as a child process (its v3 users are
// process-global net-snmp state): a device action waiting on a silent printer must not hold the
// USM lock, or every v3 request of the poller's engine in this process would wait with it.
#include "../snmp/agents.h"
#include "../snmp/simcredential.h"

#include "snmp/engine.h"
#include "snmp/syncsession.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <atomic>

// net-snmp's headers must come in this order
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/snmpusm.h>

using namespace Printwatch;

namespace {
const Snmp::Oid kSysName{1, 3, 6, 1, 2, 1, 1, 5, 0};
const Snmp::Oid kSysContact{1, 3, 6, 1, 2, 1, 1, 4, 0};
} // namespace

class TestSyncSession : public QObject
{
    Q_OBJECT

    Snmp::Test::FleetSim m_sim;
    QString m_address;
    QString m_slowAddress;

    Core::SnmpCredential v3(quint16 port, const QString &authPassword = QStringLiteral("printwatch-auth")) const
    {
        return Snmp::Test::simV3Credential(port, 1000, authPassword);
    }

    Snmp::Target simTarget(const QString &address, int timeoutMs = 1000) const
    {
        Snmp::Target target;
        target.address = QHostAddress(address);
        target.host = address;
        target.port = m_sim.port();
        target.credential = Snmp::Test::simV3Credential(m_sim.port(), timeoutMs);
        return target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (Snmp::Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        const quint32 r = QRandomGenerator::global()->bounded(1u << 16);
        m_address = QStringLiteral("127.%1.%2.1").arg(100 + (r >> 8) % 100).arg(r & 0xff);
        // The second printer answers after 700 ms, so a device action on it waits long enough for
        // the engine to send to it in between.
        m_slowAddress = QStringLiteral("127.%1.%2.2").arg(100 + (r >> 8) % 100).arg(r & 0xff);
        QVERIFY2(m_sim.start({QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--first"), m_address,
                              QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QString::number(r),
                              QStringLiteral("--behave"), m_slowAddress + QStringLiteral(":latency=700")}),
                 qPrintable(m_sim.error()));
    }

    // A device action and the poller's engine talk to the same printer with the same user at once.
    // Between its locked calls the action's user must not sit in net-snmp's global list, where the
    // engine's per-message user (same engine ID and name) would replace and free it.
    void v3ActionAndEngineShareADevice()
    {
        Snmp::Engine engine;
        QVERIFY2(engine.isOpen(), qPrintable(engine.openError()));
        const Snmp::Target target = simTarget(m_slowAddress, 3000);
        const auto read = [&] {
            bool answered = false;
            Snmp::Response response;
            engine.get(target, {kSysName}, this, [&](const Snmp::Response &r) {
                response = r;
                answered = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
            QVERIFY2(response.ok(), qPrintable(response.error));
        };
        read(); // the engine knows the printer's engine ID and clock from here on
        if (QTest::currentTestFailed())
            return;

        const Core::SnmpCredential action = Snmp::Test::simV3Credential(m_sim.port(), 3000);
        std::atomic<bool> done{false};
        QString actionError;
        QThread *worker = QThread::create([&] {
            auto reply = Snmp::SyncSession(m_slowAddress, action).get({kSysName});
            actionError = reply ? QString() : reply.error();
            done = true;
        });
        worker->start();
        // The action's discovery answers after 700 ms, its request after 1,400: the engine sends
        // to the printer all through (each send lends net-snmp the engine's user for one encode).
        int reads = 0;
        while (!done.load() && reads < 10) {
            read();
            if (QTest::currentTestFailed())
                break;
            ++reads;
        }
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(actionError.isEmpty(), qPrintable(actionError));
        QVERIFY(reads >= 1);
        int users = 0;
        for (const struct usmUser *user = usm_get_userList(); user; user = user->next)
            ++users;
        QCOMPARE(users, 0);
    }

    // A v3 action waiting on a silent printer (a socket this test binds and never answers) runs on
    // a worker thread; meanwhile this thread's engine reads a v3 printer of the simulator. The
    // engine's answer must arrive before the silent request gives up (order, not a time bound).
    void silentV3ActionDoesNotStallTheEngine()
    {
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        Core::SnmpCredential quiet = v3(silent.localPort());
        quiet.timeoutMs = 2000; // two tries: about 4 s of silence
        std::atomic<bool> silentDone{false};
        std::atomic<bool> started{false};
        QString silentError;
        QThread *worker = QThread::create([&] {
            started = true;
            auto reply = Snmp::SyncSession(QStringLiteral("127.0.0.1"), quiet).get({kSysName});
            silentError = reply ? QString() : reply.error();
            silentDone = true;
        });
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 10000);
        QTest::qWait(300); // the worker is now inside its first wait on the silent socket

        Snmp::Engine engine;
        QVERIFY2(engine.isOpen(), qPrintable(engine.openError()));
        const Snmp::Target target = simTarget(m_address);
        QElapsedTimer clock;
        clock.start();
        bool answered = false;
        bool silentFinishedFirst = false;
        Snmp::Response response;
        engine.get(target, {kSysName}, this, [&](const Snmp::Response &r) {
            silentFinishedFirst = silentDone.load();
            qInfo("engine answered after %lld ms", clock.elapsed());
            response = r;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY2(response.ok(), qPrintable(response.error));
        QVERIFY(!response.varBinds.isEmpty());
        QVERIFY2(!silentFinishedFirst, "the engine's v3 answer waited for the silent device action");
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(silentError.contains(QStringLiteral("127.0.0.1:%1").arg(silent.localPort())), qPrintable(silentError));
        QVERIFY2(silentError.contains(QLatin1String("engine ID discovery")), qPrintable(silentError));
    }

    void v3AuthPrivGetAndSet()
    {
        const Snmp::SyncSession session(m_address, v3(m_sim.port()));
        auto read = session.get({kSysName});
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->errorStatus, 0);
        QCOMPARE(read->varBinds.size(), 1);
        QVERIFY(!read->varBinds.first().bytes.isEmpty());
        // A SET reaches the agent through the same discovery and keys: sysContact is not an
        // INTEGER, so a real agent refuses it with an error-status (not a timeout or a USM error).
        auto set = session.setInteger(kSysContact, 1);
        QVERIFY2(set.ok(), qPrintable(set.error()));
        QVERIFY(set->errorStatus != 0);
        // Again, with nothing stale left in net-snmp's user list or engine-time cache.
        auto again = session.get({kSysName});
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->varBinds.first().bytes, read->varBinds.first().bytes);
        // No user left behind in net-snmp's global list (the engine expects only its own there).
        int users = 0;
        for (const struct usmUser *user = usm_get_userList(); user; user = user->next)
            ++users;
        QCOMPARE(users, 0);
    }

    void wrongAuthPasswordIsNamed()
    {
        auto reply = Snmp::SyncSession(m_address, v3(m_sim.port(), QStringLiteral("not-the-password"))).get({kSysName});
        QVERIFY(!reply.ok());
        QVERIFY2(reply.error().contains(m_address), qPrintable(reply.error()));
        QVERIFY2(reply.error().contains(QLatin1String("Authentication failure")), qPrintable(reply.error()));
    }

    // net-snmp's own agent (snmpd) answers the same discovery, keys and request: authPriv and
    // noAuthNoPriv users, twice each (nothing stale in between).
    void v3AgainstSnmpd()
    {
        Snmp::Test::SnmpdAgent agent;
        if (!agent.startV3({QStringLiteral("engineID printwatch-tst-sync"), QStringLiteral("createUser u_noauth"),
                            QStringLiteral("rouser u_noauth noauth"),
                            QStringLiteral("createUser printwatch SHA printwatch-auth AES printwatch-priv"),
                            QStringLiteral("rouser printwatch priv")}))
            QSKIP(qPrintable(agent.error()));
        Core::SnmpCredential noAuth = v3(agent.port());
        noAuth.user = QStringLiteral("u_noauth");
        noAuth.securityLevel = Core::SnmpSecurityLevel::NoAuthNoPriv;
        for (const Core::SnmpCredential &credential : {v3(agent.port()), noAuth, v3(agent.port()), noAuth}) {
            auto reply = Snmp::SyncSession(QStringLiteral("127.0.0.1"), credential).get({kSysName});
            QVERIFY2(reply.ok(), qPrintable(reply.error()));
            QCOMPARE(reply->errorStatus, 0);
            QCOMPARE(reply->varBinds.size(), 1);
            QVERIFY(!reply->varBinds.first().isException());
        }
        auto wrong = Snmp::SyncSession(QStringLiteral("127.0.0.1"), v3(agent.port(), QStringLiteral("not-the-password")))
                         .get({kSysName});
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(QLatin1String("Authentication failure")), qPrintable(wrong.error()));
    }

    void cleanupTestCase() { m_sim.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_syncsession.moc"
