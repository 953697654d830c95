// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against printwatch-sim's misbehaving printers: walk loops, tooBig, silence, slow
// replies (no duplicate or misattributed reading) and cloned printers sharing one engine ID.
#include "agents.h"
#include "simcredential.h"
#include "snmp/credentialprobe.h"
#include "snmp/engine.h"
#include "snmp/poller.h"
#include "snmp/printermib.h"

#include <QSignalSpy>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Snmp;

namespace {
// 127.43.0.1 walk loop, .2 tooBig at 700 bytes, .3 silent, .4-.8 slow (latency 250 ms),
// .9-.12 one engine ID for all four, .13-.16 normal.
const QStringList kBehaviour{
    QStringLiteral("--behave"), QStringLiteral("127.43.0.1:walk-loop"),
    QStringLiteral("--behave"), QStringLiteral("127.43.0.2:toobig=700"),
    QStringLiteral("--behave"), QStringLiteral("127.43.0.3:silent"),
    QStringLiteral("--behave"), QStringLiteral("127.43.0.4-8:latency=250"),
    QStringLiteral("--behave"), QStringLiteral("127.43.0.9-12:same-engine-id"),
};

Target target(const QString &address, quint16 port, int timeoutMs = 1000, int retries = 1)
{
    Target t;
    t.address = QHostAddress(address);
    t.port = port;
    t.credential.port = port;
    t.credential.timeoutMs = timeoutMs;
    t.credential.retries = retries;
    return t;
}

} // namespace

class TestEngineFleet : public QObject
{
    Q_OBJECT

private:
    Test::FleetSim m_sim;
    Engine m_engine;

