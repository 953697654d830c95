// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/printermib.h"
#include "snmp/vendors.h"

#include <QTest>

#include <random>

using namespace Printwatch;
using namespace Printwatch::Snmp;
using Core::DeviceStatus;

namespace {
Oid oid(const char *text)
{
    return Oid::fromString(QString::fromLatin1(text)).value();
}
VarBind integer(const char *name, qint64 value)
{
    VarBind bind;
    bind.oid = oid(name);
    bind.type = ValueType::Integer;
    bind.integer = value;
    return bind;
}
VarBind string(const char *name, const QByteArray &value)
{
    VarBind bind;
    bind.oid = oid(name);
    bind.type = ValueType::OctetString;
    bind.bytes = value;
    return bind;
}
VarBind objectId(const char *name, const char *value)
{
    VarBind bind;
    bind.oid = oid(name);
    bind.type = ValueType::ObjectId;
    bind.oidValue = oid(value);
    return bind;
}
VarBind counter(const char *name, quint64 value, ValueType type = ValueType::Counter32)
{
    VarBind bind;
    bind.oid = oid(name);
    bind.type = type;
    bind.unsignedValue = value;
    bind.integer = qint64(value);
    return bind;
}
} // namespace

class TestPrinterMib : public QObject
{
    Q_OBJECT

private slots:
    void status_data()
    {
        QTest::addColumn<int>("device");
        QTest::addColumn<int>("printer");
        QTest::addColumn<DeviceStatus>("expected");
        QTest::newRow("running idle") << 2 << 3 << DeviceStatus::Idle;
        QTest::newRow("running printing") << 2 << 4 << DeviceStatus::Printing;
        QTest::newRow("running warmup") << 2 << 5 << DeviceStatus::WarmingUp;
        QTest::newRow("standby is running+other") << 2 << 1 << DeviceStatus::Asleep;
        QTest::newRow("running, no hrPrinterStatus") << 2 << 0 << DeviceStatus::Idle;
        QTest::newRow("warning idle") << 3 << 3 << DeviceStatus::Warning;
        QTest::newRow("warning printing") << 3 << 4 << DeviceStatus::Warning;
        QTest::newRow("testing") << 4 << 3 << DeviceStatus::Warning;
        QTest::newRow("down other") << 5 << 1 << DeviceStatus::Down;
        QTest::newRow("down warmup = moving online") << 5 << 5 << DeviceStatus::WarmingUp;
        QTest::newRow("unknown device, idle printer") << 1 << 3 << DeviceStatus::Idle;
        QTest::newRow("nothing reported") << 0 << 0 << DeviceStatus::Unknown;
        QTest::newRow("out of range") << 99 << 99 << DeviceStatus::Unknown;
    }
    void status()
    {
        QFETCH(int, device);
        QFETCH(int, printer);
        QFETCH(DeviceStatus, expected);
        QCOMPARE(PrinterMib::mapStatus(device, printer), expected);
    }

    void statusFromRows()
    {
        // The printer is hrDevice 3 here; device 1 is a processor that says "down".
        const QList<VarBind> rows{
            objectId("1.3.6.1.2.1.25.3.2.1.2.1", "1.3.6.1.2.1.25.3.1.3"),
            objectId("1.3.6.1.2.1.25.3.2.1.2.3", "1.3.6.1.2.1.25.3.1.5"),
            integer("1.3.6.1.2.1.25.3.2.1.5.1", 5),
            integer("1.3.6.1.2.1.25.3.2.1.5.3", 2),
            integer("1.3.6.1.2.1.25.3.5.1.1.3", 4),
        };
        QCOMPARE(PrinterMib::decodeStatus(rows), DeviceStatus::Printing);
    }

