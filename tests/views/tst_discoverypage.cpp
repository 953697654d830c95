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

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestDiscoveryPage)
#include "tst_discoverypage.moc"
