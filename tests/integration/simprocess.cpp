// SPDX-License-Identifier: GPL-3.0-or-later
#include "simprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>

namespace Printwatch::Tests {

namespace {

// ctest names the programs in the environment; a test run by hand finds the ones built beside it.
QString program(const char *variable, const QString &name)
{
    const QString fromEnv = qEnvironmentVariable(variable);
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + u'/' + name : fromEnv;
}

} // namespace

QString simulatorPath()
{
    return program("PRINTWATCH_SIM", QStringLiteral("printwatch-sim"));
}

QString cliPath()
{
    return program("PRINTWATCH_CLI", QStringLiteral("printwatch-cli"));
}

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // --stdin-control: EOF ends the simulator
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QString SimProcess::start(const QStringList &arguments)
{
    if (simulatorPath().isEmpty())
        return QStringLiteral("PRINTWATCH_SIM is not set");
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(simulatorPath(), QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                 QStringLiteral("--stdin-control")} + arguments);
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("cannot start %1: %2").arg(simulatorPath(), m_process.errorString());
    static const QRegularExpression ready(QStringLiteral("^printwatch-sim ready port=(\\d+) "));
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const auto match = ready.match(line);
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return {};
            }
        }
    }
    return QStringLiteral("printwatch-sim did not get ready: %1").arg(QString::fromUtf8(m_process.readAllStandardError()));
}

QString SimProcess::command(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
    m_process.waitForBytesWritten(2000);
    const QDeadlineTimer deadline(5000);
    while (!m_process.canReadLine() && !deadline.hasExpired())
        m_process.waitForReadyRead(int(deadline.remainingTime()));
    return QString::fromUtf8(m_process.readLine()).trimmed();
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForStarted(5000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(3000);
        run.err = QStringLiteral("printwatch-cli did not finish: %1").arg(process.errorString());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Printwatch::Tests
