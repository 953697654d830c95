// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestutil.h"
#include "models/printertablemodel.h"
#include "views/banner.h"
#include "views/mainwindow.h"
#include "views/printerspage.h"
#include "views/tablepage.h"
#include "models/supplytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>
#include <QTest>
#include <QToolButton>

using namespace Printwatch;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionsEmitRequests();
    void activityInStatusBar();
    void bannerShowsPlainTextAndCloses();
    void pagesAreAdded();
    void settingsRoundTrip();
    void pageShortcutsAndExtensionPoints();
    void tabGoesThroughTheWindowInReadingOrder();
    void savingSettingsFlushesAPendingTableLayout();
    void firstStartFitsTheScreen();
};

namespace {

// Presses Tab `presses` times from the current focus and returns the object names focus visited.
QStringList tabThrough(QWidget *window, int presses)
{
    QStringList visited;
    for (int i = 0; i < presses; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
        visited += QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
    return visited;
}

// Each of `expected` is visited, in this order (other widgets may come between them).
bool visitsInOrder(const QStringList &visited, const QStringList &expected)
{
    qsizetype from = 0;
    for (const QString &name : expected) {
        const qsizetype at = visited.indexOf(name, from);
        if (at < 0)
            return false;
        from = at + 1;
    }
    return true;
}

} // namespace

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::actionsEmitRequests()
{
    Models::PrinterTableModel model;
    Views::MainWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QSignalSpy discover(&window, &Views::MainWindow::discoverRequested);
    QSignalSpy poll(&window, &Views::MainWindow::pollNowRequested);
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(discover.count(), 1);
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE(poll.count(), 1);
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("quitAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

    QSignalSpy open(&window, &Views::MainWindow::openWebPageRequested);
    Q_EMIT window.printersPage()->openWebPageRequested(QStringLiteral("127.1.0.3"));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("127.1.0.3"));
}

void TestMainWindow::activityInStatusBar()
{
    Models::PrinterTableModel model;
    Views::MainWindow window(&model);
    window.show();
    auto *label = window.findChild<QLabel *>(QStringLiteral("activityLabel"));
    auto *bar = window.findChild<QProgressBar *>(QStringLiteral("activityProgress"));
    QVERIFY(label && bar);

    Core::PollerActivity activity;
    activity.polling = true;
    activity.devicesTotal = 40;
    activity.devicesDone = 12;
    window.setActivity(activity);
    QCOMPARE(label->text(), QStringLiteral("Polling 12/40…"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->value(), 12);
    QCOMPARE(bar->maximum(), 40);

    activity.polling = false;
    activity.devicesDone = 40;
    activity.devicesFailed = 2;
    activity.lastRoundMs = 812;
    window.setActivity(activity);
    QVERIFY2(ViewTest::sameCountText(label->text(), QStringLiteral("Last round: 40 printers in 0.8 s, 2 unreachable")),
             qPrintable(label->text()));
    QVERIFY(!bar->isVisible());

    activity.devicesFailed = 0;
    activity.devicesTotal = 1;
    window.setActivity(activity);
    QVERIFY2(ViewTest::sameCountText(label->text(), QStringLiteral("Last round: 1 printer in 0.8 s")), qPrintable(label->text()));

    // A round of a small fleet takes milliseconds: "0.0 s" would read as if nothing ran.
    activity.lastRoundMs = 37;
    window.setActivity(activity);
    QVERIFY2(ViewTest::sameCountText(label->text(), QStringLiteral("Last round: 1 printer in 0.04 s")),
             qPrintable(label->text()));
    activity.lastRoundMs = 3;
    window.setActivity(activity);
    QVERIFY2(ViewTest::sameCountText(label->text(), QStringLiteral("Last round: 1 printer in 0.01 s")),
             qPrintable(label->text()));

    window.showTransientMessage(QStringLiteral("Discovery finished"), 60000);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Discovery finished"));
}

void TestMainWindow::bannerShowsPlainTextAndCloses()
{
    Models::PrinterTableModel model;
    Views::MainWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.banner();
    QVERIFY(!banner->isVisible());

    const QString message = QStringLiteral("Cannot write /tmp/x.db: <b>disk full</b>");
    window.showBanner(message);
    QVERIFY(banner->isVisible());
    auto *text = banner->findChild<QLabel *>(QStringLiteral("bannerText"));
    QCOMPARE(text->text(), message);
    QCOMPARE(text->textFormat(), Qt::PlainText);

    QSignalSpy dismissed(banner, &Views::Banner::dismissed);
    QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("bannerClose")), Qt::LeftButton);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::pagesAreAdded()
{
    Models::PrinterTableModel model;
    Views::MainWindow window(&model);
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->count(), 1);
    auto *alerts = new QWidget;
    QCOMPARE(window.addPage(alerts, QStringLiteral("Alerts")), 1);
    QCOMPARE(pages->count(), 2);
    window.showPage(alerts);
    QCOMPARE(pages->currentWidget(), alerts);
}

