// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/countertablemodel.h"
#include "viewtestutil.h"
#include "views/counterspage.h"

#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace Printwatch;
using Models::CounterTableModel;

class TestCountersPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settings = ViewTest::isolateSettings(); }

    void meterColumnHiddenSurvivesARestartOnceColumnsArrive()
    {
        {
            CounterTableModel model;
            model.setRows({TestRows::counterRow(1, {{QStringLiteral("total"), 10}, {QStringLiteral("copy"), 3}})});
            Views::CountersPage page(&model);
            QCOMPARE(page.tableView()->model()->columnCount(), 5);
            page.setColumnHidden(model.columnForMeter(QStringLiteral("copy")), true);
        }
        // Next start: the page exists before the first counters load, as in the app.
        CounterTableModel model;
        Views::CountersPage page(&model);
        model.setRows({TestRows::counterRow(1, {{QStringLiteral("total"), 10}, {QStringLiteral("copy"), 3}})});
        QVERIFY(page.isColumnHidden(model.columnForMeter(QStringLiteral("copy"))));
        QVERIFY(!page.isColumnHidden(model.columnForMeter(QStringLiteral("total"))));
    }

    void sortsOnRawValues()
    {
        CounterTableModel model;
        model.setRows({TestRows::counterRow(1, {{QStringLiteral("total"), 9}}),
                       TestRows::counterRow(2, {{QStringLiteral("total"), 1000}}),
                       TestRows::counterRow(3, {{QStringLiteral("total"), 100}})});
        Views::CountersPage page(&model);
        page.tableView()->sortByColumn(model.columnForMeter(QStringLiteral("total")), Qt::DescendingOrder);
        QAbstractItemModel *shown = page.tableView()->model();
        QCOMPARE(shown->index(0, 0).data(Qt::UserRole + 3).toLongLong(), 2);
        QCOMPARE(shown->index(2, 0).data(Qt::UserRole + 3).toLongLong(), 1);
    }

    // Meter columns arrive with the first counters; each is at least as wide as its title (a long
    // vendor label, Norwegian titles), on the first start and for a meter first seen later.
    void meterColumnsFitTheirTitles()
    {
        CounterTableModel model;
        Views::CountersPage page(&model);
        page.resize(1200, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        model.setRows({TestRows::counterRow(1, {{QStringLiteral("total"), 10},
                                                {QStringLiteral("vendor:Black & White Total Count (A3/Ledger)"), 3}})});
        model.replaceDevices({2}, {TestRows::counterRow(2, {{QStringLiteral("vendor:Colour Total Count, Large Format Prints"), 1}})});
        const QHeaderView *header = page.tableView()->horizontalHeader();
        for (const QString &meter : model.meters()) {
            const int column = model.columnForMeter(meter);
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(u"%1: %2 < %3"_qs.arg(meter).arg(header->sectionSize(column)).arg(header->sectionSizeHint(column))));
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestCountersPage)
#include "tst_counterspage.moc"
