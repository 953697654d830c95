// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetrows.h"
#include "models/countertablemodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Printwatch;
using Models::CounterTableModel;
using TestRows::counterRow;

class TestCounterTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meterColumnsAppearInReadingOrder()
    {
        CounterTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 3); // printer, address, read at
        model.setRows({counterRow(1, {{QStringLiteral("copy"), 5}, {QStringLiteral("total"), 100}})});
        QCOMPARE(model.meters(), (QStringList{QStringLiteral("total"), QStringLiteral("copy")}));
        QSignalSpy columns(&model, &QAbstractItemModel::columnsInserted);
        model.replaceDevices({2}, {counterRow(2, {{QStringLiteral("mono"), 7}, {QStringLiteral("zfold"), 1}})});
        QCOMPARE(columns.count(), 2);
        QCOMPARE(model.meters(), (QStringList{QStringLiteral("total"), QStringLiteral("mono"), QStringLiteral("copy"),
                                              QStringLiteral("zfold")}));
        QCOMPARE(model.headerData(model.columnForMeter(QStringLiteral("mono")), Qt::Horizontal).toString(),
                 QStringLiteral("Mono"));
        QCOMPARE(model.headerData(model.readAtColumn(), Qt::Horizontal).toString(), QStringLiteral("Read at"));
        QCOMPARE(model.rowCount(), 2);
    }

    void valuesSortRawAndBillingIsMarked()
    {
        CounterTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto billedOnMono = counterRow(2, {{QStringLiteral("total"), 2000}, {QStringLiteral("mono"), 1500}});
        billedOnMono.billing = QStringLiteral("mono");
        model.setRows({counterRow(1, {{QStringLiteral("total"), 123456}}), billedOnMono});
        const int total = model.columnForMeter(QStringLiteral("total"));
        const int mono = model.columnForMeter(QStringLiteral("mono"));
        QCOMPARE(model.index(0, total).data(Models::Roles::SortRole).toLongLong(), 123456);
        QVERIFY(model.index(0, total).data(CounterTableModel::BillingRole).toBool());
        QVERIFY(model.index(0, total).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, total).data(CounterTableModel::BillingRole).toBool());
        QVERIFY(model.index(1, mono).data(CounterTableModel::BillingRole).toBool());
        // A meter the printer does not have is unknown, not zero.
        QVERIFY(!model.index(0, mono).data(Models::Roles::SortRole).isValid());
        QVERIFY(model.index(1, mono).data(Qt::ToolTipRole).toString().contains(QLatin1String("1.3.6.1.2.1.43.10.2.1.4.1.1")));
    }

    void mergeUpdatesInPlace()
    {
        CounterTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({counterRow(1, {{QStringLiteral("total"), 10}}), counterRow(2, {{QStringLiteral("total"), 20}})});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.replaceDevices({2}, {counterRow(2, {{QStringLiteral("total"), 25}})});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.rowAt(1).values.value(QStringLiteral("total")), 25);
    }
};

QTEST_MAIN(TestCounterTableModel)
#include "tst_countertablemodel.moc"
