// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/device.h"

#include <QByteArray>

#include <cstddef>

struct snmp_session;

namespace Printwatch::Sim {

// Turns one SNMP v1/v2c request into its response for one device, with net-snmp doing the BER.
// One Agent per socket thread: it keeps a parse session and a reusable output buffer.
class Agent final
{
public:
    explicit Agent(QByteArray community);
    ~Agent();
    Agent(const Agent &) = delete;
    Agent &operator=(const Agent &) = delete;

    // Fills `response` (a view into the agent's buffer, valid until the next call) and returns
    // true, or returns false when the request must go unanswered (garbage, wrong community, v3).
    bool respond(const Device &device, const SimClock &clock, const unsigned char *data, std::size_t length,
                 const unsigned char **response, std::size_t *responseLength);

    static constexpr int MaxVarbinds = 64;          // like snmpsim: a GETBULK answers at most this many
    static constexpr std::size_t MaxMessage = 65000; // bigger responses are cut (GETBULK) or tooBig

private:
    QByteArray m_community;
    unsigned char *m_buffer = nullptr;
    std::size_t m_bufferLength = 0;
};

// Makes net-snmp ready for parsing and building only: no config files, no MIBs, no persistent state.
void initNetSnmpOnce();

} // namespace Printwatch::Sim
