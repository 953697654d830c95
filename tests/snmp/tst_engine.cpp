// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents.h"
#include "enginecalls.h"
#include "snmp/engine.h"
#include "snmp/printermib.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Printwatch;
using namespace Printwatch::Snmp;
using Test::get;
using Test::loopback;
using Test::walk;

namespace {
// Runs one engine call and waits (bounded) for its callback through a signal spy.
class Waiter : public QObject
{
    Q_OBJECT
public:
    std::optional<Response> response;
    std::optional<WalkResult> walk;
signals:
    void done();
};

const Oid sysDescr{1, 3, 6, 1, 2, 1, 1, 1, 0};
const Oid sysObjectId{1, 3, 6, 1, 2, 1, 1, 2, 0};
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private:
    // The recording's OIDs under `root`, in file order (the corpus files are sorted).
    static QStringList recordedOids(const QString &recording, const QString &root)
    {
        QFile file(Test::corpusDir() + u'/' + recording);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList oids;
        while (!file.atEnd()) {
            const QString line = QString::fromLatin1(file.readLine());
            const QString name = line.section(u'|', 0, 0).trimmed();
            if (name.startsWith(root + u'.'))
                oids.append(name);
        }
        return oids;
    }

    Test::SnmpSimd m_sim;
    Test::SnmpdAgent m_snmpd;
    bool m_simUp = false;
    bool m_snmpdUp = false;

private slots:
    void initTestCase()
    {
        if (Test::SnmpSimd::available()) {
            m_simUp = m_sim.start({QStringLiteral("librenms/snmpsim/jetdirect.snmprec"),
                                   QStringLiteral("librenms/snmpsim/brother.snmprec"),
                                   QStringLiteral("printmaster/derived-snmprec/kyocera_cs4053_snmp.snmprec")});
            if (!m_simUp)
                qWarning("%s", qPrintable(m_sim.error()));
        }
        if (Test::SnmpdAgent::available()) {
            m_snmpdUp = m_snmpd.start(QStringLiteral("pwtest"));
            if (!m_snmpdUp)
                qWarning("%s", qPrintable(m_snmpd.error()));
        }
    }

    void socketOpens()
    {
        Engine engine;
        QVERIFY2(engine.isOpen(), qPrintable(engine.openError()));
        QVERIFY(engine.localPort() > 0);
    }

