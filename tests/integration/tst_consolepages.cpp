// SPDX-License-Identifier: GPL-3.0-or-later
// The console's fleet pages end to end, offscreen, on the in-process demo fleet: storage deltas
// reach the Counters, Supplies, Alerts and Activity tables and the detail page draws its charts
// from stored history.
#include "demoappfixture.h"
#include "models/supplytablemodel.h"
#include "views/dashboardstrip.h"
#include "views/mainwindow.h"
#include "views/printerdetailpage.h"
#include "views/printerspage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir> // the settings folder
#include <QTest>

using namespace Printwatch;

class TestConsolePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void fleetPagesFillAndTheDetailPageCharts()
    {
        Test::DemoAppFixture demo(8, 1);
        const QString error = demo.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Views::MainWindow *window = demo.window();
        const auto table = [window](const char *name) {
            auto *found = window->findChild<QTableView *>(QLatin1String(name));
            return found ? found->model() : nullptr;
        };
        QAbstractItemModel *supplies = table("supplyTable");
        QAbstractItemModel *counters = table("counterTable");
        QAbstractItemModel *activity = table("activityTable");
        QVERIFY(supplies && counters && activity);
        // On failure, what the app itself logged (discovery's summary, poll rounds, errors) says why.
        if (!QTest::qWaitFor([counters] { return counters->rowCount() == 8; }, 30000))
            QFAIL(qPrintable(QStringLiteral("%1 counter rows, %2 printers; the activity log:\n%3")
                                 .arg(counters->rowCount())
                                 .arg(window->printersPage()->tableView()->model()->rowCount())
                                 .arg(describe(activity))));
        QTRY_VERIFY_WITH_TIMEOUT(supplies->rowCount() >= 8, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(activity->rowCount() > 0, 30000);
        // Levels are known percentages or named states, never blank.
        for (int row = 0; row < supplies->rowCount(); ++row)
            QVERIFY(!supplies->index(row, Models::SupplyTableModel::LevelColumn).data().toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window->dashboard()->totals().printers == 8, 10000);

        // The detail page of the first printer, after a few polls: a counter chart with history.
        auto *detail = window->findChild<Views::PrinterDetailPage *>();
        QVERIFY(detail);
        const qint64 device = counters->index(0, 0).data(Qt::UserRole + 3).toLongLong();
        QVERIFY(device > 0);
        QTest::qWait(3000); // a few more polls of history
        detail->showDevice(device);
        QTRY_COMPARE_WITH_TIMEOUT(detail->detail().summary.deviceId, device, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->counterChart()->chart()->series().isEmpty(), 10000);
        QVERIFY(detail->detail().counterHistory.size() >= 2);
    }

private:
    static QString describe(const QAbstractItemModel *model)
    {
        QStringList lines;
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column)
                cells << model->index(row, column).data().toString();
            lines << cells.join(QStringLiteral(" | "));
        }
        return lines.join(QLatin1Char('\n'));
    }

    QTemporaryDir m_settings;
};

QTEST_MAIN(TestConsolePages)
#include "tst_consolepages.moc"
