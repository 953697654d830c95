// SPDX-License-Identifier: GPL-3.0-or-later
// Engine::retainDevices and Engine::enforceDeviceCap against printwatch-sim: what the engine
// remembers per device falls to the devices kept, the kept ones read as warm as before, a dropped
// one reads the same printer again (one cold request more), and cloned printers sharing one v3
// engine ID keep working when one of them is dropped.
#include "agents.h"
#include "simcredential.h"
#include "snmp/engine.h"
#include "snmp/poller.h"
#include "snmp/printerjson.h"
#include "snmp/printerreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <malloc.h>

using namespace Printwatch;
using namespace Printwatch::Snmp;

namespace {
constexpr int Net = 49;

QString address(int host)
{
    return QStringLiteral("127.%1.0.%2").arg(Net).arg(host);
}

Core::PollTarget pollTarget(int host, quint16 port, bool v3 = false)
{
    Core::PollTarget t;
    t.address = address(host);
    t.port = port;
    if (v3)
        t.credential = Test::simV3Credential(port, 3000);
    t.credential.port = port;
    t.credential.timeoutMs = 3000;
    t.credential.retries = 2;
    return t;
}

std::pair<quint32, quint16> key(int host, quint16 port)
{
    return {QHostAddress(address(host)).toIPv4Address(), port};
}

struct Read
{
    Core::PollResult result;
    quint64 requests = 0;
    QByteArray json; // the decoded reading without the poll's time and uptime
};
} // namespace

class TestEnginePrune : public QObject
{
    Q_OBJECT

    Test::FleetSim m_sim;