    void getFromSnmpsim()
    {
        if (!m_simUp)
            QSKIP("snmpsimd or the corpus is not available");
        Engine engine;
        const Response r = get(engine, loopback(m_sim.port(), QStringLiteral("librenms/snmpsim/jetdirect")),
                               {sysDescr, sysObjectId});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.varBinds.size(), 2);
        QCOMPARE(r.varBinds.at(0).oid, sysDescr);
        QCOMPARE(r.varBinds.at(0).toText(),
                 u"HP ETHERNET MULTI-ENVIRONMENT,SN:AAA0A00000,FN:1G11F33,SVCID:26267,PID:Purchasing Color Laser"_qs);
        QCOMPARE(r.varBinds.at(1).type, ValueType::ObjectId);
        QCOMPARE(r.varBinds.at(1).oidValue.toString(), u"1.3.6.1.4.1.11.2.3.9.1"_qs);
    }

    void walkMatchesRecording_data()
    {
        QTest::addColumn<QString>("recording");
        QTest::addColumn<QString>("root");
        QTest::addColumn<Core::SnmpVersion>("version");
        QTest::addColumn<int>("maxRepetitions");
        QTest::newRow("v2c GETBULK supplies") << u"librenms/snmpsim/brother.snmprec"_qs << u"1.3.6.1.2.1.43.11"_qs
                                              << Core::SnmpVersion::V2c << 25;
        QTest::newRow("v2c GETBULK printer MIB, small pages")
            << u"printmaster/derived-snmprec/kyocera_cs4053_snmp.snmprec"_qs << u"1.3.6.1.2.1.43"_qs
            << Core::SnmpVersion::V2c << 7;
        QTest::newRow("v1 GETNEXT host resources") << u"printmaster/derived-snmprec/kyocera_cs4053_snmp.snmprec"_qs
                                                   << u"1.3.6.1.2.1.25.3"_qs << Core::SnmpVersion::V1 << 25;
        QTest::newRow("v2c to the end of the MIB view") << u"librenms/snmpsim/brother.snmprec"_qs
                                                        << u"1.3.6.1.4"_qs << Core::SnmpVersion::V2c << 50;
    }
    void walkMatchesRecording()
    {
        if (!m_simUp)
            QSKIP("snmpsimd or the corpus is not available");
        QFETCH(QString, recording);
        QFETCH(QString, root);
        QFETCH(Core::SnmpVersion, version);
        QFETCH(int, maxRepetitions);
        const QString community = QString(recording).remove(QStringLiteral(".snmprec"));
        QStringList expected = recordedOids(recording, root);
        QVERIFY(!expected.isEmpty());
        expected.removeDuplicates();

        Engine engine;
        WalkOptions options;
        options.maxRepetitions = maxRepetitions;
        const WalkResult result = walk(engine, loopback(m_sim.port(), community, version),
                                       Oid::fromString(root).value(), options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.truncated);
        QStringList got;
        for (const VarBind &bind : result.rows)
            got.append(bind.oid.toString());
        if (version == Core::SnmpVersion::V1) {
            // Counter64 objects are invisible to SNMPv1.
            QVERIFY(got.size() <= expected.size());
            for (const QString &name : std::as_const(got))
                QVERIFY2(expected.contains(name), qPrintable(name));
            QVERIFY(got.size() > expected.size() / 2);
        } else {
            QCOMPARE(got, expected);
        }
    }

    void rowCapTruncates()
    {
        if (!m_simUp)
            QSKIP("snmpsimd or the corpus is not available");
        Engine engine;
        WalkOptions options;
        options.maxRows = 10;
        const WalkResult result = walk(engine,
                                       loopback(m_sim.port(), u"printmaster/derived-snmprec/kyocera_cs4053_snmp"_qs),
                                       Oid{1, 3, 6, 1, 2, 1}, options);
        QVERIFY(result.truncated);
        QCOMPARE(result.rows.size(), 10);
        QVERIFY(result.error.contains(u"10 rows"_qs));
    }

    void snmpdGetAndWalk()
    {
        if (!m_snmpdUp)
            QSKIP("snmpd is not installed (apt-get install snmpd)");
        Engine engine;
        const Target target = loopback(m_snmpd.port(), QStringLiteral("pwtest"));
        const Response r = get(engine, target, {Oid{1, 3, 6, 1, 2, 1, 1, 5, 0}});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.varBinds.first().toText(), u"printwatch-test-snmpd"_qs);

        const WalkResult system = walk(engine, target, Oid{1, 3, 6, 1, 2, 1, 1});
        QVERIFY2(system.error.isEmpty(), qPrintable(system.error));
        QVERIFY(system.rows.size() >= 7);
        for (qsizetype i = 1; i < system.rows.size(); ++i)
            QVERIFY(system.rows.at(i - 1).oid < system.rows.at(i).oid);
        // snmpd's interface table via v1 GETNEXT gives the same rows as via v2c GETBULK.
        const WalkResult v2 = walk(engine, target, Oid{1, 3, 6, 1, 2, 1, 2, 2, 1, 2});
        const WalkResult v1 = walk(engine, loopback(m_snmpd.port(), u"pwtest"_qs, Core::SnmpVersion::V1),
                                   Oid{1, 3, 6, 1, 2, 1, 2, 2, 1, 2});
        QVERIFY(!v2.rows.isEmpty());
        QCOMPARE(v1.rows, v2.rows);
    }

    void missingObjectIsAnException()
    {
        if (!m_snmpdUp)
            QSKIP("snmpd is not installed");
        Engine engine;
        const Response r = get(engine, loopback(m_snmpd.port(), u"pwtest"_qs), {Oid{1, 3, 6, 1, 2, 1, 43, 5, 1, 1, 17, 1}});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.varBinds.first().isException());
        const Response v1 = get(engine, loopback(m_snmpd.port(), u"pwtest"_qs, Core::SnmpVersion::V1),
                                {Oid{1, 3, 6, 1, 2, 1, 43, 5, 1, 1, 17, 1}});
        QCOMPARE(v1.status, ResponseStatus::Ok);
        QCOMPARE(v1.errorStatus, 2); // noSuchName
        QVERIFY(v1.error.contains(u"noSuchName"_qs));
    }

    void wrongCommunityTimesOut()
    {
        if (!m_snmpdUp)
            QSKIP("snmpd is not installed");
        Engine engine;
        QElapsedTimer clock;
        clock.start();
        const Response r = get(engine, loopback(m_snmpd.port(), u"wrong"_qs, Core::SnmpVersion::V2c, 300, 2),
                               {sysDescr});
        QCOMPARE(r.status, ResponseStatus::Timeout);
        QCOMPARE(r.tries, 3);
        QCOMPARE(r.error, u"no answer from 127.0.0.1:%1 after 3 tries"_qs.arg(m_snmpd.port()));
        QVERIFY(clock.elapsed() >= 850);
        QCOMPARE(engine.stats().retries, quint64(2));
    }

    void windowBoundsRequestsInFlight()
    {
        if (!m_snmpdUp)
            QSKIP("snmpd is not installed");
        Engine engine;
        engine.setWindow(4);
        Waiter waiter;
        int answered = 0;
        int maxInFlight = 0;
        QSignalSpy spy(&waiter, &Waiter::done);
        const Target target = loopback(m_snmpd.port(), u"pwtest"_qs);
        for (int i = 0; i < 40; ++i) {
            engine.get(target, {sysDescr}, &waiter, [&](const Response &r) {
                maxInFlight = qMax(maxInFlight, engine.inFlight() + 1);
                if (r.ok() && ++answered == 40)
                    emit waiter.done();
            });
        }
        QCOMPARE(engine.queued(), 40);
        QVERIFY(spy.wait(20000));
        QCOMPARE(answered, 40);
        QVERIFY(maxInFlight <= 4);
    }

    // A datagram the kernel refuses (here port 0: EINVAL, nothing leaves the host; the same path
    // reports EMSGSIZE under IP_PMTUDISC_DO) fails that request alone, named, in the middle of a
    // sendmmsg batch; the requests before and after it in the batch are sent and answered.
    void sendFailureFailsOnlyThatRequest()
    {
        if (!m_snmpdUp)
            QSKIP("snmpd is not installed");
        Engine engine;
        Waiter waiter;
        QSignalSpy spy(&waiter, &Waiter::done);
        constexpr int Count = 12;
        constexpr int Refused = 5;
        QList<std::optional<Response>> responses(Count);
        int finished = 0;
        for (int i = 0; i < Count; ++i) {
            const Target target = loopback(i == Refused ? quint16(0) : m_snmpd.port(), u"pwtest"_qs);
            engine.get(target, {sysDescr}, &waiter, [&, i](const Response &r) {
                responses[i] = r;
                if (++finished == Count)
                    emit waiter.done();
            });
        }
        QCOMPARE(engine.queued(), Count);
        QVERIFY(spy.wait(20000));
        for (int i = 0; i < Count; ++i) {
            QVERIFY(responses.at(i).has_value());
            const Response &r = *responses.at(i);
            if (i == Refused) {
                QCOMPARE(r.status, ResponseStatus::SendFailed);
                QCOMPARE(r.kind, ErrorKind::Local);
                QVERIFY2(r.error.startsWith(u"cannot send to 127.0.0.1:0: "_qs), qPrintable(r.error));
            } else {
                QVERIFY2(r.ok(), qPrintable(QString::number(i) + u": "_qs + r.error));
                QCOMPARE(r.varBinds.size(), 1);
            }
        }
        QCOMPARE(engine.inFlight(), 0);
    }

    void cancelDropsCallbacks()
    {
        if (!m_snmpdUp)
            QSKIP("snmpd is not installed");
        Engine engine;
        auto *context = new QObject;
        bool called = false;
        engine.get(loopback(m_snmpd.port(), u"pwtest"_qs), {sysDescr}, context, [&called](const Response &) { called = true; });
        engine.cancel(context);
        // A second request proves the event loop ran long enough for the first answer to arrive.
        const Response after = get(engine, loopback(m_snmpd.port(), u"pwtest"_qs), {sysDescr});
        QVERIFY(after.ok());
        QVERIFY(!called);
        delete context;
    }

    void cleanupTestCase()
    {
        m_sim.stop();
        m_snmpd.stop();
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
