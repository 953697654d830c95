// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "auth/authorizer.h"
#include "auth/authservice.h"
#include "cli/authcli.h"
#include "cli/output.h"
#include "cli/storedcredentials.h"
#include "core/discoverysummary.h"
#include "core/paths.h"
#include "core/snmpcredential.h"
#include "core/targetlist.h"
#include "snmp/discovery.h"
#include "snmp/poller.h"
#include "storage/database.h"
#include "storage/devicerepository.h"
#include "storage/printerrepository.h"
#include "storage/storagewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace Printwatch::Cli {

namespace {

const QCommandLineOption kDb(QStringLiteral("db"), QStringLiteral("Database file (default: %1).").arg(Core::defaultDatabasePath()),
                             QStringLiteral("PATH"));
const QCommandLineOption kPort(QStringLiteral("port"), QStringLiteral("SNMP UDP port (default 161)."), QStringLiteral("P"));
const QCommandLineOption kCommunity(QStringLiteral("community"), QStringLiteral("SNMP community (default public)."),
                                    QStringLiteral("C"));
const QCommandLineOption kVersion(QStringLiteral("snmp-version"), QStringLiteral("SNMP version: 1, 2c or 3 (default 2c)."),
                                  QStringLiteral("V"));
// SNMPv3. Passwords come from a file or the environment, never from the command line (`ps` shows it).
const QCommandLineOption kUser(QStringLiteral("user"), QStringLiteral("SNMPv3 user name."), QStringLiteral("U"));
const QCommandLineOption kLevel(QStringLiteral("security-level"),
                                QStringLiteral("SNMPv3 level: noAuthNoPriv, authNoPriv or authPriv (default: from the "
                                               "passwords given)."),
                                QStringLiteral("L"));
const QCommandLineOption kAuthProtocol(QStringLiteral("auth-protocol"),
                                       QStringLiteral("MD5, SHA, SHA-224, SHA-256, SHA-384 or SHA-512 (default SHA)."),
                                       QStringLiteral("A"));
const QCommandLineOption kAuthPasswordFile(QStringLiteral("auth-password-file"),
                                           QStringLiteral("File whose first line is the authentication password "
                                                          "(else $PRINTWATCH_SNMP_AUTH_PASSWORD)."),
                                           QStringLiteral("FILE"));
const QCommandLineOption kPrivProtocol(QStringLiteral("priv-protocol"),
                                       QStringLiteral("DES, AES (AES-128), AES-192, AES-256 (Blumenthal key extension), "
                                                      "AES-192-C, AES-256-C (Cisco/Reeder key extension); default AES."),
                                       QStringLiteral("X"));
const QCommandLineOption kPrivPasswordFile(QStringLiteral("priv-password-file"),
                                           QStringLiteral("File whose first line is the privacy password "
                                                          "(else $PRINTWATCH_SNMP_PRIV_PASSWORD)."),
                                           QStringLiteral("FILE"));
const QCommandLineOption kContext(QStringLiteral("context"), QStringLiteral("SNMPv3 context name."), QStringLiteral("N"));
const QList<QCommandLineOption> kV3Options{kUser, kLevel, kAuthProtocol, kAuthPasswordFile, kPrivProtocol,
                                           kPrivPasswordFile, kContext};
const QCommandLineOption kTimeout(QStringLiteral("timeout"), QStringLiteral("Milliseconds per try (default 1000)."),
                                  QStringLiteral("MS"));
const QCommandLineOption kRetries(QStringLiteral("retries"), QStringLiteral("Extra tries after the first (default 1)."),
                                  QStringLiteral("N"));
const QCommandLineOption kFormat(QStringLiteral("format"), QStringLiteral("Output format: table, json or csv."),
                                 QStringLiteral("F"), QStringLiteral("table"));
const QCommandLineOption kQuiet(QStringLiteral("quiet"), QStringLiteral("No progress on stderr."));

struct Failure
{
    QString message;
};

// Parses `arguments` (the subcommand first) or prints why not. Returns false on bad input.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("printwatch-cli: %1\nusage: %2").arg(parser.errorText(), usage));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(QStringLiteral("usage: %1\n\n%2").arg(usage, parser.helpText().section(QLatin1Char('\n'), 2)));
        std::exit(0);
    }
    return true;
}

