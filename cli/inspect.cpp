// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/inspect.h"

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/storedcredentials.h"
#include "core/paths.h"
#include "snmp/engine.h"
#include "snmp/printerjson.h"
#include "snmp/printerreader.h"
#include "snmp/walkfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Printwatch::Cli {

namespace {

const char *const kUsage = "printwatch-cli inspect HOST [--port P] [--community C] [--snmp-version 1|2c|3] "
                           "[--context N] [SNMPv3 options as for discover] [--profiles DIR] [--json]\n"
                           "       (without --community, --user and --snmp-version: the console's stored credential sets "
                           "for HOST, in order; [--master-password-file F] [--secrets FILE] [--no-keychain])\n"
                           "       printwatch-cli inspect --walk FILE [--profiles DIR] [--json]";

QString readable(const Core::PollResult &r)
{
    QString out;
    const Core::Identity &id = r.identity;
    auto line = [&out](const QString &key, const QString &value) {
        if (!value.isEmpty())
            out += key.leftJustified(14) + terminalSafe(value) + u'\n';
    };
    line(QStringLiteral("vendor"), id.vendor);
    line(QStringLiteral("model"), id.model);
    line(QStringLiteral("serial"), id.serial);
    line(QStringLiteral("firmware"), id.firmware);
    line(QStringLiteral("sysDescr"), id.sysDescr);
    line(QStringLiteral("sysObjectID"), id.sysObjectId);
    line(QStringLiteral("sysName"), id.sysName);
    line(QStringLiteral("mac"), id.mac);
    line(QStringLiteral("ip"), id.ipAddress);
    line(QStringLiteral("mask"), id.subnetMask);
    line(QStringLiteral("gateway"), id.gateway);
    line(QStringLiteral("profile"), id.profileId);
    if (!id.deviceType.isEmpty())
        line(QStringLiteral("type"), id.deviceType + QStringLiteral("  [") + id.sources.value(QStringLiteral("deviceType")) + u']');
    line(QStringLiteral("status"), Core::deviceStatusKey(r.status) + u' '
                                       + r.statusDetail.errorStates.join(QStringLiteral(",")));
    out += QStringLiteral("counters\n");
    for (const auto &c : r.counters) {
        out += QStringLiteral("  %1 %2 %3  [%4]%5\n")
                   .arg(c.name.leftJustified(22), QString::number(c.value).rightJustified(10), c.unit, c.source,
                        c.conflict ? QStringLiteral(" CONFLICT") : QString());
    }
    out += QStringLiteral("supplies\n");
    for (const auto &s : r.supplies) {
        const auto percent = s.percent();
        out += QStringLiteral("  %1 %2 %3 %4/%5 %6 %7\n")
                   .arg(QString::number(s.index).rightJustified(3), terminalSafe(s.description).leftJustified(34),
                        s.kind.leftJustified(8), QString::number(s.level), QString::number(s.maxCapacity),
                        percent ? QString::number(*percent) + u'%' : QStringLiteral("-"), s.state());
    }
    if (!r.capabilities.ports.isEmpty()) {
        out += QStringLiteral("ports\n");
        for (const auto &p : r.capabilities.ports)
            out += QStringLiteral("  %1 %2 %3 %4\n")
                       .arg(p.protocol.leftJustified(10), QString::number(p.tcpPort).rightJustified(5),
                            p.enabled == std::optional<bool>(false) ? QStringLiteral("disabled") : QStringLiteral("enabled "),
                            terminalSafe(p.uri.isEmpty() ? p.name : p.uri));
    }
    if (!r.alerts.isEmpty()) {
        out += QStringLiteral("alerts\n");
        for (const auto &a : r.alerts)
            out += QStringLiteral("  %1 %2 %3\n").arg(a.code).arg(a.codeText, terminalSafe(a.description));
    }
    return out;
}

} // namespace

int inspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption walk(QStringLiteral("walk"), QStringLiteral("Decode a saved walk (.snmprec or snmpwalk -On output)."), QStringLiteral("FILE"));
    const QCommandLineOption profiles(QStringLiteral("profiles"), QStringLiteral("Extra folder of vendor profiles (*.json); same id overrides."), QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    // Addressing and SNMPv3 options are discover's own (one parser for both commands). --context
    // is the SNMPv3 context; with v1/v2c, inspect also reads community@N, which fills in what the
    // default context lacks (HP Jetdirect keeps supplies there).
    parser.addOptions({walk, profiles, json});
    parser.addOptions(deviceOptions());
    parser.addOptions(storedCredentialOptions());
    parser.addPositionalArgument(QStringLiteral("HOST"), QStringLiteral("Address or name of the printer."));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("printwatch-cli: %1\nusage: %2").arg(parser.errorText(), QString::fromLatin1(kUsage)));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(QStringLiteral("usage: %1\n\n%2").arg(QString::fromLatin1(kUsage), parser.helpText().section(u'\n', 2)));
        return 0;
    }
    const QStringList hosts = parser.positionalArguments(); // main() puts the subcommand where the program name was
    if (parser.isSet(walk) == !hosts.isEmpty() || hosts.size() > 1) {
        printErr(QStringLiteral("printwatch-cli: give one HOST or --walk FILE\nusage: %1").arg(QString::fromLatin1(kUsage)));
        return 2;
    }

    QStringList profileDirs{Snmp::ProfileSet::defaultUserDir()};
    if (parser.isSet(profiles))
        profileDirs.append(parser.value(profiles));
    auto profileSet = std::make_shared<const Snmp::ProfileSet>(Snmp::ProfileSet::load(profileDirs));
    for (const QString &warning : profileSet->warnings())
        printErr(QStringLiteral("printwatch-cli: %1").arg(warning));

    // No device cap here (Engine::enforceDeviceCap): inspect reads one HOST, with at most one engine
    // record, row-hint set and USM user per credential tried, and the engine ends with the command.
    Snmp::Engine engine;
    // One read with the given sources (the walk file, or the printer with one credential).
    const auto read = [&profileSet](std::vector<std::unique_ptr<Snmp::WalkSource>> sources, const Core::PollTarget &target) {
        Snmp::PrinterReader reader(std::move(sources), target, profileSet);
        Core::PollResult result;
        QEventLoop loop;
        QObject::connect(&reader, &Snmp::PrinterReader::finished, &loop, [&](const Core::PollResult &r) {
            result = r;
            loop.quit();
        });
        reader.start();
        loop.exec();
        return result;
    };
    Core::PollResult result;
    if (parser.isSet(walk)) {
        auto file = Snmp::readWalkFile(parser.value(walk));
        if (!file) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(file.error()));
            return 2;
        }
        for (const QString &warning : file->warnings)
            printErr(QStringLiteral("printwatch-cli: %1").arg(warning));
        // No address: the walk's own ipAddrTable says where the printer was.
        std::vector<std::unique_ptr<Snmp::WalkSource>> sources;
        sources.push_back(std::make_unique<Snmp::RecordedWalkSource>(file->rows, parser.value(walk)));
        result = read(std::move(sources), {});
    } else {
        const auto credential = deviceCredential(parser);
        if (!credential)
            return 2;
        if (!engine.isOpen()) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(engine.openError()));
            return 1;
        }
        // No credential on the command line: the console's stored sets for this address, in order.
        QList<Core::SnmpCredential> credentials{*credential};
        if (usesStoredCredentials(parser)) {
            const auto stored = loadStoredCredentials(parser, QFileInfo(Core::defaultDatabasePath()).absolutePath());
            if (!stored) {
                printErr(QStringLiteral("printwatch-cli: %1").arg(stored.error()));
                return 2;
            }
            credentials = storedCredentialsFor(stored.value(), hosts.first(), *credential);
        }
        QStringList failures;
        for (const Core::SnmpCredential &tried : std::as_const(credentials)) {
            Core::PollTarget target;
            target.address = hosts.first();
            target.port = tried.port;
            target.credential = tried;
            std::vector<std::unique_ptr<Snmp::WalkSource>> sources;
            sources.push_back(std::make_unique<Snmp::EngineWalkSource>(&engine, Snmp::Target::fromPollTarget(target)));
            const QString context = parser.value(QStringLiteral("context"));
            if (!context.isEmpty() && tried.version != Core::SnmpVersion::V3) {
                Core::PollTarget withContext = target;
                withContext.credential.community = target.credential.community + u'@' + context;
                sources.push_back(std::make_unique<Snmp::EngineWalkSource>(&engine, Snmp::Target::fromPollTarget(withContext)));
            }
            result = read(std::move(sources), target);
            if (result.reachable)
                break;
            failures << (credentials.size() > 1 ? QStringLiteral("%1: %2").arg(tried.name.isEmpty() ? Core::snmpVersionKey(tried.version) : tried.name, result.error)
                                                : result.error);
        }
        if (!result.reachable)
            result.error = failures.join(QStringLiteral("; "));
    }

    if (!result.reachable) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(result.error));
        return 1;
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(Snmp::pollResultToJson(result)).toJson(QJsonDocument::Indented)));
    else
        printOut(readable(result));
    return 0;
}

} // namespace Printwatch::Cli
