// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetrows.h"
#include "models/modelroles.h"
#include "models/supplytablemodel.h"
#include "models/tablefilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Printwatch;
using Models::SupplyTableModel;
using Models::TableFilterProxyModel;
using TestRows::supplyRow;

class TestTableFilterProxyModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<SupplyTableModel>();
        QList<Storage::FleetSupplyRow> rows;
        for (int device = 1; device <= 20; ++device) {
            rows.append(supplyRow(device, 1, device * 4, QStringLiteral("black")));
            rows.append(supplyRow(device, 2, 100 - device * 4, QStringLiteral("cyan")));
        }
        rows[0].printer.name = QStringLiteral("Reception HP");
        m_model->setRows(rows);
        m_proxy = std::make_unique<TableFilterProxyModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy->setSourceModel(m_model.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void everyTermMustMatchSomewhereInTheRow()
    {
        m_proxy->setSearchText(QStringLiteral("reception cyan"));
        QCOMPARE(m_proxy->rowCount(), 0); // reception's cyan is on printer 1's second row, named printer-1
        m_proxy->setSearchText(QStringLiteral("RECEPTION black"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setSearchText(QStringLiteral("cyan"));
        QCOMPARE(m_proxy->rowCount(), 20);
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(), 40);
    }

    void columnFiltersAndPredicateCombine()
    {
        m_proxy->setColumnFilter(SupplyTableModel::ColourColumn, QStringLiteral("cyan"));
        QCOMPARE(m_proxy->rowCount(), 20);
        QCOMPARE(m_proxy->filteredColumns(), QList<int>{SupplyTableModel::ColourColumn});
        m_proxy->setRowPredicate([](const QAbstractItemModel *source, int row) {
            return source->index(row, SupplyTableModel::LevelColumn).data(SupplyTableModel::LevelRole).toInt() <= 20;
        });
        QCOMPARE(m_proxy->rowCount(), 1); // cyan of printer 20 at 20 %
        m_proxy->setColumnFilter(SupplyTableModel::ColourColumn, QString());
        QCOMPARE(m_proxy->rowCount(), 6); // black of 1..5, cyan of 20
        m_proxy->setRowPredicate({});
        QCOMPARE(m_proxy->rowCount(), 40);
    }

    void liveChangesResortAndRefilter()
    {
        m_proxy->sort(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        m_proxy->setColumnFilter(SupplyTableModel::ColourColumn, QStringLiteral("black"));
        QCOMPARE(m_proxy->index(0, SupplyTableModel::LevelColumn).data(SupplyTableModel::LevelRole).toInt(), 4);
        QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
        m_model->replaceDevices({20}, {supplyRow(20, 1, 1, QStringLiteral("black")),
                                       supplyRow(20, 2, 20, QStringLiteral("cyan"))});
        QCOMPARE(reset.count(), 0);
        // The move is gathered and applied once, right after the source's batch.
        QTRY_COMPARE(m_proxy->index(0, SupplyTableModel::LevelColumn).data(SupplyTableModel::LevelRole).toInt(), 1);
        QCOMPARE(m_proxy->index(0, 0).data(Models::Roles::DeviceIdRole).toLongLong(), 20);
    }

    void selectionFollowsItsRowThroughAResort()
    {
        m_proxy->sort(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        QPersistentModelIndex held = m_proxy->index(5, SupplyTableModel::SupplyColumn);
        const auto key = m_model->rowAt(m_proxy->mapToSource(held).row());
        auto changed = key;
        changed.supply.level = 99;
        m_model->mergeRows({changed});
        m_proxy->flush();
        QVERIFY(held.isValid());
        QCOMPARE(held.row(), m_proxy->rowCount() - 1);
        QCOMPARE(m_model->rowAt(m_proxy->mapToSource(held).row()).supply.index, key.supply.index);
        QCOMPARE(m_model->rowAt(m_proxy->mapToSource(held).row()).printer.deviceId, key.printer.deviceId);
    }

    // Random polls, removals and new printers against a brute-force reference of what must show.
    void staysSortedAndFilteredUnderRandomChanges()
    {
        m_proxy->sort(SupplyTableModel::LevelColumn, Qt::DescendingOrder);
        m_proxy->setColumnFilter(SupplyTableModel::ColourColumn, QStringLiteral("black"));
        QRandomGenerator random(7);
        for (int round = 0; round < 40; ++round) {
            QList<qint64> devices;
            QList<Storage::FleetSupplyRow> rows;
            for (int i = 0; i < 6; ++i) {
                const qint64 device = 1 + random.bounded(30);
                devices.append(device);
                const int count = 1 + random.bounded(3);
                for (int index = 1; index <= count; ++index) {
                    const int level = random.bounded(6) == 0 ? Core::SupplyUnknown : random.bounded(101);
                    rows.append(supplyRow(device, index, level,
                                          random.bounded(2) ? QStringLiteral("black") : QStringLiteral("cyan")));
                }
            }
            m_model->replaceDevices(devices, rows);
            if (round % 3 == 0)
                m_proxy->flush(); // sometimes several batches gather before the flush
        }
        m_proxy->flush();
        QList<std::pair<int, int>> expected; // level (or -1), source row
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->rowAt(row).supply.colour == QLatin1String("black"))
                expected.append({m_model->rowAt(row).supply.percent().value_or(-1), row});
        }
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
            if ((a.first < 0) != (b.first < 0))
                return a.first >= 0;
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QCOMPARE(m_proxy->rowCount(), int(expected.size()));
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            QCOMPARE(m_proxy->mapToSource(m_proxy->index(row, 0)).row(), expected.at(row).second);
            QCOMPARE(m_proxy->mapFromSource(m_model->index(expected.at(row).second, 0)).row(), row);
        }
    }

    // The search looks at cells that polls change (the level): the per-cell match cache, the rows it
    // does not re-read and the keys of hidden rows it skips must end where a fresh proxy starts.
    void searchOverChangingCellsMatchesAFreshProxy()
    {
        m_proxy->sort(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        m_proxy->setSearchText(QStringLiteral("cyan 9")); // "9" in a level ("19 %"), a name or an address
        QRandomGenerator random(11);
        for (int round = 0; round < 60; ++round) {
            QList<Storage::FleetSupplyRow> rows;
            for (int i = 0; i < 12; ++i) {
                const qint64 device = 1 + random.bounded(25);
                const int index = 1 + random.bounded(2);
                rows.append(supplyRow(device, index, random.bounded(8) == 0 ? Core::SupplyUnknown : random.bounded(101),
                                      index == 1 ? QStringLiteral("black") : QStringLiteral("cyan")));
            }
            m_model->mergeRows(rows);
            if (round % 4 == 0)
                m_proxy->flush();
        }
        m_proxy->flush();
        TableFilterProxyModel fresh;
        fresh.setSourceModel(m_model.get());
        fresh.sort(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        fresh.setSearchText(QStringLiteral("cyan 9"));
        int expected = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QString text;
            for (int column = 0; column < m_model->columnCount(); ++column)
                text += m_model->index(row, column).data().toString() + QLatin1Char('\n');
            expected += text.contains(QLatin1String("cyan"), Qt::CaseInsensitive) && text.contains(QLatin1Char('9')) ? 1 : 0;
        }
        QVERIFY(expected > 0 && expected < m_model->rowCount());
        QCOMPARE(m_proxy->rowCount(), expected);
        QCOMPARE(fresh.rowCount(), expected);
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QCOMPARE(m_proxy->mapToSource(m_proxy->index(row, 0)).row(), fresh.mapToSource(fresh.index(row, 0)).row());
    }

    // A poll that hides and shows many rows at once: one layout change, no reset, and the selected
    // row (a persistent index) still points at its supply.
    void manyRowsInAndOutKeepTheSelection()
    {
        QList<Storage::FleetSupplyRow> rows;
        for (int device = 1; device <= 200; ++device)
            rows.append(supplyRow(device, 1, 50));
        m_model->mergeRows(rows);
        m_proxy->sort(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        m_proxy->setColumnFilter(SupplyTableModel::StateColumn, QStringLiteral("ok"));
        const int shown = m_proxy->rowCount();
        const int keptSource = m_model->rowForKey({150, 1});
        QPersistentModelIndex held = m_proxy->mapFromSource(m_model->index(keptSource, 0));
        QVERIFY(held.isValid());
        QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        for (auto &row : rows)
            row.supply.level = row.printer.deviceId % 2 ? 5 : 60; // odd printers low: hidden
        m_model->mergeRows(rows);
        m_proxy->flush();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(m_proxy->rowCount(), shown - 100);
        QVERIFY(held.isValid());
        QCOMPARE(m_proxy->mapToSource(held).row(), keptSource);
        for (auto &row : rows)
            row.supply.level = 70;
        m_model->mergeRows(rows);
        m_proxy->flush();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_proxy->rowCount(), shown);
        QCOMPARE(m_proxy->mapToSource(held).row(), keptSource);
    }

    // A poll that moves most levels at once, with a search on: the rows that moved are re-sorted in
    // one layout change and the result is the order a fresh proxy builds; the selected rows (persistent
    // indexes) stay on their supplies, in both directions.
    void bulkChangeSortsLikeAFreshProxy_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("ascending") << int(Qt::AscendingOrder);
        QTest::newRow("descending") << int(Qt::DescendingOrder);
    }

    void bulkChangeSortsLikeAFreshProxy()
    {
        QFETCH(int, order);
        QList<Storage::FleetSupplyRow> rows;
        QRandomGenerator random(5);
        for (int device = 1; device <= 400; ++device) {
            rows.append(supplyRow(device, 1, random.bounded(101), QStringLiteral("black")));
            rows.append(supplyRow(device, 2, random.bounded(101), QStringLiteral("cyan")));
        }
        m_model->setRows(rows);
        m_proxy->sort(SupplyTableModel::LevelColumn, static_cast<Qt::SortOrder>(order));
        m_proxy->setSearchText(QStringLiteral("cyan"));
        QCOMPARE(m_proxy->rowCount(), 400);
        QList<QPersistentModelIndex> held;
        QList<int> heldSources;
        for (const int proxyRow : {0, 57, 399}) {
            held.append(m_proxy->index(proxyRow, SupplyTableModel::SupplyColumn));
            heldSources.append(m_proxy->mapToSource(held.constLast()).row());
        }
        QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
        for (int cycle = 0; cycle < 3; ++cycle) {
            for (auto &row : rows) {
                if (random.bounded(10) < 8)
                    row.supply.level = random.bounded(8) == 0 ? Core::SupplyUnknown : random.bounded(101);
            }
            m_model->applyChanges(rows, {});
            m_proxy->flush();
        }
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 3);
        TableFilterProxyModel fresh;
        fresh.setSourceModel(m_model.get());
        fresh.sort(SupplyTableModel::LevelColumn, static_cast<Qt::SortOrder>(order));
        fresh.setSearchText(QStringLiteral("cyan"));
        QCOMPARE(m_proxy->rowCount(), fresh.rowCount());
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QCOMPARE(m_proxy->mapToSource(m_proxy->index(row, 0)).row(), fresh.mapToSource(fresh.index(row, 0)).row());
        for (int i = 0; i < held.size(); ++i) {
            QVERIFY(held.at(i).isValid());
            QCOMPARE(held.at(i).column(), int(SupplyTableModel::SupplyColumn));
            QCOMPARE(m_proxy->mapToSource(held.at(i)).row(), heldSources.at(i));
        }
        // Unknown levels are last whichever the direction.
        const int last = m_proxy->rowCount() - 1;
        QVERIFY(!m_proxy->index(last, SupplyTableModel::LevelColumn).data(Models::Roles::SortRole).isValid());
    }

    // A predicate that says which columns it reads is not asked again when only other cells change,
    // and is when one of its columns does.
    void predicateIsAskedOnlyForItsColumns()
    {
        int asked = 0;
        m_proxy->setRowPredicate(
            [&asked](const QAbstractItemModel *source, int row) {
                ++asked;
                return source->index(row, SupplyTableModel::ColourColumn).data().toString() == QLatin1String("Cyan");
            },
            {SupplyTableModel::ColourColumn});
        QCOMPARE(m_proxy->rowCount(), 20);
        asked = 0;
        QList<Storage::FleetSupplyRow> rows;
        for (int device = 1; device <= 20; ++device)
            rows.append(supplyRow(device, 2, 3, QStringLiteral("cyan"))); // levels only
        m_model->mergeRows(rows);
        m_proxy->flush();
        QCOMPARE(asked, 0);
        QCOMPARE(m_proxy->rowCount(), 20);
        rows = {supplyRow(4, 2, 3, QStringLiteral("magenta"))};
        m_model->mergeRows(rows);
        m_proxy->flush();
        QVERIFY(asked > 0);
        QCOMPARE(m_proxy->rowCount(), 19);
    }

    // The source goes away: the proxy is empty and stays usable, instead of reading a deleted model.
    void destroyedSourceLeavesAnEmptyProxy()
    {
        m_proxy->sort(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        QVERIFY(m_proxy->rowCount() > 0);
        m_model.reset();
        QCOMPARE(m_proxy->rowCount(), 0);
        QVERIFY(!m_proxy->index(0, 0).isValid());
        m_proxy->setSearchText(QStringLiteral("toner"));
        QCOMPARE(m_proxy->rowCount(), 0);
    }

private:
    std::unique_ptr<SupplyTableModel> m_model;
    std::unique_ptr<TableFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestTableFilterProxyModel)
#include "tst_tablefilterproxymodel.moc"
