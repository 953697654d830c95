// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/credentialprobe.h"

#include "snmp/printermib.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Printwatch::Snmp {

CredentialProbe::CredentialProbe(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine ? engine : new Engine(this))
{
    qRegisterMetaType<ProbeResult>();
}

CredentialProbe::~CredentialProbe()
{
    cancel();
}

void CredentialProbe::cancel()
{
    if (m_engine)
        m_engine->cancel(this);
}

void CredentialProbe::start(const QString &address, quint16 port, const Core::SnmpCredential &credential)
{
    Target target;
    target.address = QHostAddress(address);
    target.host = address;
    target.port = port;
    target.credential = credential;
    target.credential.port = port;
    const QString invalid = credential.validate();
    if (!invalid.isEmpty() || !m_engine) {
        ProbeResult result;
        result.kind = ErrorKind::Local;
        result.message = tr("cannot test %1: %2").arg(target.label(), invalid.isEmpty() ? tr("no SNMP engine") : invalid);
        QTimer::singleShot(0, this, [this, result] { emit finished(result); });
        return;
    }
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QPointer<Engine> engine = m_engine;
    m_engine->get(target, {PrinterMib::Oids::sysDescr, PrinterMib::Oids::sysObjectId}, this,
                  [this, target, clock, engine](const Response &response) {
                      ProbeResult result;
                      result.elapsedMs = clock->elapsed();
                      result.kind = response.kind;
                      result.resynchronised = response.resynchronised;
                      if (engine)
                          result.engineId = engine->engineId(target);
                      if (response.status == ResponseStatus::Ok) {
                          // An error-status still proves the credential works.
                          result.ok = true;
                          result.kind = ErrorKind::None;
                          for (const VarBind &bind : response.varBinds) {
                              if (bind.oid == PrinterMib::Oids::sysDescr && bind.type == ValueType::OctetString)
                                  result.sysDescr = QString::fromUtf8(bind.bytes);
                          }
                          if (response.resynchronised)
                              result.message = tr("%1 answered after a resynchronisation with its SNMPv3 clock (the "
                                                  "printer restarted or its clock moved; not an outage)")
                                                   .arg(target.label());
                      } else {
                          result.message = response.error;
                      }
                      emit finished(result);
                  });
}

} // namespace Printwatch::Snmp
