// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snmpcredential.h"
#include "snmp/engine.h"

#include <QObject>
#include <QPointer>

namespace Printwatch::Snmp {

// "Test on one address": one GET of sysDescr.0 and sysObjectID.0 with one credential, answered
// with the distinct reason when it fails (ErrorKind + a message a person can act on).
struct ProbeResult
{
    bool ok = false;
    ErrorKind kind = ErrorKind::None;
    QString message;      // the failure, or a note ("resynchronised with the printer's clock")
    QString sysDescr;     // untrusted printer text, plain text only
    QByteArray engineId;  // SNMPv3
    bool resynchronised = false;
    qint64 elapsedMs = 0;
};

class CredentialProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialProbe)

public:
    // With engine == nullptr the probe owns an engine of its own.
    explicit CredentialProbe(Engine *engine = nullptr, QObject *parent = nullptr);
    ~CredentialProbe() override;

    void start(const QString &address, quint16 port, const Core::SnmpCredential &credential);
    void cancel();

signals:
    void finished(const Printwatch::Snmp::ProbeResult &result);

private:
    QPointer<Engine> m_engine;
};

} // namespace Printwatch::Snmp

Q_DECLARE_METATYPE(Printwatch::Snmp::ProbeResult)