std::optional<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
                             int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        printErr(QStringLiteral("printwatch-cli: --%1 must be a whole number from %2 to %3, not “%4”")
                     .arg(option.names().first())
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(option)));
        return std::nullopt;
    }
    return value;
}

// The first line of `file`, else the environment variable; empty when neither is given.
std::optional<QString> secret(const QCommandLineParser &parser, const QCommandLineOption &file, const char *variable)
{
    if (parser.isSet(file)) {
        QFile input(parser.value(file));
        if (!input.open(QIODevice::ReadOnly)) {
            printErr(QStringLiteral("printwatch-cli: cannot read %1: %2").arg(input.fileName(), input.errorString()));
            return std::nullopt;
        }
        return QString::fromUtf8(input.readLine()).remove(u'\n').remove(u'\r');
    }
    return qEnvironmentVariable(variable);
}

bool v3Credential(const QCommandLineParser &parser, Core::SnmpCredential &cred)
{
    cred.version = Core::SnmpVersion::V3;
    cred.user = parser.value(kUser);
    cred.contextName = parser.value(kContext);
    const auto authPassword = secret(parser, kAuthPasswordFile, "PRINTWATCH_SNMP_AUTH_PASSWORD");
    const auto privPassword = secret(parser, kPrivPasswordFile, "PRINTWATCH_SNMP_PRIV_PASSWORD");
    if (!authPassword || !privPassword)
        return false;
    cred.authPassword = *authPassword;
    cred.privPassword = *privPassword;
    const auto auth = Core::snmpAuthProtocolFromKey(parser.isSet(kAuthProtocol) ? parser.value(kAuthProtocol)
                                                                                 : QStringLiteral("SHA"));
    const auto priv = Core::snmpPrivProtocolFromKey(parser.isSet(kPrivProtocol) ? parser.value(kPrivProtocol)
                                                                                 : QStringLiteral("AES"));
    if (!auth || !priv) {
        printErr(QStringLiteral("printwatch-cli: unknown %1 “%2”")
                     .arg(!auth ? QStringLiteral("--auth-protocol") : QStringLiteral("--priv-protocol"),
                          !auth ? parser.value(kAuthProtocol) : parser.value(kPrivProtocol)));
        return false;
    }
    cred.authProtocol = *auth;
    cred.privProtocol = *priv;
    if (parser.isSet(kLevel)) {
        const auto level = Core::snmpSecurityLevelFromKey(parser.value(kLevel));
        if (!level) {
            printErr(QStringLiteral("printwatch-cli: --security-level must be noAuthNoPriv, authNoPriv or authPriv, not “%1”")
                         .arg(parser.value(kLevel)));
            return false;
        }
        cred.securityLevel = *level;
    } else {
        cred.securityLevel = cred.authPassword.isEmpty()   ? Core::SnmpSecurityLevel::NoAuthNoPriv
                             : cred.privPassword.isEmpty() ? Core::SnmpSecurityLevel::AuthNoPriv
                                                           : Core::SnmpSecurityLevel::AuthPriv;
    }
    if (cred.securityLevel == Core::SnmpSecurityLevel::NoAuthNoPriv)
        cred.authProtocol = Core::SnmpAuthProtocol::None;
    if (cred.securityLevel != Core::SnmpSecurityLevel::AuthPriv)
        cred.privProtocol = Core::SnmpPrivProtocol::None;
    return true;
}

