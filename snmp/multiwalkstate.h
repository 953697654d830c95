// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Engine::walkMany's plan and per-read state, shared by enginemultiwalk.cpp (the requests and
// answers) and enginewalkplan.cpp (what is built once per lists, and what a read leaves the next).
#include "snmp/engine.h"

#include <QElapsedTimer>
#include <QPointer>

namespace Printwatch::Snmp {

// How walkMany asks one pair of lists: the same for every printer read with them (a poll reads
// thousands of printers with the few lists PrinterReader shares), so built once, not per read.
struct Engine::MultiWalkPlan
{
    // Held: while the plan lives, a list sharing their data has their elements (QList detaches
    // before any change), so data pointer and size identify the lists without comparing OIDs.
    QList<Oid> scalars;
    QList<Oid> roots;
    std::vector<quint32> rootHashes; // keys of the row hints
    // Scalars asked as non-repeaters: the .0 instances first, as their parent OIDs (a GETNEXT of
    // the parent is the instance or nothing), then a few other instances as the OID with the last
    // part one less: a GETNEXT of it is the instance, or an OID past it (no such instance), or a
    // row under the OID before it (rare: a GET asks again).
    QList<Oid> folded;
    QList<qsizetype> foldedAt; // index of each folded scalar in the scalars
    qsizetype foldedZero = 0;  // how many of them are .0 instances
    QList<Oid> plain;          // asked with GETs
    QList<qsizetype> plainAt;
    QList<VarBind> unanswered; // the scalars as NoSuchInstance: a result starts as a shared copy

    static bool same(const QList<Oid> &a, const QList<Oid> &b)
    {
        return a.size() == b.size() && (a.isEmpty() || a.constData() == b.constData());
    }
    bool isFor(const QList<Oid> &otherScalars, const QList<Oid> &otherRoots) const
    {
        return same(scalars, otherScalars) && same(roots, otherRoots);
    }
};

struct Engine::MultiWalkState
{
    Target target;
    QPointer<QObject> context;
    bool hasContext = false;
    MultiWalkCallback callback;
    WalkOptions options;
    MultiWalkResult result;
    QList<Oid> roots;
    std::shared_ptr<const MultiWalkPlan> plan;
    // A further segment of a root read in segments (see multiWalkStep): its rows join the root's
    // when the read ends.
    struct Segment
    {
        int root = 0;
        Oid from; // a row of the last read: the segment starts after it
        QList<VarBind> rows;
    };
    // Cursors, the GETNEXT chains the requests advance: cursor i < roots.size() is root i (its rows
    // in result.walks[i]), cursor roots.size() + j is segments[j].
    std::vector<Segment> segments;
    std::vector<int> upper;      // per cursor: the segment whose first OID ends it (-1: the root's end)
    std::vector<bool> active;    // per cursor: still walking
    std::vector<int> rootRows;   // per root: rows over all its cursors (the maxRows cap)
    std::vector<int> sentRoots;  // the cursors of the request in flight, in repeater order
    std::vector<int> sentProbes; // roots asked as non-repeaters in the request in flight (see multiWalkStep)
    std::vector<bool> probed;    // per root: asked once as a non-repeater, a repeater from then on
    bool foldedSent = false;     // the non-repeaters ride in the first request only
    QElapsedTimer clock;
    int maxRepetitions = 64;
    bool learntLimit = false; // maxRepetitions comes from a tooBig
    quint64 device = 0;       // deviceKey, 0 when not IPv4 (no hints then)
    // The device's entry in m_rowHints, found once per read (at 10,000 devices each find is a
    // cache miss); null without a device. Stable: m_rowHints only grows and outlives every read.
    DeviceHints *hints = nullptr;
    int pending = 0;
    bool delivered = false;

    int rootCount() const { return int(roots.size()); }
    int rootOf(int cursor) const { return cursor < rootCount() ? cursor : segments[std::size_t(cursor - rootCount())].root; }
    QList<VarBind> &rowsOf(int cursor)
    {
        return cursor < rootCount() ? result.walks[cursor].rows : segments[std::size_t(cursor - rootCount())].rows;
    }
    // Per cursor: the last OID received, where it starts before any. The rows are only ever appended
    // by multiWalkReply, so this is their last OID, with no copy kept per varbind.
    const Oid &last(int cursor) const
    {
        if (cursor < rootCount()) {
            const QList<VarBind> &rows = result.walks.at(cursor).rows;
            return rows.isEmpty() ? roots.at(cursor) : rows.constLast().oid;
        }
        const Segment &segment = segments[std::size_t(cursor - rootCount())];
        return segment.rows.isEmpty() ? segment.from : segment.rows.constLast().oid;
    }
};

} // namespace Printwatch::Snmp
