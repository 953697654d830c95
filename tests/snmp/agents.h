// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real SNMP peers for the snmp/ tests, started on loopback on free ports and stopped by the
// test: snmpsimd serving recordings of /work/shared/corpus, net-snmp's snmpd, printwatch-sim.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Printwatch::Snmp::Test {

quint16 freeUdpPort();
QString corpusDir(); // /work/shared/corpus, or PRINTWATCH_CORPUS

class Peer
{
public:
    Peer() = default;
    Peer(const Peer &) = delete;
    Peer &operator=(const Peer &) = delete;
    ~Peer();

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString output() const { return m_output; }
    void stop();

protected:
    // Starts `program` and reads its output until `readyText` appears (at most `timeoutMs`).
    bool launch(const QString &program, const QStringList &arguments, const QString &readyText, int timeoutMs);

    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_error;
    QString m_output;
};

// snmpsimd serving the given corpus files (relative paths; or files under `sourceDir`, e.g. ones a
// test wrote); community = path without .snmprec.
class SnmpSimd : public Peer
{
public:
    static bool available();
    bool start(const QStringList &recordings, const QString &sourceDir = corpusDir());
};

// net-snmp snmpd with `rocommunity <community>` on 127.0.0.1.
class SnmpdAgent : public Peer
{
public:
    static bool available();
    bool start(const QString &community);
    // SNMPv3: `config` lines (createUser, rouser, engineID, ...) added to the configuration. The
    // persistent directory survives restart(), so the engine ID stays and engine boots grows.
    bool startV3(const QStringList &config);
    bool restart(); // same port, same configuration, boots + 1

private:
    bool launchSnmpd();
    QString m_conf;
    bool m_v3 = false;
};

// The project's fleet simulator (PRINTWATCH_SIM).
class FleetSim : public Peer
{
public:
    static QString program();
    bool start(const QStringList &arguments);
};

} // namespace Printwatch::Snmp::Test