    Read read(Engine &engine, const Core::PollTarget &target)
    {
        Read r;
        const quint64 before = engine.stats().sent;
        PrinterReader reader(&engine, target);
        QSignalSpy spy(&reader, &PrinterReader::finished);
        reader.start();
        if (!spy.count() && !spy.wait(30000)) {
            r.result.error = QStringLiteral("test: no result from %1").arg(target.address);
            return r;
        }
        r.result = spy.at(0).at(0).value<Core::PollResult>();
        r.requests = engine.stats().sent - before;
        QJsonObject json = pollResultToJson(r.result);
        json.remove(QStringLiteral("polledAt"));
        QJsonObject status = json.value(QStringLiteral("status")).toObject();
        status.remove(QStringLiteral("uptime_cs"));
        json.insert(QStringLiteral("status"), status);
        r.json = QJsonDocument(json).toJson(QJsonDocument::Compact);
        return r;
    }

private slots:
    void initTestCase()
    {
        if (Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        QVERIFY2(m_sim.start({QStringLiteral("--count"), QStringLiteral("16"), QStringLiteral("--first"), address(1),
                              QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--behave"),
                              QStringLiteral("127.%1.0.9-12:same-engine-id").arg(Net)}),
                 qPrintable(m_sim.error()));
    }

    void retainHalfKeepsTheirHints()
    {
        Engine engine;
        const quint16 port = m_sim.port();
        constexpr int N = 8;
        std::vector<Read> warm(N + 1);
        // Most of printwatch-sim's models take a request fewer warm (3 -> 2 or 4 -> 3), a few as many.
        quint64 coldTotal = 0;
        quint64 warmTotal = 0;
        for (int host = 1; host <= N; ++host) {
            const Read cold = read(engine, pollTarget(host, port));
            QVERIFY2(cold.result.reachable, qPrintable(cold.result.error));
            warm[host] = read(engine, pollTarget(host, port));
            QVERIFY2(warm[host].result.reachable, qPrintable(warm[host].result.error));
            coldTotal += cold.requests;
            warmTotal += warm[host].requests;
            QVERIFY2(warm[host].requests <= cold.requests,
                     qPrintable(QStringLiteral("%1: %2 requests cold, %3 warm").arg(address(host)).arg(cold.requests).arg(warm[host].requests)));
        }
        QVERIFY2(warmTotal < coldTotal, qPrintable(QStringLiteral("%1 requests cold, %2 warm").arg(coldTotal).arg(warmTotal)));
        QCOMPARE(engine.hintedDevices(), N);

        std::vector<std::pair<quint32, quint16>> keep;
        for (int host = 1; host <= N / 2; ++host)
            keep.push_back(key(host, port));
        QCOMPARE(engine.retainDevices(keep), N / 2);
        QCOMPARE(engine.hintedDevices(), N / 2);
        QCOMPARE(engine.retainDevices(keep), 0); // nothing more to forget

        for (int host = 1; host <= N / 2; ++host) {
            const Read again = read(engine, pollTarget(host, port));
            QVERIFY2(again.result.reachable, qPrintable(again.result.error));
            QCOMPARE(again.requests, warm[host].requests);
            QCOMPARE(again.json, warm[host].json);
        }
        // The dropped half reads cold again: the same reading, a request more where hints helped.
        quint64 backTotal = 0;
        quint64 droppedWarmTotal = 0;
        for (int host = N / 2 + 1; host <= N; ++host) {
            const Read back = read(engine, pollTarget(host, port));
            QVERIFY2(back.result.reachable, qPrintable(back.result.error));
            QVERIFY(back.requests >= warm[host].requests);
            backTotal += back.requests;
            droppedWarmTotal += warm[host].requests;
            QCOMPARE(back.json, warm[host].json);
        }
        QVERIFY2(backTotal > droppedWarmTotal,
                 qPrintable(QStringLiteral("dropped devices: %1 requests back, %2 warm").arg(backTotal).arg(droppedWarmTotal)));
        QCOMPARE(engine.hintedDevices(), N);
    }

    void droppedCloneLeavesItsTwinsWorking()
    {
        Engine engine;
        const quint16 port = m_sim.port();
        QSignalSpy shared(&engine, &Engine::engineIdShared);
        std::vector<Read> before(13);
        for (int host = 9; host <= 12; ++host) {
            before[host] = read(engine, pollTarget(host, port, true));
            QVERIFY2(before[host].result.reachable, qPrintable(before[host].result.error));
        }
        QCOMPARE(engine.knownDevices(), 4);
        QCOMPARE(engine.knownEngineIds(), 1);
        QCOMPARE(engine.usmUsers().stats().heldUsers, 1); // one engine ID, one user for all four
        const QByteArray id = engine.engineId(Target::fromPollTarget(pollTarget(9, port, true)));
        QVERIFY(!id.isEmpty());
        QCOMPARE(engine.sharedEngineIds().value(id).size(), 4);

        // Drop the first owner (.9) and .12: .10 and .11 still share the ID.
        QCOMPARE(engine.retainDevices({key(10, port), key(11, port)}), 2);
        QCOMPARE(engine.knownDevices(), 2);
        QCOMPARE(engine.knownEngineIds(), 1);
        QCOMPARE(engine.sharedEngineIds().value(id),
                 QStringList({address(10) + QLatin1Char(':') + QString::number(port),
                              address(11) + QLatin1Char(':') + QString::number(port)}));
        const quint64 discoveries = engine.stats().engineDiscoveries;
        for (int host : {10, 11}) {
            const Read again = read(engine, pollTarget(host, port, true));
            QVERIFY2(again.result.reachable, qPrintable(again.result.error));
            QCOMPARE(again.json, before[host].json);
        }
        QCOMPARE(engine.stats().engineDiscoveries, discoveries); // kept: no discovery again
        // The twins still use the engine ID, so its user stayed and was reused, not localised again.
        QCOMPARE(engine.usmUsers().stats().heldUsers, 1);
        QCOMPARE(engine.usmUsers().stats().localisedUsers, 1);
        QCOMPARE(engine.usmUsers().stats().freedUsers, 0);

        const Read back = read(engine, pollTarget(9, port, true));
        QVERIFY2(back.result.reachable, qPrintable(back.result.error));
        QCOMPARE(back.json, before[9].json);
        QCOMPARE(engine.stats().engineDiscoveries, discoveries + 1);
        QCOMPARE(engine.engineId(Target::fromPollTarget(pollTarget(9, port, true))), id);
        QCOMPARE(engine.sharedEngineIds().value(id).size(), 3);

        // Dropping every owner forgets the ID itself.
        QCOMPARE(engine.retainDevices({}), 3);
        QCOMPARE(engine.knownDevices(), 0);
        QCOMPARE(engine.knownEngineIds(), 0);
        QVERIFY(engine.sharedEngineIds().isEmpty());
        QCOMPARE(engine.usmUsers().stats().heldUsers, 0);
        QCOMPARE(engine.usmUsers().stats().heldMasterKeys, 0);
        QCOMPARE(engine.usmUsers().stats().freedUsers, 1);
        const Read cold = read(engine, pollTarget(12, port, true));
        QVERIFY2(cold.result.reachable, qPrintable(cold.result.error));
        QCOMPARE(cold.json, before[12].json);
        QCOMPARE(engine.knownEngineIds(), 1);
    }

    // Localised USM users (and master keys) follow the engine IDs the engine keeps: dropping half
    // the v3 devices (distinct engine IDs) frees half the users; the kept half reuses its users.
    void droppedV3DevicesFreeTheirUsers()
    {
        Engine engine;
        const quint16 port = m_sim.port();
        constexpr int N = 8;
        std::vector<Read> before(N + 1);
        for (int host = 1; host <= N; ++host) {
            before[host] = read(engine, pollTarget(host, port, true));
            QVERIFY2(before[host].result.reachable, qPrintable(before[host].result.error));
        }
        QCOMPARE(engine.knownEngineIds(), N);
        UsmUsers::Stats usm = engine.usmUsers().stats();
        QCOMPARE(usm.heldUsers, N);
        QCOMPARE(usm.localisedUsers, N);
        QCOMPARE(usm.masterKeys, 2); // one auth and one priv password
        QCOMPARE(usm.heldMasterKeys, 2);
        const qsizetype bytesBefore = engine.usmUsers().approximateBytes();

        std::vector<std::pair<quint32, quint16>> keep;
        for (int host = 1; host <= N / 2; ++host)
            keep.push_back(key(host, port));
        const std::size_t heapBefore = mallinfo2().uordblks;
        QCOMPARE(engine.retainDevices(keep), N / 2);
        const std::size_t heapAfter = mallinfo2().uordblks;
        // What a dropped v3 device gives back to the heap: device record, row hints, engine ID, user.
        qInfo("a dropped v3 authPriv device frees %lld bytes (heap in use %zu -> %zu)",
              qlonglong(heapBefore - heapAfter) / (N / 2), heapBefore, heapAfter);
        usm = engine.usmUsers().stats();
        QCOMPARE(usm.heldUsers, N / 2);
        QCOMPARE(usm.freedUsers, N / 2);
        QCOMPARE(usm.heldMasterKeys, 2); // the kept users still need them
        QVERIFY(engine.usmUsers().approximateBytes() < bytesBefore);

        for (int host = 1; host <= N / 2; ++host) {
            const Read again = read(engine, pollTarget(host, port, true));
            QVERIFY2(again.result.reachable, qPrintable(again.result.error));
            QCOMPARE(again.json, before[host].json);
        }
        usm = engine.usmUsers().stats();
        QCOMPARE(usm.localisedUsers, N); // reused, not localised again
        QCOMPARE(usm.masterKeys, 2);

        // A dropped device that comes back localises its user again (the master keys are still held).
        const Read back = read(engine, pollTarget(N, port, true));
        QVERIFY2(back.result.reachable, qPrintable(back.result.error));
        QCOMPARE(back.json, before[N].json);
        usm = engine.usmUsers().stats();
        QCOMPARE(usm.heldUsers, N / 2 + 1);
        QCOMPARE(usm.localisedUsers, N + 1);
        QCOMPARE(usm.masterKeys, 2);

        // No device left: no user and no master key either; the next read derives them again.
        QCOMPARE(engine.retainDevices({}), N / 2 + 1);
        usm = engine.usmUsers().stats();
        QCOMPARE(usm.heldUsers, 0);
        QCOMPARE(usm.heldMasterKeys, 0);
        QCOMPARE(engine.usmUsers().approximateBytes(), qsizetype(0));
        const Read cold = read(engine, pollTarget(1, port, true));
        QVERIFY2(cold.result.reachable, qPrintable(cold.result.error));
        QCOMPARE(cold.json, before[1].json);
        QCOMPARE(engine.usmUsers().stats().masterKeys, 4);
        QCOMPARE(engine.usmUsers().stats().heldUsers, 1);
    }

    // A changed password (or user, or protocol) leaves a localised user and a copy of the old
    // credential behind; they go once no device points at them, not only when the device goes.
    void replacedCredentialsAreForgotten()
    {
        Engine engine;
        const quint16 port = m_sim.port();
        const Core::PollTarget good = pollTarget(2, port, true);
        const Read first = read(engine, good);
        QVERIFY2(first.result.reachable, qPrintable(first.result.error));
        engine.forgetReplacedUsers(); // nothing replaced yet: nothing goes
        QCOMPARE(engine.usmUsers().stats().heldUsers, 1);
        QCOMPARE(engine.rememberedCredentials(), 1);

        Core::PollTarget wrong = good;
        wrong.credential.authPassword = QStringLiteral("an-old-password");
        wrong.credential.retries = 0;
        const Read refused = read(engine, wrong);
        QVERIFY(!refused.result.reachable);
        QCOMPARE(engine.usmUsers().stats().heldUsers, 2);
        QCOMPARE(engine.rememberedCredentials(), 2);
        engine.forgetReplacedUsers();
        UsmUsers::Stats usm = engine.usmUsers().stats();
        QCOMPARE(usm.heldUsers, 1); // the device's current (wrong) user only
        QCOMPARE(usm.freedUsers, 1);
        QCOMPARE(usm.heldMasterKeys, 2); // the wrong auth password's and the priv password's
        QCOMPARE(engine.rememberedCredentials(), 1);

        const Read again = read(engine, good);
        QVERIFY2(again.result.reachable, qPrintable(again.result.error));
        QCOMPARE(again.json, first.json);
        engine.forgetReplacedUsers();
        usm = engine.usmUsers().stats();
        QCOMPARE(usm.heldUsers, 1);
        QCOMPARE(usm.freedUsers, 2);
        QCOMPARE(usm.heldMasterKeys, 2); // the good passwords again
        QCOMPARE(usm.masterKeys, 4);
        QCOMPARE(engine.rememberedCredentials(), 1);
    }

    // The poller frees them after the round in which the credential changed.
    void pollerForgetsReplacedCredentialsAfterARound()
    {
        Poller poller;
        QSignalSpy rounds(&poller, &Poller::roundFinished);
        Core::PollTarget target = pollTarget(3, m_sim.port(), true);
        for (const QString &password : {QStringLiteral("printwatch-auth"), QStringLiteral("another-password")}) {
            target.credential.authPassword = password;
            target.credential.retries = 0;
            poller.setTargets({target});
            const int before = int(rounds.count());
            poller.pollNow();
            QTRY_VERIFY_WITH_TIMEOUT(rounds.count() > before, 30000);
        }
        QCOMPARE(poller.engine()->usmUsers().stats().heldUsers, 1);
        QCOMPARE(poller.engine()->usmUsers().stats().freedUsers, 1);
        QCOMPARE(poller.engine()->rememberedCredentials(), 1);
    }

    void capBoundsAnEngineWithoutPoller()
    {
        Engine engine;
        const quint16 port = m_sim.port();
        for (int host = 1; host <= 6; ++host)
            QVERIFY(read(engine, pollTarget(host, port)).result.reachable);
        QCOMPARE(engine.hintedDevices(), 6);
        QCOMPARE(engine.enforceDeviceCap(8), 0);
        QCOMPARE(engine.hintedDevices(), 6);
        QCOMPARE(engine.enforceDeviceCap(4), 4); // over the cap: down to half of it
        QCOMPARE(engine.hintedDevices(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEnginePrune)
#include "tst_engineprune.moc"
