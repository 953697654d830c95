// SPDX-License-Identifier: GPL-3.0-or-later
// printwatch-cli: Printwatch for scripts and tests.
#include "cli/actions.h"
#include "cli/commands.h"
#include "cli/inspect.h"
#include "cli/output.h"
#include "core/printer.h"

#include <QCoreApplication>

using namespace Printwatch;

namespace {
const char *const kUsage = "usage: printwatch-cli COMMAND [OPTIONS]\n"
                           "\n"
                           "commands:\n"
                           "  discover TARGET...   find printers and manage them (addresses, CIDR, ranges, names)\n"
                           "  poll                 poll every managed printer once and store the readings\n"
                           "  list printers        print the printers in the database (--format table|json|csv)\n"
                           "  inspect HOST         read one printer once and print everything decoded (--walk FILE: a saved walk)\n"
                           "  user add|list|unlock|remove|passwd   local users and roles (passwords from a file or stdin)\n"
                           "  action ACTION PRINTER...  refresh, test-page, reboot, firmware, troubleshoot, web-page\n"
                           "  audit verify|export  check the audit log's hash chain; export it (--format csv|json)\n"
                           "  secret set|check|remove KEY  secrets in the OS keychain or the encrypted secret file\n"
                           "  group add|list|rename|remove|assign-user|switch   device groups and per-group action switches\n"
                           "\n"
                           "'printwatch-cli COMMAND --help' lists a command's options.\n"
                           "Exit codes: 0 success, 1 nothing answered or nothing to do, 2 bad input.\n";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Printwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Printwatch"));
    qRegisterMetaType<Core::PollResult>();

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    arguments.removeAt(0); // the subcommand stands where the program name was, for QCommandLineParser
    if (command == QLatin1String("discover"))
        return Cli::discover(arguments);
    if (command == QLatin1String("poll"))
        return Cli::poll(arguments);
    if (command == QLatin1String("list"))
        return Cli::list(arguments);
    if (command == QLatin1String("inspect"))
        return Cli::inspect(arguments);
    if (command == QLatin1String("user"))
        return Cli::user(arguments);
    if (command == QLatin1String("action"))
        return Cli::action(arguments);
    if (command == QLatin1String("audit"))
        return Cli::audit(arguments);
    if (command == QLatin1String("secret"))
        return Cli::secret(arguments);
    if (command == QLatin1String("group"))
        return Cli::group(arguments);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        Cli::printOut(QString::fromLatin1(kUsage));
        return 0;
    }
    Cli::printErr(command.isEmpty() ? QStringLiteral("printwatch-cli: no command given")
                                    : QStringLiteral("printwatch-cli: unknown command “%1”").arg(command));
    Cli::printErr(QString::fromLatin1(kUsage).trimmed());
    return 2;
}
