// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestutil.h"
#include "views/printerdetailpage.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

#include <cmath>

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

    // A printer that reports no percentages (Brother's "some remaining"): the chart says why it has
    // no line, and no forecast waits for history that can never come.
    void suppliesWithoutPercentages()
    {
        PrinterDetailPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto detail = detailWithHistory(11, 3);
        for (Storage::SupplyRecord &record : detail.supplyHistory) {
            record.reading.level = Core::SupplySomeRemaining;
            record.reading.maxCapacity = Core::SupplyUnknown;
        }
        detail.supplies = {detail.supplyHistory.constLast().reading};
        page.setNow(detail.supplyHistory.constLast().readAt);
        page.showDevice(11);
        page.setDetail(detail);
        QChart *supplies = page.supplyChart()->chart();
        QVERIFY(supplies->series().isEmpty());
        QCOMPARE(supplies->title(), QStringLiteral("Supply levels: the printer reports none as a percentage"));
        auto *forecast = page.findChild<QTreeWidget *>(QStringLiteral("supplyForecast"));
        QCOMPARE(forecast->topLevelItemCount(), 1);
        QCOMPARE(forecast->topLevelItem(0)->text(1), QStringLiteral("Some remaining"));
        QCOMPARE(forecast->topLevelItem(0)->text(3), QStringLiteral("no level reported"));

        // With one reading of a real level, history is what is missing.
        page.showDevice(12);
        page.setDetail(detailWithHistory(12, 1));
        QCOMPARE(page.supplyChart()->chart()->title(), QStringLiteral("Supply levels"));
        QCOMPARE(forecast->topLevelItem(0)->text(3), QStringLiteral("not enough history"));

        // No supplies at all.
        auto bare = detailWithHistory(13, 0);
        page.showDevice(13);
        page.setDetail(bare);
        QCOMPARE(page.supplyChart()->chart()->title(), QStringLiteral("Supply levels: the printer reports no supplies"));
    }

    // The time axis's labels must tell its ticks apart: a printer polled for the first time a second
    // ago showed "16:10:39, 16:10:39, 16:10:40, 16:10:40" (five ticks at whole-second labels).
    void timeAxisLabelsAreDistinct_data()
    {
        QTest::addColumn<QList<qint64>>("offsetsMs");
        QTest::newRow("one reading") << QList<qint64>{0};
        QTest::newRow("two readings 0.4 s apart") << QList<qint64>{0, 400};
        QTest::newRow("a second") << QList<qint64>{0, 600, 1200};
        QTest::newRow("three seconds") << QList<qint64>{0, 1000, 3000};
        QTest::newRow("ten minutes") << QList<qint64>{0, 600'000};
        QTest::newRow("two minutes at minute labels") << QList<qint64>{0, 3'600'000, 3'720'000};
        QTest::newRow("three days") << QList<qint64>{0, 259'200'000};
        QTest::newRow("a year") << QList<qint64>{0, 31'536'000'000};
    }

    void timeAxisLabelsAreDistinct()
    {
        QFETCH(QList<qint64>, offsetsMs);
        Storage::PrinterDetail detail = detailWithHistory(11, 0);
        const QDateTime start = TestRows::at(0);
        for (const qint64 offset : offsetsMs) {
            Storage::CounterRecord counter;
            counter.readAt = start.addMSecs(offset);
            counter.reading = {QStringLiteral("total"), 1000 + offset / 1000, QStringLiteral("impressions"),
                               QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1")};
            detail.counterHistory.append(counter);
        }
        PrinterDetailPage page;
        page.setNow(detail.counterHistory.constLast().readAt);
        page.showDevice(11);
        page.setDetail(detail);
        const auto axes = page.counterChart()->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *x = qobject_cast<QDateTimeAxis *>(axes.constFirst());
        QVERIFY(x);
        QVERIFY(x->tickCount() >= 2);
        QVERIFY(x->min() <= start && x->max() >= detail.counterHistory.constLast().readAt);
        QStringList labels;
        const qint64 from = x->min().toMSecsSinceEpoch();
        const qint64 span = x->max().toMSecsSinceEpoch() - from;
        for (int tick = 0; tick < x->tickCount(); ++tick)
            labels << QDateTime::fromMSecsSinceEpoch(from + span * tick / (x->tickCount() - 1)).toString(x->format());
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
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

    void storedDetailShowsWithProvenance()
    {
        auto detail = detailWithHistory(9, 2);
        Storage::DeviceDetail &stored = detail.stored;
        stored.deviceId = 9;
        stored.device.identity.firmware = QStringLiteral("<b>x</b> 4.2");
        stored.device.identity.sources.insert(QStringLiteral("firmware"), QStringLiteral("1.3.6.1.4.1.11.2.4.3.1.12"));
        stored.device.identity.rawStrings.insert(QStringLiteral("firmware"), QByteArray("<b>x</b> 4.2\0", 13));
        stored.device.identity.sysContact = QStringLiteral("<img src=x> helpdesk@example.org, extension 4711");
        Core::TrayInfo tray;
        tray.index = 1;
        tray.name = QStringLiteral("Tray 2");
        tray.mediaName = QStringLiteral("A4");
        tray.maxCapacity = 550;
        tray.level = 200;
        stored.details.capabilities.inputs = {tray};
        stored.details.capabilities.duplex = true;
        stored.details.capabilities.ports = {{1, 1, QStringLiteral("<b>LPD</b>"), QString(), QStringLiteral("lpd"), 8, 515,
                                              false, QStringLiteral("1.3.6.1.4.1.2699.1.2.1.3.1.1.3.1.1")}};
        Storage::CounterRecord counter;
        counter.readAt = TestRows::at(60);
        counter.reading.name = QStringLiteral("total");
        counter.reading.value = 1200;
        counter.reading.rawValue = 1200;
        counter.reading.unit = QStringLiteral("impressions");
        counter.reading.source = QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1");
        counter.reading.billing = true;
        counter.reading.conflict = true;
        counter.reading.alternatives = {{QStringLiteral("1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0"), 1190,
                                         QStringLiteral("impressions")}};
        stored.counters = {counter};
        Storage::IdentityConflict conflict;
        conflict.kind = Storage::ConflictKind::SerialAtTwoAddresses;
        conflict.expected = QStringLiteral("127.5.0.9");
        conflict.observed = QStringLiteral("127.5.0.77");
        stored.conflicts = {conflict};

        PrinterDetailPage page;
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showDevice(9);
        page.setDetail(detail);

        const auto labels = page.findChildren<QLabel *>();
        const auto labelWith = [&labels](const QString &text) -> QLabel * {
            for (QLabel *label : labels) {
                if (label->text() == text)
                    return label;
            }
            return nullptr;
        };
        // Stored firmware shows, literally, with its source OID and raw bytes (NUL escaped) on hover.
        QLabel *firmware = labelWith(QStringLiteral("<b>x</b> 4.2"));
        QVERIFY(firmware);
        QCOMPARE(firmware->textFormat(), Qt::PlainText);
        QVERIFY(firmware->toolTip().contains(QLatin1String("1.3.6.1.4.1.11.2.4.3.1.12")));
        QVERIFY(firmware->toolTip().contains(QLatin1String("&lt;b&gt;x&lt;/b&gt; 4.2\\x00")));
        QVERIFY(!firmware->toolTip().contains(QLatin1String("<b>")));
        QLabel *contact = labelWith(QStringLiteral("<img src=x> helpdesk@example.org, extension 4711"));
        QVERIFY(contact);
        QVERIFY(contact->toolTip().contains(QLatin1String("&lt;img src=x&gt;")));
        // Trays with capacity and media, duplex.
        QLabel *trays = labelWith(QStringLiteral("Tray 2 — A4, 200 of 550 sheets"));
        QVERIFY(trays);
        QVERIFY(trays->toolTip().contains(QLatin1String("1.3.6.1.2.1.43.8.2.1")));
        QVERIFY(labelWith(QStringLiteral("Yes")));
        // PWG ports, literally, with the row's OID on hover.
        QLabel *ports = labelWith(QStringLiteral("<b>LPD</b> (lpd), TCP port 515, disabled"));
        QVERIFY(ports);
        QCOMPARE(ports->textFormat(), Qt::PlainText);
        QVERIFY(ports->toolTip().contains(QLatin1String("1.3.6.1.4.1.2699.1.2.1.3.1.1.3.1.1")));
        // The billing meter is marked, the conflict too, and its tip lists every source and value.
        auto *counters = page.findChild<QTreeWidget *>(QStringLiteral("counterList"));
        QCOMPARE(counters->topLevelItemCount(), 1);
        QTreeWidgetItem *total = counters->topLevelItem(0);
        QCOMPARE(total->text(1), QLocale().toString(1200));
        QVERIFY(total->text(4).contains(QLatin1String("billing")));
        QVERIFY(total->text(4).contains(QLatin1String("disagree")));
        QVERIFY(total->toolTip(0).contains(QLatin1String("1.3.6.1.2.1.43.10.2.1.4.1.1")));
        QVERIFY(total->toolTip(0).contains(QLatin1String("1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0")));
        QVERIFY(total->toolTip(0).contains(QLocale().toString(1190)));
        // The identity conflict is a visible notice.
        auto *notice = page.findChild<QLabel *>(QStringLiteral("conflictNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("127.5.0.77")));
        // Nothing is cut off: the fact panel never needs a sideways scroll bar, and the long contact
        // wraps inside the panel's viewport at the height its wrapped lines need.
        auto *scroll = page.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY(scroll->isAncestorOf(contact));
        QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QTRY_VERIFY(contact->mapTo(scroll->viewport(), QPoint(contact->width(), 0)).x() <= scroll->viewport()->width());
        QVERIFY(contact->height() >= contact->heightForWidth(contact->width()));
    }

    // Meters in the Counters page's order (total first, a kind's qualified meters after it), with
    // their titles; the page axis counts in round numbers.
    void countersInThePagesOrder()
    {
        PrinterDetailPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto detail = detailWithHistory(9, 0);
        const std::pair<const char *, qint64> readings[] = {
            {"print_colour", 30414}, {"drum_pages", 633}, {"total", 117884}, {"print_mono", 87470}};
        for (int round = 0; round < 2; ++round) {
            for (const auto &[name, value] : readings) {
                Storage::CounterRecord counter;
                counter.readAt = TestRows::at(round * 60);
                counter.reading = {QString::fromLatin1(name), value + round * 10, QStringLiteral("impressions"),
                                   QStringLiteral("1.3.6.1.4.1.367.3.2.1.2.19.5.1.9.1")};
                counter.reading.billing = counter.reading.name == u"total"_qs;
                detail.counterHistory.append(counter);
                if (round == 1)
                    detail.stored.counters.append(counter);
            }
        }
        page.showDevice(9);
        page.setDetail(detail);

        const QStringList titles{u"Total"_qs, u"Print, mono"_qs, u"Print, colour"_qs, u"Drum pages"_qs};
        auto *counters = page.findChild<QTreeWidget *>(QStringLiteral("counterList"));
        QCOMPARE(counters->topLevelItemCount(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(counters->topLevelItem(i)->text(0), titles.at(i));
        QCOMPARE(counters->topLevelItem(0)->text(1), QLocale().toString(117894));

        QChart *chart = page.counterChart()->chart();
        QStringList legend;
        for (QAbstractSeries *series : chart->series())
            legend += series->name();
        QCOMPARE(legend, titles);
        auto *pages = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
        QVERIFY(pages);
        QVERIFY2(pages->min() <= 633 && pages->max() >= 117894, qPrintable(u"%1..%2"_qs.arg(pages->min()).arg(pages->max())));
        const double step = (pages->max() - pages->min()) / (pages->tickCount() - 1);
        for (const double tick : {pages->min(), pages->max(), step}) {
            const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
            QVERIFY2(std::fmod(tick, magnitude) == 0, qPrintable(u"tick %1, step %2"_qs.arg(tick).arg(step)));
        }
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
