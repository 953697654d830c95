// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/measure.h"

#include <QFile>

#include <algorithm>
#include <vector>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace Printwatch::Bench {

namespace {

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

qint64 statusField(const QString &path, const QByteArray &field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

double selfCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double processCpuSeconds(pid_t pid)
{
    // The process's CPU-time clock: all its threads (also ended ones), to the nanosecond. The
    // /proc/PID/stat fallback counts in clock ticks (10 ms), too coarse for 0.2 s of simulator CPU.
    clockid_t clock = 0;
    timespec now{};
    if (clock_getcpuclockid(pid, &clock) == 0 && clock_gettime(clock, &now) == 0)
        return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The command name may contain spaces; the fields after it are fixed.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks; // utime, stime (fields 14 and 15)
}

qint64 residentKb()
{
    return statusField(QStringLiteral("/proc/self/status"), "VmRSS:");
}

qint64 peakResidentKb()
{
    return statusField(QStringLiteral("/proc/self/status"), "VmHWM:");
}

qint64 peakResidentKb(pid_t pid)
{
    return statusField(QStringLiteral("/proc/%1/status").arg(pid), "VmHWM:");
}

void resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5"); // resets VmHWM to VmRSS (Linux 4.0+)
}

Span::Span(pid_t other)
    : m_other(other)
    , m_cpu(selfCpuSeconds())
    , m_threadCpu(Bench::threadCpuSeconds())
    , m_otherCpu(other > 0 ? processCpuSeconds(other) : 0)
    , m_children(Bench::childrenCpuSeconds())
{
    m_clock.start();
}

double Span::wallSeconds() const
{
    return double(m_clock.nsecsElapsed()) / 1e9;
}

double Span::cpuSeconds() const
{
    return selfCpuSeconds() - m_cpu;
}

double Span::threadCpuSeconds() const
{
    return Bench::threadCpuSeconds() - m_threadCpu;
}

double Span::otherCpuSeconds() const
{
    return m_other > 0 ? processCpuSeconds(m_other) - m_otherCpu : 0;
}

double Span::childrenCpuSeconds() const
{
    return Bench::childrenCpuSeconds() - m_children;
}

QJsonObject medianByWall(const QJsonArray &repetitions)
{
    std::vector<QJsonObject> sorted;
    for (const QJsonValue &one : repetitions)
        sorted.push_back(one.toObject());
    if (sorted.empty())
        return {};
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("wall_s")).toDouble() < b.value(QStringLiteral("wall_s")).toDouble();
    });
    return sorted[sorted.size() / 2];
}

QJsonArray pick(const QJsonArray &repetitions, const QStringList &keys)
{
    QJsonArray out;
    for (const QJsonValue &one : repetitions) {
        QJsonObject brief;
        for (const QString &key : keys)
            brief.insert(key, one.toObject().value(key));
        out.append(brief);
    }
    return out;
}

} // namespace Printwatch::Bench