    void errorBits_data()
    {
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<quint32>("bits");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("none") << QByteArray::fromHex("00") << 0u << QStringList();
        QTest::newRow("empty string") << QByteArray() << 0u << QStringList();
        QTest::newRow("lowPaper is the top bit") << QByteArray::fromHex("80") << 0x8000u << QStringList{u"lowPaper"_qs};
        QTest::newRow("noToner + jammed") << QByteArray::fromHex("14") << 0x1400u
                                          << QStringList{u"noToner"_qs, u"jammed"_qs};
        QTest::newRow("second octet") << QByteArray::fromHex("0004") << 0x0004u << QStringList{u"inputTrayEmpty"_qs};
        QTest::newRow("overdue maintenance") << QByteArray::fromHex("0002") << 0x0002u
                                             << QStringList{u"overduePreventMaint"_qs};
        QTest::newRow("extra octets ignored") << QByteArray::fromHex("0100ff") << 0x0100u
                                              << QStringList{u"serviceRequested"_qs};
    }
    void errorBits()
    {
        QFETCH(QByteArray, octets);
        QFETCH(quint32, bits);
        QFETCH(QStringList, keys);
        QCOMPARE(PrinterMib::decodeErrorState(octets), bits);
        QCOMPARE(PrinterMib::errorStateKeys(bits), keys);
    }

    void supplies_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("supplyClass");
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<bool>("receptacle");
        QTest::addColumn<int>("percent"); // -1 = none

