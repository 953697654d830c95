// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUdpSocket>

#include <unistd.h>

namespace Printwatch::Snmp::Test {

quint16 freeUdpPort()
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return 0;
    return socket.localPort();
}

QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("PRINTWATCH_CORPUS");
    return fromEnv.isEmpty() ? QStringLiteral("/work/shared/corpus") : fromEnv;
}

Peer::~Peer()
{
    stop();
}

void Peer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

bool Peer::launch(const QString &program, const QStringList &arguments, const QString &readyText, int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(500, deadline.remainingTime()))));
        m_output += QString::fromLocal8Bit(m_process->readAll());
        if (m_output.contains(readyText))
            return true;
    }
    m_output += QString::fromLocal8Bit(m_process->readAll());
    m_error = QStringLiteral("%1 was not ready within %2 ms; output:\n%3").arg(program).arg(timeoutMs).arg(m_output);
    stop();
    return false;
}

bool SnmpSimd::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("snmpsimd")).isEmpty() && QDir(corpusDir()).exists();
}

bool SnmpSimd::start(const QStringList &recordings, const QString &sourceDir)
{
    if (!m_dir.isValid())
        return false;
    // Only the files a test needs, so snmpsimd indexes a few files instead of the whole corpus.
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString cache = m_dir.filePath(QStringLiteral("cache"));
    QDir().mkpath(cache);
    for (const QString &recording : recordings) {
        const QString target = data + u'/' + recording;
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(sourceDir + u'/' + recording, target)) {
            m_error = QStringLiteral("cannot copy %1").arg(recording);
            return false;
        }
    }
    // snmpsimd drops root privileges to nobody, who must read the data and write the cache.
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                      | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                      | QFileDevice::ExeOther | QFileDevice::WriteOther;
    QFile::setPermissions(m_dir.path(), open);
    QStringList dirs{data, cache};
    for (const QString &recording : recordings) {
        QString dir = QFileInfo(data + u'/' + recording).absolutePath();
        while (dir.startsWith(data) && !dirs.contains(dir)) {
            dirs.append(dir);
            dir = QFileInfo(dir).absolutePath();
        }
        QFile::setPermissions(data + u'/' + recording, QFileDevice::ReadOwner | QFileDevice::ReadOther
                                                           | QFileDevice::ReadGroup | QFileDevice::WriteOwner);
    }
    for (const QString &dir : std::as_const(dirs))
        QFile::setPermissions(dir, open);

    m_port = freeUdpPort();
    QStringList arguments{QStringLiteral("--data-dir=") + data, QStringLiteral("--cache-dir=") + cache,
                          QStringLiteral("--agent-udpv4-endpoint=127.0.0.1:%1").arg(m_port)};
    if (::geteuid() == 0)
        arguments << QStringLiteral("--process-user=nobody") << QStringLiteral("--process-group=nogroup");
    return launch(QStringLiteral("snmpsimd"), arguments, QStringLiteral("Listening at UDP/IPv4 endpoint"), 60000);
}

bool SnmpdAgent::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("snmpd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                .isEmpty();
}

bool SnmpdAgent::start(const QString &community)
{
    if (!m_dir.isValid())
        return false;
    const QString conf = m_dir.filePath(QStringLiteral("snmpd.conf"));
    QFile file(conf);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("rocommunity " + community.toUtf8() + " 127.0.0.1\n");
    file.write("sysName printwatch-test-snmpd\n");
    file.write("sysLocation loopback\n");
    file.close();
    m_port = freeUdpPort();
    m_conf = conf;
    return launchSnmpd();
}

bool SnmpdAgent::startV3(const QStringList &config)
{
    if (!m_dir.isValid())
        return false;
    m_conf = m_dir.filePath(QStringLiteral("snmpd.conf"));
    QFile file(m_conf);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    m_v3 = true;
    file.write("sysName printwatch-test-snmpd\nsysLocation loopback\n");
    for (const QString &line : config)
        file.write(line.toUtf8() + '\n');
    file.close();
    m_port = freeUdpPort();
    return launchSnmpd();
}

bool SnmpdAgent::restart()
{
    stop();
    m_output.clear();
    return launchSnmpd();
}

bool SnmpdAgent::launchSnmpd()
{
    const QString conf = m_conf;
    const QString program =
        QStandardPaths::findExecutable(QStringLiteral("snmpd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    QStringList arguments{QStringLiteral("-f"), QStringLiteral("-Lo")};
    if (m_v3) {
        // -C would also skip the persistent file that carries engine boots across a restart; the
        // configuration path holds only this agent's snmpd.conf, so nothing of the system's is read.
        qputenv("SNMPCONFPATH", m_dir.path().toLocal8Bit());
    } else {
        arguments << QStringLiteral("-C") << QStringLiteral("-c") << conf;
    }
    arguments << QStringLiteral("-I") << QStringLiteral("-smux,mteTrigger,mteTriggerConf")
              << QStringLiteral("udp:127.0.0.1:%1").arg(m_port);
    // snmpd keeps state in SNMP_PERSISTENT_DIR; the child inherits this, nothing of the system's.
    qputenv("SNMP_PERSISTENT_DIR", m_dir.filePath(QStringLiteral("persist")).toLocal8Bit());
    return launch(program, arguments, QStringLiteral("NET-SNMP version"), 20000);
}

QString FleetSim::program()
{
    return qEnvironmentVariable("PRINTWATCH_SIM");
}

bool FleetSim::start(const QStringList &arguments)
{
    if (!launch(program(), arguments, QStringLiteral("printwatch-sim ready"), 30000))
        return false;
    static const QRegularExpression portPattern(QStringLiteral("ready port=(\\d+)"));
    const auto match = portPattern.match(m_output);
    if (!match.hasMatch()) {
        m_error = QStringLiteral("printwatch-sim printed no port: %1").arg(m_output);
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    return true;
}

} // namespace Printwatch::Snmp::Test