// `addressing`: the command takes --port and --snmp-version (poll uses what discovery stored).
std::optional<Core::SnmpCredential> credential(const QCommandLineParser &parser, bool addressing)
{
    Core::SnmpCredential cred;
    const auto port = addressing ? intOption(parser, kPort, 1, 65535, 161) : std::optional<int>(161);
    const auto timeout = intOption(parser, kTimeout, 10, 60000, 1000);
    const auto retries = intOption(parser, kRetries, 0, 10, 1);
    if (!port || !timeout || !retries)
        return std::nullopt;
    cred.port = quint16(*port);
    cred.timeoutMs = *timeout;
    cred.retries = *retries;
    if (parser.isSet(kCommunity))
        cred.community = parser.value(kCommunity);
    if (addressing && parser.isSet(kVersion)) {
        const auto version = Core::snmpVersionFromKey(parser.value(kVersion));
        if (!version) {
            printErr(QStringLiteral("printwatch-cli: --snmp-version must be 1, 2c or 3, not “%1”").arg(parser.value(kVersion)));
            return std::nullopt;
        }
        cred.version = *version;
    }
    // poll takes the version of each device from the database; v3 options fill in the rest.
    if ((addressing && cred.version == Core::SnmpVersion::V3) || (!addressing && parser.isSet(kUser))) {
        if (!v3Credential(parser, cred))
            return std::nullopt;
        if (addressing) {
            if (const QString invalid = cred.validate(); !invalid.isEmpty()) {
                printErr(QStringLiteral("printwatch-cli: %1").arg(invalid));
                return std::nullopt;
            }
        }
    }
    return cred;
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(kDb) ? parser.value(kDb) : Core::defaultDatabasePath();
}

// Opens an existing database (list, poll) without creating one by accident.
std::optional<Storage::Database> openExisting(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        printErr(QStringLiteral("printwatch-cli: no database at %1: run “printwatch-cli discover” first, or give --db PATH")
                     .arg(path));
        return std::nullopt;
    }
    auto db = Storage::Database::open(path);
    if (!db) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(db.error()));
        return std::nullopt;
    }
    return std::move(db).value();
}

bool progressWanted(const QCommandLineParser &parser)
{
    return !parser.isSet(kQuiet) && isatty(fileno(stderr));
}

// Runs the writer in this thread and waits for its last commit; returns its first error, if any.
class WriterSession
{
public:
    explicit WriterSession(const QString &path)
    {
        QObject::connect(&m_writer, &Storage::StorageWriter::error, [this](const QString &message) {
            if (m_error.isEmpty())
                m_error = message;
        });
        m_writer.open(path);
    }
    Storage::StorageWriter &writer() { return m_writer; }
    QString finish()
    {
        m_writer.flush();
        m_writer.close();
        return m_error;
    }

private:
    Storage::StorageWriter m_writer;
    QString m_error;
};

} // namespace

