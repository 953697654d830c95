// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/simprocess.h"

#include "core/targetlist.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace Printwatch::Bench {

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QString &program, const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString());
        return false;
    }
    // 10,000 devices with v3 users take a moment to set up.
    while (!m_process->canReadLine()) {
        if (!m_process->waitForReadyRead(60000)) {
            m_error = QStringLiteral("%1 did not say it was ready").arg(program);
            return false;
        }
    }
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    static const QRegularExpression ready(QStringLiteral("port=(\\d+) printers=(\\d+) first=(\\S+)"));
    const auto match = ready.match(line);
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected ready line from the simulator: %1").arg(line);
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    m_first = match.captured(3);
    return true;
}

std::optional<SimProcess::Traffic> SimProcess::traffic()
{
    if (!m_process || m_process->state() != QProcess::Running)
        return std::nullopt;
    m_process->write("stats\n");
    static const QRegularExpression stats(
        QStringLiteral("^stats requests=(\\d+) request_bytes=(\\d+) answers=(\\d+) answer_bytes=(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        while (m_process->canReadLine()) {
            const auto match = stats.match(QString::fromUtf8(m_process->readLine()).trimmed());
            if (match.hasMatch())
                return Traffic{match.captured(1).toDouble(), match.captured(2).toDouble(), match.captured(3).toDouble(),
                               match.captured(4).toDouble()};
        }
        m_process->waitForReadyRead(1000);
    }
    return std::nullopt;
}

void SimProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QStringList fleetAddresses(const QString &first, int count)
{
    QStringList list;
    auto address = Core::ipv4FromString(first);
    if (!address)
        return list;
    quint32 a = *address;
    while (list.size() < count) {
        if ((a & 0xFF) != 0 && (a & 0xFF) != 0xFF)
            list << Core::ipv4ToString(a);
        ++a;
    }
    return list;
}

} // namespace Printwatch::Bench
