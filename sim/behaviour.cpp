// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/behaviour.h"

#include "sim/device.h"

#include <QCoreApplication>

namespace Printwatch::Sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Sim::Behaviour", text);
}

} // namespace

DeviceBehaviour BehaviourChange::applyTo(DeviceBehaviour current) const
{
    if (resetAll)
        current = DeviceBehaviour{};
    if (setLatency)
        current.latencyMs = behaviour.latencyMs;
    if (setLoss)
        current.lossPercent = behaviour.lossPercent;
    if (setTooBig)
        current.maxResponseBytes = behaviour.maxResponseBytes;
    if (setWalkLoop)
        current.walkLoop = behaviour.walkLoop;
    if (setMalformed)
        current.malformed = behaviour.malformed;
    if (setAsleep)
        current.asleep = behaviour.asleep;
    return current;
}

Core::Result<BehaviourChange> parseBehaviourChange(const QString &spec)
{
    BehaviourChange change;
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    if (items.isEmpty())
        return Core::Error{tr("empty behaviour (expected e.g. latency=200,loss=30,toobig=484,walk-loop,malformed,"
                              "asleep,silent,awake,same-engine-id,normal)")};
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        const QString key = (eq < 0 ? item : item.left(eq)).toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1);
        bool ok = true;
        const auto number = [&](int min, int max) {
            const int n = value.toInt(&ok);
            ok = ok && n >= min && n <= max;
            return n;
        };
        // "no-" switches a flag off again: walk-loop / no-walk-loop
        const bool off = key.startsWith(QLatin1String("no-"));
        const QString flag = off ? key.mid(3) : key;
        if (key == u"latency") {
            change.behaviour.latencyMs = number(0, 600000);
            change.setLatency = true;
        } else if (key == u"loss") {
            change.behaviour.lossPercent = number(0, 100);
            change.setLoss = true;
        } else if (key == u"toobig") {
            change.behaviour.maxResponseBytes = number(0, 65000);
            change.setTooBig = true;
        } else if (flag == u"walk-loop" && eq < 0) {
            change.behaviour.walkLoop = !off;
            change.setWalkLoop = true;
        } else if (flag == u"malformed" && eq < 0) {
            change.behaviour.malformed = !off;
            change.setMalformed = true;
        } else if (flag == u"asleep" && eq < 0) {
            change.behaviour.asleep = !off;
            change.setAsleep = true;
        } else if (key == u"silent" && eq < 0) {
            change.silent = true;
        } else if (key == u"awake" && eq < 0) {
            change.silent = false;
        } else if (key == u"same-engine-id" && eq < 0) {
            change.sameEngineId = true;
        } else if (key == u"normal" && eq < 0) {
            change.resetAll = true;
            change.silent = false;
        } else {
            return Core::Error{tr("unknown behaviour \"%1\"").arg(item.left(60))};
        }
        if (!ok)
            return Core::Error{tr("behaviour \"%1\" needs a number in range").arg(item.left(60))};
    }
    return change;
}

Core::Result<AddressRange> parseAddressRange(const QString &text)
{
    const auto bad = [&] {
        return Core::Error{tr("\"%1\" is not an address range in 127.0.0.0/8 (A, A-B, A-N or A/P)").arg(text.left(60))};
    };
    const qsizetype slash = text.indexOf(u'/');
    if (slash > 0) {
        const auto base = parseLoopbackAddress(QStringView(text).left(slash));
        bool ok = false;
        const int prefix = text.mid(slash + 1).toInt(&ok);
        if (!base || !ok || prefix < 8 || prefix > 32)
            return bad();
        const std::uint32_t mask = prefix == 32 ? 0xFFFFFFFFu : ~(0xFFFFFFFFu >> prefix);
        return AddressRange{*base & mask, (*base & mask) | ~mask};
    }
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0) {
        const auto one = parseLoopbackAddress(text);
        if (!one)
            return bad();
        return AddressRange{*one, *one};
    }
    const auto first = parseLoopbackAddress(QStringView(text).left(dash));
    if (!first)
        return bad();
    const QString tail = text.mid(dash + 1);
    std::optional<std::uint32_t> last;
    if (tail.contains(u'.')) {
        last = parseLoopbackAddress(tail);
    } else {
        bool ok = false;
        const uint octet = tail.toUInt(&ok);
        if (ok && octet <= 255)
            last = (*first & 0xFFFFFF00u) | octet;
    }
    if (!last || *last < *first)
        return bad();
    return AddressRange{*first, *last};
}

} // namespace Printwatch::Sim
