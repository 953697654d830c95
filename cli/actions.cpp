// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/actions.h"

#include "actions/actionexecutor.h"
#include "auth/authservice.h"
#include "auth/secretstore.h"
#include "cli/authcli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/storedcredentials.h"
#include "core/csv.h"
#include "core/paths.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Printwatch::Cli {

using namespace AuthCli;

namespace {

const char *const kUserUsage =
    "printwatch-cli user add NAME --role admin|power|viewer [--new-password-file FILE] [--user U --password-file F]\n"
    "       printwatch-cli user list|unlock NAME|remove NAME --user U --password-file F\n"
    "       printwatch-cli user passwd --user U --password-file F --new-password-file FILE\n"
    "The first user (an Administrator) needs no login. The new password comes from --new-password-file,\n"
    "else from stdin.";

} // namespace

int user(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("admin, power or viewer."), QStringLiteral("ROLE"));
    const QCommandLineOption newPassword(QStringLiteral("new-password-file"),
                                         QStringLiteral("The new user's password ('-' = stdin, the default)."),
                                         QStringLiteral("FILE"), QStringLiteral("-"));
    parser.addOptions({kDb, kUser, kPasswordFile, role, newPassword});
    parser.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("add, list, unlock, remove or passwd"));
    const QString usage = QString::fromLatin1(kUserUsage);
    if (!parse(parser, arguments, usage))
        return ExitBadInput;
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    auto db = openDatabase(parser);
    if (!db)
        return ExitBadInput;
    Auth::AuthService auth(*db);

    if (verb == QLatin1String("add")) {
        const QString name = words.value(1);
        const auto parsedRole = Auth::roleFromKey(parser.value(role));
        if (name.isEmpty() || !parsedRole) {
            printErr(QStringLiteral("printwatch-cli: user add needs NAME and --role admin|power|viewer\nusage: %1").arg(usage));
            return ExitBadInput;
        }
        auto any = auth.hasUsers();
        if (!any) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(any.error()));
            return ExitBadInput;
        }
        std::optional<Auth::Session> actor;
        if (*any) {
            actor = login(auth, parser);
            if (!actor)
                return ExitBadInput;
        } else if (*parsedRole != Auth::Role::Administrator) {
            printErr(QStringLiteral("printwatch-cli: the first user must be an Administrator (--role admin)"));
            return ExitBadInput;
        }
        const auto password = readSecretLine(parser.value(newPassword), QStringLiteral("the new password"));
        if (!password)
            return ExitBadInput;
        if (!actor) {
            auto created = auth.createFirstAdministrator(name, *password);
            if (!created) {
                printErr(QStringLiteral("printwatch-cli: %1").arg(created.error()));
                return ExitBadInput;
            }
            printOut(QStringLiteral("Created %1, the first Administrator.\n").arg(name));
            return ExitOk;
        }
        auto added = auth.addUser(*actor, name, *parsedRole, *password);
        if (!added) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(added.error()));
            return ExitFailed;
        }
        printOut(QStringLiteral("Added %1 (%2).\n").arg(name, Auth::roleText(*parsedRole)));
        return ExitOk;
    }

    const auto actor = login(auth, parser);
    if (!actor)
        return ExitBadInput;
    if (verb == QLatin1String("list")) {
        auto users = auth.users(*actor);
        if (!users) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(users.error()));
            return ExitFailed;
        }
        QString out;
        for (const Storage::UserRecord &u : users.value()) {
            out += QStringLiteral("%1\t%2\t%3%4%5\n")
                       .arg(u.name, u.role, u.allDevices ? QStringLiteral("all printers") : QStringLiteral("groups"),
                            u.locked ? QStringLiteral("\tLOCKED") : QString(),
                            u.demo ? QStringLiteral("\tDEMO") : QString());
        }
        printOut(out);
        return ExitOk;
    }
    if (verb == QLatin1String("unlock") || verb == QLatin1String("remove")) {
        const QString name = words.value(1);
        auto done = verb == QLatin1String("unlock") ? auth.unlock(*actor, name) : auth.removeUser(*actor, name);
        if (!done) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(done.error()));
            return ExitFailed;
        }
        printOut(QStringLiteral("%1: %2 done.\n").arg(name, verb));
        return ExitOk;
    }
    if (verb == QLatin1String("passwd")) {
        const auto oldPassword = readSecretLine(parser.value(kPasswordFile), QStringLiteral("the password"));
        const auto password = readSecretLine(parser.value(newPassword), QStringLiteral("the new password"));
        if (!oldPassword || !password)
            return ExitBadInput;
        auto done = auth.changePassword(*actor, *oldPassword, *password);
        if (!done) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(done.error()));
            return ExitFailed;
        }
        printOut(QStringLiteral("Password of %1 changed.\n").arg(actor->userName));
        return ExitOk;
    }
    printErr(QStringLiteral("printwatch-cli: unknown user command “%1”\nusage: %2").arg(verb, usage));
    return ExitBadInput;
}

