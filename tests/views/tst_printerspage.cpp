// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestutil.h"
#include "models/printerfilterproxymodel.h"
#include "models/printertablemodel.h"
#include "views/printerspage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace Printwatch;
using Models::PrinterTableModel;

namespace {
Core::PrinterSummary printer(qint64 id, const QString &name, const QString &vendor, const QString &model)
{
    Core::PrinterSummary s;
    s.deviceId = id;
    s.name = name;
    s.address = QStringLiteral("127.1.0.%1").arg(id);
    s.vendor = vendor;
    s.model = model;
    s.serial = QStringLiteral("SN%1").arg(id);
    s.status = Core::DeviceStatus::Idle;
    s.totalPages = id * 1000;
    return s;
}
} // namespace

class TestPrintersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void searchFiltersLive();
    void statusFilterNarrowsTable();
    void ctrlFFocusesSearch();
    void copyPutsSelectedRowsOnClipboard();
    void openWebPageEmitsAddress();
    void mergeKeepsSelection();
    void headerStateRoundTrip();
    void columnFilterAndChooser();
    void statusColumnFitsLongStates();

private:
    template <class T> T *child(const char *name) const
    {
        auto *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    int shownRows() const { return child<QTableView>("printerTable")->model()->rowCount(); }
    void selectRows(const QList<int> &rows)
    {
        auto *table = child<QTableView>("printerTable");
        table->clearSelection();
        for (int row : rows)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    std::unique_ptr<PrinterTableModel> m_model;
    std::unique_ptr<Views::PrintersPage> m_page;
};

void TestPrintersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPrintersPage::init()
{
    m_model = std::make_unique<PrinterTableModel>();
    m_model->setSummaries({
        printer(1, QStringLiteral("accounting"), QStringLiteral("HP"), QStringLiteral("LaserJet 4250")),
        printer(2, QStringLiteral("reception"), QStringLiteral("Brother"), QStringLiteral("HL-L2350DW")),
        printer(3, QStringLiteral("warehouse"), QStringLiteral("HP"), QStringLiteral("OfficeJet Pro 9010")),
        printer(4, QStringLiteral("board room"), QStringLiteral("Xerox"), QStringLiteral("VersaLink C405")),
        printer(5, QStringLiteral("lab"), QStringLiteral("Kyocera"), QStringLiteral("ECOSYS M2540dn")),
    });
    m_page = std::make_unique<Views::PrintersPage>(m_model.get());
    m_page->resize(1000, 400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestPrintersPage::cleanup()
{
    m_page.reset();
    m_model.reset();
}

void TestPrintersPage::searchFiltersLive()
{
    auto *count = child<QLabel>("countLabel");
    QVERIFY2(ViewTest::sameCountText(count->text(), QStringLiteral("5 printers")), qPrintable(count->text()));
    QCOMPARE(shownRows(), 5);

    QTest::keyClicks(child<QLineEdit>("searchField"), QStringLiteral("hp"));
    QTRY_COMPARE(shownRows(), 2);
    QVERIFY2(ViewTest::sameCountText(count->text(), QStringLiteral("5 printers, 2 shown")), qPrintable(count->text()));

    QTest::keyClicks(child<QLineEdit>("searchField"), QStringLiteral(" office"));
    QTRY_COMPARE(shownRows(), 1);
    auto *table = child<QTableView>("printerTable");
    QCOMPARE(table->model()->index(0, PrinterTableModel::NameColumn).data().toString(), QStringLiteral("warehouse"));

    // A device arriving while filtered is counted and filtered too.
    m_model->mergeSummaries(
        {printer(6, QStringLiteral("annex"), QStringLiteral("HP"), QStringLiteral("OfficeJet 250"))});
    QTRY_COMPARE(shownRows(), 2);
    QVERIFY2(ViewTest::sameCountText(count->text(), QStringLiteral("6 printers, 2 shown")), qPrintable(count->text()));

    child<QLineEdit>("searchField")->clear();
    QTRY_COMPARE(shownRows(), 6);
    QVERIFY2(ViewTest::sameCountText(count->text(), QStringLiteral("6 printers")), qPrintable(count->text()));
}

void TestPrintersPage::statusFilterNarrowsTable()
{
    auto down = printer(2, QStringLiteral("reception"), QStringLiteral("Brother"), QStringLiteral("HL-L2350DW"));
    down.status = Core::DeviceStatus::Unreachable;
    auto warning = printer(4, QStringLiteral("board room"), QStringLiteral("Xerox"), QStringLiteral("VersaLink C405"));
    warning.status = Core::DeviceStatus::Warning;
    m_model->mergeSummaries({down, warning});

    auto *status = child<QComboBox>("statusFilter");
    status->setCurrentIndex(status->findText(QStringLiteral("Needs attention")));
    QTRY_COMPARE(shownRows(), 2);
    QVERIFY2(ViewTest::sameCountText(child<QLabel>("countLabel")->text(), QStringLiteral("5 printers, 2 shown")), qPrintable(child<QLabel>("countLabel")->text()));
    status->setCurrentIndex(status->findText(QStringLiteral("Unreachable")));
    QTRY_COMPARE(shownRows(), 1);
    QTest::keyClicks(child<QLineEdit>("searchField"), QStringLiteral("xerox"));
    QTRY_COMPARE(shownRows(), 0);
    status->setCurrentIndex(0);
    QTRY_COMPARE(shownRows(), 1);
}

void TestPrintersPage::ctrlFFocusesSearch()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    auto *table = child<QTableView>("printerTable");
    auto *search = child<QLineEdit>("searchField");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
}

void TestPrintersPage::copyPutsSelectedRowsOnClipboard()
{
    QApplication::clipboard()->clear();
    auto *table = child<QTableView>("printerTable");
    table->sortByColumn(PrinterTableModel::NameColumn, Qt::AscendingOrder);
    // Sorted by name: accounting, board room, lab, reception, warehouse.
    selectRows({0, 2});
    table->setFocus();
    child<QAction>("copyAction")->trigger();

    const QString text = QApplication::clipboard()->text();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList first = lines.at(0).split(QLatin1Char('\t'));
    QCOMPARE(first.size(), int(PrinterTableModel::ColumnCount));
    QCOMPARE(first.at(PrinterTableModel::NameColumn), QStringLiteral("accounting"));
    QCOMPARE(first.at(PrinterTableModel::AddressColumn), QStringLiteral("127.1.0.1"));
    QCOMPARE(first.at(PrinterTableModel::TotalPagesColumn), QStringLiteral("1,000"));
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(PrinterTableModel::NameColumn), QStringLiteral("lab"));

    // Hidden columns are left out; a cell that a spreadsheet would run as a formula is quoted.
    table->horizontalHeader()->setSectionHidden(PrinterTableModel::SerialColumn, true);
    m_model->mergeSummaries(
        {printer(1, QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("HP"), QStringLiteral("LaserJet 4250"))});
    table->sortByColumn(PrinterTableModel::AddressColumn, Qt::AscendingOrder);
    selectRows({0});
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList cells = QApplication::clipboard()->text().trimmed().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(PrinterTableModel::ColumnCount) - 1);
    QCOMPARE(cells.at(0), QStringLiteral("'=HYPERLINK(\"x\")"));
}

