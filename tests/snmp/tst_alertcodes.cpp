// SPDX-License-Identifier: GPL-3.0-or-later
// IANA-PRINTER-MIB enumerations to texts and keys: alert codes, alert groups, covers, sub-unit
// status bits, input types, marking technologies, hrDeviceTypes. Unknown codes stay visible as
// numbers, never as an empty cell.
#include "snmp/alertcodes.h"

#include <QTest>

using namespace Printwatch::Snmp::PrinterMib;

class TestAlertCodes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("other") << 1 << u"other"_qs;
        QTest::newRow("cover open") << 3 << u"cover open"_qs;
        QTest::newRow("jam") << 8 << u"jam"_qs;
        QTest::newRow("sub-unit almost empty") << 12 << u"sub-unit almost empty"_qs;
        QTest::newRow("door open") << 501 << u"door open"_qs;
        QTest::newRow("tray missing") << 801 << u"input media tray missing"_qs;
        QTest::newRow("paper low") << 807 << u"input media supply low"_qs;
        QTest::newRow("paper out") << 808 << u"input media supply empty"_qs;
        QTest::newRow("output tray missing") << 901 << u"output media tray missing"_qs;
        QTest::newRow("toner empty") << 1101 << u"marker toner empty"_qs;
        QTest::newRow("toner low") << 1104 << u"marker toner almost empty"_qs;
        QTest::newRow("media path tray missing") << 1301 << u"media path media tray missing"_qs;
        QTest::newRow("unknown code keeps its number") << 4242 << u"alert code 4242"_qs;
        QTest::newRow("zero") << 0 << u"alert code 0"_qs;
        QTest::newRow("negative") << -5 << u"alert code -5"_qs;
    }
    void alertCodes()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QCOMPARE(alertCodeText(code), text);
    }

    void keys_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("key");
        QTest::newRow("group input") << u"group"_qs << 8 << u"input"_qs;
        QTest::newRow("group supplies") << u"group"_qs << 11 << u"markerSupplies"_qs;
        QTest::newRow("group hrDevice") << u"group"_qs << 4 << u"hostResourcesMIBDeviceTable"_qs;
        QTest::newRow("group finisher") << u"group"_qs << 30 << u"finDevice"_qs;
        QTest::newRow("group unknown") << u"group"_qs << 2 << u"2"_qs;
        QTest::newRow("cover open") << u"cover"_qs << 3 << u"open"_qs;
        QTest::newRow("cover interlock closed") << u"cover"_qs << 6 << u"interlockClosed"_qs;
        QTest::newRow("cover unknown") << u"cover"_qs << 9 << u"9"_qs;
        QTest::newRow("input manual") << u"input"_qs << 5 << u"sheetFeedManual"_qs;
        QTest::newRow("input roll") << u"input"_qs << 6 << u"continuousRoll"_qs;
        QTest::newRow("mark laser") << u"mark"_qs << 4 << u"electrophotographicLaser"_qs;
        QTest::newRow("mark inkjet") << u"mark"_qs << 12 << u"inkjetAqueous"_qs;
        QTest::newRow("mark thermal transfer") << u"mark"_qs << 16 << u"thermalTransfer"_qs;
        QTest::newRow("device printer") << u"device"_qs << 5 << u"printer"_qs;
        QTest::newRow("device network") << u"device"_qs << 4 << u"network"_qs;
        QTest::newRow("device disk") << u"device"_qs << 6 << u"diskStorage"_qs;
        QTest::newRow("device unknown arc") << u"device"_qs << 99 << u"99"_qs;
    }
    void keys()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, key);
        QString actual;
        if (kind == u"group")
            actual = alertGroupKey(code);
        else if (kind == u"cover")
            actual = coverStatusKey(code);
        else if (kind == u"input")
            actual = inputTypeKey(code);
        else if (kind == u"mark")
            actual = markTechKey(code);
        else
            actual = hrDeviceTypeKey(quint32(code));
        QCOMPARE(actual, key);
    }

    // PrtSubUnitStatusTC is a bit field: availability in bits 0-2, then alert, off-line and
    // transitioning flags.
    void subUnitStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("idle") << 0 << u"available, idle"_qs;
        QTest::newRow("standby") << 1 << u"available, standby"_qs;
        QTest::newRow("busy") << 3 << u"available, busy"_qs;
        QTest::newRow("broken") << 5 << u"unavailable, broken"_qs;
        QTest::newRow("unknown") << 6 << u"unknown"_qs;
        QTest::newRow("idle + non-critical") << 8 << u"available, idle, non-critical alert"_qs;
        QTest::newRow("empty tray: unavailable on request + critical") << 4 + 16
                                                                     << u"unavailable, on request, critical alert"_qs;
        QTest::newRow("every flag") << 7 + 8 + 16 + 32 + 64
                                    << u"unknown, non-critical alert, critical alert, off-line, transitioning"_qs;
    }
    void subUnitStatus()
    {
        QFETCH(int, status);
        QFETCH(QString, text);
        QCOMPARE(subUnitStatusText(status), text);
    }
};

QTEST_GUILESS_MAIN(TestAlertCodes)
#include "tst_alertcodes.moc"