namespace {

const char *const kActionUsage =
    "printwatch-cli action refresh|test-page|reboot|firmware|troubleshoot|web-page PRINTER... --user U --password-file F\n"
    "       [--protocol raw|lpr|ipp] [--firmware FILE] [--snmp-port P] [--community C] [--raw-port P] [--lpr-port P]\n"
    "       [--lpr-queue Q] [--ipp-port P] [--ipp-path /ipp/print] [--wait SECONDS] [--master-password-file F]\n"
    "       [--secrets FILE] [--no-keychain] [--format text|json]\n"
    "       [--snmp-version 1|2c|3 --snmp-user U --security-level L --auth-protocol A --auth-password-file F\n"
    "        --priv-protocol X --priv-password-file F --context N --timeout MS --retries N]\n"
    "PRINTER is a stored printer's address or id (#12). Actions that talk SNMP use the credential sets\n"
    "saved on the console's Settings page (from the OS keychain or the encrypted secret file), as the\n"
    "console does: a reboot the write credential of the set covering the printer (printers no set gives\n"
    "one get the Printer-MIB default \"private\"). Without --community and --snmp-version the sets' read\n"
    "credentials apply too, then the saved default community. With\n"
    "--snmp-version 3 the SNMPv3 user reads and sends the reset (it needs write access on the printer).";

// The SNMP options of discover/inspect (commands.cpp), less the names the action command already
// uses for something else: --user is the Printwatch user here, so the SNMPv3 user is --snmp-user.
QList<QCommandLineOption> snmpOptions()
{
    QList<QCommandLineOption> options;
    for (const QCommandLineOption &option : deviceOptions()) {
        const QString name = option.names().constFirst();
        if (name != QLatin1String("user") && name != QLatin1String("port") && name != QLatin1String("community"))
            options << option;
    }
    return options;
}

// Builds the credential with deviceCredential() (same checks, passwords from files or the
// environment) from this command's options, renamed back to the names it knows.
std::optional<Core::SnmpCredential> snmpCredential(const QCommandLineParser &parser, const QCommandLineOption &snmpUser,
                                                   const QCommandLineOption &snmpPort, const QCommandLineOption &community)
{
    QStringList arguments{QStringLiteral("printwatch-cli")};
    for (const QCommandLineOption &option : snmpOptions()) {
        const QString name = option.names().constFirst();
        if (parser.isSet(name))
            arguments << QStringLiteral("--") + name << parser.value(name);
    }
    const QList<QPair<const QCommandLineOption *, QString>> renamed{
        {&snmpUser, QStringLiteral("user")}, {&snmpPort, QStringLiteral("port")}, {&community, QStringLiteral("community")}};
    for (const auto &[option, name] : renamed) {
        if (parser.isSet(*option))
            arguments << QStringLiteral("--") + name << parser.value(*option);
    }
    QCommandLineParser device;
    device.addOptions(deviceOptions());
    if (!device.parse(arguments)) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(device.errorText()));
        return std::nullopt;
    }
    return deviceCredential(device);
}

// The console's stored credentials for an action, read as `poll` reads them (one secret store,
// never a silent default when it cannot be read): the sets for the printers they cover, the saved
// default community for the others. With a credential on the command line, that one reads the
// printers: the sets keep only their write credentials and the default community is not used.
Core::Result<Auth::StoredCredentials> actionCredentials(const QCommandLineParser &parser, bool explicitRead)
{
    auto stored = loadStoredCredentials(parser, QFileInfo(databasePath(parser)).absolutePath());
    if (!stored)
        return Core::Error{stored.error()};
    Auth::StoredCredentials credentials = stored.value();
    if (explicitRead) {
        credentials.defaultCommunity.clear();
        for (Core::CredentialSet &set : credentials.sets)
            set.credentials.clear();
    }
    return credentials;
}

} // namespace

