// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/targetlist.h"

#include <QTest>

using namespace Printwatch::Core;

class TestTargetList : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("addresses");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QStringList>("names");

        QTest::newRow("single") << "192.0.2.7" << qsizetype(1) << "192.0.2.7" << "192.0.2.7" << QStringList();
        QTest::newRow("cidr /24 skips network and broadcast")
            << "127.1.0.0/24" << qsizetype(254) << "127.1.0.1" << "127.1.0.254" << QStringList();
        QTest::newRow("cidr unaligned base") << "10.0.0.77/30" << qsizetype(2) << "10.0.0.77" << "10.0.0.78" << QStringList();
        QTest::newRow("cidr /32") << "10.0.0.5/32" << qsizetype(1) << "10.0.0.5" << "10.0.0.5" << QStringList();
        QTest::newRow("cidr /31 keeps both") << "10.0.0.4/31" << qsizetype(2) << "10.0.0.4" << "10.0.0.5" << QStringList();
        QTest::newRow("range full") << "192.0.2.10-192.0.2.12" << qsizetype(3) << "192.0.2.10" << "192.0.2.12"
                                    << QStringList();
        QTest::newRow("range short") << "192.0.2.250-255" << qsizetype(6) << "192.0.2.250" << "192.0.2.255"
                                     << QStringList();
        QTest::newRow("range across octets") << "192.0.2.255-192.0.3.1" << qsizetype(3) << "192.0.2.255"
                                             << "192.0.3.1" << QStringList();
        QTest::newRow("list, duplicates once") << "192.0.2.1, 192.0.2.2;192.0.2.1\n192.0.2.3" << qsizetype(3)
                                               << "192.0.2.1" << "192.0.2.3" << QStringList();
        QTest::newRow("host names") << "printer-1.example.org lab-mfp" << qsizetype(0) << QString() << QString()
                                    << QStringList{QStringLiteral("printer-1.example.org"), QStringLiteral("lab-mfp")};
        QTest::newRow("mixed") << "printer.local 192.0.2.9" << qsizetype(1) << "192.0.2.9" << "192.0.2.9"
                               << QStringList{QStringLiteral("printer.local")};
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, addresses);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QStringList, names);

        const auto result = parseTargets(text);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->ipv4.size(), addresses);
        if (addresses > 0) {
            QCOMPARE(ipv4ToString(result->ipv4.first()), first);
            QCOMPARE(ipv4ToString(result->ipv4.last()), last);
        }
        QCOMPARE(result->hostNames, names);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("empty") << "  " << "No targets";
        QTest::newRow("prefix too long") << "192.0.2.0/33" << "prefix length";
        QTest::newRow("prefix not a number") << "192.0.2.0/x" << "prefix length";
        QTest::newRow("bad cidr base") << "192.0.2/24" << "not an IPv4 address";
        QTest::newRow("octet too big") << "192.0.2.256" << "neither";
        QTest::newRow("backwards range") << "192.0.2.20-192.0.2.10" << "ends before";
        QTest::newRow("range junk") << "192.0.2.1-abc" << "neither an address nor a last octet";
        QTest::newRow("too many") << "10.0.0.0/8" << "more than";
        QTest::newRow("garbage") << "#!$" << "neither";
        QTest::newRow("all digits is not a name") << "12345" << "neither";
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto result = parseTargets(text);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
    }

    void a16IsAllowed()
    {
        const auto result = parseTargets(QStringLiteral("127.5.0.0/16"));
        QVERIFY(result.ok());
        QCOMPARE(result->ipv4.size(), 65534);
    }

    void ipv4RoundTrip()
    {
        QCOMPARE(ipv4ToString(*ipv4FromString(QStringLiteral("127.1.2.3"))), QStringLiteral("127.1.2.3"));
        QVERIFY(!ipv4FromString(QStringLiteral("1.2.3")));
        QVERIFY(!ipv4FromString(QStringLiteral("1.2.3.4.5")));
        QVERIFY(!ipv4FromString(QStringLiteral("1.2.3.-4")));
    }
};

QTEST_GUILESS_MAIN(TestTargetList)
#include "tst_targetlist.moc"
