// SPDX-License-Identifier: GPL-3.0-or-later
// The printwatch-sim executable: ready line, stdin control, signals and start-up errors.

#include "simtestutil.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Printwatch::Sim::Test;

namespace {

QString simPath()
{
    const QString fromEnv = qEnvironmentVariable("PRINTWATCH_SIM");
    return fromEnv.isEmpty() ? QStringLiteral(PRINTWATCH_BINARY_DIR "/bin/printwatch-sim") : fromEnv;
}

// waitForFinished() is false for a process that has already finished while the test waited for its output.
bool exited(QProcess &process)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(5000);
}

const QString SysName = QStringLiteral("1.3.6.1.2.1.1.5.0");
const QString Serial = QStringLiteral("1.3.6.1.2.1.43.5.1.1.17.1");
const QString LifeCount = QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1");

struct Sim
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    quint16 port = 0;
    int printers = -1;
    QString first;

    bool start(const QStringList &arguments)
    {
        process->start(simPath(), arguments);
        if (!process->waitForStarted(5000))
            return false;
        QSignalSpy ready(process.get(), &QProcess::readyReadStandardOutput);
        if (!process->canReadLine() && !ready.wait(10000))
            return false;
        const QString line = QString::fromUtf8(process->readLine()).chopped(1);
        static const QRegularExpression format(
            QStringLiteral("^printwatch-sim ready port=(\\d+) printers=(\\d+) first=(\\d+\\.\\d+\\.\\d+\\.\\d+)$"));
        const auto match = format.match(line);
        if (!match.hasMatch()) {
            qWarning("unexpected ready line: %s", qPrintable(line));
            return false;
        }
        port = quint16(match.captured(1).toUInt());
        printers = match.captured(2).toInt();
        first = match.captured(3);
        return true;
    }

    QString command(const QByteArray &line)
    {
        process->write(line + '\n');
        QSignalSpy spy(process.get(), &QProcess::readyReadStandardOutput);
        if (!process->canReadLine() && !spy.wait(5000))
            return QStringLiteral("<no answer>");
        return QString::fromUtf8(process->readLine()).trimmed();
    }

    QMap<QString, QString> get(const QString &address, const QStringList &oids) const
    {
        QMap<QString, QString> map;
        for (const Varbind &vb : parseVarbinds(snmp(QStringLiteral("snmpget"), QStringLiteral("2c"), address, port, oids).out))
            map.insert(vb.oid, vb.value);
        return map;
    }

    ~Sim()
    {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
};

} // namespace

class TestPrintwatchSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(simPath()), qPrintable(simPath()));
        if (!haveSnmpTools())
            QSKIP("net-snmp command-line tools are not installed");
    }

    void servesAfterTheReadyLineUntilTerminated()
    {
        Sim sim;
        QVERIFY(sim.start({QStringLiteral("--count"), QStringLiteral("5"), QStringLiteral("--non-printers"),
                           QStringLiteral("2"), QStringLiteral("--first"), QStringLiteral("127.50.0.1")}));
        sim.process->closeWriteChannel(); // stdin closed: without --stdin-control it keeps serving
        QCOMPARE(sim.printers, 5);
        QCOMPARE(sim.first, QStringLiteral("127.50.0.1"));
        QVERIFY(sim.port > 0);
        QVERIFY(!sim.get(QStringLiteral("127.50.0.1"), {SysName}).value(SysName).isEmpty());
        QVERIFY(!sim.get(QStringLiteral("127.50.0.7"), {SysName}).value(SysName).isEmpty()); // last non-printer
        QVERIFY(sim.get(QStringLiteral("127.50.0.8"), {SysName}).isEmpty());
        QCOMPARE(sim.process->state(), QProcess::Running);
        sim.process->terminate();
        QVERIFY(exited(*sim.process));
        QCOMPARE(sim.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.process->exitCode(), 0);
    }

    void stdinCommands()
    {
        Sim sim;
        QVERIFY(sim.start({QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--first"),
                           QStringLiteral("127.51.0.1"), QStringLiteral("--speed"), QStringLiteral("0.00001"),
                           QStringLiteral("--stdin-control")}));
        const QString a = QStringLiteral("127.51.0.2");
        const QString b = QStringLiteral("127.51.3.3");
        const auto before = sim.get(a, {Serial, LifeCount});
        QCOMPARE(before.size(), 2);

        QCOMPARE(sim.command("silence 127.51.0.2"), QStringLiteral("ok"));
        QVERIFY(sim.get(a, {Serial}).isEmpty());
        QCOMPARE(sim.command("wake 127.51.0.2"), QStringLiteral("ok"));
        QCOMPARE(sim.get(a, {Serial}).value(Serial), before.value(Serial));

        QCOMPARE(sim.command("move 127.51.0.2 127.51.3.3"), QStringLiteral("ok"));
        QVERIFY(sim.get(a, {Serial}).isEmpty());
        QCOMPARE(sim.get(b, {Serial}).value(Serial), before.value(Serial));

        QCOMPARE(sim.command("pages 127.51.3.3 250"), QStringLiteral("ok"));
        QCOMPARE(sim.get(b, {LifeCount}).value(LifeCount).toLongLong(), before.value(LifeCount).toLongLong() + 250);

        QVERIFY(sim.command("pages 127.51.0.2 5").startsWith(QLatin1String("error: ")));
        QVERIFY(sim.command("move 127.51.3.3 192.168.1.1").startsWith(QLatin1String("error: ")));
        QVERIFY(sim.command("dance").startsWith(QLatin1String("error: ")));
        QCOMPARE(sim.command("quit"), QStringLiteral("ok"));
        QVERIFY(exited(*sim.process));
        QCOMPARE(sim.process->exitCode(), 0);
    }

    void statsCountsTheSocketsTraffic()
    {
        Sim sim;
        QVERIFY(sim.start({QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--first"),
                           QStringLiteral("127.53.0.1"), QStringLiteral("--stdin-control")}));
        const auto stats = [&] {
            static const QRegularExpression re(
                QStringLiteral("^stats requests=(\\d+) request_bytes=(\\d+) answers=(\\d+) answer_bytes=(\\d+)$"));
            const auto match = re.match(sim.command("stats"));
            return match.hasMatch() ? QList<qint64>{match.captured(1).toLongLong(), match.captured(2).toLongLong(),
                                                    match.captured(3).toLongLong(), match.captured(4).toLongLong()}
                                    : QList<qint64>{};
        };
        const QList<qint64> start = stats();
        QCOMPARE(start, (QList<qint64>{0, 0, 0, 0}));
        QCOMPARE(sim.get(QStringLiteral("127.53.0.1"), {SysName, Serial}).size(), 2);
        const QList<qint64> answered = stats();
        QCOMPARE(answered.size(), 4);
        QVERIFY(answered[0] >= 1);
        QVERIFY(answered[1] > 20 * answered[0]); // a GET of two OIDs is more than 20 bytes
        QVERIFY(answered[2] >= 1);
        QVERIFY(answered[3] > answered[1] / answered[0] * answered[2]); // answers carry values: bigger
        // A silent printer's requests arrive, nothing goes out.
        QCOMPARE(sim.command("silence 127.53.0.1"), QStringLiteral("ok"));
        QVERIFY(sim.get(QStringLiteral("127.53.0.1"), {SysName}).isEmpty());
        const QList<qint64> silent = stats();
        QVERIFY(silent[0] > answered[0]);
        QCOMPARE(silent[2], answered[2]);
        QCOMPARE(silent[3], answered[3]);
    }

    void speedMakesCountersGrow()
    {
        Sim sim;
        QVERIFY(sim.start({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--first"),
                           QStringLiteral("127.53.0.1"), QStringLiteral("--speed"), QStringLiteral("600"),
                           QStringLiteral("--pages-per-minute"), QStringLiteral("60")}));
        const auto count = [&] { return sim.get(sim.first, {LifeCount}).value(LifeCount, QStringLiteral("-1")).toLongLong(); };
        const qint64 first = count();
        QVERIFY(first > 0);
        QTRY_VERIFY_WITH_TIMEOUT(count() > first + 10, 10000);
    }

    void stdinEndQuitsWithStdinControl()
    {
        Sim sim;
        QVERIFY(sim.start({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--first"),
                           QStringLiteral("127.52.0.1"), QStringLiteral("--stdin-control")}));
        sim.process->closeWriteChannel();
        QVERIFY(exited(*sim.process));
        QCOMPARE(sim.process->exitCode(), 0);
    }

    void startupErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("first outside loopback") << QStringList{QStringLiteral("--first"), QStringLiteral("10.1.0.1")}
                                                << QStringLiteral("10.1.0.1");
        QTest::newRow("first not an address") << QStringList{QStringLiteral("--first"), QStringLiteral("printer")}
                                              << QStringLiteral("127.0.0.0/8");
        QTest::newRow("missing recording") << QStringList{QStringLiteral("--recordings"), QStringLiteral("/nonexistent.snmprec")}
                                           << QStringLiteral("/nonexistent.snmprec");
        QTest::newRow("bad count") << QStringList{QStringLiteral("--count"), QStringLiteral("many")}
                                   << QStringLiteral("--count");
    }

    void startupErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ToolResult r = runTool(simPath(), arguments, 10000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.out.contains("ready"));
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void badRecordingNamesFileAndLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken.snmprec"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("1.3.6.1.2.1.1.1.0|4|fine\n1.3.6.1.2.1.1.3.0|67|12\n1.3.6.1.2.1.1.5.0|4\n");
        file.close();
        const ToolResult r = runTool(simPath(), {QStringLiteral("--recordings"), dir.path()}, 10000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains((path + QStringLiteral(":3:")).toUtf8()), r.err.constData());
    }

    void busyPortIsAnError()
    {
        const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const QString port = QString::number(ntohs(address.sin_port));
        const ToolResult r = runTool(simPath(), {QStringLiteral("--port"), port}, 10000);
        ::close(fd);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(port.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("in use"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPrintwatchSim)
#include "tst_printwatchsim.moc"