    WalkResult walk(Engine &engine, const Target &t, const Oid &root, WalkOptions options = {})
    {
        QObject context;
        std::optional<WalkResult> result;
        engine.walk(t, root, &context, [&result](const WalkResult &r) { result = r; }, options);
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000)) {
            WalkResult failed;
            failed.error = QStringLiteral("test: no callback");
            return failed;
        }
        return *result;
    }
    Response get(Engine &engine, const Target &t, const QList<Oid> &oids)
    {
        QObject context;
        std::optional<Response> result;
        engine.get(t, oids, &context, [&result](const Response &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
            return Response{ResponseStatus::SendFailed, QStringLiteral("test: no callback"), 0, 0, {}, 0};
        return *result;
    }

private slots:
    void initTestCase()
    {
        if (Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        QStringList arguments{QStringLiteral("--count"), QStringLiteral("16"), QStringLiteral("--first"),
                              QStringLiteral("127.43.0.1"), QStringLiteral("--port"), QStringLiteral("0")};
        QVERIFY2(m_sim.start(arguments + kBehaviour), qPrintable(m_sim.error()));
    }

    void walkLoopStops()
    {
        const WalkResult result = walk(m_engine, target(QStringLiteral("127.43.0.1"), m_sim.port()), Oid{1, 3, 6, 1, 2, 1});
        QVERIFY(result.truncated);
        QVERIFY2(result.error.contains(QLatin1String("OIDs must increase")), qPrintable(result.error));
        for (qsizetype i = 1; i < result.rows.size(); ++i)
            QVERIFY(result.rows.at(i - 1).oid < result.rows.at(i).oid);
    }

    void tooBigHalvesAndIsLearnt()
    {
        const Target t = target(QStringLiteral("127.43.0.2"), m_sim.port());
        const Oid root{1, 3, 6, 1, 2, 1, 43};
        WalkOptions one;
        one.maxRepetitions = 1;
        const WalkResult reference = walk(m_engine, t, root, one);
        QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
        WalkOptions many;
        many.maxRepetitions = 64;
        const WalkResult result = walk(m_engine, t, root, many);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), reference.rows.size());
        for (qsizetype i = 0; i < result.rows.size(); ++i)
            QCOMPARE(result.rows.at(i).oid, reference.rows.at(i).oid);
        const int learnt = m_engine.learntMaxRepetitions(t);
        QVERIFY2(learnt >= 1 && learnt < 64, qPrintable(QString::number(learnt)));
        // The next walk starts from what was learnt.
        const quint64 sentBefore = m_engine.stats().sent;
        QVERIFY(walk(m_engine, t, root, many).error.isEmpty());
        QVERIFY(m_engine.learntMaxRepetitions(t) <= learnt);
        QVERIFY(m_engine.stats().sent - sentBefore < quint64(reference.rows.size()));
    }

    // walkMany against a small buffer (tooBig at 700 bytes) and a walk loop: the same rows as
    // one-row walks, first with no hints and then sized by the row hints; a loop stops its walk.
    void walkManyTooBigAndLoop()
    {
        const Target t = target(QStringLiteral("127.43.0.2"), m_sim.port());
        const QList<Oid> roots{Oid{1, 3, 6, 1, 2, 1, 43}, Oid{1, 3, 6, 1, 2, 1, 25, 3, 2, 1}};
        Engine engine;
        WalkOptions one;
        one.maxRepetitions = 1;
        QList<WalkResult> reference;
        for (const Oid &root : roots)
            reference.append(walk(engine, t, root, one));
        for (int round = 0; round < 2; ++round) {
            Engine &fresh = m_engine; // the second round is sized by the first round's row hints
            QObject context;
            std::optional<MultiWalkResult> result;
            fresh.walkMany(t, {PrinterMib::Oids::sysDescr}, roots, &context,
                           [&result](const MultiWalkResult &r) { result = r; });
            QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 60000));
            QCOMPARE(result->status, ResponseStatus::Ok);
            QCOMPARE(result->errorStatus, 0);
            QVERIFY(!result->scalars.at(0).isException());
            for (qsizetype i = 0; i < roots.size(); ++i) {
                QVERIFY2(result->walks.at(i).error.isEmpty(), qPrintable(result->walks.at(i).error));
                QCOMPARE(result->walks.at(i).rows, reference.at(i).rows);
            }
        }
        QVERIFY(m_engine.learntMaxRepetitions(t) >= 1);

        QObject context;
        std::optional<MultiWalkResult> loop;
        m_engine.walkMany(target(QStringLiteral("127.43.0.1"), m_sim.port()), {}, {Oid{1, 3, 6, 1, 2, 1}}, &context,
                          [&loop](const MultiWalkResult &r) { loop = r; });
        QVERIFY(QTest::qWaitFor([&loop] { return loop.has_value(); }, 60000));
        QVERIFY(loop->walks.at(0).truncated);
        QVERIFY2(loop->walks.at(0).error.contains(QLatin1String("OIDs must increase")), qPrintable(loop->walks.at(0).error));
    }

    void silenceIsNoAnswer()
    {
        Target t = target(QStringLiteral("127.43.0.3"), m_sim.port(), 200, 1);
        Response response = get(m_engine, t, {PrinterMib::Oids::sysDescr});
        QCOMPARE(response.status, ResponseStatus::Timeout);
        QCOMPARE(response.kind, ErrorKind::NoAnswer);
        QCOMPARE(response.tries, 2);
        t.credential = Test::simV3Credential(m_sim.port(), 200);
        response = get(m_engine, t, {PrinterMib::Oids::sysDescr});
        QCOMPARE(response.kind, ErrorKind::NoAnswer);
        QVERIFY2(response.error.contains(QLatin1String("engine discovery")), qPrintable(response.error));
    }

    void slowRepliesAreNeitherDuplicatedNorMisattributed()
    {
        // Reference serials with a patient engine, then a round whose timeout is shorter than
        // the latency: late answers to earlier tries arrive while retries are in flight.
        QHash<QString, QString> serials;
        QList<Core::PollTarget> targets;
        for (int i = 4; i <= 16; ++i) {
            if (i >= 9 && i <= 12)
                continue;
            const QString address = QStringLiteral("127.43.0.%1").arg(i);
            const Response r = get(m_engine, target(address, m_sim.port(), 2000, 1), {Oid{1, 3, 6, 1, 2, 1, 1, 5, 0}});
            QVERIFY2(r.ok(), qPrintable(r.error));
            serials.insert(address, QString::fromUtf8(r.varBinds.value(0).bytes));
            Core::PollTarget pt;
            pt.address = address;
            pt.port = m_sim.port();
            pt.credential.port = m_sim.port();
            pt.credential.timeoutMs = 120;
            pt.credential.retries = 4;
            targets.append(pt);
        }
        Poller poller;
        QSignalSpy results(&poller, &Poller::resultReady);
        QSignalSpy rounds(&poller, &Poller::roundFinished);
        poller.setTargets(targets);
        poller.pollNow();
        QVERIFY(rounds.wait(60000));
        QCOMPARE(results.size(), targets.size());
        QSet<QString> seen;
        for (const auto &arguments : std::as_const(results)) {
            const auto result = arguments.at(0).value<Core::PollResult>();
            QVERIFY2(!seen.contains(result.address), qPrintable(result.address));
            seen.insert(result.address);
            QVERIFY2(result.reachable, qPrintable(result.address + u' ' + result.error));
            QCOMPARE(result.identity.sysName, serials.value(result.address));
        }
        QVERIFY(poller.engine()->stats().retries > 0); // the slow ones did need retries
    }

    void clonedEngineIdsAreReportedAndPolled()
    {
        Engine engine;
        QSignalSpy shared(&engine, &Engine::engineIdShared);
        QHash<QString, QString> names;
        for (int round = 0; round < 3; ++round) {
            for (int i = 9; i <= 12; ++i) {
                Target t = target(QStringLiteral("127.43.0.%1").arg(i), m_sim.port(), 1500, 1);
                t.credential = Test::simV3Credential(m_sim.port(), 1000);
                const Response r = get(engine, t, {Oid{1, 3, 6, 1, 2, 1, 1, 5, 0}});
                QVERIFY2(r.ok(), qPrintable(r.error));
                const QString name = QString::fromUtf8(r.varBinds.value(0).bytes);
                if (round == 0)
                    names.insert(t.address.toString(), name);
                QCOMPARE(name, names.value(t.address.toString()));
            }
        }
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 4); // four devices, four answers
        QVERIFY(!shared.isEmpty());
        const auto clones = engine.sharedEngineIds();
        QCOMPARE(clones.size(), 1);
        QCOMPARE(clones.cbegin().value().size(), 4);
        // Each clone keeps its own clock (their uptimes differ): not one resynchronisation.
        QCOMPARE(engine.stats().resyncs, quint64(0));
        QCOMPARE(engine.stats().engineDiscoveries, quint64(4));
    }

    void perDeviceStateIsSmall()
    {
        // The budget is 4 KB per polled device in the engine; what it keeps per device between
        // rounds is one compact record (plus a localised user per v3 device and engine ID).
        qInfo("per-device record: %zu bytes; v3 users: %lld bytes for %d devices", Engine::deviceStateBytes(),
              qlonglong(m_engine.usmUsers().approximateBytes()), m_engine.knownDevices());
        QVERIFY(Engine::deviceStateBytes() <= 48);
    }
};

QTEST_GUILESS_MAIN(TestEngineFleet)
#include "tst_enginefleet.moc"
