// SPDX-License-Identifier: GPL-3.0-or-later
// Engine::walkMany against snmpsimd: the rows and scalars are exactly what separate walks and GETs
// read, however the read is packed (row hints, segments, instances folded into the GETBULK).
#include "agents.h"
#include "enginecalls.h"
#include "snmp/engine.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Snmp;
using Test::get;
using Test::loopback;
using Test::walk;
using Test::walkMany;

namespace {
const Oid sysDescr{1, 3, 6, 1, 2, 1, 1, 1, 0};
const Oid sysObjectId{1, 3, 6, 1, 2, 1, 1, 2, 0};
} // namespace

class TestEngineWalkMany : public QObject
{
    Q_OBJECT

    Test::SnmpSimd m_sim;
    bool m_simUp = false;

private slots:
    void initTestCase()
    {
        if (!Test::SnmpSimd::available())
            return;
        m_simUp = m_sim.start({QStringLiteral("librenms/snmpsim/jetdirect.snmprec"),
                               QStringLiteral("librenms/snmpsim/brother.snmprec"),
                               QStringLiteral("printmaster/derived-snmprec/kyocera_cs4053_snmp.snmprec")});
        if (!m_simUp)
            qWarning("%s", qPrintable(m_sim.error()));
    }

    // walkMany reads exactly what one walk per root and a GET read, in fewer requests.
    void walkManyMatchesSeparateReads_data()
    {
        QTest::addColumn<QString>("recording");
        QTest::addColumn<int>("maxVarBinds");
        QTest::newRow("jetdirect") << u"librenms/snmpsim/jetdirect.snmprec"_qs << 64;
        QTest::newRow("kyocera, small responses") << u"printmaster/derived-snmprec/kyocera_cs4053_snmp.snmprec"_qs << 8;
        QTest::newRow("brother") << u"librenms/snmpsim/brother.snmprec"_qs << 64;
    }
    void walkManyMatchesSeparateReads()
    {
        if (!m_simUp)
            QSKIP("snmpsimd or the corpus is not available");
        QFETCH(QString, recording);
        QFETCH(int, maxVarBinds);
        const Target target = loopback(m_sim.port(), QString(recording).remove(QStringLiteral(".snmprec")));
        const QList<Oid> roots{Oid{1, 3, 6, 1, 2, 1, 25, 3, 2, 1}, Oid{1, 3, 6, 1, 2, 1, 2, 2, 1, 6},
                               Oid{1, 3, 6, 1, 2, 1, 43}, Oid{1, 3, 6, 1, 2, 1, 99, 1}, Oid{1, 3, 6, 1, 4, 1}};
        // .0 scalars (non-repeaters), one absent, and instances that are not .0 (non-repeaters from
        // the OID before them): one there, one absent, one a column whose OID before it has rows
        // (the GETNEXT lands on one of them: a GET asks again), and one in a later column.
        const QList<Oid> scalars{sysDescr,
                                 sysObjectId,
                                 Oid{1, 3, 6, 1, 2, 1, 1, 99, 0},
                                 Oid{1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 1},
                                 Oid{1, 3, 6, 1, 2, 1, 2, 2, 1, 99, 1},
                                 Oid{1, 3, 6, 1, 2, 1, 2, 2, 1, 2},
                                 Oid{1, 3, 6, 1, 2, 1, 2, 2, 1, 5, 1}};

        Engine separate;
        QList<WalkResult> expected;
        for (const Oid &root : roots)
            expected.append(walk(separate, target, root));
        const Response expectedScalars = get(separate, target, scalars);
        QVERIFY2(expectedScalars.ok(), qPrintable(expectedScalars.error));

        Engine engine;
        WalkOptions options;
        options.maxVarBinds = maxVarBinds;
        const std::optional<MultiWalkResult> got = walkMany(engine, target, scalars, roots, options);
        QVERIFY(got);
        QCOMPARE(got->status, ResponseStatus::Ok);
        QCOMPARE(got->errorStatus, 0);
        QCOMPARE(got->walks.size(), roots.size());
        int rows = 0;
        for (qsizetype i = 0; i < roots.size(); ++i) {
            QVERIFY2(got->walks.at(i).error.isEmpty(), qPrintable(got->walks.at(i).error));
            QCOMPARE(got->walks.at(i).rows, expected.at(i).rows);
            rows += int(expected.at(i).rows.size());
        }
        QVERIFY(rows > 20);
        QCOMPARE(got->scalars.size(), scalars.size());
        for (qsizetype i = 0; i < scalars.size(); ++i) {
            const VarBind &want = expectedScalars.varBinds.at(i);
            QCOMPARE(got->scalars.at(i).oid, scalars.at(i));
            if (want.isException())
                QVERIFY(got->scalars.at(i).isException());
            else
                QCOMPARE(got->scalars.at(i), want);
        }
        QVERIFY(got->scalars.at(2).isException());
        if (maxVarBinds >= 64) // with tiny responses the long enterprise walk dominates either way
            QVERIFY(engine.stats().sent < separate.stats().sent);
    }

