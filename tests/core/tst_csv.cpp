// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv.h"

#include <QTest>

using namespace Printwatch::Core;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "HP LaserJet" << "HP LaserJet";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("comma quoted") << "Oslo, 3rd floor" << "\"Oslo, 3rd floor\"";
        QTest::newRow("quote doubled") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline quoted") << "a\nb" << "\"a\nb\"";
        QTest::newRow("formula =") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("formula +") << "+1" << "'+1";
        QTest::newRow("formula -") << "-2+3" << "'-2+3";
        QTest::newRow("formula @") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx" << "'\tx";
        QTest::newRow("markup kept") << "<b>x</b>" << "<b>x</b>";
    }
    void field()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(csvField(input), expected);
    }
    void row()
    {
        QCOMPARE(csvRow({csvField(QStringLiteral("a")), csvNumber(-3)}), QStringLiteral("a,-3\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
