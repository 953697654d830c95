// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printer.h"
#include "core/snmpcredential.h"
#include "snmp/engine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace Printwatch::Snmp {

// Reads one printer through the engine: one GET of the system group and walks of the
// Host Resources and Printer-MIB tables, all in flight together; decoding is PrinterMib's.
// Emits finished() exactly once (unless cancelled); the owner deletes it afterwards.
class PrinterReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterReader)

public:
    PrinterReader(Engine *engine, const Core::PollTarget &target, QObject *parent = nullptr);
    ~PrinterReader() override;

    const Core::PollTarget &target() const { return m_target; }
    void start();
    void cancel(); // drops outstanding requests; finished() is not emitted

signals:
    void finished(const Core::PollResult &result);

private:
    void onSystem(const Response &response);
    void onWalk(const QString &what, const WalkResult &walk);
    void complete();

    QPointer<Engine> m_engine; // the engine may go first when both are children of one owner
    Core::PollTarget m_target;
    Target m_snmpTarget;
    Core::PollResult m_result;
    QList<VarBind> m_rows;
    QStringList m_partialErrors;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace Printwatch::Snmp