void TestPrintersPage::openWebPageEmitsAddress()
{
    QSignalSpy open(m_page.get(), &Views::PrintersPage::openWebPageRequested);
    auto *action = child<QAction>("openWebPageAction");
    auto *table = child<QTableView>("printerTable");
    table->sortByColumn(PrinterTableModel::NameColumn, Qt::AscendingOrder);

    selectRows({0, 1});
    QVERIFY(!action->isEnabled()); // one page per click, not a tab storm
    selectRows({3});
    QVERIFY(action->isEnabled());
    action->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("127.1.0.2")); // "reception"
    QCOMPARE(m_page->selectedDeviceIds(), (QList<qint64>{2}));
}

void TestPrintersPage::mergeKeepsSelection()
{
    auto *table = child<QTableView>("printerTable");
    table->sortByColumn(PrinterTableModel::NameColumn, Qt::AscendingOrder);
    selectRows({4}); // warehouse, id 3
    QCOMPARE(m_page->selectedDeviceIds(), (QList<qint64>{3}));
    auto changed = printer(3, QStringLiteral("warehouse"), QStringLiteral("HP"), QStringLiteral("OfficeJet Pro 9010"));
    changed.status = Core::DeviceStatus::Down;
    changed.totalPages = 99;
    m_model->mergeSummaries(
        {changed, printer(7, QStringLiteral("aardvark"), QStringLiteral("HP"), QStringLiteral("X"))});
    QCOMPARE(m_page->selectedDeviceIds(), (QList<qint64>{3}));
}

