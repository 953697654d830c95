// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QStringList>

namespace Printwatch::Bench {

// The reference client: what a typical C program on net-snmp's documented asynchronous API does
// to read many devices. One session per device (snmp_sess_open, the single-session API, so it is
// not bound by select()'s 1024 descriptors in the traditional API), at most `sessions` at once,
// snmp_sess_async_send + snmp_sess_select_info + select + snmp_sess_read / snmp_sess_timeout.
// Per device: one GET, then a GETBULK walk (max-repetitions 25) of each root in turn. It asks
// what Printwatch's reader asks of that printer (profileReads): the system group and the standard
// scalars and subtrees, and the vendor profile's scalars and subtrees for the model that
// sysObjectID and sysDescr name. The first round learns the model from the GET's answer and asks
// the profile's scalars in a second GET, as Printwatch's first contact does; later rounds ask
// them in the first GET, as Printwatch's reader does with the model it expects.
// SNMPv3 sessions get the master keys (Ku) derived once, as net-snmp's tutorial does, and
// discover the engine ID when opened (net-snmp probes synchronously); round 2 and later pass the
// engine ID learnt in round 1.
struct RefClientConfig
{
    QStringList addresses;
    quint16 port = 161;
    bool v3 = false;
    QString community = QStringLiteral("public");
    QString user, authPass, privPass; // v3: SHA + AES-128
    int sessions = 256;
    int rounds = 2;
    int timeoutMs = 2000;
    int retries = 1;
    // Paced (the benchmark interleaves these rounds with its own): each round waits for a line on
    // stdin (end of input: no more rounds) and prints its JSON on one line of stdout when done.
    bool paced = false;
};

// The OIDs (dotted) a read of a printer of `profileId` asks ("": no profile matched).
struct PeerReads
{
    QStringList gets;  // the system group, then the scalars
    QStringList roots; // walked one after the other
};
PeerReads profileReads(const QString &profileId);

// Runs the rounds in this process. "rounds": one JSON object per round (wall, cpu, devices,
// values, failed); "device_profiles": the profile each device matched, by address order.
QJsonObject runRefClient(const RefClientConfig &config);

} // namespace Printwatch::Bench
