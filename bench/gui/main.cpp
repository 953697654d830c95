// SPDX-License-Identifier: GPL-3.0-or-later
// printwatch-gui-bench: how long the GUI thread is busy applying one poll cycle to the Supplies
// table, the largest of the console's tables, at 10,000 and 100,000 rows. The table is shown
// (offscreen), sorted by level and filtered by a search, as an administrator would have it. Two
// refreshes of the same cycle are compared in the same run: what the app does (the storage thread
// works out the delta with RowDelta, the GUI thread applies it with KeyedTableModel::applyChanges
// and the proxy gathers the moves into one re-sort) and a naive model reset with the whole table.
// The delta's cost is reported apart: it is paid on the storage thread. Output: JSON on stdout.

#include "benchcommon.h"

#include "models/supplytablemodel.h"
#include "models/tablefilterproxymodel.h"
#include "views/supplyleveldelegate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace Printwatch;
using Bench::median;
using Bench::Options;
using Bench::Result;
using Bench::threadCpuMs;
using Models::SupplyTableModel;

namespace {

constexpr int kSuppliesPerPrinter = 10;

QList<Storage::FleetSupplyRow> makeFleet(int rows)
{
    static const char *const colours[] = {"black", "cyan", "magenta", "yellow"};
    QList<Storage::FleetSupplyRow> fleet;
    fleet.reserve(rows);
    QRandomGenerator random(2026);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < rows; ++i) {
        Storage::FleetSupplyRow row;
        const qint64 device = i / kSuppliesPerPrinter + 1;
        row.printer = {device, QStringLiteral("printer-%1").arg(device),
                       QStringLiteral("10.%1.%2.%3").arg(device / 65536).arg((device / 256) % 256).arg(device % 256), 161};
        row.readAt = start;
        row.supply.index = i % kSuppliesPerPrinter + 1;
        row.supply.colour = QLatin1String(colours[i % 4]);
        row.supply.kind = row.supply.index <= 4 ? QStringLiteral("toner") : QStringLiteral("drum");
        row.supply.description = row.supply.colour + QLatin1Char(' ') + row.supply.kind;
        row.supply.level = static_cast<int>(random.bounded(101));
        row.supply.maxCapacity = 100;
        row.supply.source = QStringLiteral("1.3.6.1.2.1.43.11.1.1.9.1.%1").arg(row.supply.index);
        fleet.append(row);
    }
    return fleet;
}

// One poll cycle: every row is read again (new read time); `changedPercent` of the levels move down.
QList<Storage::FleetSupplyRow> pollCycle(QList<Storage::FleetSupplyRow> fleet, int changedPercent, int cycle)
{
    QRandomGenerator random(static_cast<quint32>(cycle) * 7919u + 1u);
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(60 * cycle);
    for (auto &row : fleet) {
        row.readAt = at;
        if (static_cast<int>(random.bounded(100)) < changedPercent)
            row.supply.level = row.supply.level > 0 ? row.supply.level - 1 : 100; // a replacement at empty
    }
    return fleet;
}

Result measure(int rows, int changedPercent, const Options &options)
{
    const int cycles = options.cycles;
    const QList<Storage::FleetSupplyRow> fleet = makeFleet(rows);
    QList<qint64> devices;
    for (qint64 device = 1; device <= (rows + kSuppliesPerPrinter - 1) / kSuppliesPerPrinter; ++device)
        devices.append(device);

    QList<double> deltaTimes;
    const auto run = [&](bool merge, double *cpuMs) {
        SupplyTableModel::Delta delta = SupplyTableModel::makeDelta();
        delta.update({}, fleet);
        SupplyTableModel model;
        Models::TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setItemDelegateForColumn(SupplyTableModel::LevelColumn, new Views::SupplyLevelDelegate(&view));
        view.setSortingEnabled(true);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1400, 900);
        view.show();
        model.setRows(fleet);
        view.sortByColumn(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
        proxy.setSearchText(QStringLiteral("toner")); // filter on: 4 of 10 supplies match
        view.selectRow(3);
        QCoreApplication::processEvents();

        QList<double> times;
        QList<double> cpuTimes;
        for (int cycle = 1; cycle <= cycles; ++cycle) {
            const QList<Storage::FleetSupplyRow> next = pollCycle(model.rows(), changedPercent, cycle);
            QElapsedTimer deltaTimer;
            deltaTimer.start();
            const SupplyTableModel::Changes changes = delta.update(devices, next);
            if (merge)
                deltaTimes.append(double(deltaTimer.nsecsElapsed()) / 1e6);
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            if (merge)
                model.applyChanges(changes.changed, changes.removed);
            else
                model.resetRows(next);
            const qint64 modelNs = timer.nsecsElapsed();
            // The proxy's gathered re-sort and the repaint that follow are part of the GUI thread's bill.
            proxy.flush(); // what the next event loop pass would do first; timed apart for the phases
            const qint64 proxyNs = timer.nsecsElapsed();
            QCoreApplication::processEvents();
            const qint64 eventsNs = timer.nsecsElapsed();
            view.viewport()->repaint();
            times.append(double(timer.nsecsElapsed()) / 1e6);
            cpuTimes.append(threadCpuMs() - cpuStart);
            if (options.phases)
                std::fprintf(stderr, "    %s: model %.2f ms, proxy %.2f ms, events %.2f ms, total %.2f ms\n",
                             merge ? "merge" : "reset", double(modelNs) / 1e6, double(proxyNs - modelNs) / 1e6,
                             double(eventsNs - proxyNs) / 1e6, times.constLast());
        }
        *cpuMs = median(cpuTimes);
        return median(times);
    };
    Result result;
    if (options.merge)
        result.mergeMs = run(true, &result.mergeCpuMs);
    if (options.reset)
        result.resetMs = run(false, &result.resetCpuMs);
    result.deltaMs = median(deltaTimes);
    return result;
}

} // namespace