    // The row hints of one poll shape the next (empty roots asked as non-repeaters, max-repetitions
    // from the second-longest table): the rows must not depend on them. One address answers with
    // two recordings in turn (snmpsimd picks the recording by community, the hints go by address),
    // so tables appear, vanish, grow and shrink between polls.
    void walkManyRowHintsNeverChangeRows_data()
    {
        QTest::addColumn<int>("maxVarBinds");
        QTest::newRow("64 varbinds") << 64;
        QTest::newRow("8 varbinds") << 8;
    }
    void walkManyRowHintsNeverChangeRows()
    {
        if (!m_simUp)
            QSKIP("snmpsimd or the corpus is not available");
        QFETCH(int, maxVarBinds);
        // hrPrinter: jetdirect none, kyocera 2; hrStorage: 7 and none; ipAddr 2 and 5; Printer-MIB
        // 12 and 386; entity sensors: none in either.
        const QList<Oid> roots{Oid{1, 3, 6, 1, 2, 1, 25, 3, 5, 1}, Oid{1, 3, 6, 1, 2, 1, 25, 2, 3, 1},
                               Oid{1, 3, 6, 1, 2, 1, 4, 20, 1}, Oid{1, 3, 6, 1, 2, 1, 43},
                               Oid{1, 3, 6, 1, 2, 1, 99, 1}};
        const QList<Oid> scalars{sysDescr, sysObjectId};
        const Target jetdirect = loopback(m_sim.port(), u"librenms/snmpsim/jetdirect"_qs);
        const Target kyocera = loopback(m_sim.port(), u"printmaster/derived-snmprec/kyocera_cs4053_snmp"_qs);
        QHash<QString, QList<WalkResult>> expected;
        Engine separate;
        for (const Target &target : {jetdirect, kyocera}) {
            for (const Oid &root : roots)
                expected[target.credential.community].append(walk(separate, target, root));
        }
        QVERIFY(expected[jetdirect.credential.community].at(0).rows.isEmpty());
        QVERIFY(!expected[kyocera.credential.community].at(0).rows.isEmpty());
        QVERIFY(expected[kyocera.credential.community].at(1).rows.isEmpty());

        Engine engine;
        WalkOptions options;
        options.maxVarBinds = maxVarBinds;
        int poll = 0;
        for (const Target &target : {jetdirect, jetdirect, kyocera, kyocera, jetdirect, kyocera}) {
            ++poll;
            const std::optional<MultiWalkResult> got = walkMany(engine, target, scalars, roots, options);
            QVERIFY(got);
            QCOMPARE(got->status, ResponseStatus::Ok);
            QCOMPARE(got->errorStatus, 0);
            const QList<WalkResult> &want = expected[target.credential.community];
            for (qsizetype i = 0; i < roots.size(); ++i) {
                QVERIFY2(got->walks.at(i).error.isEmpty(), qPrintable(got->walks.at(i).error));
                if (got->walks.at(i).rows != want.at(i).rows)
                    QFAIL(qPrintable(u"poll %1 (%2), root %3: %4 rows, %5 expected"_qs.arg(poll)
                                         .arg(target.credential.community, roots.at(i).toString())
                                         .arg(got->walks.at(i).rows.size())
                                         .arg(want.at(i).rows.size())));
            }
            QVERIFY(!got->scalars.at(0).isException());
            QCOMPARE(got->scalars.at(1).oid, sysObjectId);
        }
    }

