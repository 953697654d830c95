// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetrows.h"
#include "models/alertcodes.h"
#include "models/alerttablemodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace Printwatch;
using Models::AlertTableModel;
using TestRows::alertRow;

class TestAlertTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsCodeTextSeverityAndTimes()
    {
        AlertTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({alertRow(1, 10, 3, 8), alertRow(2, 10, 4, 1104, false), alertRow(3, 11, 4, 4242)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, AlertTableModel::CodeColumn).data().toString(), QStringLiteral("Paper jam"));
        QCOMPARE(model.index(0, AlertTableModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
        QVERIFY(!model.index(0, AlertTableModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(0, AlertTableModel::ClearedColumn).data().toString(), QStringLiteral("Open"));
        QCOMPARE(model.index(1, AlertTableModel::CodeColumn).data().toString(), QStringLiteral("Toner low"));
        QVERIFY(model.index(1, AlertTableModel::ClearedColumn).data(Models::Roles::SortRole).toDateTime().isValid());
        QCOMPARE(model.index(2, AlertTableModel::CodeColumn).data().toString(), QStringLiteral("Alert code 4242"));
        QCOMPARE(model.index(1, 0).data(Models::Roles::DeviceIdRole).toLongLong(), 10);

        const auto open = model.openBySeverity();
        QCOMPARE(open.at(2), 1); // critical
        QCOMPARE(open.at(1), 1); // the cleared warning does not count
        QCOMPARE(open.at(0), 0);
    }

    void replaceDevicesDropsClearedAndKeepsOthers()
    {
        AlertTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({alertRow(1, 10, 3, 8), alertRow(2, 10, 4, 1104), alertRow(3, 11, 4, 1104)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Device 10 now: the jam cleared (a changed row), alert 2 gone from the window, a new one.
        model.replaceDevices({10}, {alertRow(1, 10, 3, 8, false), alertRow(4, 10, 3, 1101)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowForKey(2), -1);
        QVERIFY(model.rowForKey(3) >= 0);
        QVERIFY(!model.index(model.rowForKey(1), 0).data(AlertTableModel::ActiveRole).toBool());
    }

    void markupStaysText()
    {
        AlertTableModel model;
        auto row = alertRow(1, 10, 3, 8);
        row.record.alert.description = QStringLiteral("<b>x</b>");
        row.printer.name = QStringLiteral("<img src=x>");
        model.setRows({row});
        QCOMPARE(model.index(0, AlertTableModel::DescriptionColumn).data().toString(), QStringLiteral("<b>x</b>"));
        QCOMPARE(model.index(0, AlertTableModel::PrinterColumn).data().toString(), QStringLiteral("<img src=x>"));
        QVERIFY(!model.index(0, AlertTableModel::PrinterColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("<img")));
        QVERIFY(model.index(0, AlertTableModel::DescriptionColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("&lt;b&gt;")));
    }

    void severityRanks()
    {
        QCOMPARE(Models::alertSeverityRank(3), 2);
        QCOMPARE(Models::alertSeverityRank(4), 1);
        QCOMPARE(Models::alertSeverityRank(5), 1);
        QCOMPARE(Models::alertSeverityRank(1), 0);
    }
};

QTEST_MAIN(TestAlertTableModel)
#include "tst_alerttablemodel.moc"