int action(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption protocol(QStringLiteral("protocol"), QStringLiteral("Test page path: raw, lpr or ipp."),
                                      QStringLiteral("P"), QStringLiteral("raw"));
    const QCommandLineOption firmware(QStringLiteral("firmware"), QStringLiteral("The firmware file."), QStringLiteral("FILE"));
    const QCommandLineOption snmpPort(QStringLiteral("snmp-port"), QStringLiteral("SNMP port."), QStringLiteral("P"));
    const QCommandLineOption community(QStringLiteral("community"), QStringLiteral("Read community."), QStringLiteral("C"));
    const QCommandLineOption rawPort(QStringLiteral("raw-port"), QStringLiteral("Raw print port (9100)."), QStringLiteral("P"));
    const QCommandLineOption lprPort(QStringLiteral("lpr-port"), QStringLiteral("LPR port (515)."), QStringLiteral("P"));
    const QCommandLineOption lprQueue(QStringLiteral("lpr-queue"), QStringLiteral("LPR queue (lp)."), QStringLiteral("Q"));
    const QCommandLineOption ippPort(QStringLiteral("ipp-port"), QStringLiteral("IPP port (631)."), QStringLiteral("P"));
    const QCommandLineOption ippPath(QStringLiteral("ipp-path"), QStringLiteral("IPP resource (/ipp/print)."), QStringLiteral("PATH"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Seconds to wait for a printer to come back."),
                                  QStringLiteral("SECONDS"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("F"),
                                    QStringLiteral("text"));
    const QCommandLineOption entry(QStringLiteral("entry-point"), QStringLiteral("Recorded in the audit (default cli)."),
                                   QStringLiteral("NAME"), QStringLiteral("cli"));
    parser.addOptions({kDb, kUser, kPasswordFile, protocol, firmware, snmpPort, community, rawPort, lprPort, lprQueue,
                       ippPort, ippPath, wait, format, entry});
    parser.addOptions(storedCredentialOptions());
    const QCommandLineOption snmpUser(QStringLiteral("snmp-user"), QStringLiteral("SNMPv3 user name."), QStringLiteral("U"));
    parser.addOptions(snmpOptions());
    parser.addOption(snmpUser);
    const QString usage = QString::fromLatin1(kActionUsage);
    if (!parse(parser, arguments, usage))
        return ExitBadInput;
    const QStringList words = parser.positionalArguments();
    const auto which = Auth::actionFromKey(words.value(0));
    if (!which || !Auth::isPrinterAction(*which) || words.size() < 2) {
        printErr(QStringLiteral("printwatch-cli: action needs one of refresh, test-page, reboot, firmware, troubleshoot, "
                                "web-page and at least one printer\nusage: %1")
                     .arg(usage));
        return ExitBadInput;
    }
    Actions::ActionRequest request;
    request.action = *which;
    request.entryPoint = parser.value(entry);
    const auto proto = Actions::testPageProtocolFromKey(parser.value(protocol));
    if (!proto) {
        printErr(QStringLiteral("printwatch-cli: --protocol must be raw, lpr or ipp"));
        return ExitBadInput;
    }
    request.protocol = *proto;
    request.firmwarePath = parser.value(firmware);
    if (request.action == Auth::Action::UpgradeFirmware && request.firmwarePath.isEmpty()) {
        printErr(QStringLiteral("printwatch-cli: action firmware needs --firmware FILE"));
        return ExitBadInput;
    }
    for (const QString &word : words.mid(1)) {
        Actions::PrinterRef ref;
        if (word.startsWith(QLatin1Char('#')))
            ref.deviceId = word.mid(1).toLongLong();
        else
            ref.address = word;
        request.printers << ref;
    }

    Actions::ActionSettings settings;
    const auto port = [&parser](const QCommandLineOption &option, quint16 fallback) {
        const uint value = parser.value(option).toUInt();
        return parser.isSet(option) && value > 0 && value < 65536 ? quint16(value) : fallback;
    };
    const auto snmp = snmpCredential(parser, snmpUser, snmpPort, community);
    if (!snmp)
        return ExitBadInput;
    settings.readCredential = *snmp;
    if (snmp->version == Core::SnmpVersion::V3) {
        settings.writeCredential = *snmp; // one v3 user reads and writes
    } else {
        settings.writeCredential.version = snmp->version;
        settings.writeCredential.port = snmp->port;
        settings.writeCredential.timeoutMs = snmp->timeoutMs;
        settings.writeCredential.retries = snmp->retries;
    }
    settings.rawPort = port(rawPort, settings.rawPort);
    settings.lprPort = port(lprPort, settings.lprPort);
    settings.ippPort = port(ippPort, settings.ippPort);
    if (parser.isSet(lprQueue))
        settings.lprQueue = parser.value(lprQueue);
    if (parser.isSet(ippPath))
        settings.ippResource = parser.value(ippPath);
    if (parser.isSet(wait)) {
        settings.rebootWaitSeconds = qBound(1, parser.value(wait).toInt(), 3600);
        settings.firmwareWaitSeconds = settings.rebootWaitSeconds;
    }

    const auto actor = logInActingUser(parser);
    if (!actor)
        return ExitBadInput;
    // Secrets are read only for a user whose role may run the action at all, and only for actions
    // that talk SNMP (the web page is a link). An SNMPv3 user on the command line reads and writes.
    if (request.action != Auth::Action::OpenWebPage && Auth::roleAllows(actor->session.role, request.action)
        && settings.writeCredential.version != Core::SnmpVersion::V3) {
        const bool explicitRead = parser.isSet(community) || parser.isSet(snmpUser)
                                  || parser.isSet(QStringLiteral("snmp-version"));
        auto stored = actionCredentials(parser, explicitRead);
        if (!stored) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(stored.error()));
            return ExitBadInput;
        }
        settings.credentialSets = stored->sets;
        if (!stored->defaultCommunity.isEmpty())
            settings.readCredential.community = stored->defaultCommunity;
    }

    Actions::ActionExecutor executor(actor->db, settings);
    const bool json = parser.value(format) == QLatin1String("json");
    const QList<Actions::ActionResult> results = executor.runAll(actor->session, request);
    int exit = ExitOk;
    QJsonArray array;
    for (const Actions::ActionResult &result : results) {
        if (result.outcome != Actions::Outcome::Ok)
            exit = ExitFailed;
        if (json) {
            array.append(QJsonObject{{QStringLiteral("printer"), result.printer.address},
                                     {QStringLiteral("deviceId"), result.printer.deviceId},
                                     {QStringLiteral("action"), Auth::actionKey(result.action)},
                                     {QStringLiteral("outcome"), Actions::outcomeKey(result.outcome)},
                                     {QStringLiteral("message"), result.message},
                                     {QStringLiteral("report"), result.report},
                                     {QStringLiteral("auditId"), result.auditId}});
        } else {
            QString text = QStringLiteral("%1\t%2\t%3\n")
                               .arg(result.printer.address, Actions::outcomeKey(result.outcome),
                                    terminalSafe(result.message));
            // The report's own lines stay lines (indented under the result); control characters
            // within a line, which may come from the printer, are made visible.
            for (const QString &line : result.report.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                text += QStringLiteral("  ") + terminalSafe(line) + QLatin1Char('\n');
            printOut(text);
        }
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(array).toJson()));
    return exit;
}