    // Instances that are not .0 ride in the GETBULK as a GETNEXT of the OID before them; where
    // that lands on a row under the OID before, a GET asks again; past the instance, it is absent
    // (an exception, as a GET's): the scalars are exactly what GETs read.
    void walkManyInstancesMatchGets()
    {
        if (!Test::SnmpSimd::available())
            QSKIP("snmpsimd is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"instances.snmprec"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("1.3.6.1.2.1.1.1.0|4|instances\n"
                   "1.3.6.1.2.1.25.3.5.1.1.1|2|3\n"
                   "1.3.6.1.2.1.123.1|2|11\n"
                   "1.3.6.1.2.1.123.2.1|2|21\n"
                   "1.3.6.1.2.1.123.2.2|2|22\n"
                   "1.3.6.1.2.1.123.3|4|after rows\n"
                   "1.3.6.1.2.1.123.5|2|55\n");
        file.close();
        Test::SnmpSimd sim;
        QVERIFY2(sim.start({u"instances.snmprec"_qs}, dir.path()), qPrintable(sim.error()));
        const Target target = loopback(sim.port(), u"instances"_qs);
        const QList<Oid> scalars{sysDescr,
                                 Oid{1, 3, 6, 1, 2, 1, 123, 1},  // lands (the OID before is 123.0)
                                 Oid{1, 3, 6, 1, 2, 1, 123, 3},  // 123.2 has rows: a GET
                                 Oid{1, 3, 6, 1, 2, 1, 123, 4},  // absent: 123.5 follows
                                 Oid{1, 3, 6, 1, 2, 1, 123, 5},  // lands
                                 Oid{1, 3, 6, 1, 2, 1, 123, 9},  // absent: nothing follows
                                 Oid{1, 3, 6, 1, 2, 1, 123, 2, 2}}; // lands (after 123.2.1)
        Engine separate;
        const Response want = get(separate, target, scalars);
        QVERIFY2(want.ok(), qPrintable(want.error));
        Engine engine;
        const std::optional<MultiWalkResult> got =
            walkMany(engine, target, scalars, {Oid{1, 3, 6, 1, 2, 1, 25, 3, 5, 1}}, WalkOptions{});
        QVERIFY(got);
        QCOMPARE(got->status, ResponseStatus::Ok);
        QCOMPARE(got->scalars.size(), scalars.size());
        for (qsizetype i = 0; i < scalars.size(); ++i) {
            QCOMPARE(got->scalars.at(i).oid, scalars.at(i));
            if (want.varBinds.at(i).isException())
                QVERIFY2(got->scalars.at(i).isException(), qPrintable(scalars.at(i).toString()));
            else
                QCOMPARE(got->scalars.at(i), want.varBinds.at(i));
        }
        QCOMPARE(got->scalars.at(2).bytes, QByteArray("after rows"));
        QCOMPARE(got->walks.at(0).rows.size(), 1);
        // The GETBULK and one GET, for 123.3.
        QCOMPARE(engine.stats().sent - engine.stats().retries, quint64(2));
    }