namespace {

QJsonObject report(const QString &table, int rows, int changed, const Result &result, bool legacy)
{
    const auto ratio = [](double slow, double fast) { return slow / qMax(0.001, fast); };
    std::fprintf(stderr,
                 "%-9s %7d rows, %3d %% changed: merge %7.2f ms (CPU %6.2f), reset %7.2f ms (CPU %6.2f), "
                 "%5.1fx, CPU %5.1fx",
                 qPrintable(table), rows, changed, result.mergeMs, result.mergeCpuMs, result.resetMs, result.resetCpuMs,
                 ratio(result.resetMs, result.mergeMs), ratio(result.resetCpuMs, result.mergeCpuMs));
    if (legacy)
        std::fprintf(stderr, "; QSortFilterProxyModel merge %7.2f ms (CPU %6.2f)", result.legacyMs, result.legacyCpuMs);
    else
        std::fprintf(stderr, " (delta %.2f ms on the storage thread)", result.deltaMs);
    std::fputc('\n', stderr);
    QJsonObject object{{QStringLiteral("table"), table},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("changedPercent"), changed},
                       {QStringLiteral("mergeMs"), result.mergeMs},
                       {QStringLiteral("resetMs"), result.resetMs},
                       {QStringLiteral("mergeCpuMs"), result.mergeCpuMs},
                       {QStringLiteral("resetCpuMs"), result.resetCpuMs},
                       {QStringLiteral("speedup"), ratio(result.resetMs, result.mergeMs)},
                       {QStringLiteral("cpuSpeedup"), ratio(result.resetCpuMs, result.mergeCpuMs)}};
    if (legacy) {
        object.insert(QStringLiteral("qsortfilterproxyMergeMs"), result.legacyMs);
        object.insert(QStringLiteral("qsortfilterproxyMergeCpuMs"), result.legacyCpuMs);
    } else {
        object.insert(QStringLiteral("storageThreadDeltaMs"), result.deltaMs);
    }
    return object;
}

QList<int> numbers(const QString &list)
{
    QList<int> values;
    for (const QString &text : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        values.append(text.toInt());
    return values;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI-thread cost of one poll cycle: merge vs model reset."));
    parser.addHelpOption();
    const QCommandLineOption cyclesOption(QStringLiteral("cycles"), QStringLiteral("Cycles per measurement (median)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption tablesOption(QStringLiteral("tables"),
                                          QStringLiteral("Comma-separated tables: supplies, printers."),
                                          QStringLiteral("LIST"), QStringLiteral("supplies,printers"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Supplies table sizes, comma-separated."),
                                        QStringLiteral("LIST"), QStringLiteral("10000,100000"));
    const QCommandLineOption printersOption(QStringLiteral("printers"),
                                            QStringLiteral("Printers table sizes, comma-separated."),
                                            QStringLiteral("LIST"), QStringLiteral("10000"));
    const QCommandLineOption changedOption(QStringLiteral("changed"),
                                           QStringLiteral("Comma-separated percentages of rows whose values move per cycle."),
                                           QStringLiteral("LIST"), QStringLiteral("0,1,10,50,100"));
    const QCommandLineOption pathsOption(QStringLiteral("paths"),
                                         QStringLiteral("Refreshes to time: merge, reset, legacy (Printers: the old "
                                                        "QSortFilterProxyModel), for profiling one."),
                                         QStringLiteral("LIST"), QStringLiteral("merge,reset,legacy"));
    parser.addOptions({cyclesOption, tablesOption, rowsOption, printersOption, changedOption, pathsOption});
    parser.process(app);
    Options options;
    options.cycles = qMax(1, parser.value(cyclesOption).toInt());
    const QStringList paths = parser.value(pathsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.merge = paths.contains(QLatin1String("merge"));
    options.reset = paths.contains(QLatin1String("reset"));
    options.legacy = paths.contains(QLatin1String("legacy"));
    options.phases = qEnvironmentVariableIsSet("PRINTWATCH_BENCH_PHASES");
    const QStringList tables = parser.value(tablesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);

    QJsonArray results;
    if (tables.contains(QLatin1String("supplies"))) {
        for (const int rows : numbers(parser.value(rowsOption))) {
            for (const int changed : numbers(parser.value(changedOption)))
                results.append(report(QStringLiteral("supplies"), rows, changed, measure(rows, changed, options), false));
        }
    }
    if (tables.contains(QLatin1String("printers"))) {
        for (const int printers : numbers(parser.value(printersOption))) {
            for (const int changed : numbers(parser.value(changedOption)))
                results.append(report(QStringLiteral("printers"), printers, changed,
                                      Bench::measurePrinters(printers, changed, options), true));
        }
    }
    const QJsonObject out{
        {QStringLiteral("benchmark"), QStringLiteral("gui-poll-cycle")},
        {QStringLiteral("tables"),
         QJsonObject{{QStringLiteral("supplies"), QStringLiteral("sorted by level, search 'toner', view shown")},
                     {QStringLiteral("printers"), QStringLiteral("sorted by total pages (descending), search 'hp', "
                                                                 "view shown")}}},
        {QStringLiteral("cycles"), options.cycles},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("results"), results}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
