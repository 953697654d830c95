// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Starts the built printwatch-sim as a child process for a test, waits for its ready line and
// sends it stdin control commands. Stopped when destroyed.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Printwatch::Tests {

class SimProcess
{
public:
    ~SimProcess();
    // Returns an error message, empty on success. `arguments` are added to --port 0 --stdin-control.
    QString start(const QStringList &arguments);
    quint16 port() const { return m_port; }
    // Sends one control line and waits for its "ok"/"error: ..." answer; returns the answer.
    QString command(const QString &line);

private:
    QProcess m_process;
    quint16 m_port = 0;
};

QString simulatorPath();
QString cliPath();

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &arguments, int timeoutMs = 60000);

} // namespace Printwatch::Tests