    // A known read takes its longest root in segments that start at rows the last read found
    // (walkMany's first request fills its answer, where one M for every repeater left room): the
    // rows must be exactly a walk's whatever happened at or between those rows since, and a read
    // of an unchanged agent takes one request fewer. Each variant is polled right after the base
    // recording at the same address, so it is read with the base's segments, and the base after
    // it with the variant's.
    void walkManySegmentsNeverChangeRows()
    {
        if (!Test::SnmpSimd::available())
            QSKIP("snmpsimd is not installed");
        // The base: hrDevice 6 rows (M = 7 with its end), hrPrinter 2, entity sensors none (a
        // probe) and a Printer-MIB of 5 columns x 20 rows, 100 rows: 42 of them in the first
        // request as 6 segments of 7, the other 59 in the second.
        const auto column = [](int c, int from, int to) {
            QStringList rows;
            for (int i = from; i <= to; ++i)
                rows << u"1.3.6.1.2.1.43.11.1.1.%1.1.%2"_qs.arg(c).arg(i);
            return rows;
        };
        QStringList base;
        for (int c = 1; c <= 5; ++c)
            base += column(c, 1, 20);
        QStringList grown;
        for (int c = 1; c <= 15; ++c)
            grown += column(c, 1, 20);
        const auto without = [&base](std::initializer_list<int> rows) { // 1-based positions
            QStringList kept;
            for (qsizetype i = 0; i < base.size(); ++i) {
                if (std::find(rows.begin(), rows.end(), int(i + 1)) == rows.end())
                    kept << base.at(i);
            }
            return kept;
        };
        QStringList firstForty;
        for (int i = 1; i <= 40; ++i)
            firstForty << QString::number(i);
        QStringList lateStart = base.mid(40);
        QStringList inserted = base;
        inserted.insert(21, u"1.3.6.1.2.1.43.11.1.1.2.1.1.5"_qs); // just after row 21, a cut
        inserted.insert(28, u"1.3.6.1.2.1.43.11.1.1.2.1.7.5"_qs); // just before row 28, another
        QStringList elsewhere;
        for (int i = 1; i <= 30; ++i)
            elsewhere << u"1.3.6.1.2.1.43.5.1.1.%1.1"_qs.arg(i);
        const QList<QPair<QString, QStringList>> variants{
            {u"base"_qs, base},
            {u"cut-row-gone"_qs, without({14})},
            {u"rows-7-to-9-gone"_qs, without({7, 8, 9})},
            {u"rows-inserted-at-cuts"_qs, inserted},
            {u"shrunk"_qs, base.mid(0, 10)},
            {u"grown"_qs, grown},
            {u"first-forty-gone"_qs, lateStart},
            {u"other-rows"_qs, elsewhere},
            {u"no-printer-mib"_qs, {}},
        };
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir().mkpath(dir.filePath(u"seg"_qs));
        QStringList files;
        for (const auto &[name, printerMib] : variants) {
            QMap<Oid, QString> lines; // sorted by OID, as snmpsimd wants
            const auto add = [&lines](const QString &oid, const QString &rest) {
                lines.insert(*Oid::fromString(oid), oid + u'|' + rest);
            };
            add(u"1.3.6.1.2.1.1.1.0"_qs, u"4|segments "_qs + name);
            add(u"1.3.6.1.2.1.1.2.0"_qs, u"6|1.3.6.1.4.1.99999"_qs);
            for (int i = 1; i <= 6; ++i)
                add(u"1.3.6.1.2.1.25.3.2.1.1.%1"_qs.arg(i), u"2|%1"_qs.arg(i));
            for (int i = 1; i <= 2; ++i)
                add(u"1.3.6.1.2.1.25.3.5.1.1.%1"_qs.arg(i), u"2|3"_qs);
            for (qsizetype i = 0; i < printerMib.size(); ++i)
                add(printerMib.at(i), u"2|%1"_qs.arg(i * 7 + 1));
            add(u"1.3.6.1.2.1.123.1.0"_qs, u"2|1"_qs); // something after them all
            QFile file(dir.filePath(u"seg/"_qs + name + u".snmprec"_qs));
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (const QString &line : std::as_const(lines))
                file.write(line.toLatin1() + '\n');
            files << u"seg/"_qs + name + u".snmprec"_qs;
        }
        Test::SnmpSimd sim;
        QVERIFY2(sim.start(files, dir.path()), qPrintable(sim.error()));

        const QList<Oid> roots{Oid{1, 3, 6, 1, 2, 1, 25, 3, 2, 1}, Oid{1, 3, 6, 1, 2, 1, 25, 3, 5, 1},
                               Oid{1, 3, 6, 1, 2, 1, 43}, Oid{1, 3, 6, 1, 2, 1, 99, 1}};
        const QList<Oid> scalars{sysDescr, sysObjectId};
        Engine separate;
        Engine engine;
        WalkOptions options;
        options.maxVarBinds = 64;
        const auto poll = [&](const QString &name, int expectedRequests) {
            const Target target = loopback(sim.port(), u"seg/"_qs + name);
            const quint64 sentBefore = engine.stats().sent - engine.stats().retries; // snmpsimd can be slow
            const std::optional<MultiWalkResult> got = walkMany(engine, target, scalars, roots, options);
            QVERIFY(got);
            QCOMPARE(got->status, ResponseStatus::Ok);
            QCOMPARE(got->errorStatus, 0);
            QCOMPARE(got->scalars.at(0).bytes, (u"segments "_qs + name).toLatin1());
            for (qsizetype i = 0; i < roots.size(); ++i) {
                const WalkResult want = walk(separate, target, roots.at(i));
                QVERIFY2(want.error.isEmpty(), qPrintable(want.error));
                QVERIFY2(got->walks.at(i).error.isEmpty(), qPrintable(got->walks.at(i).error));
                if (got->walks.at(i).rows != want.rows)
                    QFAIL(qPrintable(u"%1, root %2: %3 rows, %4 expected"_qs.arg(name, roots.at(i).toString())
                                         .arg(got->walks.at(i).rows.size())
                                         .arg(want.rows.size())));
            }
            if (expectedRequests > 0)
                QCOMPARE(engine.stats().sent - engine.stats().retries - sentBefore, quint64(expectedRequests));
        };
        poll(u"base"_qs, 0); // unknown: the even share, three requests or more
        if (QTest::currentTestFailed())
            return;
        poll(u"base"_qs, 2); // in segments: 59 varbinds, then the last segment's 59 rows
        if (QTest::currentTestFailed())
            return;
        for (const auto &[name, printerMib] : variants) {
            Q_UNUSED(printerMib);
            poll(u"base"_qs, 0); // read with the last variant's segments: more requests where it differs
            if (QTest::currentTestFailed())
                return;
            poll(u"base"_qs, 2);
            if (QTest::currentTestFailed())
                return;
            poll(name, 0);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void cleanupTestCase()
    {
        m_sim.stop();
    }
};

QTEST_GUILESS_MAIN(TestEngineWalkMany)
#include "tst_enginewalkmany.moc"