int audit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("F"),
                                    QStringLiteral("csv"));
    parser.addOptions({kDb, kUser, kPasswordFile, format});
    const QString usage = QStringLiteral("printwatch-cli audit verify|export [--format csv|json] --user U --password-file F");
    if (!parse(parser, arguments, usage))
        return ExitBadInput;
    const QString verb = parser.positionalArguments().value(0);
    const auto actor = logInActingUser(parser);
    if (!actor)
        return ExitBadInput;
    Storage::AuditRepository log(actor->db);
    if (!Auth::roleAllows(actor->session.role, Auth::Action::ViewAudit)) {
        static_cast<void>(log.append({actor->session.userName, Auth::actionKey(Auth::Action::ViewAudit), std::nullopt,
                                      QStringLiteral("audit ") + verb, QStringLiteral("refused"),
                                      QStringLiteral("via cli: role %1").arg(Auth::roleKey(actor->session.role)), {}}));
        printErr(QStringLiteral("printwatch-cli: refused: %1 (%2) may not read the audit log")
                     .arg(actor->session.userName, Auth::roleText(actor->session.role)));
        return ExitFailed;
    }
    if (verb == QLatin1String("verify")) {
        auto verdict = log.verify();
        if (!verdict) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(verdict.error()));
            return ExitBadInput;
        }
        if (!verdict->intact) {
            printErr(QStringLiteral("audit log TAMPERED: %1").arg(verdict->problem));
            return ExitFailed;
        }
        printOut(QStringLiteral("audit log intact: %1 rows, hash chain verified\n").arg(verdict->rowsChecked));
        return ExitOk;
    }
    if (verb == QLatin1String("export")) {
        auto rows = log.entries();
        if (!rows) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(rows.error()));
            return ExitBadInput;
        }
        if (parser.value(format) == QLatin1String("json")) {
            QJsonArray array;
            for (const Storage::AuditRecord &r : rows.value()) {
                array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("at"), r.at.toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("user"), r.user},
                                         {QStringLiteral("action"), r.action},
                                         {QStringLiteral("deviceId"), r.deviceId ? QJsonValue(*r.deviceId) : QJsonValue()},
                                         {QStringLiteral("target"), r.target},
                                         {QStringLiteral("result"), r.result},
                                         {QStringLiteral("detail"), r.detail},
                                         {QStringLiteral("previousHash"), QString::fromLatin1(r.previousHash)},
                                         {QStringLiteral("hash"), QString::fromLatin1(r.hash)}});
            }
            printOut(QString::fromUtf8(QJsonDocument(array).toJson()));
            return ExitOk;
        }
        QString out = QStringLiteral("id,at,user,action,device_id,target,result,detail,previous_hash,hash\n");
        for (const Storage::AuditRecord &r : rows.value()) {
            const QStringList fields{QString::number(r.id),    r.at.toString(Qt::ISODateWithMs),
                                     r.user,                   r.action,
                                     r.deviceId ? QString::number(*r.deviceId) : QString(),
                                     r.target,                 r.result,
                                     r.detail,                 QString::fromLatin1(r.previousHash),
                                     QString::fromLatin1(r.hash)};
            QStringList cells;
            for (const QString &field : fields)
                cells << Core::csvField(field);
            out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
        printOut(out);
        return ExitOk;
    }
    printErr(QStringLiteral("printwatch-cli: unknown audit command “%1”\nusage: %2").arg(verb, usage));
    return ExitBadInput;
}

