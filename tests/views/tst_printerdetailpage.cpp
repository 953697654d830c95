// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestutil.h"
#include "views/printerdetailpage.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Printwatch;
using Views::PrinterDetailPage;

namespace {

Storage::PrinterDetail detailWithHistory(qint64 id, int readings)
{
    Storage::PrinterDetail detail;
    detail.summary.deviceId = id;
    detail.summary.name = QStringLiteral("<b>x</b>");
    detail.summary.model = QStringLiteral("<img src=x>");
    detail.summary.vendor = QStringLiteral("HP");
    detail.summary.address = QStringLiteral("127.5.0.9");
    detail.summary.status = Core::DeviceStatus::Idle;
    detail.sysLocation = QStringLiteral("<i>Floor 3</i>");
    detail.firmware = QStringLiteral("2.1");
    for (int i = 0; i < readings; ++i) {
        Storage::CounterRecord counter;
        counter.readAt = TestRows::at(i * 24 * 60);
        counter.reading = {QStringLiteral("total"), 1000 + i * 100, QStringLiteral("impressions"), QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1")};
        detail.counterHistory.append(counter);
        Storage::SupplyRecord supply;
        supply.readAt = counter.readAt;
        supply.reading.index = 1;
        supply.reading.description = QStringLiteral("<b>Black</b> toner");
        supply.reading.colour = QStringLiteral("black");
        supply.reading.level = 50 - i * 5;
        supply.reading.maxCapacity = 100;
        supply.reading.source = QStringLiteral("1.3.6.1.2.1.43.11.1.1.9.1.1");
        detail.supplyHistory.append(supply);
    }
    if (!detail.supplyHistory.isEmpty())
        detail.supplies = {detail.supplyHistory.constLast().reading};
    return detail;
}

} // namespace

class TestPrinterDetailPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settings = ViewTest::isolateSettings(); }

    void showDeviceAsksForItsData()
    {
        PrinterDetailPage page;
        QSignalSpy requested(&page, &PrinterDetailPage::detailRequested);
        page.showDevice(42);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), 42);
        // An answer for another printer (the user moved on) is ignored.
        page.setDetail(detailWithHistory(7, 3));
        QVERIFY(page.detail().summary.deviceId != 7);
    }

    void chartsForAPrinterWithHistory()
    {
        PrinterDetailPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto detail = detailWithHistory(9, 4);
        page.setNow(detail.supplyHistory.constLast().readAt);
        page.showDevice(9);
        page.setDetail(detail);

        QChart *counters = page.counterChart()->chart();
        QCOMPARE(counters->series().size(), 1);
        auto *line = qobject_cast<QLineSeries *>(counters->series().constFirst());
        QVERIFY(line);
        QCOMPARE(line->count(), 4);
        QCOMPARE(line->at(3).y(), 1300.0);
        QChart *supplies = page.supplyChart()->chart();
        QCOMPARE(supplies->series().size(), 1);
        // Legends render markup: the printer's string is escaped, so it shows literally.
        QCOMPARE(supplies->series().constFirst()->name(), QStringLiteral("&lt;b&gt;Black&lt;/b&gt; toner"));

        auto *forecast = page.findChild<QTreeWidget *>(QStringLiteral("supplyForecast"));
        QCOMPARE(forecast->topLevelItemCount(), 1);
        QCOMPARE(forecast->topLevelItem(0)->text(0), QStringLiteral("<b>Black</b> toner"));
        QCOMPARE(forecast->topLevelItem(0)->text(1), QStringLiteral("35 %"));
        QCOMPARE(forecast->topLevelItem(0)->text(3), QLocale().toString(7.0, 'f', 1)); // 5 % a day from 35 %
        QVERIFY(forecast->topLevelItem(0)->toolTip(0).contains(QLatin1String("1.3.6.1.2.1.43.11.1.1.9.1.1")));
    }

    void markupAppearsLiterally()
    {
        PrinterDetailPage page;
        page.showDevice(9);
        page.setDetail(detailWithHistory(9, 1));
        auto *title = page.findChild<QLabel *>(QStringLiteral("titleLabel"));
        QCOMPARE(title->text(), QStringLiteral("<b>x</b>"));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        bool sawLocation = false;
        const auto labels = page.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->text().contains(QLatin1String("<")))
                QCOMPARE(label->textFormat(), Qt::PlainText);
            sawLocation = sawLocation || label->text() == QStringLiteral("<i>Floor 3</i>");
        }
        QVERIFY(sawLocation);
        // One reading cannot make a forecast and says so.
        auto *forecast = page.findChild<QTreeWidget *>(QStringLiteral("supplyForecast"));
        QCOMPARE(forecast->topLevelItem(0)->text(3), QStringLiteral("not enough history"));
    }

    void webPageIsOneClickAway()
    {
        PrinterDetailPage page;
        page.showDevice(9);
        page.setDetail(detailWithHistory(9, 1));
        QSignalSpy open(&page, &PrinterDetailPage::openWebPageRequested);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("webPageButton")), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("127.5.0.9"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestPrinterDetailPage)
#include "tst_printerdetailpage.moc"
