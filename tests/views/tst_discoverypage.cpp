// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestutil.h"
#include "views/discoverypage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Printwatch;
using Views::DiscoveryPage;

class TestDiscoveryPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settings = ViewTest::isolateSettings(); }

    void runShowsProgressAndResultsWithScope()
    {
        DiscoveryPage page;
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        auto *manage = page.findChild<QPushButton *>(QStringLiteral("manageButton"));
        auto *outOfScope = page.findChild<QPushButton *>(QStringLiteral("outOfScopeButton"));
        QVERIFY(!cancel->isEnabled());
        page.started(QStringLiteral("127.5.0.0/24"));
        QVERIFY(page.isRunning());
        QVERIFY(cancel->isEnabled());
        QSignalSpy cancelled(&page, &DiscoveryPage::cancelRequested);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);

        Core::PollResult printer;
        printer.address = QStringLiteral("127.5.0.3");
        printer.port = 1161;
        printer.identity.vendor = QStringLiteral("<b>x</b>");
        printer.identity.model = QStringLiteral("LaserJet");
        page.addPrinter(printer);
        page.addOtherDevice(QStringLiteral("127.5.0.4"), QStringLiteral("Linux router"));
        page.setProgress(10, 254);
        page.finished(QStringLiteral("1 printer found"));
        QVERIFY(!page.isRunning());
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("1 printer found"));

        QTreeWidget *results = page.results();
        QCOMPARE(results->topLevelItemCount(), 2);
        const auto found = results->findItems(QStringLiteral("127.5.0.3:1161"), Qt::MatchExactly, DiscoveryPage::AddressColumn);
        QCOMPARE(found.size(), 1);
        QTreeWidgetItem *item = found.constFirst();
        QCOMPARE(item->text(DiscoveryPage::VendorColumn), QStringLiteral("<b>x</b>"));
        results->selectAll();
        QCOMPARE(page.selectedPrinterAddresses(), QStringList{QStringLiteral("127.5.0.3")}); // not the router
        QVERIFY(outOfScope->isEnabled());
        QSignalSpy scope(&page, &DiscoveryPage::scopeChangeRequested);
        QTest::mouseClick(outOfScope, Qt::LeftButton);
        QCOMPARE(scope.count(), 1);
        QCOMPARE(scope.at(0).at(0).toStringList(), QStringList{QStringLiteral("127.5.0.3")});
        QCOMPARE(scope.at(0).at(1).toBool(), false);
        page.setScope({QStringLiteral("127.5.0.3")}, false);
        QCOMPARE(item->text(DiscoveryPage::ScopeColumn), QStringLiteral("Out of scope"));
        QTest::mouseClick(manage, Qt::LeftButton);
        QCOMPARE(scope.at(1).at(1).toBool(), true);
    }

    // Addresses sort as numbers (127.5.0.9 before 127.5.0.10 before 127.5.0.100), names last.
    void addressesSortByNumber()
    {
        DiscoveryPage page;
        page.started(QStringLiteral("127.5.0.0/24"));
        for (const char *address : {"127.5.0.10", "127.5.0.100", "127.5.0.9"}) {
            Core::PollResult printer;
            printer.address = QString::fromLatin1(address);
            printer.port = 161;
            page.addPrinter(printer);
        }
        page.addOtherDevice(QStringLiteral("127.5.0.11"), QStringLiteral("router"));
        page.addOtherDevice(QStringLiteral("gateway.example.org"), QStringLiteral("router"));
        page.results()->sortByColumn(DiscoveryPage::AddressColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < page.results()->topLevelItemCount(); ++row)
            order << page.results()->topLevelItem(row)->text(DiscoveryPage::AddressColumn);
        QCOMPARE(order, (QStringList{QStringLiteral("127.5.0.9"), QStringLiteral("127.5.0.10"), QStringLiteral("127.5.0.11"),
                                     QStringLiteral("127.5.0.100"), QStringLiteral("gateway.example.org")}));
    }

    // A user whose role may not scan: the buttons are disabled, the results (the network's
    // addresses) are cleared and later results are not shown; another user's login re-enables.
    void scanNotAllowedHidesResultsAndDisablesButtons()
    {
        DiscoveryPage page;
        auto *newScan = page.findChild<QPushButton *>(QStringLiteral("newScanButton"));
        auto *repeat = page.findChild<QPushButton *>(QStringLiteral("repeatButton"));
        page.started(QStringLiteral("127.5.0.0/24"));
        page.addOtherDevice(QStringLiteral("127.5.0.4"), QStringLiteral("Linux router"));
        page.finished(QStringLiteral("done"));
        QCOMPARE(page.results()->topLevelItemCount(), 1);
        QVERIFY(newScan->isEnabled());

        page.setScanAllowed(false, QStringLiteral("Your role (Viewer) may not run discovery."));
        QVERIFY(!page.scanAllowed());
        QCOMPARE(page.results()->topLevelItemCount(), 0);
        QVERIFY(!newScan->isEnabled());
        QVERIFY(!repeat->isEnabled());
        QCOMPARE(newScan->toolTip(), QStringLiteral("Your role (Viewer) may not run discovery."));
        page.addOtherDevice(QStringLiteral("127.5.0.5"), QStringLiteral("late answer"));
        QCOMPARE(page.results()->topLevelItemCount(), 0);

        page.setScanAllowed(true, {});
        QVERIFY(newScan->isEnabled());
        QVERIFY(repeat->isEnabled());
        page.addOtherDevice(QStringLiteral("127.5.0.6"), QStringLiteral("switch"));
        QCOMPARE(page.results()->topLevelItemCount(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestDiscoveryPage)
#include "tst_discoverypage.moc"
