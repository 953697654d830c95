// SPDX-License-Identifier: GPL-3.0-or-later
// The string decoder: every shape of printer text seen in the field, one row each, plus the raw
// bytes the decoder keeps beside the shown text.
#include "snmp/printerdecoder.h"
#include "snmp/printerstrings.h"
#include "varbinds.h"

#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Snmp;
using namespace Printwatch::Snmp::TestVarBinds;


class TestPrinterStrings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("transformed");

        QTest::newRow("plain ASCII") << QByteArray("HP LaserJet 400") << u"HP LaserJet 400"_qs << false;
        QTest::newRow("empty") << QByteArray() << QString() << false;
        QTest::newRow("NUL padding") << QByteArray("Drum Unit\0\0\0\0", 13) << u"Drum Unit"_qs << true;
        QTest::newRow("space padding") << QByteArray("E78123456       ") << u"E78123456"_qs << true;
        QTest::newRow("NUL inside becomes a space") << QByteArray("ABC\0DEF", 7) << u"ABC DEF"_qs << true;
        QTest::newRow("spaced hex pairs") << QByteArray("48 50 20 4C 4A") << u"HP LJ"_qs << true;
        QTest::newRow("spaced hex, trailing space") << QByteArray("43 4E 42 31 ") << u"CNB1"_qs << true;
        // Printable ASCII takes a one-pass path unless it starts with two hex digits.
        QTest::newRow("spaces around") << QByteArray("  Brother HL-L2350D  ") << u"Brother HL-L2350D"_qs << true;
        QTest::newRow("only spaces") << QByteArray("    ") << QString() << true;
        QTest::newRow("one character") << QByteArray("X") << u"X"_qs << false;
        QTest::newRow("hex letters, not pairs") << QByteArray("AB Printer") << u"AB Printer"_qs << false;
        QTest::newRow("spaced hex after a space") << QByteArray(" 48 50") << u"HP"_qs << true;
        QTest::newRow("unspaced digits stay a serial") << QByteArray("12345678") << u"12345678"_qs << false;
        QTest::newRow("hex of control bytes stays text") << QByteArray("00 01 02") << u"00 01 02"_qs << false;
        QTest::newRow("HP two-line hex") << QByteArray("HP LaserJet MF\n50 20 4D 31 33 30")
                                         << u"HP LaserJet MFP M130"_qs << true;
        QTest::newRow("two-line hex, three lines") << QByteArray("Brother HL-L2350D\n57 20 73\n65 72 69 65 73")
                                                   << u"Brother HL-L2350DW series"_qs << true;
        QTest::newRow("embedded newline that is not hex stays")
            << QByteArray("Ready\nTray 2 empty") << u"Ready\nTray 2 empty"_qs << false;
        QTest::newRow("CR LF inside") << QByteArray("Line one\r\nLine two") << u"Line one\nLine two"_qs << true;
        QTest::newRow("HP PML header") << QByteArray("\x01\x15HP LaserJet Pro M404dn") << u"HP LaserJet Pro M404dn"_qs
                                       << true;
        QTest::newRow("PML header and NUL padding")
            << QByteArray("\x01\x15" "CNB3F12345\0\0", 14) << u"CNB3F12345"_qs << true;
        QTest::newRow("Latin-1") << QByteArray("Toner Schwarz K\xf6ln") << u"Toner Schwarz Köln"_qs << true;
        QTest::newRow("UTF-8 stays") << QByteArray("K\xc3\xb6ln 2. OG") << u"Köln 2. OG"_qs << false;
        QTest::newRow("escape sequence neutralised") << QByteArray("A\x1b[2JB") << u"A [2JB"_qs << true;
        QTest::newRow("C1 control from Latin-1") << QByteArray("X\x9bY") << u"X Y"_qs << true;
    }
    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(bool, transformed);
        const PrinterText decoded = decodePrinterString(bytes);
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.transformed, transformed);
    }

    void trimModel_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("vendor prefix and series") << u"Brother MFC-L2710DW series"_qs << u"Brother"_qs << u"MFC-L2710DW"_qs;
        QTest::newRow("HP long name") << u"Hewlett-Packard LaserJet 4250"_qs << u"HP"_qs << u"LaserJet 4250"_qs;
        QTest::newRow("Kyocera Mita") << u"Kyocera Mita FS-1370DN"_qs << u"Kyocera"_qs << u"FS-1370DN"_qs;
        QTest::newRow("no prefix") << u"MX-3570N"_qs << u"Sharp"_qs << u"MX-3570N"_qs;
        QTest::newRow("prefix alone stays") << u"Brother"_qs << u"Brother"_qs << u"Brother"_qs;
        QTest::newRow("prefix must end a word") << u"HPX 200"_qs << u"HP"_qs << u"HPX 200"_qs;
    }
    void trimModel()
    {
        QFETCH(QString, model);
        QFETCH(QString, vendor);
        QFETCH(QString, expected);
        QCOMPARE(trimModelName(model, vendor), expected);
    }

    // The decoder shows the decoded text and keeps the bytes, with the exact source OID.
    void rawBytesAreKept()
    {
        const QByteArray serialBytes("\x01\x15" "CNB3F12345\0\0", 14);
        const QByteArray modelBytes("HP LaserJet MF\n50 20 4D 31 33 30");
        const QList<VarBind> rows{
            octets(u"1.3.6.1.2.1.1.1.0"_qs, QByteArray("HP ETHERNET\x1b[31m")),
            objectId(u"1.3.6.1.2.1.1.2.0"_qs, u"1.3.6.1.4.1.11.2.3.9.1"_qs),
            octets(u"1.3.6.1.2.1.1.5.0"_qs, QByteArray("plain-name")),
            objectId(u"1.3.6.1.2.1.25.3.2.1.2.2"_qs, u"1.3.6.1.2.1.25.3.1.5"_qs),
            octets(u"1.3.6.1.2.1.25.3.2.1.3.2"_qs, modelBytes),
            octets(u"1.3.6.1.2.1.43.5.1.1.17.2"_qs, serialBytes),
        };
        Core::PollResult result;
        decodePrinter(rows, nullptr, u"127.0.0.1"_qs, result);
        const Core::Identity &id = result.identity;
        QCOMPARE(id.serial, u"CNB3F12345"_qs);
        QCOMPARE(id.model, u"HP LaserJet MFP M130"_qs);
        QCOMPARE(id.sysDescr, u"HP ETHERNET [31m"_qs);
        QCOMPARE(id.rawStrings.value(u"serial"_qs), serialBytes);
        QCOMPARE(id.rawStrings.value(u"model"_qs), modelBytes);
        QCOMPARE(id.rawStrings.value(u"sysDescr"_qs), QByteArray("HP ETHERNET\x1b[31m"));
        QVERIFY(!id.rawStrings.contains(u"sysName"_qs)); // shown as sent: nothing to keep
        QCOMPARE(id.sources.value(u"serial"_qs), u"1.3.6.1.2.1.43.5.1.1.17.2"_qs);
        QCOMPARE(id.sources.value(u"model"_qs), u"1.3.6.1.2.1.25.3.2.1.3.2"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPrinterStrings)
#include "tst_printerstrings.moc"
