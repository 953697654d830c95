// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app in demo mode, offscreen: the in-process simulator is discovered, polled, stored
// and shown in the Printers table, updated in place by later polls.
#include "auth/authservice.h"
#include "demoappfixture.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "views/discoverypage.h"
#include "views/groupsdialog.h"
#include "views/logindialog.h"
#include "views/printerspage.h"

#include <QAction>
#include <QPointer>
#include <QStatusBar>
#include <QPushButton>
#include <QTreeWidget>

#include <QAbstractItemModel>
#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Printwatch;

class TestDemoApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demoFleetFillsTheTable()
    {
        Test::DemoAppFixture demo(12, 1);
        const QString error = demo.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Views::MainWindow *window = demo.window();
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

    // Run discovery in the whole app, on the demo's simulator: a Viewer finds the Discover controls
    // disabled and the page's results gone; "Run again" forced anyway is refused below the views
    // (nothing scanned, one audit row); the demo Administrator's run is audited and scans.
    void discoveryFollowsTheLoggedInRole()
    {
        Test::DemoAppFixture demo(3, 60);
        const QString error = demo.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const App::Options &options = demo.options();
        Views::MainWindow *window = demo.window();
        auto *page = window->findChild<Views::DiscoveryPage *>(QStringLiteral("discoveryPage"));
        auto *discover = window->findChild<QAction *>(QStringLiteral("discoverAction"));
        QVERIFY(page && discover);
        // The demo scans before anyone logs in, as it always has.
        QVERIFY(page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20000);
        const int found = page->results()->topLevelItemCount(); // the printers and other answering devices
        QVERIFY(found >= 3);

        const QString viewerPassword = QStringLiteral("viewer-pass-demo");
        {
            auto db = Storage::Database::open(options.databasePath);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            Auth::AuthService auth(db.value(), Auth::HashParameters::minimal());
            const auto demo = auth.login(QStringLiteral("demo"), QStringLiteral("demo"));
            QVERIFY(demo.session);
            QVERIFY(auth.addUser(*demo.session, QStringLiteral("vera"), Auth::Role::Viewer, viewerPassword).ok());
        }
        auto login = [](const QString &name, const QString &password) {
            QVERIFY(Test::DemoAppFixture::submitLogin(name, password));
        };
        auto audit = [&] {
            auto db = Storage::Database::open(options.databasePath);
            QList<Storage::AuditRecord> rows;
            if (!db)
                return rows;
            const auto entries = Storage::AuditRepository(db.value()).entries();
            if (entries)
                for (const Storage::AuditRecord &row : entries.value())
                    if (row.action == QLatin1String("discover"))
                        rows << row;
            return rows;
        };

        login(QStringLiteral("vera"), viewerPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!page->scanAllowed(), 10000);
        QVERIFY(!discover->isEnabled());
        QCOMPARE(page->results()->topLevelItemCount(), 0);
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("repeatButton"))->isEnabled());
        Q_EMIT page->repeatRequested(); // forced, as a click on the disabled button
        QVERIFY(!page->isRunning());
        QTest::qWait(1000);
        QCOMPARE(page->results()->topLevelItemCount(), 0);
        auto rows = audit();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.last().user, QStringLiteral("vera"));
        QCOMPARE(rows.last().result, QStringLiteral("refused"));

        // Another user who may scan: the controls come back and the scan runs, audited.
        auto *logout = window->findChild<QAction *>(QStringLiteral("logoutAction"));
        QVERIFY(logout && logout->isEnabled());
        logout->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!logout->isEnabled() && page->scanAllowed(), 10000); // the demo before a login
        login(QStringLiteral("demo"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(logout->isEnabled(), 10000);
        QVERIFY(discover->isEnabled() && page->scanAllowed());
        Q_EMIT page->repeatRequested();
        QVERIFY(page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20000);
        QCOMPARE(page->results()->topLevelItemCount(), found);
        rows = audit();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.last().user, QStringLiteral("demo"));
        QCOMPARE(rows.last().result, QStringLiteral("ok"));
    }

    // The idle lock hides everything the session showed: the pages (tables, figures, the detail
    // page), the status line, the Discovery page's results (addresses of the whole network, not
    // shown again after the unlock) and the users and groups dialogs; the unlock brings the
    // console back for the same user.
    void lockingHidesTheSession()
    {
        Test::DemoAppFixture demo(3, 60);
        const QString error = demo.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Views::MainWindow *window = demo.window();
        window->show();
        auto *page = window->findChild<Views::DiscoveryPage *>(QStringLiteral("discoveryPage"));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20000);
        QVERIFY(page->results()->topLevelItemCount() >= 3);

        QVERIFY(Test::DemoAppFixture::submitLogin(QStringLiteral("demo"), QStringLiteral("demo")));
        auto *lock = window->findChild<QAction *>(QStringLiteral("lockAction"));
        auto *groups = window->findChild<QAction *>(QStringLiteral("groupsAction"));
        QVERIFY(lock && groups);
        QTRY_VERIFY_WITH_TIMEOUT(lock->isEnabled() && groups->isEnabled(), 10000);
        QVERIFY(page->results()->topLevelItemCount() >= 3); // an Administrator keeps seeing them
        groups->trigger();
        auto *groupsDialog = Test::DemoAppFixture::topLevel<Views::GroupsDialog>();
        QVERIFY(groupsDialog && groupsDialog->isVisible());
        QPointer<Views::GroupsDialog> groupsAlive(groupsDialog);

        lock->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(Test::DemoAppFixture::topLevel<Views::LoginDialog>()
                                     && Test::DemoAppFixture::topLevel<Views::LoginDialog>()->isVisible(), 10000);
        QCOMPARE(Test::DemoAppFixture::topLevel<Views::LoginDialog>()->mode(), Views::LoginDialog::Mode::Unlock);
        QCOMPARE(page->results()->topLevelItemCount(), 0);
        QVERIFY(!page->scanAllowed());
        QVERIFY(!window->centralWidget()->isVisible());
        QVERIFY(!window->statusBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!groupsAlive || !groupsAlive->isVisible(), 5000);

        QVERIFY(Test::DemoAppFixture::submitLogin(QStringLiteral("demo"), QStringLiteral("demo")));
        QTRY_VERIFY_WITH_TIMEOUT(window->centralWidget()->isVisible(), 10000);
        QVERIFY(window->statusBar()->isVisible());
        QVERIFY(page->scanAllowed());
        QCOMPARE(page->results()->topLevelItemCount(), 0); // cleared, not brought back
    }
};

QTEST_MAIN(TestDemoApp)
#include "tst_demoapp.moc"
