// SPDX-License-Identifier: GPL-3.0-or-later
// Engine::walkMany's plans (built once per pair of lists), the GETs beside its GETBULKs, and what a
// read leaves the device's next read: row counts per root and the cuts of the longest root.
#include "snmp/engine.h"
#include "snmp/multiwalkstate.h"

#include <QVarLengthArray>

namespace Printwatch::Snmp {

std::shared_ptr<const Engine::MultiWalkPlan> Engine::multiWalkPlan(const QList<Oid> &scalars,
                                                                  const QList<Oid> &roots)
{
    for (const auto &plan : m_multiWalkPlans) {
        if (plan->isFor(scalars, roots))
            return plan;
    }
    auto plan = std::make_shared<MultiWalkPlan>();
    plan->scalars = scalars;
    plan->roots = roots;
    plan->rootHashes.reserve(std::size_t(roots.size()));
    for (const Oid &root : roots)
        plan->rootHashes.push_back(quint32(qHash(root)));
    plan->folded.reserve(scalars.size()); // nearly every scalar is a .0 instance
    plan->foldedAt.reserve(scalars.size());
    plan->unanswered.reserve(scalars.size());
    QList<qsizetype> instances; // neither .0 nor ending in 0
    for (qsizetype at = 0; at < scalars.size(); ++at) {
        const Oid &scalar = scalars.at(at);
        VarBind &unanswered = plan->unanswered.emplaceBack();
        unanswered.oid = scalar;
        unanswered.type = ValueType::NoSuchInstance;
        if (scalar.size() > 1 && scalar.last() == 0) {
            plan->folded.append(scalar.first(scalar.size() - 1));
            plan->foldedAt.append(at);
        } else if (scalar.size() > 1) {
            instances.append(at);
        } else {
            plan->plain.append(scalar);
            plan->plainAt.append(at);
        }
    }
    plan->foldedZero = plan->folded.size();
    // A vendor profile's few table instances (counters by index) ride in the GETBULK instead of a
    // GET of their own: one request a read fewer. Not many: each takes room from the walks.
    constexpr qsizetype MaxFoldedInstances = 16;
    for (const qsizetype at : std::as_const(instances)) {
        const Oid &scalar = scalars.at(at);
        if (instances.size() <= MaxFoldedInstances) {
            QVarLengthArray<quint32, 2 * Oid::InlineParts> before(scalar.constData(), scalar.constData() + scalar.size());
            before.back() -= 1;
            plan->folded.append(Oid(before.constData(), before.size()));
            plan->foldedAt.append(at);
        } else {
            plan->plain.append(scalar);
            plan->plainAt.append(at);
        }
    }
    // A few: a fleet's reads use the lists of a few models (lists made per read never match again).
    constexpr std::size_t MaxPlans = 16;
    if (m_multiWalkPlans.size() < MaxPlans) {
        m_multiWalkPlans.push_back(plan);
    } else {
        m_multiWalkPlans[m_nextPlan] = plan;
        m_nextPlan = (m_nextPlan + 1) % MaxPlans;
    }
    return plan;
}

int Engine::rowHint(const std::vector<RowHint> &hints, quint32 root)
{
    for (const RowHint &hint : hints) {
        if (hint.root == root)
            return hint.rows;
    }
    return -1;
}

void Engine::setRowHint(std::vector<RowHint> &hints, quint32 root, int rows)
{
    for (RowHint &hint : hints) {
        if (hint.root == root) {
            hint.rows = quint16(qMin(rows, 0xFFFF));
            return;
        }
    }
    hints.push_back(RowHint{root, quint16(qMin(rows, 0xFFFF))});
}

void Engine::multiWalkGet(const std::shared_ptr<MultiWalkState> &state, const QList<Oid> &oids,
                          const QList<qsizetype> &oidsAt)
{
    QObject *context = state->hasContext ? state->context.data() : nullptr;
    if (state->hasContext && !context)
        return;
    // Agents (snmpsim among them) answer GETs of up to this many OIDs comfortably.
    constexpr qsizetype GetChunk = 16;
    for (qsizetype from = 0; from < oids.size(); from += GetChunk) {
        const QList<Oid> chunk = oids.mid(from, GetChunk);
        const QList<qsizetype> chunkAt = oidsAt.mid(from, GetChunk);
        ++state->pending;
        get(state->target, chunk, context, [this, state, chunk, chunkAt](const Response &response) {
            if (response.status != ResponseStatus::Ok) {
                if (state->result.status == ResponseStatus::Ok) {
                    state->result.status = response.status;
                    state->result.error = response.error;
                }
            } else if (response.errorStatus != 0) {
                state->result.errorStatus = response.errorStatus;
                state->result.error = response.error;
            } else {
                for (qsizetype i = 0; i < chunk.size() && i < response.varBinds.size(); ++i) {
                    if (response.varBinds.at(i).oid == chunk.at(i))
                        state->result.scalars[chunkAt.at(i)] = response.varBinds.at(i);
                }
            }
            multiWalkDone(state);
        });
    }
}

void Engine::multiWalkStopRoot(MultiWalkState &state, int root)
{
    state.active[std::size_t(root)] = false;
    for (std::size_t j = 0; j < state.segments.size(); ++j) {
        if (state.segments[j].root == root)
            state.active[std::size_t(state.rootCount()) + j] = false;
    }
}

void Engine::multiWalkKeepCuts(MultiWalkState &state)
{
    // The next read of these lists, if the device has not changed: which root is longest, and
    // what M its first request takes (as multiWalkStep works it out). Its cuts are the rows M,
    // 2M, ... of this read, as many as that request could start segments at (multiWalkStep uses
    // them only where they spare a request).
    DeviceHints &hints = *state.hints;
    const MultiWalkPlan &plan = *state.plan;
    int nonRepeaters = int(plan.folded.size());
    int repeaters = 0;
    int longest = 0;
    int second = 0;
    int longestRoot = -1;
    for (int root = 0; root < state.rootCount(); ++root) {
        const int hint = rowHint(hints.rows, plan.rootHashes[std::size_t(root)]);
        if (hint < 0)
            return; // the next read asks the even share
        if (hint == 0) {
            ++nonRepeaters;
            continue;
        }
        ++repeaters;
        const int need = hint + 1;
        if (need > longest) {
            second = longest;
            longest = need;
            longestRoot = root;
        } else if (need > second) {
            second = need;
        }
    }
    if (repeaters < 2 || second == 0 || longest <= second)
        return; // no segments: cuts kept for other lists stay
    // Kept whether or not segments spare these lists a request: the device's next read may ask
    // other lists (a cold read's first request has fewer scalars than a warm one's), and decides.
    const int budget = qMax(repeaters, state.options.maxVarBinds - nonRepeaters);
    const int segments = budget / second - (repeaters - 1);
    const quint32 rootHash = plan.rootHashes[std::size_t(longestRoot)];
    if (segments < 2 || longest <= 2 * second) {
        if (hints.cutRoot == rootHash) { // that root no longer pays for segments
            hints.cuts.clear();
            hints.cutStride = 0;
        }
        return;
    }
    const QList<VarBind> &rows = state.result.walks.at(longestRoot).rows;
    const qsizetype prefix = state.roots.at(longestRoot).size();
    hints.cuts.clear();
    for (int j = 1; j < segments; ++j) {
        const qsizetype at = qsizetype(j) * second - 1;
        if (at >= rows.size())
            break;
        const Oid &cut = rows.at(at).oid;
        hints.cuts.push_back(quint32(cut.size() - prefix));
        hints.cuts.insert(hints.cuts.end(), cut.constData() + prefix, cut.constData() + cut.size());
    }
    hints.cutRoot = rootHash;
    hints.cutStride = quint16(qMin(second, 0xFFFF));
}

} // namespace Printwatch::Snmp