void TestMainWindow::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("printwatch.ini")), QSettings::IniFormat);
    Models::PrinterTableModel model;
    {
        Views::MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 500);
        window.printersPage()
            ->findChild<QTableView *>(QStringLiteral("printerTable"))
            ->sortByColumn(Models::PrinterTableModel::LastSeenColumn, Qt::DescendingOrder);
        window.saveSettings(settings);
    }
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);

    Views::MainWindow restored(&model);
    restored.restoreSettings(settings);
    auto *header = restored.printersPage()->findChild<QTableView *>(QStringLiteral("printerTable"))->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(Models::PrinterTableModel::LastSeenColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::pageShortcutsAndExtensionPoints()
{
    Models::PrinterTableModel model;
    Views::MainWindow window(&model);
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    auto *second = new QWidget;
    window.addPage(second, QStringLiteral("Second"));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(pages->currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), second);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), window.printersPage());

    // Another feature adds its action once; it shows in the Printers menu (and the rows' context menu).
    auto *action = new QAction(QStringLiteral("Reboot"), &window);
    window.addPrinterAction(action);
    QVERIFY(window.printersMenu()->actions().contains(action));
    QVERIFY(window.dashboard() != nullptr);
}

void TestMainWindow::savingSettingsFlushesAPendingTableLayout()
{
    // On quit the application saves the window's settings, then deletes the models, then the
    // window: a column resized just before quitting must be written by the first step, so the
    // page's destructor never reads a model that is gone.
    QSettings().clear();
    Models::PrinterTableModel model;
    auto supplies = std::make_unique<Models::SupplyTableModel>();
    auto window = std::make_unique<Views::MainWindow>(&model);
    auto *page = new Views::TablePage(supplies.get(), QStringLiteral("flushTest"));
    window->addPage(page, QStringLiteral("Supplies"));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *header = page->findChild<QTableView *>()->horizontalHeader();
    header->resizeSection(1, header->sectionSize(1) + 37);
    QVERIFY(!QSettings().contains(QStringLiteral("Layout/flushTest")));
    QSettings settings;
    window->saveSettings(settings);
    QVERIFY(QSettings().contains(QStringLiteral("Layout/flushTest")));
    supplies.reset();
    window.reset();
}

void TestMainWindow::tabGoesThroughTheWindowInReadingOrder()
{
    QSettings().clear();
    Models::PrinterTableModel model;
    Models::SupplyTableModel supplies;
    Views::MainWindow window(&model);
    window.addPage(new Views::TablePage(&supplies, QString()), QStringLiteral("Supplies"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *first = window.findChild<QToolButton *>(QStringLiteral("tilePrinters"));
    QVERIFY(first);
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(first->hasFocus());
    const QStringList visited = tabThrough(&window, 30);
    // The dashboard's figures, the page tabs, then the printers page: search, status filter, table.
    QVERIFY2(visitsInOrder(visited, {QStringLiteral("tileUp"), QStringLiteral("tileSuppliesEmpty"),
                                     QStringLiteral("searchField"), QStringLiteral("statusFilter"),
                                     QStringLiteral("printerTable"), QStringLiteral("tilePrinters")}),
             qPrintable(visited.join(QLatin1Char(' '))));
    const qsizetype tabs = visited.indexOf(QLatin1String("pageTabs"));
    QVERIFY2(tabs > visited.indexOf(QLatin1String("tileSuppliesEmpty")) && tabs < visited.indexOf(QLatin1String("searchField")),
             qPrintable(visited.join(QLatin1Char(' '))));

    // A table page: search, column filter, column chooser, table, whatever order the page made them in.
    // Showing a page puts the focus in its table (Enter opens the printer).
    window.showPage(window.findChild<Views::TablePage *>());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("table"));
    auto *search = window.currentPage()->findChild<QWidget *>(QStringLiteral("searchField"));
    search->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(search->hasFocus());
    const QStringList onPage = tabThrough(&window, 6);
    QCOMPARE(onPage.mid(0, 4), (QStringList{QStringLiteral("filterColumn"), QStringLiteral("filterText"),
                                            QStringLiteral("columnsButton"), QStringLiteral("table")}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// A first start (nothing saved) opens inside the screen, and the window can shrink to a
// 1366x768 laptop's screen without hiding anything: 1440x860 hid the status bar there.
void TestMainWindow::firstStartFitsTheScreen()
{
    Models::PrinterTableModel model;
    Views::MainWindow window(&model);
    const QSize available = window.screen()->availableGeometry().size();
    qInfo("screen %dx%d, window %dx%d, minimum %dx%d", available.width(), available.height(), window.width(),
          window.height(), window.minimumSizeHint().width(), window.minimumSizeHint().height());
    QVERIFY(window.width() <= available.width() && window.height() <= available.height());
    QVERIFY(window.width() >= qMin(1440, available.width() * 9 / 10)); // still roomy where there is room
    const QSize laptop(1366, 768 - 40); // less a panel
    QVERIFY2(window.minimumSizeHint().width() <= laptop.width() && window.minimumSizeHint().height() <= laptop.height(),
             qPrintable(u"minimum %1x%2"_qs.arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
}
