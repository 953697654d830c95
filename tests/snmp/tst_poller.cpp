// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents.h"
#include "snmp/engine.h"
#include "snmp/poller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QNetworkDatagram>
#include <QUdpSocket>

using namespace Printwatch;
using namespace Printwatch::Snmp;

namespace {
// Forwards datagrams to a real agent and holds each answer back for `delayMs`: a slow agent.
class DelayRelay : public QObject
{
public:
    DelayRelay(quint16 agentPort, int delayMs) : m_agentPort(agentPort), m_delayMs(delayMs)
    {
        m_front.bind(QHostAddress::LocalHost, 0);
        m_back.bind(QHostAddress::LocalHost, 0);
        connect(&m_front, &QUdpSocket::readyRead, this, [this] {
            while (m_front.hasPendingDatagrams()) {
                const auto d = m_front.receiveDatagram();
                m_client = d.senderAddress();
                m_clientPort = quint16(d.senderPort());
                m_back.writeDatagram(d.data(), QHostAddress::LocalHost, m_agentPort);
            }
        });
        connect(&m_back, &QUdpSocket::readyRead, this, [this] {
            while (m_back.hasPendingDatagrams()) {
                const QByteArray data = m_back.receiveDatagram().data();
                QTimer::singleShot(m_delayMs, this, [this, data] { m_front.writeDatagram(data, m_client, m_clientPort); });
            }
        });
    }
    quint16 port() const { return m_front.localPort(); }

private:
    QUdpSocket m_front;
    QUdpSocket m_back;
    quint16 m_agentPort;
    int m_delayMs;
    QHostAddress m_client;
    quint16 m_clientPort = 0;
};

Core::PollTarget pollTarget(const QString &address, quint16 port, const QString &community, int timeoutMs, int retries)
{
    Core::PollTarget target;
    target.address = address;
    target.port = port;
    target.credential.community = community;
    target.credential.port = port;
    target.credential.timeoutMs = timeoutMs;
    target.credential.retries = retries;
    return target;
}
} // namespace

class TestPoller : public QObject
{
    Q_OBJECT

    Test::SnmpdAgent m_snmpd;

private slots:
    void initTestCase()
    {
        if (!Test::SnmpdAgent::available())
            QSKIP("snmpd is not installed (apt-get install snmpd)");
        QVERIFY2(m_snmpd.start(u"pwtest"_qs), qPrintable(m_snmpd.error()));
    }

    void silentTargetsDoNotDelayLiveOnes()
    {
        Poller poller;
        QList<Core::PollTarget> targets;
        const quint16 deadPort = Test::freeUdpPort();
        for (int i = 0; i < 6; ++i)
            targets.append(pollTarget(u"127.0.0.%1"_qs.arg(77 + i), deadPort, u"pwtest"_qs, 1500, 1));
        targets.append(pollTarget(u"127.0.0.1"_qs, m_snmpd.port(), u"pwtest"_qs, 1500, 1));
        poller.setTargets(targets);
        poller.setInterval(600000);
        QSignalSpy results(&poller, &Poller::resultReady);
        QSignalSpy rounds(&poller, &Poller::roundFinished);
        QElapsedTimer clock;
        clock.start();
        poller.start();

        QVERIFY(results.wait(5000));
        const qint64 firstAt = clock.elapsed();
        const auto live = results.first().first().value<Core::PollResult>();
        QCOMPARE(live.address, u"127.0.0.1"_qs);
        QVERIFY2(live.reachable, qPrintable(live.error));
        QCOMPARE(live.identity.sysName, u"printwatch-test-snmpd"_qs);
        QVERIFY2(firstAt < 1000, qPrintable(QString::number(firstAt))); // silent ones need 2 x 1500 ms

        QVERIFY(rounds.wait(10000));
        QCOMPARE(results.size(), 7);
        const auto summary = rounds.first().first().value<Core::PollerActivity>();
        QCOMPARE(summary.devicesTotal, 7);
        QCOMPARE(summary.devicesFailed, 6);
        QVERIFY(summary.lastRoundMs >= 2900 && summary.lastRoundMs < 6000);
        for (int i = 1; i < results.size(); ++i) {
            const auto silent = results.at(i).first().value<Core::PollResult>();
            QVERIFY(!silent.reachable);
            QCOMPARE(silent.error, u"no answer from %1:%2 after 2 tries"_qs.arg(silent.address).arg(deadPort));
        }
    }

    void roundsDoNotOverlap()
    {
        Poller poller;
        poller.setTargets({pollTarget(u"127.0.0.1"_qs, m_snmpd.port(), u"pwtest"_qs, 1000, 0),
                           pollTarget(u"127.0.0.90"_qs, Test::freeUdpPort(), u"pwtest"_qs, 400, 0)});
        poller.setInterval(100); // shorter than a round: the next round must still wait for this one
        QSignalSpy rounds(&poller, &Poller::roundFinished);
        QSignalSpy results(&poller, &Poller::resultReady);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 3, 10000);
        poller.stop();
        // Each round delivered both devices before the next began.
        QVERIFY(results.size() >= 6 && results.size() <= 7);
        for (int i = 0; i < 6; i += 2) {
            QCOMPARE(results.at(i).first().value<Core::PollResult>().address, u"127.0.0.1"_qs);
            QCOMPARE(results.at(i + 1).first().value<Core::PollResult>().address, u"127.0.0.90"_qs);
        }
    }

    void lateRepliesAreDropped()
    {
        // Answers held back 600 ms against a 200 ms timeout: every reply is late.
        DelayRelay relay(m_snmpd.port(), 600);
        Engine engine;
        Target slow;
        slow.address = QHostAddress::LocalHost;
        slow.port = relay.port();
        slow.credential.community = u"pwtest"_qs;
        slow.credential.timeoutMs = 200;
        slow.credential.retries = 0;
        QObject context;
        QList<Response> responses;
        for (int i = 0; i < 3; ++i)
            engine.get(slow, {Oid{1, 3, 6, 1, 2, 1, 1, 5, 0}}, &context, [&responses](const Response &r) { responses.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 3, 3000);
        for (const Response &r : std::as_const(responses))
            QCOMPARE(r.status, ResponseStatus::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(engine.stats().dropped, quint64(3), 3000); // arrived, matched nothing
        QCOMPARE(responses.size(), 3); // and no callback ran twice
    }

    void cleanupTestCase() { m_snmpd.stop(); }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
