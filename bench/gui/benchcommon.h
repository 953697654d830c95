// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GUI benchmark's table cases share: options, the figures of one case, and the clocks.

#include <QList>

#include <algorithm>
#include <ctime>

namespace Printwatch::Bench {

struct Options
{
    int cycles = 5;
    bool merge = true;
    bool reset = true;
    bool legacy = true; // the Printers case: also the old QSortFilterProxyModel with a merge
    bool phases = false;
};

struct Result
{
    double mergeMs = 0;
    double resetMs = 0;
    double legacyMs = 0;   // Printers: merge through a QSortFilterProxyModel, as before
    double mergeCpuMs = 0; // GUI thread's CPU time, the figure to compare on a loaded machine
    double resetCpuMs = 0;
    double legacyCpuMs = 0;
    double deltaMs = 0; // storage thread
};

// CPU time of the calling (GUI) thread: unlike wall time, it does not grow when other processes
// share the cores, so runs on a loaded machine can still be compared.
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

// The Printers table: `printers` devices sorted by total pages, searched for a vendor.
Result measurePrinters(int printers, int changedPercent, const Options &options);

} // namespace Printwatch::Bench
