// SPDX-License-Identifier: GPL-3.0-or-later
// OID text parsing, which recordings and profiles rely on.

#include "sim/oid.h"

#include <QTest>

using namespace Printwatch::Sim;

class TestOid : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain") << QStringLiteral("1.3.6.1.2.1.1.1.0") << true << QStringLiteral("1.3.6.1.2.1.1.1.0");
        QTest::newRow("leading dot") << QStringLiteral(".1.3.6.1.4.1.11") << true << QStringLiteral("1.3.6.1.4.1.11");
        QTest::newRow("max sub-id") << QStringLiteral("1.3.4294967295") << true << QStringLiteral("1.3.4294967295");
        QTest::newRow("too big") << QStringLiteral("1.3.4294967296") << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("one sub-id") << QStringLiteral("1") << false << QString();
        QTest::newRow("double dot") << QStringLiteral("1.3..6") << false << QString();
        QTest::newRow("trailing dot") << QStringLiteral("1.3.6.") << false << QString();
        QTest::newRow("letters") << QStringLiteral("1.3.six") << false << QString();
        QTest::newRow("negative") << QStringLiteral("1.3.-6") << false << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const auto oid = parseOid(text);
        QCOMPARE(oid.ok(), valid);
        if (valid)
            QCOMPARE(oidToString(*oid), canonical);
        else
            QVERIFY(!oid.error().isEmpty());
    }

    void ordering()
    {
        // Lexicographic by sub-identifier: a prefix sorts first, 1.3.6.1.2.1.1.9 before 1.3.6.1.2.1.1.10.
        const Oid a = parseOid(QStringLiteral("1.3.6.1.2.1.1")).value();
        const Oid b = parseOid(QStringLiteral("1.3.6.1.2.1.1.9")).value();
        const Oid c = parseOid(QStringLiteral("1.3.6.1.2.1.1.10")).value();
        QVERIFY(a < b);
        QVERIFY(b < c);
        QVERIFY(oidStartsWith(c, a));
        QVERIFY(!oidStartsWith(a, c));
    }
};

QTEST_GUILESS_MAIN(TestOid)
#include "tst_simoid.moc"
