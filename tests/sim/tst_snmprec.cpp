// SPDX-License-Identifier: GPL-3.0-or-later
// .snmprec recordings: decoding of every tag, clear errors with line numbers, and corpus files
// served value for value (read with net-snmp's snmpbulkwalk).

#include "sim/fleet.h"
#include "sim/snmprec.h"
#include "simtestutil.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Printwatch::Sim;
using namespace Printwatch::Sim::Test;

namespace {

const QString CorpusDir = QStringLiteral("/work/shared/corpus");

// What snmpbulkwalk -On -Ox -Ot -Oe prints for a recorded value; written apart from the
// simulator's own decoder so that the two can disagree.
QString expectedText(const QByteArray &tag, const QByteArray &value)
{
    const bool hex = tag.endsWith('x');
    const int number = (hex ? tag.chopped(1) : tag).toInt();
    const QByteArray bytes = hex ? QByteArray::fromHex(value) : value;
    switch (number) {
    case 4:
    case 68:
        return QString::fromLatin1(bytes.toHex().toUpper());
    case 6:
        return value.startsWith('.') ? QString::fromLatin1(value) : QStringLiteral(".") + QString::fromLatin1(value);
    case 64:
        if (hex)
            return QStringLiteral("%1.%2.%3.%4").arg(uchar(bytes[0])).arg(uchar(bytes[1])).arg(uchar(bytes[2])).arg(uchar(bytes[3]));
        return QString::fromLatin1(value);
    case 5:
        return QStringLiteral("NULL");
    default:
        return QString::fromLatin1(value.trimmed());
    }
}

QString servedText(const Varbind &vb)
{
    if (vb.type.isEmpty() && vb.value == u"NULL")
        return vb.value;
    return vb.value;
}

} // namespace