int discover(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "printwatch-cli discover TARGET... [--port P] [--community C] [--snmp-version 1|2c|3] [--timeout MS] "
        "[--retries N] [--db PATH] [--quiet] [--user U --security-level L --auth-protocol A --auth-password-file F "
        "--priv-protocol X --priv-password-file F --context N]");
    QCommandLineParser parser;
    parser.addOptions({kDb, kPort, kCommunity, kVersion, kTimeout, kRetries, kQuiet});
    parser.addOptions(kV3Options);
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 QStringLiteral("Addresses, CIDR blocks (192.0.2.0/24), ranges (192.0.2.10-50), host names."));
    if (!parse(parser, arguments, usage))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printErr(QStringLiteral("printwatch-cli: discover needs at least one target\nusage: %1").arg(usage));
        return 2;
    }
    const auto targets = Core::parseTargets(positional);
    if (!targets) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(targets.error()));
        return 2;
    }
    const auto cred = credential(parser, true);
    if (!cred)
        return 2;

    const QString path = databasePath(parser);
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        auto db = Storage::Database::open(path); // fail early with a clear message, before any probe
        if (!db) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(db.error()));
            return 2;
        }
    }

    WriterSession session(path);
    // The sweep's engine is the discovery's own, so Discovery::finishIfDone applies the device cap
    // (Engine::enforceDeviceCap) to it; within the one sweep this command runs, it holds a record
    // per printer that answered, and it ends with the command.
    Snmp::Discovery discovery;
    QEventLoop loop;
    Core::DiscoverySummary summary;
    const bool progress = progressWanted(parser);
    QList<Core::PollResult> found;

    QObject::connect(&discovery, &Snmp::Discovery::printerFound, [&](const Core::PollResult &printer) {
        found.append(printer);
        session.writer().addDiscovered({printer}, *cred);
    });
    QObject::connect(&discovery, &Snmp::Discovery::hostNameUnresolved, [](const QString &name, const QString &error) {
        printErr(QStringLiteral("printwatch-cli: cannot resolve %1: %2").arg(terminalSafe(name), terminalSafe(error)));
    });
    if (progress) {
        QObject::connect(&discovery, &Snmp::Discovery::progress, [](int done, int total) {
            std::fprintf(stderr, "\rprobing: %d/%d", done, total);
        });
    }
    QObject::connect(&discovery, &Snmp::Discovery::finished, [&](const Core::DiscoverySummary &s) {
        summary = s;
        loop.quit();
    });

    Core::DiscoveryRequest request;
    request.targetsText = positional.join(QLatin1Char(' '));
    request.targets = targets.value();
    request.credential = *cred;
    QMetaObject::invokeMethod(&discovery, [&] { discovery.start(request); }, Qt::QueuedConnection);
    loop.exec();
    if (progress)
        std::fputs("\n", stderr);

    const QString writeError = session.finish();
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return Core::ipv4FromString(a.address).value_or(0) < Core::ipv4FromString(b.address).value_or(0);
    });
    for (const auto &printer : found) {
        printOut(QStringLiteral("%1\t%2\t%3\t%4\n")
                     .arg(printer.address, terminalSafe(printer.identity.vendor), terminalSafe(printer.identity.model),
                          terminalSafe(printer.identity.serial)));
    }
    printErr(QStringLiteral("%1 printer(s) found, %2 other device(s) answered, %3 address(es) probed in %4 s")
                 .arg(summary.printers)
                 .arg(summary.nonPrinters)
                 .arg(summary.probed)
                 .arg(double(summary.elapsedMs) / 1000.0, 0, 'f', 2));
    if (!writeError.isEmpty()) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(writeError));
        return 2;
    }
    if (summary.printers == 0) {
        printErr(QStringLiteral("printwatch-cli: no printer answered on %1 (port %2, SNMP v%3)")
                     .arg(request.targetsText.left(200))
                     .arg(cred->port)
                     .arg(Core::snmpVersionKey(cred->version)));
        return 1;
    }
    return 0;
}

int poll(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "printwatch-cli poll [--community C] [--timeout MS] [--retries N] [--db PATH] [--quiet] [SNMPv3 options as "
        "for discover, for the devices discovered with v3]\n"
        "Without --community and --user, the credential sets saved in the console apply ([--master-password-file F] "
        "[--secrets FILE] [--no-keychain] open their secret store).");
    QCommandLineParser parser;
    parser.addOptions({kDb, kCommunity, kTimeout, kRetries, kQuiet});
    parser.addOptions(kV3Options);
    parser.addOptions(storedCredentialOptions());
    if (!parse(parser, arguments, usage))
        return 2;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("printwatch-cli: poll takes no targets (it polls the managed printers)\nusage: %1").arg(usage));
        return 2;
    }
    auto cred = credential(parser, false);
    if (!cred)
        return 2;
    const QString path = databasePath(parser);
    Auth::StoredCredentials stored;
    if (usesStoredCredentials(parser)) {
        auto loaded = loadStoredCredentials(parser, QFileInfo(path).absolutePath());
        if (!loaded) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(loaded.error()));
            return 2;
        }
        stored = loaded.value();
        if (!stored.defaultCommunity.isEmpty())
            cred->community = stored.defaultCommunity;
    }
    QList<Core::PollTarget> targets;
    {
        auto db = openExisting(path);
        if (!db)
            return 2;
        auto managed = Storage::PrinterRepository(*db).managedTargets(*cred);
        if (!managed) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(managed.error()));
            return 2;
        }
        // Each printer's credential as the console picks it: the first of the sets that apply, in order.
        targets = Core::withCredentialSets(managed.value(), stored.sets);
    }
    if (targets.isEmpty()) {
        printErr(QStringLiteral("printwatch-cli: %1 has no managed printers: run “printwatch-cli discover” first").arg(path));
        return 1;
    }

    WriterSession session(path);
    // One round of the managed printers: the poller's engine holds state only for these targets
    // (Poller::setTargets retains them), so it cannot grow past the list.
    Snmp::Poller poller;
    QEventLoop loop;
    int reachable = 0;
    int unreachable = 0;
    QObject::connect(&poller, &Snmp::Poller::resultReady, [&](const Core::PollResult &result) {
        session.writer().writePollResult(result);
        if (result.reachable) {
            ++reachable;
        } else {
            ++unreachable;
            printErr(QStringLiteral("%1: %2").arg(result.address, terminalSafe(result.error)));
        }
    });
    QObject::connect(&poller, &Snmp::Poller::roundFinished, [&] {
        poller.stop();
        loop.quit();
    });
    poller.setTargets(targets);
    QElapsedTimer clock;
    clock.start();
    QMetaObject::invokeMethod(&poller, &Snmp::Poller::start, Qt::QueuedConnection);
    loop.exec();

    const QString writeError = session.finish();
    printErr(QStringLiteral("%1 printer(s) polled in %2 s: %3 answered, %4 did not")
                 .arg(targets.size())
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 2)
                 .arg(reachable)
                 .arg(unreachable));
    if (!writeError.isEmpty()) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(writeError));
        return 2;
    }
    return reachable > 0 ? 0 : 1;
}

