// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/consolesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Printwatch::Views {

QStringList ConsoleSettings::validate() const
{
    QStringList problems;
    if (pollIntervalSeconds < 10 || pollIntervalSeconds > 86400)
        problems += tr("The poll interval must be between 10 seconds and 24 hours.");
    if (credential.timeoutMs < 100 || credential.timeoutMs > 30000)
        problems += tr("The SNMP timeout must be between 100 ms and 30 seconds.");
    if (credential.retries < 0 || credential.retries > 10)
        problems += tr("Retries must be between 0 and 10.");
    // A silent printer costs timeout × tries; a round must be able to finish before the next is due.
    const qint64 worstMs = qint64(credential.timeoutMs) * (credential.retries + 1);
    if (problems.isEmpty() && worstMs >= qint64(pollIntervalSeconds) * 1000)
        problems += tr("A printer that does not answer takes %1 s (timeout × tries), longer than the poll interval "
                       "of %2 s. Raise the interval or lower the timeout or retries.")
                        .arg(double(worstMs) / 1000.0)
                        .arg(pollIntervalSeconds);
    if (credential.version != Core::SnmpVersion::V3 && credential.community.isEmpty())
        problems += tr("Enter the SNMP community (printers usually answer to \"public\").");
    if (credential.port == 0)
        problems += tr("The SNMP port must be between 1 and 65535.");
    if (discoveryIntervalHours < 0 || discoveryIntervalHours > 24 * 31)
        problems += tr("Scheduled discovery must run at most every 31 days.");
    if (!databasePath.isEmpty()) {
        const QFileInfo file(databasePath);
        if (!file.isAbsolute())
            problems += tr("The database location must be a full path, e.g. /home/me/printwatch.sqlite.");
        else if (file.isDir())
            problems += tr("The database location %1 is a folder; add a file name.").arg(databasePath);
        else if (!file.dir().exists())
            problems += tr("The folder %1 does not exist.").arg(file.dir().path());
        else if (file.exists() && !file.isWritable())
            problems += tr("The database %1 cannot be written.").arg(databasePath);
    }
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("nb"))
        problems += tr("Printwatch speaks English (en) and Norwegian Bokmål (nb).");
    problems += Core::validateCredentialSets(credentialSets);
    return problems;
}

ConsoleSettings ConsoleSettings::load(QSettings &settings)
{
    ConsoleSettings loaded;
    loaded.pollIntervalSeconds = settings.value(QStringLiteral("poll/intervalSeconds"), 60).toInt();
    const auto version = Core::snmpVersionFromKey(settings.value(QStringLiteral("snmp/version"), QStringLiteral("2c")).toString());
    loaded.credential.version = version.value_or(Core::SnmpVersion::V2c);
    loaded.credential.port = static_cast<quint16>(settings.value(QStringLiteral("snmp/port"), 161).toUInt());
    loaded.credential.timeoutMs = settings.value(QStringLiteral("snmp/timeoutMs"), 1000).toInt();
    loaded.credential.retries = settings.value(QStringLiteral("snmp/retries"), 1).toInt();
    loaded.discoveryIntervalHours = settings.value(QStringLiteral("discovery/intervalHours"), 0).toInt();
    loaded.databasePath = settings.value(QStringLiteral("storage/databasePath")).toString();
    loaded.language = settings.value(QStringLiteral("ui/language")).toString();
    return loaded;
}

void ConsoleSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("poll/intervalSeconds"), pollIntervalSeconds);
    settings.setValue(QStringLiteral("snmp/version"), Core::snmpVersionKey(credential.version));
    settings.setValue(QStringLiteral("snmp/port"), credential.port);
    settings.setValue(QStringLiteral("snmp/timeoutMs"), credential.timeoutMs);
    settings.setValue(QStringLiteral("snmp/retries"), credential.retries);
    settings.setValue(QStringLiteral("discovery/intervalHours"), discoveryIntervalHours);
    settings.setValue(QStringLiteral("storage/databasePath"), databasePath);
    settings.setValue(QStringLiteral("ui/language"), language);
}

} // namespace Printwatch::Views
