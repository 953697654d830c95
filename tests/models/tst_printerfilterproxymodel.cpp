// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/printerfilterproxymodel.h"
#include "models/printertablemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Printwatch;
using Models::PrinterFilterProxyModel;
using Models::PrinterTableModel;

namespace {

Core::PrinterSummary printer(qint64 id, QRandomGenerator &random)
{
    static const char *const vendors[] = {"HP", "Brother", "Kyocera", "Ricoh"};
    Core::PrinterSummary s;
    s.deviceId = id;
    s.name = QStringLiteral("printer-%1").arg(id);
    s.address = QStringLiteral("10.%1.%2.%3").arg(id / 65536).arg((id / 256) % 256).arg(id % 256);
    s.vendor = QLatin1String(vendors[id % 4]);
    s.model = QStringLiteral("Model %1").arg(id % 7);
    s.serial = QStringLiteral("SN%1").arg(id);
    s.status = random.bounded(5) == 0 ? Core::DeviceStatus::Warning : Core::DeviceStatus::Idle;
    s.totalPages = random.bounded(8) == 0 ? std::optional<qint64>() : std::optional<qint64>(random.bounded(100000));
    s.lastSeen = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    s.lastPolled = s.lastSeen;
    return s;
}

// Device ids in the order the proxy shows them.
QList<qint64> shownIds(const QAbstractItemModel &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(PrinterTableModel::DeviceIdRole).toLongLong());
    return ids;
}

} // namespace

class TestPrinterFilterProxyModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Poll rounds over a sorted, searched and status-filtered fleet: never a reset, the order and the
    // rows shown are those of a fresh proxy, and the selected printer stays selected.
    void pollRoundsMatchAFreshProxy()
    {
        QRandomGenerator random(42);
        PrinterTableModel model;
        QList<Core::PrinterSummary> fleet;
        for (qint64 id = 1; id <= 1500; ++id)
            fleet.append(printer(id, random));
        model.setSummaries(fleet);
        PrinterFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(PrinterTableModel::TotalPagesColumn, Qt::DescendingOrder);
        proxy.setFilterText(QStringLiteral("hp model"));
        proxy.setStatusFilter({Core::DeviceStatus::Idle});
        QVERIFY(proxy.rowCount() > 100);
        const QPersistentModelIndex selected = proxy.index(10, PrinterTableModel::NameColumn);
        const qint64 selectedId = selected.data(PrinterTableModel::DeviceIdRole).toLongLong();
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

        for (int round = 0; round < 4; ++round) {
            for (auto &summary : fleet) {
                if (summary.totalPages && random.bounded(2) == 0)
                    summary.totalPages = *summary.totalPages + random.bounded(500);
                if (summary.deviceId != selectedId && random.bounded(20) == 0)
                    summary.status = summary.status == Core::DeviceStatus::Idle ? Core::DeviceStatus::Warning
                                                                                : Core::DeviceStatus::Idle;
            }
            model.mergeSummaries(fleet);
            proxy.flush();
        }
        QCOMPARE(reset.count(), 0);

        PrinterFilterProxyModel fresh;
        fresh.setSourceModel(&model);
        fresh.sort(PrinterTableModel::TotalPagesColumn, Qt::DescendingOrder);
        fresh.setFilterText(QStringLiteral("hp model"));
        fresh.setStatusFilter({Core::DeviceStatus::Idle});
        QCOMPARE(shownIds(proxy), shownIds(fresh));
        for (const qint64 id : shownIds(proxy)) {
            const Core::PrinterSummary &summary = model.summaryAt(model.rowForDevice(id));
            QCOMPARE(summary.vendor, QStringLiteral("HP"));
            QCOMPARE(summary.status, Core::DeviceStatus::Idle);
        }
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(PrinterTableModel::DeviceIdRole).toLongLong(), selectedId);
    }

    // The search is the PrinterFilter's: the serial matches although no cell shows it as typed.
    void searchMatchesTheSummary()
    {
        QRandomGenerator random(1);
        PrinterTableModel model;
        model.setSummaries({printer(1, random), printer(2, random), printer(3, random)});
        PrinterFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("sn2"));
        QCOMPARE(shownIds(proxy), QList<qint64>{2});
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.filter().text(), QString());
    }
};

QTEST_GUILESS_MAIN(TestPrinterFilterProxyModel)
#include "tst_printerfilterproxymodel.moc"
