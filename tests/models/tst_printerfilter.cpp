// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/printerfilter.h"

#include <QTest>

using namespace Printwatch;

class TestPrinterFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void statusesRoundTrip();
    void emptyFilterIsEmpty();

private:
    static Core::PrinterSummary sample()
    {
        Core::PrinterSummary s;
        s.deviceId = 7;
        s.name = QStringLiteral("Floor2-Accounting");
        s.address = QStringLiteral("127.1.0.42");
        s.vendor = QStringLiteral("HP");
        s.model = QStringLiteral("LaserJet 4250");
        s.serial = QStringLiteral("CNB8K01234");
        s.mac = QStringLiteral("aa:bb:cc:dd:ee:ff");
        s.status = Core::DeviceStatus::Warning;
        return s;
    }
};

void TestPrinterFilter::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("statusKeys"); // comma-separated Core::deviceStatusKey values
    QTest::addColumn<bool>("accepted");

    QTest::newRow("empty") << QString() << QString() << true;
    QTest::newRow("blank text") << QStringLiteral("  \t ") << QString() << true;
    QTest::newRow("name") << QStringLiteral("accounting") << QString() << true;
    QTest::newRow("name upper case") << QStringLiteral("FLOOR2") << QString() << true;
    QTest::newRow("address part") << QStringLiteral("1.0.42") << QString() << true;
    QTest::newRow("vendor") << QStringLiteral("hp") << QString() << true;
    QTest::newRow("model") << QStringLiteral("laserjet") << QString() << true;
    QTest::newRow("serial") << QStringLiteral("cnb8k") << QString() << true;
    QTest::newRow("two terms across fields") << QStringLiteral("hp 4250") << QString() << true;
    QTest::newRow("terms separated by tab") << QStringLiteral("hp\t4250") << QString() << true;
    QTest::newRow("one term misses") << QStringLiteral("hp 4300") << QString() << false;
    QTest::newRow("no field matches") << QStringLiteral("brother") << QString() << false;
    QTest::newRow("mac is not searched") << QStringLiteral("aa:bb") << QString() << false;
    QTest::newRow("status matches") << QString() << QStringLiteral("warning") << true;
    QTest::newRow("status set matches") << QString() << QStringLiteral("down,warning") << true;
    QTest::newRow("status misses") << QString() << QStringLiteral("idle,down") << false;
    QTest::newRow("text and status") << QStringLiteral("4250") << QStringLiteral("warning") << true;
    QTest::newRow("text ok, status misses") << QStringLiteral("4250") << QStringLiteral("idle") << false;
    QTest::newRow("status ok, text misses") << QStringLiteral("xerox") << QStringLiteral("warning") << false;
}

void TestPrinterFilter::accepts()
{
    QFETCH(QString, text);
    QFETCH(QString, statusKeys);
    QFETCH(bool, accepted);

    QList<Core::DeviceStatus> statuses;
    for (const QString &key : statusKeys.split(QLatin1Char(','), Qt::SkipEmptyParts))
        statuses.append(Core::deviceStatusFromKey(key));

    Models::PrinterFilter filter;
    filter.setText(text);
    filter.setStatuses(statuses);
    QCOMPARE(filter.text(), text);
    QCOMPARE(filter.accepts(sample()), accepted);
}

void TestPrinterFilter::statusesRoundTrip()
{
    Models::PrinterFilter filter;
    const QList<Core::DeviceStatus> statuses{Core::DeviceStatus::Unknown, Core::DeviceStatus::Down,
                                             Core::DeviceStatus::Unreachable};
    filter.setStatuses(statuses);
    QCOMPARE(filter.statuses(), statuses);
    QVERIFY(!filter.isEmpty());

    Core::PrinterSummary unknown = sample();
    unknown.status = Core::DeviceStatus::Unknown;
    QVERIFY(filter.accepts(unknown));
}

void TestPrinterFilter::emptyFilterIsEmpty()
{
    Models::PrinterFilter filter;
    QVERIFY(filter.isEmpty());
    filter.setText(QStringLiteral("   "));
    QVERIFY(filter.isEmpty());
    filter.setText(QStringLiteral("x"));
    QVERIFY(!filter.isEmpty());
    Models::PrinterFilter same;
    same.setText(QStringLiteral(" x "));
    QVERIFY(filter == same);
}

QTEST_GUILESS_MAIN(TestPrinterFilter)
#include "tst_printerfilter.moc"
