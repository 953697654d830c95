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

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestCountersPage)
#include "tst_counterspage.moc"
