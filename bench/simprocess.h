// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

#include <memory>
#include <optional>

namespace Printwatch::Bench {

// printwatch-sim as a child process, so its CPU time is measured apart from the poller's.
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    bool start(const QString &program, const QStringList &arguments);
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QString first() const { return m_first; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // The simulator's socket counters (its "stats" control command; start it with --stdin-control).
    struct Traffic
    {
        double requests = 0, requestBytes = 0, answers = 0, answerBytes = 0;
    };
    std::optional<Traffic> traffic();
    void stop();

private:
    std::unique_ptr<QProcess> m_process;
    QString m_error;
    quint16 m_port = 0;
    QString m_first;
};

// The addresses printwatch-sim gives `count` devices from `first` (x.x.x.0 and .255 skipped).
QStringList fleetAddresses(const QString &first, int count);

} // namespace Printwatch::Bench