class TestSnmprec : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryTag_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("oid");
        QTest::newRow("integer") << QByteArray("1.3.6.1.2.1.1.7.0|2|-72") << 2 << qint64(-72) << QByteArray() << QString();
        QTest::newRow("string") << QByteArray("1.3.6.1.2.1.1.5.0|4|a|b c") << 4 << qint64(0) << QByteArray("a|b c") << QString();
        QTest::newRow("empty string") << QByteArray("1.3.6.1.2.1.1.4.0|4|") << 4 << qint64(0) << QByteArray() << QString();
        QTest::newRow("hex string") << QByteArray("1.3.6.1.2.1.2.2.1.6.1|4x|3C2AF4bff51b") << 4 << qint64(0)
                                    << QByteArray::fromHex("3c2af4bff51b") << QString();
        QTest::newRow("null") << QByteArray("1.3.6.1.2.1.1.9.0|5|") << 5 << qint64(0) << QByteArray() << QString();
        QTest::newRow("oid with dot") << QByteArray("1.3.6.1.2.1.1.2.0|6|.1.3.6.1.4.1.1129.1") << 6 << qint64(0)
                                      << QByteArray() << QStringLiteral("1.3.6.1.4.1.1129.1");
        QTest::newRow("ip") << QByteArray("1.3.6.1.2.1.4.20.1.1.10.0.0.5|64|10.0.0.5") << 0x40 << qint64(0)
                            << QByteArray("\x0a\x00\x00\x05", 4) << QString();
        QTest::newRow("ip hex") << QByteArray("1.3.6.1.2.1.4.20.1.3.10.0.0.5|64x|ffffff00") << 0x40 << qint64(0)
                                << QByteArray("\xff\xff\xff\x00", 4) << QString();
        QTest::newRow("counter32 max") << QByteArray("1.3.6.1.2.1.2.2.1.10.1|65|4294967295") << 0x41
                                       << qint64(4294967295) << QByteArray() << QString();
        QTest::newRow("gauge") << QByteArray("1.3.6.1.2.1.2.2.1.5.1|66|100000000") << 0x42 << qint64(100000000)
                               << QByteArray() << QString();
        QTest::newRow("ticks") << QByteArray("1.3.6.1.2.1.1.3.0|67|19568677") << 0x43 << qint64(19568677)
                               << QByteArray() << QString();
        QTest::newRow("opaque hex") << QByteArray("1.3.6.1.4.1.2021.10.1.6.1|68x|9f780442") << 0x44 << qint64(0)
                                    << QByteArray::fromHex("9f780442") << QString();
        QTest::newRow("crlf") << QByteArray("1.3.6.1.2.1.1.5.0|4|name\r") << 4 << qint64(0) << QByteArray("name")
                              << QString();
    }

    void decodesEveryTag()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, type);
        QFETCH(qint64, number);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, oid);
        const auto recording = parseSnmprec(line + '\n', QStringLiteral("t.snmprec"));
        QVERIFY2(recording, qPrintable(recording.error()));
        QCOMPARE((*recording)->entries.size(), std::size_t(1));
        const SnmpValue &v = (*recording)->entries.front().second;
        QCOMPARE(int(v.type), type);
        QCOMPARE(v.number, number);
        QCOMPARE(v.bytes, bytes);
        QCOMPARE(v.oid.toString(), oid);
    }

    void counter64()
    {
        const auto r = parseSnmprec("1.3.6.1.2.1.31.1.1.1.6.1|70|18446744073709551615\n", QStringLiteral("c"));
        QVERIFY(r);
        QCOMPARE((*r)->entries.front().second.counter64, std::numeric_limits<std::uint64_t>::max());
    }

    void sortsAndKeepsTheFirstDuplicate()
    {
        const auto r = parseSnmprec("# comment\n1.3.6.1.2.1.1.5.0|4|b\n\n1.3.6.1.2.1.1.10.0|2|1\n"
                                    "1.3.6.1.2.1.1.1.0|4|a\n1.3.6.1.2.1.1.5.0|4|dup\n",
                                    QStringLiteral("u"));
        QVERIFY(r);
        QStringList oids;
        for (const auto &[o, v] : (*r)->entries)
            oids << o.toString();
        QCOMPARE(oids, (QStringList{QStringLiteral("1.3.6.1.2.1.1.1.0"), QStringLiteral("1.3.6.1.2.1.1.5.0"),
                                    QStringLiteral("1.3.6.1.2.1.1.10.0")}));
        QCOMPARE((*r)->entries[1].second.bytes, QByteArray("b"));
    }

    void badLinesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("why");
        QTest::newRow("no bars") << QByteArray("1.3.6.1.2.1.1.1.0 4 text") << QStringLiteral("OID|TYPE|VALUE");
        QTest::newRow("bad oid") << QByteArray("1.3.x.1|2|5") << QStringLiteral("invalid OID");
        // Core::Oid parses a single sub-identifier; a recorded object needs at least two.
        QTest::newRow("one sub-identifier") << QByteArray("1|2|5") << QStringLiteral("invalid OID");
        QTest::newRow("sub-identifier above 32 bits") << QByteArray("1.3.4294967296|2|5") << QStringLiteral("invalid OID");
        QTest::newRow("bad oid value") << QByteArray("1.3.6.1.2.1.1.2.0|6|1.3..6") << QStringLiteral("invalid OID");
        QTest::newRow("unknown tag") << QByteArray("1.3.6.1.2.1.1.1.0|99|5") << QStringLiteral("unknown type tag 99");
        QTest::newRow("text tag") << QByteArray("1.3.6.1.2.1.1.1.0|str|5") << QStringLiteral("not a numeric tag");
        QTest::newRow("variation") << QByteArray("1.3.6.1.2.1.1.3.0|67:numeric|1") << QStringLiteral("variation");
        QTest::newRow("odd hex") << QByteArray("1.3.6.1.2.1.1.1.0|4x|abc") << QStringLiteral("not hexadecimal");
        QTest::newRow("big integer") << QByteArray("1.3.6.1.2.1.1.7.0|2|4294967296") << QStringLiteral("32-bit");
        QTest::newRow("counter text") << QByteArray("1.3.6.1.2.1.2.2.1.17.1|65|6git3159") << QStringLiteral("unsigned 32-bit");
        QTest::newRow("negative gauge") << QByteArray("1.3.6.1.2.1.2.2.1.5.1|66|-1") << QStringLiteral("unsigned 32-bit");
        QTest::newRow("ip") << QByteArray("1.3.6.1.2.1.4.20.1.1.1|64|10.0.0") << QStringLiteral("dotted quad");
    }

    void badLinesNameTheLine()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, why);
        const QByteArray text = "1.3.6.1.2.1.1.5.0|4|ok\n\n" + badLine + "\n1.3.6.1.2.1.1.6.0|4|ok\n";
        const auto r = parseSnmprec(text, QStringLiteral("dir/bad.snmprec"));
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(QLatin1String("dir/bad.snmprec:3: ")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(why), qPrintable(r.error()));
    }

    void missingFileIsAnError()
    {
        const auto r = loadSnmprec(QStringLiteral("/nonexistent/x.snmprec"));
        QVERIFY(!r);
        QVERIFY(r.error().contains(QLatin1String("/nonexistent/x.snmprec")));
    }

    void corruptCorpusLineGivesItsLineNumber()
    {
        const QString path = CorpusDir + QStringLiteral("/librenms/snmpsim/okilan_9450g.snmprec");
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not available");
        // Find the line whose Counter32 value is not a number, independently of the loader.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int line = 0, badLine = 0;
        while (!file.atEnd()) {
            ++line;
            const QList<QByteArray> parts = file.readLine().trimmed().split('|');
            bool ok = true;
            if (parts.size() >= 3 && parts[1] == "65")
                parts[2].toULongLong(&ok);
            if (!ok && !badLine)
                badLine = line;
        }
        QVERIFY(badLine > 0);
        const auto r = loadSnmprec(path);
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(path + QStringLiteral(":%1: ").arg(badLine)), qPrintable(r.error()));
    }

    void everyCorpusFileLoadsOrFailsClearly()
    {
        if (!QDir(CorpusDir).exists())
            QSKIP("the shared corpus is not available");
        const auto files = findSnmprecFiles({CorpusDir});
        QVERIFY2(files, qPrintable(files.error()));
        int loaded = 0;
        for (const QString &file : *files) {
            const auto r = loadSnmprec(file);
            if (r)
                ++loaded;
            else
                QVERIFY2(r.error().startsWith(file + u':'), qPrintable(r.error()));
        }
        QVERIFY2(loaded >= files->size() - 3, qPrintable(QStringLiteral("%1 of %2").arg(loaded).arg(files->size())));
    }

    void corpusRecordingIsServedValueForValue_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xerox") << QStringLiteral("librenms/snmpsim/xerox.snmprec");
        QTest::newRow("zebra (hex strings)") << QStringLiteral("librenms/snmpsim/zebra.snmprec");
        QTest::newRow("jetdirect") << QStringLiteral("librenms/snmpsim/jetdirect.snmprec");
        QTest::newRow("canon (duplicates)") << QStringLiteral("librenms/snmpsim/canonprinter_lbp.snmprec");
        QTest::newRow("kyocera (printmaster)") << QStringLiteral("printmaster/derived-snmprec/kyocera_p2040_snmp.snmprec");
    }

    void corpusRecordingIsServedValueForValue()
    {
        QFETCH(QString, file);
        const QString path = CorpusDir + u'/' + file;
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not available");
        if (!haveSnmpTools())
            QSKIP("net-snmp command-line tools are not installed");

        // The expectation, read straight from the file: first value of each OID, in OID order.
        QFile input(path);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QMap<Oid, QString> expected;
        for (const QByteArray &raw : input.readAll().split('\n')) {
            const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
            const qsizetype a = line.indexOf('|');
            const qsizetype b = line.indexOf('|', a + 1);
            if (a < 0 || b < 0)
                continue;
            const Oid oid = parseOid(QString::fromLatin1(line.left(a))).value();
            if (!expected.contains(oid))
                expected.insert(oid, expectedText(line.mid(a + 1, b - a - 1), line.mid(b + 1)));
        }

        FleetConfig config;
        config.printerCount = 0;
        config.firstAddress = QStringLiteral("127.41.0.1");
        config.recordings = {path};
        auto fleet = Fleet::start(config);
        QVERIFY2(fleet, qPrintable(fleet.error()));
        const ToolResult walk = snmp(QStringLiteral("snmpbulkwalk"), QStringLiteral("2c"), (*fleet)->addresses().first(),
                                     (*fleet)->port(), {QStringLiteral(".1")});
        QCOMPARE(walk.exitCode, 0);
        const auto snapshot = (*fleet)->device((*fleet)->addresses().first());
        QVERIFY(snapshot);
        QCOMPARE(snapshot->kind, DeviceKind::Recording);
        QCOMPARE(snapshot->recordingPath, path);
        const auto served = walked(walk.out);
        QCOMPARE(served.size(), expected.size());
        auto it = expected.cbegin();
        for (const Varbind &vb : served) {
            QCOMPARE(vb.oid, it.key().toString());
            QCOMPARE(servedText(vb), it.value());
            if (vb.oid == u"1.3.6.1.2.1.1.5.0")
                QCOMPARE(snapshot->sysName.toUtf8().toHex().toUpper(), vb.value.toLatin1());
            ++it;
        }
    }
};

QTEST_GUILESS_MAIN(TestSnmprec)
#include "tst_snmprec.moc"
