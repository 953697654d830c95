// SPDX-License-Identifier: GPL-3.0-or-later
// Engine::walk: one table by GETNEXT (v1) or GETBULK (v2c/v3), a step per answer until the rows
// leave the root. The poller reads printers with walkMany (enginemultiwalk.cpp); this walk serves
// the CLI, discovery and single tables.
#include "snmp/engine.h"

#include <QCoreApplication>

namespace Printwatch::Snmp {

namespace {
constexpr int TooBig = 1;
constexpr int NoSuchName = 2;
} // namespace

struct Engine::WalkState
{
    Target target;
    Oid root;
    Oid last;
    QPointer<QObject> context;
    bool hasContext = false;
    WalkCallback callback;
    WalkOptions options;
    WalkResult result;
    QElapsedTimer clock;
    int maxRepetitions = 25;
};

void Engine::walk(const Target &target, const Oid &root, QObject *context, WalkCallback callback,
                  const WalkOptions &options)
{
    auto state = std::make_shared<WalkState>();
    state->target = target;
    state->root = root;
    state->last = root;
    state->context = context;
    state->hasContext = context != nullptr;
    state->callback = std::move(callback);
    state->options = options;
    state->clock.start();
    const int learnt = learntMaxRepetitions(target);
    state->maxRepetitions = qMax(1, learnt > 0 ? qMin(learnt, options.maxRepetitions) : options.maxRepetitions);
    walkStep(state);
}

void Engine::walkStep(const std::shared_ptr<WalkState> &state)
{
    auto onReply = [this, state](const Response &response) { walkReply(state, response); };
    QObject *context = state->hasContext ? state->context.data() : nullptr;
    if (state->hasContext && !context)
        return;
    if (state->target.credential.version == Core::SnmpVersion::V1) {
        getNext(state->target, {state->last}, context, std::move(onReply));
    } else {
        const int rowsLeft = state->options.maxRows - int(state->result.rows.size());
        getBulk(state->target, {state->last}, 0, qMax(1, qMin(state->maxRepetitions, rowsLeft)), context,
                std::move(onReply));
    }
}

void Engine::walkReply(const std::shared_ptr<WalkState> &state, const Response &response)
{
    WalkResult &result = state->result;
    auto deliver = [&state] {
        if (state->callback)
            state->callback(state->result);
    };
    // Only failures need these strings; a walk step that succeeds builds none.
    const auto device = [&state] { return state->target.label(); };
    const auto root = [&state] { return state->root.toString(); };

    if (response.status != ResponseStatus::Ok) {
        result.error = response.error;
        result.timedOut = response.status == ResponseStatus::Timeout;
        deliver();
        return;
    }
    if (response.errorStatus == TooBig && state->target.credential.version != Core::SnmpVersion::V1
        && state->maxRepetitions > 1) {
        state->maxRepetitions = qMax(1, state->maxRepetitions / 2);
        if (state->target.address.protocol() == QAbstractSocket::IPv4Protocol)
            m_devices[deviceKey(state->target.address.toIPv4Address(), state->target.port)].maxRepetitions =
                quint16(state->maxRepetitions);
        walkStep(state);
        return;
    }
    if (response.errorStatus == NoSuchName && state->target.credential.version == Core::SnmpVersion::V1) {
        deliver(); // SNMPv1 end of the MIB view
        return;
    }
    if (response.errorStatus != 0) {
        result.error = tr("walk of %1 on %2 failed: %3").arg(root(), device(), errorStatusText(response.errorStatus));
        deliver();
        return;
    }
    if (response.varBinds.isEmpty()) {
        deliver();
        return;
    }
    result.rows.reserve(result.rows.size() + response.varBinds.size());
    for (const VarBind &bind : response.varBinds) {
        if (bind.type == ValueType::EndOfMibView || bind.type == ValueType::NoSuchObject
            || bind.type == ValueType::NoSuchInstance || !state->root.contains(bind.oid)) {
            deliver();
            return;
        }
        if (bind.oid <= state->last) {
            result.truncated = true;
            result.error = tr("walk of %1 on %2 stopped: the agent returned %3 after %4 (OIDs must increase)")
                               .arg(root(), device(), bind.oid.toString(), state->last.toString());
            deliver();
            return;
        }
        result.rows.append(bind);
        state->last = bind.oid;
        if (result.rows.size() >= state->options.maxRows) {
            result.truncated = true;
            result.error = tr("walk of %1 on %2 stopped after %3 rows").arg(root(), device()).arg(result.rows.size());
            deliver();
            return;
        }
    }
    if (state->clock.elapsed() > state->options.maxTimeMs) {
        result.truncated = true;
        result.error = tr("walk of %1 on %2 stopped after %3 ms").arg(root(), device()).arg(state->clock.elapsed());
        deliver();
        return;
    }
    walkStep(state);
}

} // namespace Printwatch::Snmp
