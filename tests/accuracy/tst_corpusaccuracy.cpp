// SPDX-License-Identifier: GPL-3.0-or-later
// Accuracy over the shared corpus: every servable recording is served by snmpsimd and by
// printwatch-sim, read through PrinterReader over UDP (the real network path), and compared
// field by field with expected/*.json. Prints the table; fails on a mismatch that
// known_differences.json does not explain.
#include "agents.h"
#include "corpuscompare.h"
#include "snmp/engine.h"
#include "snmp/printerreader.h"
#include "snmp/walkfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace Printwatch;

namespace {

struct Recording
{
    QString relative;  // "librenms/snmpsim/brother.snmprec"
    QString community; // relative without .snmprec
    QString device;    // expected/ file stem: "librenms__brother"
    QString context;   // "Jetdirect" when NAME@Jetdirect.snmprec exists beside it
};

QList<Recording> recordings(const QString &root)
{
    QList<Recording> list;
    QDirIterator it(root, {QStringLiteral("*.snmprec")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    for (const QString &file : std::as_const(files)) {
        const QString base = QFileInfo(file).completeBaseName();
        if (base.contains(u'@'))
            continue; // a context of another recording
        Recording r;
        r.relative = file;
        r.community = file.chopped(8);
        const QString source = file.section(u'/', 0, 0);
        r.device = source + QStringLiteral("__") + base;
        for (const QString &other : std::as_const(files)) {
            if (other.startsWith(r.community + u'@'))
                r.context = QFileInfo(other).completeBaseName().section(u'@', 1);
        }
        list.append(r);
    }
    return list;
}

} // namespace

class TestCorpusAccuracy : public QObject
{
    Q_OBJECT

    QString m_corpus;
    QList<Recording> m_recordings;
    QList<Test::KnownDifference> m_known;

    // Reads every recording at once through one engine; `targetFor` gives address and community.
    QHash<QString, Core::PollResult> readAll(std::function<Core::PollTarget(int)> targetFor)
    {
        Snmp::Engine engine;
        QHash<QString, Core::PollResult> results;
        std::vector<std::unique_ptr<Snmp::PrinterReader>> readers;
        int pending = 0;
        for (int i = 0; i < m_recordings.size(); ++i) {
            const Recording &rec = m_recordings.at(i);
            Core::PollTarget target = targetFor(i);
            target.credential.timeoutMs = 3000;
            target.credential.retries = 2;
            std::vector<std::unique_ptr<Snmp::WalkSource>> sources;
            sources.push_back(std::make_unique<Snmp::EngineWalkSource>(&engine, Snmp::Target::fromPollTarget(target)));
            if (!rec.context.isEmpty() && target.credential.community == rec.community) {
                Core::PollTarget context = target;
                context.credential.community = rec.community + u'@' + rec.context;
                sources.push_back(std::make_unique<Snmp::EngineWalkSource>(&engine, Snmp::Target::fromPollTarget(context)));
            }
            auto reader = std::make_unique<Snmp::PrinterReader>(std::move(sources), target, Snmp::PrinterReader::defaultProfiles());
            connect(reader.get(), &Snmp::PrinterReader::finished, this, [&results, &pending, device = rec.device](const Core::PollResult &r) {
                results.insert(device, r);
                --pending;
            });
            ++pending;
            readers.push_back(std::move(reader));
        }
        for (auto &reader : readers)
            reader->start();
        // Bounded: a reader that never finishes leaves its device out, and the report fails on it.
        if (!QTest::qWaitFor([&pending] { return pending == 0; }, 120000))
            qWarning("%d reader(s) did not finish within 120 s; their devices will fail the report", pending);
        return results;
    }

    void report(const QString &peer, const QHash<QString, Core::PollResult> &results)
    {
        QList<Test::FieldCheck> checks;
        for (const Recording &rec : std::as_const(m_recordings)) {
            const Core::PollResult result = results.value(rec.device);
            QFile file(m_corpus + QStringLiteral("/expected/") + rec.device + QStringLiteral(".json"));
            if (file.open(QIODevice::ReadOnly))
                checks += Test::compareWithExpected(rec.device, QJsonDocument::fromJson(file.readAll()).object(), result);
            else
                checks += Test::plausibility(rec.device, result);
        }
        Test::explain(checks, m_known, peer);
        int matched = 0, explained = 0;
        QStringList failures;
        std::printf("\n== %s ==\n%-40s %-34s %-28s %-28s %s\n", qPrintable(peer), "device", "field", "expected", "ours", "match");
        for (const Test::FieldCheck &c : std::as_const(checks)) {
            const QString verdict = c.match ? QStringLiteral("yes") : !c.explanation.isEmpty() ? QStringLiteral("explained") : QStringLiteral("NO");
            std::printf("%-40s %-34s %-28s %-28s %s\n", qPrintable(c.device), qPrintable(c.field), qPrintable(c.expected.left(28)),
                        qPrintable(c.ours.left(28)), qPrintable(verdict));
            if (c.match)
                ++matched;
            else if (!c.explanation.isEmpty())
                ++explained;
            else
                failures.append(QStringLiteral("%1 %2: expected “%3”, ours “%4”").arg(c.device, c.field, c.expected, c.ours));
        }
        std::printf("%s: %lld fields, %d match, %d explained differences, %lld unexplained\n", qPrintable(peer),
                    qlonglong(checks.size()), matched, explained, qlonglong(failures.size()));
        std::fflush(stdout);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

private slots:
    void initTestCase()
    {
        m_corpus = Test::corpusDirectory();
        if (m_corpus.isEmpty())
            QSKIP("the shared corpus (../shared/corpus) is not here");
        m_recordings = recordings(m_corpus);
        QVERIFY(m_recordings.size() > 50);
        QString error;
        m_known = Test::loadKnownDifferences(QStringLiteral(PRINTWATCH_KNOWN_DIFFERENCES), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qputenv("PRINTWATCH_CORPUS", m_corpus.toLocal8Bit());
    }

    void snmpsimd()
    {
        if (!Snmp::Test::SnmpSimd::available())
            QSKIP("snmpsimd is not installed");
        Snmp::Test::SnmpSimd sim;
        QStringList files;
        for (const Recording &rec : std::as_const(m_recordings)) {
            files.append(rec.relative);
            if (!rec.context.isEmpty())
                files.append(rec.community + u'@' + rec.context + QStringLiteral(".snmprec"));
        }
        QVERIFY2(sim.start(files), qPrintable(sim.error()));
        const auto results = readAll([&](int i) {
            Core::PollTarget target;
            target.address = QStringLiteral("127.0.0.1");
            target.port = sim.port();
            target.credential.community = m_recordings.at(i).community;
            return target;
        });
        report(QStringLiteral("snmpsimd"), results);
    }

    void printwatchSim()
    {
        if (Snmp::Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        QStringList arguments{QStringLiteral("--count"), QStringLiteral("0"), QStringLiteral("--non-printers"), QStringLiteral("0"),
                              QStringLiteral("--first"), QStringLiteral("127.88.0.1"), QStringLiteral("--port"), QString::number(Snmp::Test::freeUdpPort()),
                              QStringLiteral("--community"), QStringLiteral("corpus"), QStringLiteral("--recordings")};
        // printwatch-sim refuses a file with a corrupt record (snmpsimd serves up to it): those
        // recordings are left out here, by what the file holds, and listed.
        const QList<Recording> all = m_recordings;
        QList<Recording> served;
        for (const Recording &rec : all) {
            const auto file = Snmp::readWalkFile(m_corpus + u'/' + rec.relative);
            if (file.ok() && file->warnings.isEmpty())
                served.append(rec);
            else
                std::printf("printwatch-sim: left out %s (%s)\n", qPrintable(rec.relative),
                            qPrintable(file.ok() ? file->warnings.join(u';') : file.error()));
        }
        m_recordings = served;
        const auto restore = qScopeGuard([this, all] { m_recordings = all; });
        for (const Recording &rec : std::as_const(m_recordings))
            arguments.append(m_corpus + u'/' + rec.relative);
        Snmp::Test::FleetSim sim;
        QVERIFY2(sim.start(arguments), qPrintable(sim.error()));
        // One device per file, in argument order, from --first up (x.x.x.0 and .255 skipped).
        const auto results = readAll([&](int i) {
            Core::PollTarget target;
            target.address = QStringLiteral("127.88.0.%1").arg(i + 1);
            target.port = sim.port();
            target.credential.community = QStringLiteral("corpus");
            return target;
        });
        // The simulator must serve what the file holds: check the mapping before comparing.
        for (int i = 0; i < m_recordings.size(); ++i) {
            const auto file = Snmp::readWalkFile(m_corpus + u'/' + m_recordings.at(i).relative);
            QVERIFY2(file.ok(), qPrintable(file.error()));
            const Core::PollResult r = results.value(m_recordings.at(i).device);
            for (const Snmp::VarBind &bind : file->rows) {
                if (bind.oid == Snmp::Oid{1, 3, 6, 1, 2, 1, 1, 2, 0} && r.reachable)
                    QCOMPARE(r.identity.sysObjectId, bind.oidValue.toString());
            }
        }
        report(QStringLiteral("printwatch-sim"), results);
    }
};

QTEST_GUILESS_MAIN(TestCorpusAccuracy)
#include "tst_corpusaccuracy.moc"
