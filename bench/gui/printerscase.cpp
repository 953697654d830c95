// SPDX-License-Identifier: GPL-3.0-or-later
// The Printers case of printwatch-gui-bench: 10,000 printers (or as asked) in a shown table sorted
// by total pages (descending, as an administrator looks for the busiest) and searched for a vendor
// ("hp": a quarter of the fleet). One poll cycle: every printer answered (Last seen moves), a share
// of them printed (total pages grow) and a few of those changed status. Three refreshes are timed
// in the same run: the app's merge through PrinterFilterProxyModel, the same merge through the
// QSortFilterProxyModel the page used before (kept here, for the comparison only), and a reset.

#include "benchcommon.h"

#include "models/printerfilter.h"
#include "models/printerfilterproxymodel.h"
#include "models/printertablemodel.h"

#include <QCollator>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QPointer>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <cstdio>
#include <memory>

namespace Printwatch::Bench {

namespace {

using Models::PrinterTableModel;

// The Printers page's proxy before this change, as it was: QSortFilterProxyModel with the filter
// and the raw-value sort of PrinterFilterProxyModel.
class LegacyPrinterProxy final : public QSortFilterProxyModel
{
public:
    LegacyPrinterProxy()
    {
        setSortRole(PrinterTableModel::SortRole);
        setDynamicSortFilter(true);
        setSortCaseSensitivity(Qt::CaseInsensitive);
    }

    void setPrinters(PrinterTableModel *printers)
    {
        m_printers = printers;
        setSourceModel(printers);
    }

    void setFilterText(const QString &text)
    {
        m_filter.setText(text);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        return !m_printers || m_filter.isEmpty() || m_filter.accepts(m_printers->summaryAt(sourceRow));
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant l = left.data(sortRole());
        const QVariant r = right.data(sortRole());
        const bool descending = sortOrder() == Qt::DescendingOrder;
        if (!l.isValid() || !r.isValid()) {
            if (l.isValid() == r.isValid())
                return false;
            return l.isValid() ? !descending : descending;
        }
        if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
            static thread_local QCollator collator = [] {
                QCollator c;
                c.setNumericMode(true);
                c.setCaseSensitivity(Qt::CaseInsensitive);
                return c;
            }();
            return collator.compare(l.toString(), r.toString()) < 0;
        }
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }

private:
    Models::PrinterFilter m_filter;
    QPointer<PrinterTableModel> m_printers;
};

QList<Core::PrinterSummary> makeFleet(int printers)
{
    static const char *const vendors[] = {"HP", "Brother", "Kyocera", "Ricoh"};
    QList<Core::PrinterSummary> fleet;
    fleet.reserve(printers);
    QRandomGenerator random(2026);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < printers; ++i) {
        Core::PrinterSummary s;
        s.deviceId = i + 1;
        s.name = QStringLiteral("printer-%1").arg(s.deviceId);
        s.address =
            QStringLiteral("10.%1.%2.%3").arg(s.deviceId / 65536).arg((s.deviceId / 256) % 256).arg(s.deviceId % 256);
        s.vendor = QLatin1String(vendors[i % 4]);
        s.model = QStringLiteral("Model %1").arg(i % 37);
        s.serial = QStringLiteral("SN%1").arg(s.deviceId, 8, 10, QLatin1Char('0'));
        s.status = Core::DeviceStatus::Idle;
        s.totalPages = random.bounded(1000000);
        s.lowestSupplyPercent = static_cast<int>(random.bounded(101));
        s.lowestSupplyName = QStringLiteral("Black toner");
        s.lastSeen = start;
        s.lastPolled = start;
        fleet.append(s);
    }
    return fleet;
}

QList<Core::PrinterSummary> pollCycle(QList<Core::PrinterSummary> fleet, int changedPercent, int cycle)
{
    QRandomGenerator random(static_cast<quint32>(cycle) * 104729u + 3u);
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(60 * cycle);
    for (auto &summary : fleet) {
        summary.lastSeen = at;
        summary.lastPolled = at;
        if (static_cast<int>(random.bounded(100)) < changedPercent) {
            summary.totalPages = summary.totalPages.value_or(0) + 1 + random.bounded(50);
            if (random.bounded(50) == 0)
                summary.status = summary.status == Core::DeviceStatus::Idle ? Core::DeviceStatus::Printing
                                                                            : Core::DeviceStatus::Idle;
        }
    }
    return fleet;
}

enum class Path
{
    Merge,
    Legacy,
    Reset
};

} // namespace

Result measurePrinters(int printers, int changedPercent, const Options &options)
{
    const QList<Core::PrinterSummary> fleet = makeFleet(printers);
    const auto run = [&](Path path, double *cpuMs) {
        PrinterTableModel model;
        model.setClock([] { return QDateTime::currentDateTime(); });
        std::unique_ptr<QAbstractItemModel> proxy;
        if (path == Path::Legacy) {
            auto legacy = std::make_unique<LegacyPrinterProxy>();
            legacy->setPrinters(&model);
            legacy->setFilterText(QStringLiteral("hp"));
            proxy = std::move(legacy);
        } else {
            auto current = std::make_unique<Models::PrinterFilterProxyModel>();
            current->setSourceModel(&model);
            current->setFilterText(QStringLiteral("hp"));
            proxy = std::move(current);
        }
        QTableView view;
        view.setModel(proxy.get());
        view.setSortingEnabled(true);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1400, 900);
        view.show();
        model.setSummaries(fleet);
        view.sortByColumn(PrinterTableModel::TotalPagesColumn, Qt::DescendingOrder);
        view.selectRow(3);
        QCoreApplication::processEvents();

        QList<double> times;
        QList<double> cpuTimes;
        for (int cycle = 1; cycle <= options.cycles; ++cycle) {
            const QList<Core::PrinterSummary> next = pollCycle(fleet, changedPercent, cycle);
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            if (path == Path::Reset)
                model.resetSummaries(next);
            else
                model.mergeSummaries(next);
            const qint64 modelNs = timer.nsecsElapsed();
            if (auto *current = dynamic_cast<Models::PrinterFilterProxyModel *>(proxy.get()))
                current->flush(); // what the next event-loop pass would do first
            const qint64 proxyNs = timer.nsecsElapsed();
            QCoreApplication::processEvents();
            view.viewport()->repaint();
            times.append(double(timer.nsecsElapsed()) / 1e6);
            cpuTimes.append(threadCpuMs() - cpuStart);
            if (options.phases)
                std::fprintf(stderr, "    printers %s: model %.2f ms, proxy %.2f ms, total %.2f ms\n",
                             path == Path::Merge ? "merge" : (path == Path::Legacy ? "legacy" : "reset"),
                             double(modelNs) / 1e6, double(proxyNs - modelNs) / 1e6, times.constLast());
        }
        *cpuMs = median(cpuTimes);
        return median(times);
    };
    Result result;
    if (options.merge)
        result.mergeMs = run(Path::Merge, &result.mergeCpuMs);
    if (options.legacy)
        result.legacyMs = run(Path::Legacy, &result.legacyCpuMs);
    if (options.reset)
        result.resetMs = run(Path::Reset, &result.resetCpuMs);
    return result;
}

} // namespace Printwatch::Bench
