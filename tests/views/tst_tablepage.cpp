// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supplytablemodel.h"
#include "models/tablefilterproxymodel.h"
#include "viewtestutil.h"
#include "views/tablepage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Printwatch;
using Models::SupplyTableModel;
using Views::TablePage;

class TestTablePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settings = ViewTest::isolateSettings(); }

    void init()
    {
        QSettings().clear();
        m_model = std::make_unique<SupplyTableModel>();
        QList<Storage::FleetSupplyRow> rows;
        for (int device = 1; device <= 30; ++device)
            rows.append(TestRows::supplyRow(device, 1, device * 3, device % 2 ? QStringLiteral("black") : QStringLiteral("cyan")));
        rows[4].printer.name = QStringLiteral("=cmd|' /C calc'!A0");
        m_model->setRows(rows);
    }

    void cleanup() { m_model.reset(); }

    void searchFiltersTheTable()
    {
        TablePage page(m_model.get(), QStringLiteral("test"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *count = page.findChild<QLabel *>(QStringLiteral("countLabel"));
        QCOMPARE(page.tableView()->model()->rowCount(), 30);
        QTest::keyClicks(search, QStringLiteral("cyan printer-1"));
        // printer-10, -12, -14, -16, -18 are cyan and contain "printer-1".
        QCOMPARE(page.tableView()->model()->rowCount(), 5);
        QVERIFY(count->text().contains(QLatin1String("5 shown")));
        search->clear();
        QCOMPARE(page.tableView()->model()->rowCount(), 30);
    }

    void columnFilterNarrows()
    {
        TablePage page(m_model.get(), QStringLiteral("test"));
        auto *column = page.findChild<QComboBox *>(QStringLiteral("filterColumn"));
        auto *text = page.findChild<QLineEdit *>(QStringLiteral("filterText"));
        column->setCurrentIndex(column->findData(int(SupplyTableModel::ColourColumn)));
        QTest::keyClicks(text, QStringLiteral("black"));
        QCOMPARE(page.tableView()->model()->rowCount(), 15);
        QVERIFY(column->currentText().contains(QLatin1String("filtered")));
    }

    void hiddenColumnPersists()
    {
        {
            TablePage page(m_model.get(), QStringLiteral("persist"));
            QVERIFY(!page.isColumnHidden(SupplyTableModel::KindColumn));
            page.setColumnHidden(SupplyTableModel::KindColumn, true);
            page.tableView()->horizontalHeader()->resizeSection(SupplyTableModel::SupplyColumn, 321);
        } // the page saves on change and on destruction
        TablePage again(m_model.get(), QStringLiteral("persist"));
        QVERIFY(again.isColumnHidden(SupplyTableModel::KindColumn));
        QCOMPARE(again.tableView()->horizontalHeader()->sectionSize(SupplyTableModel::SupplyColumn), 321);
        TablePage other(m_model.get(), QStringLiteral("another"));
        QVERIFY(!other.isColumnHidden(SupplyTableModel::KindColumn));
    }

    void copyIsSpreadsheetSafeAndSkipsHiddenColumns()
    {
        TablePage page(m_model.get(), QStringLiteral("test"));
        page.setColumnHidden(SupplyTableModel::AddressColumn, true);
        page.tableView()->sortByColumn(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        page.tableView()->selectRow(4); // printer 5, the formula name
        page.copySelection();
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QLatin1String("'=cmd")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("127.5.0.")));
        QCOMPARE(text.count(QLatin1Char('\t')), SupplyTableModel::ColumnCount - 2);
        QCOMPARE(page.selectedDeviceIds(), QList<qint64>{5});
    }

    void enterActivatesTheDevice()
    {
        TablePage page(m_model.get(), QStringLiteral("test"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tableView()->sortByColumn(SupplyTableModel::LevelColumn, Qt::DescendingOrder);
        page.tableView()->setCurrentIndex(page.tableView()->model()->index(0, 0));
        QSignalSpy activated(&page, &TablePage::deviceActivated);
        page.tableView()->setFocus();
        QTest::keyClick(page.tableView(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 30);
    }

    void ctrlFFocusesSearch()
    {
        TablePage page(m_model.get(), QStringLiteral("test"));
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.tableView()->setFocus();
        QTest::keyClick(page.tableView(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page.searchField()->hasFocus());
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<SupplyTableModel> m_model;
};

QTEST_MAIN(TestTablePage)
#include "tst_tablepage.moc"
