// SPDX-License-Identifier: GPL-3.0-or-later
// The walk file parser: snmpsim .snmprec and net-snmp `snmpwalk -On` text, one row per shape,
// and bad lines reported with their line number while the rest still loads.
#include "snmp/walkfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Snmp;

namespace {

// "oid=TYPE:value": octet strings as hex, so bytes are compared exactly.
QString describe(const VarBind &bind)
{
    QString value;
    switch (bind.type) {
    case ValueType::OctetString:
    case ValueType::IpAddress:
    case ValueType::Opaque:
        value = QString::fromLatin1(bind.bytes.toHex());
        break;
    case ValueType::ObjectId:
        value = bind.oidValue.toString();
        break;
    case ValueType::Counter32:
    case ValueType::Gauge32:
    case ValueType::TimeTicks:
    case ValueType::Counter64:
        value = QString::number(bind.unsignedValue);
        break;
    default:
        value = QString::number(bind.integer);
        break;
    }
    return bind.oid.toString() + u'=' + valueTypeName(bind.type) + u':' + value;
}

QString hex(const char *text)
{
    return QString::fromLatin1(QByteArray(text).toHex());
}

} // namespace

class TestWalkFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QStringList>("warnings"); // each must appear, in order, as a substring

        QTest::newRow("snmprec, every tag")
            << QByteArray("1.3.6.1.2.1.1.1.0|4|HP LaserJet\n"
                          "1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.11.2.3.9.1\n"
                          "1.3.6.1.2.1.1.3.0|67|123456\n"
                          "1.3.6.1.2.1.2.2.1.6.1|4x|001b78aabbcc\n"
                          "1.3.6.1.2.1.4.20.1.1.10.0.0.5|64|10.0.0.5\n"
                          "1.3.6.1.2.1.25.3.2.1.5.1|2|-3\n"
                          "1.3.6.1.2.1.43.10.2.1.4.1.1|65|4294967295\n"
                          "1.3.6.1.2.1.43.10.2.1.4.1.2|70|18446744073709551615\n"
                          "1.3.6.1.2.1.25.2.2.0|66|524288\n")
            << QStringList{u"1.3.6.1.2.1.1.1.0=STRING:"_qs + hex("HP LaserJet"),
                           u"1.3.6.1.2.1.1.2.0=OID:1.3.6.1.4.1.11.2.3.9.1"_qs,
                           u"1.3.6.1.2.1.1.3.0=Timeticks:123456"_qs,
                           u"1.3.6.1.2.1.2.2.1.6.1=STRING:001b78aabbcc"_qs,
                           u"1.3.6.1.2.1.4.20.1.1.10.0.0.5=IpAddress:0a000005"_qs,
                           u"1.3.6.1.2.1.25.2.2.0=Gauge32:524288"_qs,
                           u"1.3.6.1.2.1.25.3.2.1.5.1=INTEGER:-3"_qs,
                           u"1.3.6.1.2.1.43.10.2.1.4.1.1=Counter32:4294967295"_qs,
                           u"1.3.6.1.2.1.43.10.2.1.4.1.2=Counter64:18446744073709551615"_qs}
            << QStringList{};
        QTest::newRow("snmprec: sorted, first of duplicates wins, comments and CRLF")
            << QByteArray("# recorded 2024\r\n"
                          "1.3.6.1.2.1.1.5.0|4|second\r\n"
                          "1.3.6.1.2.1.1.1.0|4|first\r\n"
                          "1.3.6.1.2.1.1.5.0|4|duplicate\r\n")
            << QStringList{u"1.3.6.1.2.1.1.1.0=STRING:"_qs + hex("first"), u"1.3.6.1.2.1.1.5.0=STRING:"_qs + hex("second")}
            << QStringList{};
        QTest::newRow("snmprec: bad lines named by number")
            << QByteArray("1.3.6.1.2.1.1.1.0|4|ok\n"
                          "not a record\n"
                          "1.3.6.1.2.1.1.7.0|2|seven\n"
                          "1.3.6.1.2.1.1.8.0|99|x\n"
                          "1.3.6.1.2.1.1.9.0|4:numeric|x\n"
                          "1.3.x.1|4|bad oid\n")
            << QStringList{u"1.3.6.1.2.1.1.1.0=STRING:"_qs + hex("ok")}
            << QStringList{u"line 2: not"_qs, u"line 3: INTEGER “seven” is not a number"_qs, u"line 4: unknown tag 99"_qs,
                           u"line 5: snmpsim variation tag"_qs, u"line 6: bad OID"_qs};
        QTest::newRow("snmpwalk -On, every type")
            << QByteArray(".1.3.6.1.2.1.1.1.0 = STRING: \"HP LaserJet \\\"Pro\\\"\"\n"
                          ".1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.11.2.3.9.1\n"
                          ".1.3.6.1.2.1.1.3.0 = Timeticks: (123456) 0:20:34.56\n"
                          ".1.3.6.1.2.1.2.2.1.6.1 = Hex-STRING: 00 1B 78 AA BB CC \n"
                          ".1.3.6.1.2.1.4.20.1.1.10.0.0.5 = IpAddress: 10.0.0.5\n"
                          ".1.3.6.1.2.1.25.3.2.1.5.1 = INTEGER: running(2)\n"
                          ".1.3.6.1.2.1.25.3.5.1.2.1 = BITS: 80 00 lowPaper(0)\n"
                          ".1.3.6.1.2.1.43.10.2.1.4.1.1 = Counter32: 12345\n"
                          ".1.3.6.1.2.1.43.11.1.1.9.1.1 = INTEGER: -3\n"
                          ".1.3.6.1.2.1.43.11.1.1.9.1.2 = \"\"\n"
                          ".1.3.6.1.2.1.43.11.1.1.9.1.3 = No Such Instance currently exists at this OID\n"
                          ".1.3.6.1.2.1.43.99 = No more variables left in this MIB View (It is past the end of the MIB tree)\n")
            << QStringList{u"1.3.6.1.2.1.1.1.0=STRING:"_qs + hex("HP LaserJet \"Pro\""),
                           u"1.3.6.1.2.1.1.2.0=OID:1.3.6.1.4.1.11.2.3.9.1"_qs,
                           u"1.3.6.1.2.1.1.3.0=Timeticks:123456"_qs,
                           u"1.3.6.1.2.1.2.2.1.6.1=STRING:001b78aabbcc"_qs,
                           u"1.3.6.1.2.1.4.20.1.1.10.0.0.5=IpAddress:0a000005"_qs,
                           u"1.3.6.1.2.1.25.3.2.1.5.1=INTEGER:2"_qs,
                           u"1.3.6.1.2.1.25.3.5.1.2.1=STRING:8000"_qs,
                           u"1.3.6.1.2.1.43.10.2.1.4.1.1=Counter32:12345"_qs,
                           u"1.3.6.1.2.1.43.11.1.1.9.1.1=INTEGER:-3"_qs,
                           u"1.3.6.1.2.1.43.11.1.1.9.1.2=STRING:"_qs,
                           u"1.3.6.1.2.1.43.11.1.1.9.1.3=noSuchInstance:0"_qs}
            << QStringList{};
        QTest::newRow("snmpwalk: Hex-STRING wrapped after 16 bytes, string over two lines")
            << QByteArray(".1.3.6.1.2.1.25.3.2.1.3.1 = Hex-STRING: 48 50 20 4C 61 73 65 72 4A 65 74 20 4D 46 50 20 \n"
                          "4D 31 33 30 \n"
                          ".1.3.6.1.2.1.43.16.5.1.2.1.1 = STRING: \"Ready\n"
                          "Tray 2 empty\"\n")
            << QStringList{u"1.3.6.1.2.1.25.3.2.1.3.1=STRING:"_qs + hex("HP LaserJet MFP M130"),
                           u"1.3.6.1.2.1.43.16.5.1.2.1.1=STRING:"_qs + hex("Ready\nTray 2 empty")}
            << QStringList{};
        QTest::newRow("snmpwalk: symbolic OIDs and unknown types are named by line")
            << QByteArray(".1.3.6.1.2.1.1.5.0 = STRING: \"lj\"\n"
                          "SNMPv2-MIB::sysLocation.0 = STRING: \"hall\"\n"
                          ".1.3.6.1.2.1.1.7.0 = Weird: 1\n"
                          ".1.3.6.1.2.1.1.8.0 = INTEGER: lots\n"
                          "garbage line\n")
            << QStringList{u"1.3.6.1.2.1.1.5.0=STRING:"_qs + hex("lj")}
            << QStringList{u"line 2: bad OID (was the walk made with -On?)"_qs, u"line 3: unknown type “Weird”"_qs,
                           u"line 4: INTEGER “lots” is not a number"_qs, u"line 5: no “ = ”"_qs};
    }
    void parse()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, rows);
        QFETCH(QStringList, warnings);
        auto walk = parseWalk(content, u"test.walk"_qs);
        QVERIFY2(walk.ok(), qPrintable(walk.error()));
        QStringList described;
        for (const VarBind &bind : walk->rows)
            described << describe(bind);
        QCOMPARE(described, rows);
        QCOMPARE(walk->warnings.size(), warnings.size());
        for (qsizetype i = 0; i < warnings.size(); ++i) {
            QVERIFY2(walk->warnings.at(i).contains(warnings.at(i)), qPrintable(walk->warnings.at(i)));
            QVERIFY2(walk->warnings.at(i).startsWith(u"test.walk "_qs), qPrintable(walk->warnings.at(i)));
        }
    }

    void unreadableFilesAreErrorsNamingTheFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"missing.snmprec"_qs);
        auto none = readWalkFile(missing);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(missing), qPrintable(none.error()));

        auto empty = parseWalk(QByteArray("# only a comment\n\n"), u"empty.snmprec"_qs);
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().contains(u"empty.snmprec"_qs), qPrintable(empty.error()));
        auto junk = parseWalk(QByteArray("hello\nworld\n"), u"junk.txt"_qs);
        QVERIFY(!junk.ok());
        QVERIFY2(junk.error().contains(u"junk.txt"_qs), qPrintable(junk.error()));
    }
};

QTEST_GUILESS_MAIN(TestWalkFile)
#include "tst_walkfile.moc"
