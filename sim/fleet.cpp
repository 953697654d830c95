// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/fleet.h"

#include "sim/agent.h"
#include "sim/fleetstate.h"
#include "sim/udpserver.h"

#include <QCoreApplication>

namespace Printwatch::Sim {

Fleet::Fleet() = default;

Fleet::~Fleet()
{
    stop();
}

Core::Result<std::unique_ptr<Fleet>> Fleet::start(const FleetConfig &config)
{
    initNetSnmpOnce();
    auto state = FleetState::create(config);
    if (!state)
        return Core::Error{state.error()};
    auto server = UdpServer::start(state.value(), config.port, config.v3Users);
    if (!server)
        return Core::Error{server.error()};
    std::unique_ptr<Fleet> fleet(new Fleet);
    fleet->m_state = std::move(state).value();
    fleet->m_server = std::move(server).value();
    return fleet;
}

void Fleet::stop()
{
    if (m_server)
        m_server->stop();
}

quint16 Fleet::port() const
{
    return m_server->port();
}

QStringList Fleet::addresses() const
{
    return m_state->addresses();
}

int Fleet::printerCount() const
{
    return m_state->printerCount();
}

QString Fleet::firstAddress() const
{
    return m_state->firstAddress();
}

Core::Result<void> Fleet::moveDevice(const QString &from, const QString &to)
{
    return m_state->moveDevice(from, to);
}

Core::Result<void> Fleet::setSilent(const QString &address, bool silent)
{
    return m_state->setSilent(address, silent);
}

Core::Result<int> Fleet::setBehaviour(const QString &range, const QString &spec)
{
    return m_state->setBehaviour(range, spec);
}

Core::Result<void> Fleet::addPages(const QString &address, qint64 pages)
{
    return m_state->addPages(address, pages);
}

std::optional<DeviceSnapshot> Fleet::device(const QString &address) const
{
    return m_state->snapshot(address);
}

QList<DeviceSnapshot> Fleet::devices() const
{
    return m_state->snapshots();
}

quint64 Fleet::requestsAnswered() const
{
    return m_state->answered.load(std::memory_order_relaxed);
}

Fleet::Traffic Fleet::traffic() const
{
    return Traffic{m_state->requests.load(std::memory_order_relaxed),
                   m_state->requestBytes.load(std::memory_order_relaxed),
                   m_state->answered.load(std::memory_order_relaxed),
                   m_state->answerBytes.load(std::memory_order_relaxed)};
}

Core::Result<void> Fleet::executeCommand(const QString &line)
{
    const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    const auto usage = [&] {
        return Core::Error{QCoreApplication::translate("Printwatch::Sim::Fleet",
                                                       "unknown command \"%1\" (expected: move A B, silence A, "
                                                       "wake A, pages A N, behave RANGE SPEC, quit)")
                               .arg(line.left(80))};
    };
    if (words.isEmpty())
        return usage();
    const QString &verb = words.first();
    if (verb == u"move" && words.size() == 3)
        return moveDevice(words[1], words[2]);
    if (verb == u"silence" && words.size() == 2)
        return setSilent(words[1], true);
    if (verb == u"wake" && words.size() == 2)
        return setSilent(words[1], false);
    if (verb == u"behave" && words.size() == 3) {
        const auto changed = setBehaviour(words[1], words[2]);
        if (!changed)
            return Core::Error{changed.error()};
        return {};
    }
    if (verb == u"pages" && words.size() == 3) {
        bool ok = false;
        const qint64 pages = words[2].toLongLong(&ok);
        if (!ok)
            return Core::Error{QCoreApplication::translate("Printwatch::Sim::Fleet", "\"%1\" is not a page count")
                                   .arg(words[2].left(40))};
        return addPages(words[1], pages);
    }
    return usage();
}

} // namespace Printwatch::Sim