void TestPrintersPage::headerStateRoundTrip()
{
    auto *header = child<QTableView>("printerTable")->horizontalHeader();
    header->setSectionHidden(PrinterTableModel::SerialColumn, true);
    header->moveSection(header->visualIndex(PrinterTableModel::StatusColumn), 0);
    child<QTableView>("printerTable")->sortByColumn(PrinterTableModel::TotalPagesColumn, Qt::DescendingOrder);
    const QByteArray state = m_page->saveHeaderState();
    QVERIFY(!state.isEmpty());

    Views::PrintersPage other(m_model.get());
    QVERIFY(other.restoreHeaderState(state));
    QVERIFY(!other.restoreHeaderState(QByteArray("garbage")));
    auto *otherHeader = other.findChild<QTableView *>(QStringLiteral("printerTable"))->horizontalHeader();
    QVERIFY(otherHeader->isSectionHidden(PrinterTableModel::SerialColumn));
    QCOMPARE(otherHeader->logicalIndex(0), int(PrinterTableModel::StatusColumn));
    QCOMPARE(otherHeader->sortIndicatorSection(), int(PrinterTableModel::TotalPagesColumn));
    QCOMPARE(otherHeader->sortIndicatorOrder(), Qt::DescendingOrder);
    // The proxy really sorts that way: most pages first.
    QCOMPARE(other.proxyModel()->index(0, 0).data(PrinterTableModel::DeviceIdRole).toLongLong(), 5);
}

void TestPrintersPage::columnFilterAndChooser()
{
    auto *column = child<QComboBox>("filterColumn");
    column->setCurrentIndex(column->findData(int(PrinterTableModel::VendorColumn)));
    QTest::keyClicks(child<QLineEdit>("filterText"), QStringLiteral("hp"));
    QTRY_COMPARE(shownRows(), 2);
    QVERIFY(column->currentText().contains(QLatin1String("filtered")));
    // The vendor filter does not look at other columns: "LaserJet" is a model.
    child<QLineEdit>("filterText")->setText(QStringLiteral("laserjet"));
    QTRY_COMPARE(shownRows(), 0);
    // Another column keeps its own filter; the vendor's stays.
    column->setCurrentIndex(column->findData(int(PrinterTableModel::ModelColumn)));
    QCOMPARE(child<QLineEdit>("filterText")->text(), QString());
    child<QLineEdit>("filterText")->setText(QStringLiteral("4250"));
    column->setCurrentIndex(column->findData(int(PrinterTableModel::VendorColumn)));
    QCOMPARE(child<QLineEdit>("filterText")->text(), QStringLiteral("laserjet"));
    child<QLineEdit>("filterText")->setText(QStringLiteral("HP"));
    QTRY_COMPARE(shownRows(), 1);
    child<QLineEdit>("filterText")->clear();
    QTRY_COMPARE(shownRows(), 1); // the model filter alone
    QVERIFY(child<QToolButton>("columnsButton")->isVisible());
}

namespace {

// Long status texts, as a translation may have ("Utilgjengelig"), and much longer.
class LongStatusTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "DeviceStatus") != 0)
            return {};
        return QStringLiteral("%1 (a much longer state text)").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestPrintersPage::statusColumnFitsLongStates()
{
    LongStatusTranslator translator;
    QCoreApplication::installTranslator(&translator);
    Views::PrintersPage page(m_model.get());
    QCoreApplication::removeTranslator(&translator);
    auto *table = page.findChild<QTableView *>(QStringLiteral("printerTable"));
    QVERIFY(table);
    const int width = table->horizontalHeader()->sectionSize(PrinterTableModel::StatusColumn);
    const int longest = table->fontMetrics().horizontalAdvance(
        QStringLiteral("Unreachable (a much longer state text)"));
    QVERIFY2(width > longest, qPrintable(QStringLiteral("%1 px for a %2 px text").arg(width).arg(longest)));
}

QTEST_MAIN(TestPrintersPage)
#include "tst_printerspage.moc"
