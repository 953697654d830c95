// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supplytablemodel.h"
#include "viewtestutil.h"
#include "views/suppliespage.h"
#include "views/supplyleveldelegate.h"

#include <QComboBox>
#include <QImage>
#include <QTableView>
#include <QTest>

using namespace Printwatch;
using Models::SupplyTableModel;

class TestSuppliesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settings = ViewTest::isolateSettings(); }

    void presetShowsLowAndUnknown()
    {
        SupplyTableModel model;
        model.setRows({TestRows::supplyRow(1, 1, 5), TestRows::supplyRow(1, 2, 0), TestRows::supplyRow(2, 1, 60),
                       TestRows::supplyRow(2, 2, Core::SupplyUnknown), TestRows::supplyRow(3, 1, Core::SupplySomeRemaining)});
        Views::SuppliesPage page(&model);
        auto *preset = page.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QVERIFY(preset);
        QCOMPARE(page.tableView()->model()->rowCount(), 5);
        preset->setCurrentIndex(1);
        QCOMPARE(page.tableView()->model()->rowCount(), 2);
        preset->setCurrentIndex(2);
        QCOMPARE(page.tableView()->model()->rowCount(), 2);
        page.setStatePreset(0);
        QCOMPARE(preset->currentIndex(), 0);
        QCOMPARE(page.tableView()->model()->rowCount(), 5);
        // Default order: most urgent first, unknown levels last.
        page.tableView()->sortByColumn(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        QCOMPARE(page.tableView()->model()->index(0, SupplyTableModel::LevelColumn).data(SupplyTableModel::LevelRole).toInt(), 0);
    }

    void levelBarDrawsEachStateDifferently()
    {
        SupplyTableModel model;
        model.setRows({TestRows::supplyRow(1, 1, 80, QStringLiteral("magenta")), TestRows::supplyRow(1, 2, 5),
                       TestRows::supplyRow(1, 3, Core::SupplyUnknown), TestRows::supplyRow(1, 4, Core::SupplySomeRemaining),
                       TestRows::supplyRow(1, 5, Core::SupplyUnrestricted)});
        Views::SuppliesPage page(&model);
        page.resize(1200, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *table = page.tableView();
        table->sortByColumn(SupplyTableModel::SupplyColumn, Qt::AscendingOrder);
        QVERIFY(qobject_cast<Views::SupplyLevelDelegate *>(table->itemDelegateForColumn(SupplyTableModel::LevelColumn)));
        const QImage image = table->viewport()->grab().toImage();
        QList<QImage> cells;
        for (int row = 0; row < 5; ++row) {
            const QRect rect = table->visualRect(table->model()->index(row, SupplyTableModel::LevelColumn));
            cells.append(image.copy(rect.adjusted(0, 0, 0, 0)).convertToFormat(QImage::Format_RGB32));
        }
        // Sorted by name, the magenta 80 % is last: its bar has magenta pixels; the others have none.
        const auto hasColour = [](const QImage &cell, QRgb colour) {
            for (int y = 0; y < cell.height(); ++y)
                for (int x = 0; x < cell.width(); ++x)
                    if (cell.pixel(x, y) == colour)
                        return true;
            return false;
        };
        const QRgb magenta = Models::supplyColour(QStringLiteral("magenta")).rgb();
        QVERIFY(hasColour(cells.at(4), magenta));
        QVERIFY(!hasColour(cells.at(2), magenta));
        for (int a = 0; a < cells.size(); ++a)
            for (int b = a + 1; b < cells.size(); ++b)
                QVERIFY2(cells.at(a) != cells.at(b), qPrintable(QStringLiteral("rows %1 and %2 look alike").arg(a).arg(b)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestSuppliesPage)
#include "tst_suppliespage.moc"
