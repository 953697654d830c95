// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetrows.h"
#include "models/modelroles.h"
#include "models/supplytablemodel.h"
#include "models/tablefilterproxymodel.h"

#include <QAbstractItemModelTester>
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
        QCOMPARE(m_proxy->index(0, SupplyTableModel::LevelColumn).data(SupplyTableModel::LevelRole).toInt(), 1);
        QCOMPARE(m_proxy->index(0, 0).data(Models::Roles::DeviceIdRole).toLongLong(), 20);
    }

private:
    std::unique_ptr<SupplyTableModel> m_model;
    std::unique_ptr<TableFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestTableFilterProxyModel)
#include "tst_tablefilterproxymodel.moc"