int list(const QStringList &arguments)
{
    const QString usage = QStringLiteral("printwatch-cli list printers [--format table|json|csv] [--db PATH] "
                                         "[--user NAME --password-file FILE]");
    QCommandLineParser parser;
    parser.addOptions({kDb, kFormat, AuthCli::kUser, AuthCli::kPasswordFile});
    parser.addPositionalArgument(QStringLiteral("WHAT"), QStringLiteral("What to list: printers."));
    if (!parse(parser, arguments, usage))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("printers")}) {
        printErr(QStringLiteral("printwatch-cli: list what? Only “printers” exists so far\nusage: %1").arg(usage));
        return 2;
    }
    Format format = Format::Table;
    const QString formatName = parser.value(kFormat).toLower();
    if (formatName == QLatin1String("json")) {
        format = Format::Json;
    } else if (formatName == QLatin1String("csv")) {
        format = Format::Csv;
    } else if (formatName != QLatin1String("table")) {
        printErr(QStringLiteral("printwatch-cli: --format must be table, json or csv, not “%1”").arg(parser.value(kFormat)));
        return 2;
    }
    auto db = openExisting(databasePath(parser));
    if (!db)
        return 2;
    auto printers = Storage::PrinterRepository(*db).summaries();
    if (!printers) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(printers.error()));
        return 2;
    }
    // With --user: only the printers of that user's device groups, as the GUI shows them.
    if (parser.isSet(AuthCli::kUser) || parser.isSet(AuthCli::kPasswordFile)) {
        Auth::AuthService auth(*db);
        const auto session = AuthCli::login(auth, parser);
        if (!session)
            return 2;
        const auto visible = Auth::Authorizer(*db).visibleDevices(*session);
        if (!visible) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(visible.error()));
            return 2;
        }
        if (visible->has_value()) {
            const QSet<qint64> &ids = **visible;
            printers->removeIf([&ids](const Core::PrinterSummary &p) { return !ids.contains(p.deviceId); });
        }
    }
    QHash<qint64, QList<Storage::IdentityConflict>> conflicts;
    if (format == Format::Json) {
        const auto all = Storage::DeviceRepository(*db).allConflicts();
        if (!all) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(all.error()));
            return 2;
        }
        for (const Storage::IdentityConflict &conflict : *all)
            conflicts[conflict.deviceId].append(conflict);
    }
    const QByteArray out = formatPrinters(printers.value(), format, conflicts);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}

QList<QCommandLineOption> deviceOptions()
{
    return QList<QCommandLineOption>{kPort, kCommunity, kVersion, kTimeout, kRetries} + kV3Options;
}

std::optional<Core::SnmpCredential> deviceCredential(const QCommandLineParser &parser)
{
    return credential(parser, true);
}

} // namespace Printwatch::Cli
