// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Engine calls for the tests, each waiting (bounded) for its callback in a local event loop.
#include "snmp/engine.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace Printwatch::Snmp::Test {

inline Target loopback(quint16 port, const QString &community, Core::SnmpVersion version = Core::SnmpVersion::V2c,
                       int timeoutMs = 1000, int retries = 1)
{
    Target target;
    target.address = QHostAddress(QStringLiteral("127.0.0.1"));
    target.port = port;
    target.credential.version = version;
    target.credential.community = community;
    target.credential.port = port;
    target.credential.timeoutMs = timeoutMs;
    target.credential.retries = retries;
    return target;
}

// Calls start(context, done) and runs an event loop until done() or `waitMs` have passed.
template<typename Start>
bool waitForCallback(Start &&start, int waitMs)
{
    QEventLoop loop;
    QObject context;
    bool done = false;
    start(&context, [&done, &loop] {
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done;
}

inline Response get(Engine &engine, const Target &target, const QList<Oid> &oids, int waitMs = 10000)
{
    Response got{ResponseStatus::SendFailed, QStringLiteral("test: no callback"), 0, 0, {}, 0};
    waitForCallback([&](QObject *context, auto done) {
        engine.get(target, oids, context, [&got, done](const Response &r) {
            got = r;
            done();
        });
    }, waitMs);
    return got;
}

inline WalkResult walk(Engine &engine, const Target &target, const Oid &root, WalkOptions options = {})
{
    WalkResult got;
    got.error = QStringLiteral("test: no callback");
    waitForCallback([&](QObject *context, auto done) {
        engine.walk(target, root, context, [&got, done](const WalkResult &r) {
            got = r;
            done();
        }, options);
    }, 60000);
    return got;
}

// std::nullopt when the callback did not come within a minute.
inline std::optional<MultiWalkResult> walkMany(Engine &engine, const Target &target, const QList<Oid> &scalars,
                                               const QList<Oid> &roots, WalkOptions options)
{
    std::optional<MultiWalkResult> got;
    waitForCallback([&](QObject *context, auto done) {
        engine.walkMany(target, scalars, roots, context, [&got, done](const MultiWalkResult &r) {
            got = r;
            done();
        }, options);
    }, 60000);
    return got;
}

} // namespace Printwatch::Snmp::Test
