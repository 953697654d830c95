// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/walksource.h"

#include <QMetaObject>

#include <algorithm>
#include <memory>

namespace Printwatch::Snmp {

void WalkSource::walkMany(const QList<Oid> &scalars, const QList<Oid> &roots, QObject *context,
                          MultiWalkCallback callback)
{
    struct Gather
    {
        MultiWalkResult result;
        MultiWalkCallback callback;
        int pending = 0;
        void done()
        {
            if (--pending == 0 && callback)
                callback(std::move(result));
        }
    };
    auto gather = std::make_shared<Gather>();
    gather->callback = std::move(callback);
    gather->result.walks.resize(roots.size());
    gather->pending = int(roots.size()) + (scalars.isEmpty() ? 0 : 1);
    if (gather->pending == 0) {
        QMetaObject::invokeMethod(context, [gather] { gather->callback(std::move(gather->result)); },
                                  Qt::QueuedConnection);
        return;
    }
    if (!scalars.isEmpty()) {
        get(scalars, context, [gather](const Response &response) {
            MultiWalkResult &result = gather->result;
            if (response.status != ResponseStatus::Ok) {
                result.status = response.status;
                result.error = response.error;
            } else if (response.errorStatus != 0) {
                result.errorStatus = response.errorStatus;
                result.error = response.error;
            } else {
                result.scalars = response.varBinds;
            }
            gather->done();
        });
    }
    for (qsizetype i = 0; i < roots.size(); ++i) {
        walk(roots.at(i), context, [gather, i](const WalkResult &walk) {
            gather->result.walks[i] = walk;
            gather->done();
        });
    }
}

EngineWalkSource::EngineWalkSource(Engine *engine, Target target)
    : m_engine(engine)
    , m_target(std::move(target))
{
}

void EngineWalkSource::get(const QList<Oid> &oids, QObject *context, ResponseCallback callback)
{
    if (m_engine)
        m_engine->get(m_target, oids, context, std::move(callback));
}

void EngineWalkSource::walk(const Oid &root, QObject *context, WalkCallback callback)
{
    if (m_engine)
        m_engine->walk(m_target, root, context, std::move(callback));
}

void EngineWalkSource::walkMany(const QList<Oid> &scalars, const QList<Oid> &roots, QObject *context,
                                MultiWalkCallback callback)
{
    if (!m_engine)
        return;
    if (m_target.credential.version == Core::SnmpVersion::V1)
        WalkSource::walkMany(scalars, roots, context, std::move(callback));
    else
        m_engine->walkMany(m_target, scalars, roots, context, std::move(callback));
}

void EngineWalkSource::cancel(QObject *context)
{
    if (m_engine)
        m_engine->cancel(context);
}

QString EngineWalkSource::engineId() const
{
    return m_engine ? QString::fromLatin1(m_engine->engineId(m_target).toHex()) : QString();
}

RecordedWalkSource::RecordedWalkSource(QList<VarBind> sortedRows, QString label)
    : m_rows(std::move(sortedRows))
    , m_label(std::move(label))
{
}

void RecordedWalkSource::get(const QList<Oid> &oids, QObject *context, ResponseCallback callback)
{
    Response response;
    response.tries = 1;
    for (const Oid &oid : oids) {
        const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), oid,
                                         [](const VarBind &row, const Oid &key) { return row.oid < key; });
        if (it != m_rows.cend() && it->oid == oid) {
            response.varBinds.append(*it);
        } else {
            VarBind missing{oid, ValueType::NoSuchInstance};
            response.varBinds.append(missing);
        }
    }
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [this, guard, callback = std::move(callback), response]() {
            if (guard && !m_cancelled.contains(guard))
                callback(response);
        },
        Qt::QueuedConnection);
}

void RecordedWalkSource::walk(const Oid &root, QObject *context, WalkCallback callback)
{
    WalkResult result;
    auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), root,
                               [](const Oid &key, const VarBind &row) { return key < row.oid; });
    for (; it != m_rows.cend() && root.contains(it->oid); ++it)
        result.rows.append(*it);
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [this, guard, callback = std::move(callback), result]() {
            if (guard && !m_cancelled.contains(guard))
                callback(result);
        },
        Qt::QueuedConnection);
}

void RecordedWalkSource::cancel(QObject *context)
{
    m_cancelled.append(QPointer<QObject>(context));
}

} // namespace Printwatch::Snmp
