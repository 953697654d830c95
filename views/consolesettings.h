// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Settings page edits and the app applies: polling, SNMP defaults, the database and the
// language. A value with sensible defaults; validate() says in words what is wrong. Secrets (the
// community) are kept out of load()/save(): they belong in the secret store, not a settings file.

#include "core/snmpcredential.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace Printwatch::Views {

struct ConsoleSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSettings)

public:
    int pollIntervalSeconds = 60;
    Core::SnmpCredential credential; // version, port, timeout and retries for polling and discovery
    int discoveryIntervalHours = 0;  // 0: discovery runs only when asked
    QString databasePath;            // empty: the default location
    QString language;                // empty: the system's; "en", "nb"
    // Ordered credential sets (per range or global) for polling, discovery and actions. Not in
    // load()/save(): the app keeps them through Auth::CredentialVault (secrets in the secret store).
    QList<Core::CredentialSet> credentialSets;

    bool operator==(const ConsoleSettings &) const = default;

    // Empty when the settings can be applied; otherwise one sentence per problem.
    QStringList validate() const;

    static ConsoleSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace Printwatch::Views