        QTest::newRow("toner half") << 3 << 3 << QByteArray("Black Toner") << 100 << 50 << u"toner"_qs
                                    << u"black"_qs << false << 50;
        QTest::newRow("some remaining stays -3") << 3 << 3 << QByteArray("Black Toner Cartridge") << -2 << -3
                                                 << u"toner"_qs << u"black"_qs << false << -1;
        QTest::newRow("unknown level -2") << 21 << 3 << QByteArray("Cyan Cartridge HP CF411A") << 100 << -2
                                          << u"toner"_qs << u"cyan"_qs << false << -1;
        QTest::newRow("unrestricted -1") << 5 << 3 << QByteArray("Light Cyan Ink") << 100 << -1 << u"ink"_qs
                                         << u"light cyan"_qs << false << -1;
        QTest::newRow("waste receptacle") << 4 << 4 << QByteArray("Waste Toner Box") << 1000 << 900 << u"waste"_qs
                                          << QString() << true << 90;
        QTest::newRow("drum, NUL padded") << 9 << 3 << QByteArray("Drum Unit\0\0\0\0", 13) << 12000 << 11501
                                          << u"drum"_qs << QString() << false << 96;
        QTest::newRow("over capacity") << 3 << 3 << QByteArray("Yellow") << 100 << 130 << u"toner"_qs
                                       << u"yellow"_qs << false << 100;
        QTest::newRow("unknown type") << 77 << 1 << QByteArray("Thing") << 10 << 5 << u"other"_qs << QString()
                                      << false << 50;
        QTest::newRow("latin-1 description") << 3 << 3 << QByteArray("Toner Schwarz \xe4") << 100 << 10
                                             << u"toner"_qs << QString() << false << 10;
        QTest::newRow("no false colour in words") << 15 << 3 << QByteArray("Fuser Kit (Redundant)") << 100 << 10
                                                  << u"fuser"_qs << QString() << false << 10;
    }
    void supplies()
    {
        QFETCH(int, type);
        QFETCH(int, supplyClass);
        QFETCH(QByteArray, description);
        QFETCH(int, capacity);
        QFETCH(int, level);
        QFETCH(QString, kind);
        QFETCH(QString, colour);
        QFETCH(bool, receptacle);
        QFETCH(int, percent);
        const QList<VarBind> rows{
            integer("1.3.6.1.2.1.43.11.1.1.4.1.2", supplyClass), integer("1.3.6.1.2.1.43.11.1.1.5.1.2", type),
            string("1.3.6.1.2.1.43.11.1.1.6.1.2", description), integer("1.3.6.1.2.1.43.11.1.1.8.1.2", capacity),
            integer("1.3.6.1.2.1.43.11.1.1.9.1.2", level),
        };
        const auto supplies = PrinterMib::decodeSupplies(rows);
        QCOMPARE(supplies.size(), 1);
        const Core::SupplyReading &supply = supplies.first();
        QCOMPARE(supply.index, 2);
        QCOMPARE(supply.kind, kind);
        QCOMPARE(supply.colour, colour);
        QCOMPARE(supply.receptacle, receptacle);
        QCOMPARE(supply.level, level);       // raw, sentinels included
        QCOMPARE(supply.maxCapacity, capacity);
        QCOMPARE(supply.percent().value_or(-1), percent);
        QCOMPARE(supply.source, u"1.3.6.1.2.1.43.11.1.1.9.1.2"_qs);
        QVERIFY(!supply.description.contains(QChar(0)));
    }

    void colourNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("colour");
        QTest::newRow("plain") << QStringLiteral("Black Toner Cartridge") << QStringLiteral("black");
        QTest::newRow("two words") << QStringLiteral("Light Cyan Ink") << QStringLiteral("light cyan");
        QTest::newRow("list order wins") << QStringLiteral("Magenta/Cyan kit") << QStringLiteral("cyan");
        QTest::newRow("longest first") << QStringLiteral("Photo Black PK") << QStringLiteral("photo black");
        QTest::newRow("gray is grey") << QStringLiteral("GRAY ink") << QStringLiteral("grey");
        QTest::newRow("light gray") << QStringLiteral("light gray") << QStringLiteral("light grey");
        QTest::newRow("inside a word") << QStringLiteral("Blackish Xcyan toner") << QString();
        QTest::newRow("after a digit") << QStringLiteral("TK-5240K 2yellow") << QStringLiteral("yellow");
        QTest::newRow("later word") << QStringLiteral("Toner Cartridge (Yellow)") << QStringLiteral("yellow");
        QTest::newRow("cut short") << QStringLiteral("toner blac") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void colourNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, colour);
        QCOMPARE(PrinterMib::colourFromName(text), colour);
    }

    // colourFromName answers ASCII names without a lower-case copy: it must agree with the plain
    // word search (lower-case the name, try each colour in list order at each word start) for
    // names mixing colour words, fragments, case and separators, and still decide non-ASCII ones.
    void colourNamesAgreeWithWordSearch()
    {
        const QStringList colours{u"photo black"_qs, u"matte black"_qs, u"light black"_qs, u"light light black"_qs,
                                  u"light cyan"_qs, u"light magenta"_qs, u"light grey"_qs, u"light gray"_qs,
                                  u"black"_qs, u"cyan"_qs, u"magenta"_qs, u"yellow"_qs, u"grey"_qs, u"gray"_qs,
                                  u"red"_qs, u"green"_qs, u"blue"_qs, u"orange"_qs, u"violet"_qs, u"white"_qs,
                                  u"clear"_qs};
        const auto reference = [&colours](const QString &name) {
            const QString lower = name.toLower();
            for (const QString &colour : colours) {
                for (qsizetype at = 0; at + colour.size() <= lower.size(); ++at) {
                    const qsizetype end = at + colour.size();
                    if ((at > 0 && lower.at(at - 1).isLetter()) || !lower.at(at).isLetter()
                        || QStringView(lower).sliced(at, colour.size()) != colour
                        || (end < lower.size() && lower.at(end).isLetter()))
                        continue;
                    return colour == u"gray"_qs ? u"grey"_qs : colour == u"light gray"_qs ? u"light grey"_qs : colour;
                }
            }
            return QString();
        };
        const QStringList pieces{u"Black"_qs, u"CYAN"_qs, u"light"_qs, u"Light Gray"_qs, u"blac"_qs, u"Toner"_qs,
                                 u"ink"_qs, u"Xmagenta"_qs, u"yellowish"_qs, u"Photo"_qs, u"matte"_qs, u"grey"_qs,
                                 u"Red"_qs, u"3"_qs, u"/"_qs, u" "_qs, u"-"_qs, u"("_qs, u")"_qs, u"Schwarz"_qs,
                                 u"\u00c4"_qs, u"\u0130"_qs, u"blue"_qs, u"clear"_qs, u"whiteblue"_qs,
                                 u"Photo Black"_qs, u"light light BLACK"_qs, u"Matte black"_qs, u"light Magenta"_qs};
        std::mt19937 random(20261124);
        int checked = 0;
        for (int n = 0; n < 20000; ++n) {
            QString name;
            const int count = int(random() % 6);
            for (int i = 0; i < count; ++i)
                name += pieces.at(qsizetype(random() % quint32(pieces.size())));
            QCOMPARE(PrinterMib::colourFromName(name), reference(name));
            checked += reference(name).isEmpty() ? 0 : 1;
        }
        QVERIFY(checked > 1000); // the names do name colours, not only miss them
    }

    void colourFromColorantTable()
    {
        // The description names no colour; prtMarkerSuppliesColorantIndex -> prtMarkerColorantValue does.
        const QList<VarBind> rows{
            integer("1.3.6.1.2.1.43.11.1.1.3.1.1", 3), string("1.3.6.1.2.1.43.11.1.1.6.1.1", "Cartridge 045H"),
            integer("1.3.6.1.2.1.43.11.1.1.9.1.1", 40), string("1.3.6.1.2.1.43.12.1.1.4.1.3", "magenta"),
        };
        const auto supplies = PrinterMib::decodeSupplies(rows);
        QCOMPARE(supplies.size(), 1);
        QCOMPARE(supplies.first().colour, u"magenta"_qs);
        QCOMPARE(supplies.first().maxCapacity, Core::SupplyUnknown); // absent, not 0
    }

    void identity()
    {
        const QList<VarBind> rows{
            string("1.3.6.1.2.1.1.1.0", "Brother NC-8300h, Firmware Ver.1.14"),
            objectId("1.3.6.1.2.1.1.2.0", "1.3.6.1.4.1.2435.2.3.9.1"),
            string("1.3.6.1.2.1.1.5.0", QByteArray("BRN001\0\0", 8)),
            string("1.3.6.1.2.1.2.2.1.6.1", QByteArray()),
            string("1.3.6.1.2.1.2.2.1.6.2", QByteArray(6, '\0')),
            string("1.3.6.1.2.1.2.2.1.6.3", QByteArray::fromHex("3C2AF4BFF51B")),
            objectId("1.3.6.1.2.1.25.3.2.1.2.1", "1.3.6.1.2.1.25.3.1.5"),
            string("1.3.6.1.2.1.25.3.2.1.3.1", "Brother MFC-L2710DW series"),
            string("1.3.6.1.2.1.43.5.1.1.17.1", "E78123A4N\0"),
        };
        const Core::Identity identity = PrinterMib::decodeIdentity(rows);
        QCOMPARE(identity.vendor, u"Brother"_qs);
        QCOMPARE(identity.model, u"Brother MFC-L2710DW series"_qs);
        QCOMPARE(identity.serial, u"E78123A4N"_qs);
        QCOMPARE(identity.sysObjectId, u"1.3.6.1.4.1.2435.2.3.9.1"_qs);
        QCOMPARE(identity.mac, u"3c:2a:f4:bf:f5:1b"_qs); // first non-empty, non-zero 6-byte address
        QCOMPARE(identity.deviceType, u"printer"_qs);
    }

    void vendors_data()
    {
        QTest::addColumn<QString>("sysObjectId");
        QTest::addColumn<QString>("sysDescr");
        QTest::addColumn<QString>("vendor");
        QTest::newRow("HP") << u"1.3.6.1.4.1.11.2.3.9.1"_qs << QString() << u"HP"_qs;
        QTest::newRow("Xerox") << u"1.3.6.1.4.1.253.8.62.1"_qs << QString() << u"Xerox"_qs;
        QTest::newRow("Ricoh") << u"1.3.6.1.4.1.367.1.1"_qs << QString() << u"Ricoh"_qs;
        QTest::newRow("Kyocera") << u"1.3.6.1.4.1.1347.41"_qs << QString() << u"Kyocera"_qs;
        QTest::newRow("Canon") << u"1.3.6.1.4.1.1602.4.7"_qs << QString() << u"Canon"_qs;
        QTest::newRow("Lexmark") << u"1.3.6.1.4.1.641.1"_qs << QString() << u"Lexmark"_qs;
        QTest::newRow("Konica Minolta") << u"1.3.6.1.4.1.18334.1.2"_qs << QString() << u"Konica Minolta"_qs;
        QTest::newRow("Sharp") << u"1.3.6.1.4.1.2385.3.1"_qs << QString() << u"Sharp"_qs;
        QTest::newRow("Epson") << u"1.3.6.1.4.1.1248.1.1"_qs << QString() << u"Epson"_qs;
        QTest::newRow("OKI") << u"1.3.6.1.4.1.2001.1.1"_qs << QString() << u"OKI"_qs;
        QTest::newRow("Samsung") << u"1.3.6.1.4.1.236.11.5"_qs << QString() << u"Samsung"_qs;
        QTest::newRow("Toshiba") << u"1.3.6.1.4.1.1129.2.3"_qs << QString() << u"Toshiba"_qs;
        QTest::newRow("Dell") << u"1.3.6.1.4.1.674.10898.100"_qs << QString() << u"Dell"_qs;
        QTest::newRow("net-snmp, described") << u"1.3.6.1.4.1.8072.3.2.10"_qs << u"Lexmark MS610"_qs
                                             << u"Lexmark"_qs;
        QTest::newRow("no vendor word inside another") << u"1.3.6.1.4.1.8072.3.2.10"_qs << u"Linux smoking 6.1"_qs
                                                       << QString();
        QTest::newRow("not an enterprise") << u"1.3.6.1.2.1.1"_qs << QString() << QString();
    }
    void vendors()
    {
        QFETCH(QString, sysObjectId);
        QFETCH(QString, sysDescr);
        QFETCH(QString, vendor);
        const QList<VarBind> rows{objectId("1.3.6.1.2.1.1.2.0", sysObjectId.toLatin1().constData()),
                                  string("1.3.6.1.2.1.1.1.0", sysDescr.toUtf8())};
        QCOMPARE(PrinterMib::decodeIdentity(rows).vendor, vendor);
    }

    void counters()
    {
        const QList<VarBind> rows{
            integer("1.3.6.1.2.1.43.10.2.1.3.1.1", 7),
            counter("1.3.6.1.2.1.43.10.2.1.4.1.1", 42976),
            counter("1.3.6.1.2.1.43.10.2.1.4.1.2", 5),
        };
        const auto counters = PrinterMib::decodeCounters(rows);
        QCOMPARE(counters.size(), 1);
        QCOMPARE(counters.first().name, u"total"_qs);
        QCOMPARE(counters.first().value, 42976);
        QCOMPARE(counters.first().unit, u"impressions"_qs);
        QCOMPARE(counters.first().source, u"1.3.6.1.2.1.43.10.2.1.4.1.1"_qs);
        QVERIFY(PrinterMib::decodeCounters({string("1.3.6.1.2.1.43.10.2.1.4.1.1", "12")}).isEmpty()); // bad type
    }

    void alerts()
    {
        const QList<VarBind> rows{
            integer("1.3.6.1.2.1.43.18.1.1.2.1.7", 3), integer("1.3.6.1.2.1.43.18.1.1.4.1.7", 8),
            integer("1.3.6.1.2.1.43.18.1.1.5.1.7", 1), integer("1.3.6.1.2.1.43.18.1.1.7.1.7", 8),
            string("1.3.6.1.2.1.43.18.1.1.8.1.7", "Paper jam\0"),
            integer("1.3.6.1.2.1.43.18.1.1.2.1.9", 4), integer("1.3.6.1.2.1.43.18.1.1.7.1.9", 1101),
        };
        const auto alerts = PrinterMib::decodeAlerts(rows);
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(0).index, 7);
        QCOMPARE(alerts.at(0).severity, 3);
        QCOMPARE(alerts.at(0).group, 8);
        QCOMPARE(alerts.at(0).code, 8);
        QCOMPARE(alerts.at(0).description, u"Paper jam"_qs);
        QCOMPARE(alerts.at(1).index, 9);
        QCOMPARE(alerts.at(1).code, 1101);
    }

    void printerRecognition()
    {
        QVERIFY(PrinterMib::looksLikePrinter({objectId("1.3.6.1.2.1.25.3.2.1.2.2", "1.3.6.1.2.1.25.3.1.5")}));
        QVERIFY(PrinterMib::looksLikePrinter({integer("1.3.6.1.2.1.43.5.1.1.1.1", 1)}));
        QVERIFY(!PrinterMib::looksLikePrinter({objectId("1.3.6.1.2.1.25.3.2.1.2.1", "1.3.6.1.2.1.25.3.1.3")}));
        QVERIFY(!PrinterMib::looksLikePrinter({integer("1.3.6.1.2.1.47.1.1.1.1.2.1", 1)}));
        QCOMPARE(PrinterMib::decodeUptime({counter("1.3.6.1.2.1.1.3.0", 123456, ValueType::TimeTicks)}), 123456);
        QCOMPARE(PrinterMib::decodeUptime({}), -1);
    }
};

QTEST_GUILESS_MAIN(TestPrinterMib)
#include "tst_printermib.moc"
