// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where PrinterReader gets its varbinds from: a live device through the Engine, or a saved walk.
// Both answer asynchronously through the same callbacks, so `inspect --walk FILE` and a live poll
// run the same reader and the same decoder.

#include "snmp/engine.h"

#include <QPointer>

namespace Printwatch::Snmp {

class WalkSource
{
public:
    virtual ~WalkSource() = default;
    virtual QString label() const = 0;
    virtual void get(const QList<Oid> &oids, QObject *context, ResponseCallback callback) = 0;
    virtual void walk(const Oid &root, QObject *context, WalkCallback callback) = 0;
    // Scalars and walks together (see Engine::walkMany). The default asks get() once and walk()
    // per root, all in flight together, and answers when the last one has.
    virtual void walkMany(const QList<Oid> &scalars, const QList<Oid> &roots, QObject *context,
                          MultiWalkCallback callback);
    virtual void cancel(QObject *context) = 0;
    // The SNMPv3 authoritative engine ID the source talked to, lower-case hex; empty when none.
    virtual QString engineId() const { return {}; }
};

class EngineWalkSource final : public WalkSource
{
public:
    EngineWalkSource(Engine *engine, Target target);
    QString label() const override { return m_target.label(); }
    void get(const QList<Oid> &oids, QObject *context, ResponseCallback callback) override;
    void walk(const Oid &root, QObject *context, WalkCallback callback) override;
    // GETBULKs with several repeaters for v2c/v3; SNMPv1 has no GETBULK: the default.
    void walkMany(const QList<Oid> &scalars, const QList<Oid> &roots, QObject *context,
                  MultiWalkCallback callback) override;
    void cancel(QObject *context) override;
    QString engineId() const override;

private:
    QPointer<Engine> m_engine; // the engine may go first when both are children of one owner
    Target m_target;
};

// Answers from rows sorted by OID, like an agent that holds exactly those rows: a GET of a
// missing OID gives noSuchInstance, a walk returns the rows under the root. Replies are
// queued to `context`, never called from inside get()/walk().
class RecordedWalkSource final : public WalkSource
{
public:
    RecordedWalkSource(QList<VarBind> sortedRows, QString label);
    QString label() const override { return m_label; }
    void get(const QList<Oid> &oids, QObject *context, ResponseCallback callback) override;
    void walk(const Oid &root, QObject *context, WalkCallback callback) override;
    void cancel(QObject *context) override;

private:
    QList<VarBind> m_rows;
    QString m_label;
    QList<QPointer<QObject>> m_cancelled;
};

} // namespace Printwatch::Snmp