int secret(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption valueFile(QStringLiteral("value-file"), QStringLiteral("The secret ('-' = stdin, the default)."),
                                       QStringLiteral("FILE"), QStringLiteral("-"));
    parser.addOptions({kDb, kUser, kPasswordFile, valueFile});
    parser.addOptions(storedCredentialOptions());
    const QString usage = QStringLiteral("printwatch-cli secret set|check|remove KEY --user U --password-file F "
                                         "[--master-password-file F] [--secrets FILE] [--no-keychain] [--value-file F]\n"
                                         "The console's SNMP credentials live under snmp/ (snmp/default-community,\n"
                                         "snmp/set/S/...). Secrets are never printed.");
    if (!parse(parser, arguments, usage))
        return ExitBadInput;
    const QString verb = parser.positionalArguments().value(0);
    const QString key = parser.positionalArguments().value(1);
    if (key.isEmpty()) {
        printErr(QStringLiteral("printwatch-cli: secret needs a verb and a KEY\nusage: %1").arg(usage));
        return ExitBadInput;
    }
    const auto actor = logInActingUser(parser);
    if (!actor)
        return ExitBadInput;
    Storage::AuditRepository log(actor->db);
    if (!Auth::roleAllows(actor->session.role, Auth::Action::ManageSettings)) {
        static_cast<void>(log.append({actor->session.userName, QStringLiteral("secret-") + verb, std::nullopt, key,
                                      QStringLiteral("refused"), QStringLiteral("via cli"), {}}));
        printErr(QStringLiteral("printwatch-cli: refused: only an Administrator manages secrets"));
        return ExitFailed;
    }
    auto store = openSecretStore(parser, QFileInfo(databasePath(parser)).absolutePath());
    if (!store) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(store.error()));
        return ExitBadInput;
    }
    Core::Result<void> done;
    if (verb == QLatin1String("set")) {
        const auto value = readSecretLine(parser.value(valueFile), QStringLiteral("the secret"));
        if (!value)
            return ExitBadInput;
        done = store.value()->write(key, value->toUtf8());
    } else if (verb == QLatin1String("remove")) {
        done = store.value()->remove(key);
    } else if (verb == QLatin1String("check")) {
        auto value = store.value()->read(key);
        if (!value) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(value.error()));
            return ExitFailed;
        }
        printOut(QStringLiteral("%1: %2 in %3\n")
                     .arg(key, value->has_value() ? QStringLiteral("set") : QStringLiteral("not set"),
                          store.value()->backendName()));
        return value->has_value() ? ExitOk : ExitFailed;
    } else {
        printErr(QStringLiteral("printwatch-cli: unknown secret command “%1”\nusage: %2").arg(verb, usage));
        return ExitBadInput;
    }
    static_cast<void>(log.append({actor->session.userName, QStringLiteral("secret-") + verb, std::nullopt, key,
                                  done ? QStringLiteral("ok") : QStringLiteral("failed"),
                                  done ? store.value()->backendName() : done.error(), {}}));
    if (!done) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(done.error()));
        return ExitFailed;
    }
    printOut(QStringLiteral("%1: %2 done (%3)\n").arg(key, verb, store.value()->backendName()));
    return ExitOk;
}

} // namespace Printwatch::Cli
