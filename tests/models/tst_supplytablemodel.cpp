// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetrows.h"
#include "models/modelroles.h"
#include "models/supplytablemodel.h"
#include "models/tablefilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Printwatch;
using Models::SupplyTableModel;
using TestRows::supplyRow;

class TestSupplyTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelsAreExplicitAboutWhatIsUnknown_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("max");
        QTest::addColumn<bool>("receptacle");
        QTest::addColumn<int>("levelRole");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("sortable");
        QTest::newRow("percent") << 40 << 200 << false << 20 << QStringLiteral("OK") << true;
        QTest::newRow("low") << 9 << 100 << false << 9 << QStringLiteral("Low") << true;
        QTest::newRow("empty") << 0 << 100 << false << 0 << QStringLiteral("Empty") << true;
        QTest::newRow("unknown") << Core::SupplyUnknown << 100 << false << Core::SupplyUnknown
                                 << QStringLiteral("Unknown") << false;
        QTest::newRow("some remaining") << Core::SupplySomeRemaining << 100 << false << Core::SupplySomeRemaining
                                        << QStringLiteral("Some remaining") << false;
        QTest::newRow("unrestricted") << Core::SupplyUnrestricted << 100 << false << Core::SupplyUnrestricted
                                      << QStringLiteral("Unrestricted") << false;
        // A real level over an unknown capacity is "some", never a made-up percentage.
        QTest::newRow("level without capacity") << 350 << Core::SupplyUnknown << false << Core::SupplySomeRemaining
                                                << QStringLiteral("Some remaining") << false;
        QTest::newRow("waste nearly full") << 5 << 100 << true << 5 << QStringLiteral("Nearly full") << true;
        QTest::newRow("waste full") << 0 << 100 << true << 0 << QStringLiteral("Full") << true;
    }

    void levelsAreExplicitAboutWhatIsUnknown()
    {
        QFETCH(int, level);
        QFETCH(int, max);
        QFETCH(bool, receptacle);
        SupplyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto row = supplyRow(1, 1, level, QStringLiteral("black"), max);
        row.supply.receptacle = receptacle;
        model.setRows({row});
        const QModelIndex levelIndex = model.index(0, SupplyTableModel::LevelColumn);
        QTEST(levelIndex.data(SupplyTableModel::LevelRole).toInt(), "levelRole");
        QTEST(model.index(0, SupplyTableModel::StateColumn).data().toString(), "state");
        QTEST(levelIndex.data(Models::Roles::SortRole).isValid(), "sortable");
        QVERIFY(!levelIndex.data().toString().contains(QLatin1String("50 %")) || level == 50);
    }

    // The search skips the Level and State cells for a term they cannot hold; it must never skip a
    // text they show. Every level 0-100 %, every state, both kinds of supply, whole texts and parts.
    void columnMayContainEveryShownText()
    {
        SupplyTableModel model;
        QList<Storage::FleetSupplyRow> rows;
        int index = 0;
        for (const bool receptacle : {false, true}) {
            for (int level = 0; level <= 100; ++level)
                rows.append(supplyRow(1, ++index, level));
            for (const int special : {Core::SupplyUnknown, Core::SupplySomeRemaining, Core::SupplyUnrestricted, 350})
                rows.append(supplyRow(1, ++index, special, QStringLiteral("black"), special == 350 ? Core::SupplyUnknown : 100));
            for (int i = rows.size() - 105; i < rows.size(); ++i)
                rows[i].supply.receptacle = receptacle;
        }
        model.setRows(rows);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (const int column : {int(SupplyTableModel::LevelColumn), int(SupplyTableModel::StateColumn)}) {
                const QString text = model.index(row, column).data().toString();
                QVERIFY(!text.isEmpty());
                for (const QString &part : {text, text.toUpper(), text.mid(1, 2), text.right(2)})
                    QVERIFY2(model.columnMayContain(column, part), qPrintable(text + QLatin1String(" / ") + part));
            }
        }
        QVERIFY(!model.columnMayContain(SupplyTableModel::LevelColumn, QStringLiteral("toner")));
        QVERIFY(!model.columnMayContain(SupplyTableModel::StateColumn, QStringLiteral("toner")));
        QVERIFY(model.columnMayContain(SupplyTableModel::KindColumn, QStringLiteral("toner")));
    }

    // A search for a state word keeps finding the rows whose level moves into that state, and a
    // search the level cells cannot hold keeps its rows while every level moves.
    void searchFollowsLevelsIntoStates()
    {
        SupplyTableModel model;
        Models::TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        QList<Storage::FleetSupplyRow> rows;
        for (int device = 1; device <= 40; ++device)
            rows.append(supplyRow(device, 1, 50));
        model.setRows(rows);
        proxy.setSearchText(QStringLiteral("low"));
        proxy.flush();
        QCOMPARE(proxy.rowCount(), 0);
        QList<Storage::FleetSupplyRow> next = rows;
        for (int i = 0; i < next.size(); i += 2)
            next[i].supply.level = 5; // Low
        model.applyChanges(next, {});
        proxy.flush();
        QCOMPARE(proxy.rowCount(), 20);
        proxy.setSearchText(QStringLiteral("toner"));
        proxy.flush();
        QCOMPARE(proxy.rowCount(), 40);
        for (auto &row : next)
            row.supply.level = row.supply.level == 5 ? 60 : 4;
        model.applyChanges(next, {});
        proxy.flush();
        QCOMPARE(proxy.rowCount(), 40);
        QCOMPARE(proxy.index(0, SupplyTableModel::LevelColumn).data(SupplyTableModel::LevelRole).toInt(), 4);
    }

    void mergeSignalsOnlyChangedLevelsAndKeepsRows()
    {
        SupplyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Storage::FleetSupplyRow> rows;
        for (int device = 1; device <= 50; ++device)
            for (int index = 1; index <= 4; ++index)
                rows.append(supplyRow(device, index, 80));
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 200);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // A poll of device 7: one level drops, the read time moves for all, index 4 is gone, 5 is new.
        QList<Storage::FleetSupplyRow> poll;
        for (int index = 1; index <= 3; ++index) {
            auto row = supplyRow(7, index, index == 2 ? 70 : 80);
            row.readAt = TestRows::at(10);
            poll.append(row);
        }
        poll.append(supplyRow(7, 5, 100));
        model.replaceDevices({7}, poll);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1); // only the level that moved; read times alone say nothing
        const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
        const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft.column(), int(SupplyTableModel::LevelColumn));
        QCOMPARE(bottomRight.column(), int(SupplyTableModel::LevelColumn)); // 80 % to 70 %: still OK
        QCOMPARE(model.rowAt(topLeft.row()).supply.level, 70);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.rowForKey({7, 4}), -1);
        QVERIFY(model.rowForKey({7, 5}) >= 0);
        // The rows keep their keys after the removal shifted them.
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowForKey({model.rowAt(row).printer.deviceId, model.rowAt(row).supply.index}), row);
    }

    // Scattered and out-of-order changes: one signal per run of neighbouring rows, spanning the
    // columns that changed in any of them.
    void changesAreCoalescedIntoRuns()
    {
        SupplyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Storage::FleetSupplyRow> rows;
        for (int device = 1; device <= 100; ++device)
            rows.append(supplyRow(device, 1, 80));
        model.setRows(rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<Storage::FleetSupplyRow> changes;
        for (int device = 30; device >= 11; --device) // rows 10..29, listed bottom up
            changes.append(supplyRow(device, 1, 70));
        changes.append(supplyRow(50, 1, 80, QStringLiteral("black"))); // same values: no signal
        auto renamed = supplyRow(61, 1, 80);
        renamed.printer.name = QStringLiteral("renamed");
        changes.append(renamed);
        changes.append(supplyRow(62, 1, 10));
        model.applyChanges(changes, {});
        // Exactly the cells whose display changed: the levels of rows 10..29 (still OK), the whole
        // renamed row 60, and row 61's level and state (80 % to 10 %: Low).
        QSet<std::pair<int, int>> expected;
        for (int row = 10; row <= 29; ++row)
            expected.insert({row, SupplyTableModel::LevelColumn});
        for (int column = 0; column < SupplyTableModel::ColumnCount; ++column)
            expected.insert({60, column});
        expected.insert({61, SupplyTableModel::LevelColumn});
        expected.insert({61, SupplyTableModel::StateColumn});
        QSet<std::pair<int, int>> signalled;
        for (const auto &arguments : std::as_const(changed)) {
            const QModelIndex topLeft = arguments.at(0).toModelIndex();
            const QModelIndex bottomRight = arguments.at(1).toModelIndex();
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                    signalled.insert({row, column});
            }
        }
        QCOMPARE(signalled, expected);
        // Runs, not cells: the 20 levels are one signal; the two rows below need three more.
        QCOMPARE(changed.count(), 4);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(60, 0));
    }

    // Every level of the table moves and a few states with them: one signal for the Level column,
    // the State cells only where the state moved, so a proxy re-reads one cell per row.
    void wholeTablePollSignalsTheLevelColumnOnce()
    {
        SupplyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Storage::FleetSupplyRow> rows;
        for (int device = 1; device <= 300; ++device)
            rows.append(supplyRow(device, 1, 50 + device % 40));
        model.setRows(rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<Storage::FleetSupplyRow> next = rows;
        for (auto &row : next)
            row.supply.level = row.printer.deviceId % 100 == 0 ? 5 : row.supply.level - 1; // 3 go Low
        model.applyChanges(next, {});
        int levelSignals = 0;
        int stateCells = 0;
        for (const auto &arguments : std::as_const(changed)) {
            const QModelIndex topLeft = arguments.at(0).toModelIndex();
            const QModelIndex bottomRight = arguments.at(1).toModelIndex();
            if (topLeft.column() == SupplyTableModel::LevelColumn) {
                ++levelSignals;
                QCOMPARE(topLeft.row(), 0);
                QCOMPARE(bottomRight.row(), 299);
                QCOMPARE(bottomRight.column(), int(SupplyTableModel::LevelColumn));
            } else {
                QCOMPARE(topLeft.column(), int(SupplyTableModel::StateColumn));
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    QCOMPARE(model.index(row, SupplyTableModel::StateColumn).data().toString(), QStringLiteral("Low"));
                    ++stateCells;
                }
            }
        }
        QCOMPARE(levelSignals, 1);
        QCOMPARE(stateCells, 3);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowAt(row).supply.level, next.at(row).supply.level);
    }

    // A field the table does not show (the OID a level was read from) is still taken over, and the
    // cells that depend on the supply are signalled.
    void hiddenFieldChangeIsTakenOver()
    {
        SupplyTableModel model;
        model.setRows({supplyRow(1, 1, 80), supplyRow(2, 1, 80)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto moved = supplyRow(2, 1, 80);
        moved.supply.source = QStringLiteral("1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.10.1.1.0");
        moved.supply.partNumber = QStringLiteral("CF226X");
        model.applyChanges({moved}, {});
        QCOMPARE(model.rowAt(1).supply.source, moved.supply.source);
        QCOMPARE(model.rowAt(1).supply.partNumber, QStringLiteral("CF226X"));
        QCOMPARE(model.rowAt(1), moved);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, SupplyTableModel::LevelColumn));
    }

    // Most of the table replaced at once: one reset instead of thousands of row signals.
    void mostRowsReplacedIsOneReset()
    {
        SupplyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Storage::FleetSupplyRow> rows;
        QList<SupplyTableModel::Key> gone;
        for (int device = 1; device <= 100; ++device) {
            rows.append(supplyRow(device, 1, 80));
            if (device > 20)
                gone.append({device, 1});
        }
        model.setRows(rows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QList<Storage::FleetSupplyRow> fresh{supplyRow(5, 1, 40)};
        for (int device = 101; device <= 190; ++device)
            fresh.append(supplyRow(device, 1, 60));
        model.applyChanges(fresh, gone);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.rowCount(), 20 + 90);
        QCOMPARE(model.rowAt(model.rowForKey({5, 1})).supply.level, 40);
        QCOMPARE(model.rowForKey({50, 1}), -1);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowForKey({model.rowAt(row).printer.deviceId, model.rowAt(row).supply.index}), row);
        // A few changes again go row by row.
        model.applyChanges({supplyRow(150, 1, 1)}, {{101, 1}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(removed.count(), 1);
    }

    void markupStaysText()
    {
        SupplyTableModel model;
        auto row = supplyRow(1, 1, 50);
        row.printer.name = QStringLiteral("<b>x</b>");
        row.supply.description = QStringLiteral("<img src=x>");
        row.supply.colour = QStringLiteral("<b>red</b>");
        model.setRows({row});
        QCOMPARE(model.index(0, SupplyTableModel::PrinterColumn).data().toString(), QStringLiteral("<b>x</b>"));
        QCOMPARE(model.index(0, SupplyTableModel::SupplyColumn).data().toString(), QStringLiteral("<img src=x>"));
        // Tool tips render markup, so the printer's string arrives escaped there.
        const QString tip = model.index(0, SupplyTableModel::SupplyColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("&lt;img src=x&gt;")) && !tip.contains(QLatin1String("<img")), qPrintable(tip));
        QVERIFY(!model.index(0, SupplyTableModel::ColourColumn).data(SupplyTableModel::ColourRole).isValid());
    }

    void colourSwatch()
    {
        SupplyTableModel model;
        model.setRows({supplyRow(1, 1, 50, QStringLiteral("cyan")), supplyRow(1, 2, 50, QString())});
        QCOMPARE(model.index(0, SupplyTableModel::ColourColumn).data(Qt::DecorationRole).value<QColor>(),
                 Models::supplyColour(QStringLiteral("cyan")));
        QVERIFY(!model.index(1, SupplyTableModel::ColourColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.attentionCount(), 0);
    }

    void proxySortsUnknownLast()
    {
        SupplyTableModel model;
        model.setRows({supplyRow(1, 1, Core::SupplyUnknown), supplyRow(1, 2, 30), supplyRow(1, 3, 5)});
        Models::TableFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(SupplyTableModel::LevelColumn, order);
            QCOMPARE(proxy.index(2, SupplyTableModel::LevelColumn).data(SupplyTableModel::LevelRole).toInt(),
                     Core::SupplyUnknown);
        }
        proxy.sort(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, SupplyTableModel::LevelColumn).data(SupplyTableModel::LevelRole).toInt(), 5);
    }
};

QTEST_MAIN(TestSupplyTableModel)
#include "tst_supplytablemodel.moc"
