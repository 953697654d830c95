// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace Printwatch::Bench {

// CPU seconds (user + system) of this process so far, all threads.
double selfCpuSeconds();
// CPU seconds of the calling thread so far.
double threadCpuSeconds();
// CPU seconds of the terminated, waited-for children so far.
double childrenCpuSeconds();
// CPU seconds of another (running) process, from its CPU-time clock (else /proc/PID/stat); -1 when unreadable.
double processCpuSeconds(pid_t pid);
// VmRSS / VmHWM of this process in KiB; resetPeak() makes VmHWM start again from VmRSS.
qint64 residentKb();
qint64 peakResidentKb();
qint64 peakResidentKb(pid_t pid);
void resetPeak();

// A timed phase repeated: the repetition with the median wall time (`wall_s`), whole, so that its
// other figures (CPU, requests) are that same repetition's. The upper median for an even count;
// the benchmark asks for an odd one. Empty for none.
QJsonObject medianByWall(const QJsonArray &repetitions);
// The `keys` of each repetition, for the JSON's list of them all.
QJsonArray pick(const QJsonArray &repetitions, const QStringList &keys);

// Wall time, this process's CPU and a child process's CPU over one phase of the benchmark.
class Span
{
public:
    explicit Span(pid_t other = 0);
    double wallSeconds() const;
    double cpuSeconds() const;      // this process
    double threadCpuSeconds() const; // the thread that made the Span
    double otherCpuSeconds() const; // the `other` process (the simulator)
    double childrenCpuSeconds() const;

private:
    QElapsedTimer m_clock;
    pid_t m_other;
    double m_cpu;
    double m_threadCpu;
    double m_otherCpu;
    double m_children;
};

} // namespace Printwatch::Bench
