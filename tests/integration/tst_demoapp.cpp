// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app in demo mode, offscreen: the in-process simulator is discovered, polled, stored
// and shown in the Printers table, updated in place by later polls.
#include "app/application.h"
#include "views/mainwindow.h"
#include "views/printerspage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;

class TestDemoApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demoFleetFillsTheTable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        App::Options options;
        options.demo = true;
        options.demoPrinters = 12;
        options.databasePath = dir.filePath(QStringLiteral("demo.sqlite"));
        options.pollIntervalSeconds = 1;

        App::Application app;
        const auto started = app.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));

        Views::MainWindow *window = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *main = qobject_cast<Views::MainWindow *>(widget))
                window = main;
        }
        QVERIFY(window);
        auto *table = window->printersPage()->findChild<QTableView *>();
        QVERIFY(table);
        QAbstractItemModel *model = table->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12, 20000);

        // Every row names a vendor and a serial from the simulator, as plain text.
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(!model->index(row, 2).data().toString().isEmpty()); // vendor
            QVERIFY(!model->index(row, 4).data().toString().isEmpty()); // serial
            QVERIFY(model->index(row, 1).data().toString().startsWith(QLatin1String("127.77.0.")));
        }

        // Later polls update rows in place: no reset, no new rows.
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        QVERIFY(changes.wait(15000));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->rowCount(), 12);
    }
};

QTEST_MAIN(TestDemoApp)
#include "tst_demoapp.moc"
