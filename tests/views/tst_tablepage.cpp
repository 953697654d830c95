// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supplytablemodel.h"
#include "models/tablefilterproxymodel.h"
#include "viewtestutil.h"
#include "views/headertooltips.h"
#include "views/tablepage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolTip>

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

    // Initial widths leave room for every title, however long its translation.
    void initialWidthsNeverCutATitle()
    {
        TablePage page(m_model.get(), QStringLiteral("narrow"));
        page.setColumnWidthsInChars(QList<int>(m_model->columnCount(), 1));
        const QHeaderView *header = page.tableView()->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column), qPrintable(QString::number(column)));
            QVERIFY(!Views::HeaderToolTips::isTitleCut(header, column));
        }
    }

    // A title cut short by a narrowed column shows in full as its tooltip; one that fits has none.
    void aCutTitleHasItsTextAsTooltip()
    {
        TablePage page(m_model.get(), QStringLiteral("tips"));
        page.resize(900, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QHeaderView *header = page.tableView()->horizontalHeader();
        const int column = SupplyTableModel::SupplyColumn;
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const auto tipAt = [header](int logical) {
            const QPoint pos(header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2, header->height() / 2);
            QHelpEvent help(QEvent::ToolTip, pos, header->viewport()->mapToGlobal(pos));
            QApplication::sendEvent(header->viewport(), &help);
            return QToolTip::isVisible() ? QToolTip::text() : QString();
        };
        header->resizeSection(column, header->fontMetrics().averageCharWidth() * 2);
        QVERIFY(Views::HeaderToolTips::isTitleCut(header, column));
        QTRY_COMPARE(tipAt(column), title);
        QToolTip::hideText();
        header->resizeSection(column, header->sectionSizeHint(column) + 20);
        QTRY_COMPARE(tipAt(column), QString());
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

    // A poll that moves most levels re-sorts the rows under the user: the selected supply stays
    // selected and the table does not jump back to the top (no reset).
    void pollKeepsSelectionAndScrollPosition()
    {
        QList<Storage::FleetSupplyRow> rows;
        for (int device = 1; device <= 1500; ++device) {
            rows.append(TestRows::supplyRow(device, 1, device % 97, QStringLiteral("black")));
            rows.append(TestRows::supplyRow(device, 2, device % 89, QStringLiteral("cyan")));
        }
        SupplyTableModel model;
        model.setRows(rows);
        TablePage page(&model, QString());
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *table = page.tableView();
        table->sortByColumn(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        page.setColumnFilter(SupplyTableModel::ColourColumn, QStringLiteral("black"));
        QCOMPARE(table->model()->rowCount(), 1500);
        table->selectRow(700);
        const QModelIndex selected = page.proxyModel()->mapToSource(table->selectionModel()->selectedRows().constFirst());
        const qint64 device = model.rowAt(selected.row()).printer.deviceId;
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QSignalSpy reset(page.proxyModel(), &QAbstractItemModel::modelReset);

        QList<Storage::FleetSupplyRow> poll;
        for (const auto &row : model.rows()) {
            if (row.printer.deviceId % 5 == 0)
                continue; // a fifth of the printers did not move
            auto moved = row;
            moved.supply.level = (row.supply.level + 37) % 101;
            poll.append(moved);
        }
        model.applyChanges(poll, {});
        QCoreApplication::processEvents();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(page.selectedDeviceIds(), QList<qint64>{device});
        const QModelIndexList after = table->selectionModel()->selectedRows();
        QCOMPARE(after.size(), 1);
        QCOMPARE(model.rowAt(page.proxyModel()->mapToSource(after.constFirst()).row()).supply.index, 1);
        // Still sorted by level.
        for (int row = 1; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row - 1, SupplyTableModel::LevelColumn).data(SupplyTableModel::LevelRole).toInt() <=
                    table->model()->index(row, SupplyTableModel::LevelColumn).data(SupplyTableModel::LevelRole).toInt());
    }

    // A page's own filter, made after the frame, still comes in the order of the bar.
    void tabFollowsTheBarThenTheTable()
    {
        TablePage page(m_model.get(), QStringLiteral("test"));
        auto *own = new QComboBox(&page);
        own->setObjectName(QStringLiteral("ownFilter"));
        own->addItem(QStringLiteral("All"));
        page.addFilterWidget(own);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.searchField()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(page.searchField()->hasFocus());
        QStringList visited;
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited += QApplication::focusWidget()->objectName();
        }
        // The page's own filter sits between the column filter and the column chooser.
        const QStringList expected{QStringLiteral("filterColumn"),  QStringLiteral("filterText"),
                                   QStringLiteral("ownFilter"),     QStringLiteral("columnsButton"),
                                   QStringLiteral("table"),         QStringLiteral("searchField")};
        QVERIFY2(visited == expected, qPrintable(visited.join(QLatin1Char(' '))));
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<SupplyTableModel> m_model;
};

QTEST_MAIN(TestTablePage)
#include "tst_tablepage.moc"
