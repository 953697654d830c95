// SPDX-License-Identifier: GPL-3.0-or-later
// printwatch-cli group: device groups and per-group action switches.
#include "cli/actions.h"

#include "auth/authorizer.h"
#include "auth/authservice.h"
#include "cli/authcli.h"
#include "cli/output.h"
#include "storage/accessrepository.h"
#include "storage/printerrepository.h"

namespace Printwatch::Cli {

using namespace AuthCli;

int group(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption devices(QStringLiteral("devices"), QStringLiteral("Printers: addresses or #ids, comma-separated."),
                                     QStringLiteral("LIST"));
    const QCommandLineOption inGroup(QStringLiteral("group"), QStringLiteral("A device group (default: the whole fleet)."),
                                     QStringLiteral("NAME"));
    parser.addOptions({kDb, kUser, kPasswordFile, devices, inGroup});
    const QString usage = QStringLiteral(
        "printwatch-cli group add NAME --devices A,#ID,... | list | rename NAME NEW | remove NAME | "
        "assign-user USER GROUP... | switch ACTION on|off [--group NAME]  (--user U --password-file F; an Administrator)");
    if (!parse(parser, arguments, usage))
        return ExitBadInput;
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    const auto actor = logInActingUser(parser);
    if (!actor)
        return ExitBadInput;
    Storage::AccessRepository access(actor->db);
    auto groups = access.groups();
    if (!groups) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(groups.error()));
        return ExitBadInput;
    }
    const auto groupId = [&groups](const QString &name) -> qint64 {
        for (const Storage::DeviceGroupRecord &g : groups.value()) {
            if (g.name == name)
                return g.id;
        }
        return 0;
    };
    if (verb == QLatin1String("list")) {
        QString out;
        for (const Storage::DeviceGroupRecord &g : groups.value()) {
            QStringList ids;
            for (qint64 id : g.deviceIds)
                ids << QStringLiteral("#%1").arg(id);
            out += QStringLiteral("%1\t%2\n").arg(terminalSafe(g.name), ids.join(QLatin1Char(',')));
        }
        printOut(out);
        return ExitOk;
    }
    if (verb == QLatin1String("switch")) {
        const auto action = Auth::actionFromKey(words.value(1));
        const QString state = words.value(2);
        if (!action || !Auth::isPrinterAction(*action) || (state != QLatin1String("on") && state != QLatin1String("off"))) {
            printErr(QStringLiteral("printwatch-cli: group switch needs a printer action and on|off\nusage: %1").arg(usage));
            return ExitBadInput;
        }
        const qint64 id = parser.isSet(inGroup) ? groupId(parser.value(inGroup)) : 0;
        if (parser.isSet(inGroup) && id == 0) {
            printErr(QStringLiteral("printwatch-cli: there is no device group “%1”").arg(parser.value(inGroup)));
            return ExitBadInput;
        }
        auto done = Auth::Authorizer(actor->db).setActionEnabled(actor->session, *action, id, state == QLatin1String("on"));
        if (!done) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(done.error()));
            return ExitFailed;
        }
        printOut(QStringLiteral("%1 is %2 for %3\n")
                     .arg(Auth::actionKey(*action), state, id ? parser.value(inGroup) : QStringLiteral("the whole fleet")));
        return ExitOk;
    }
    // rename and remove: through AuthService, which checks the role and audits done or refused.
    if (verb == QLatin1String("rename") || verb == QLatin1String("remove")) {
        const qint64 id = groupId(words.value(1));
        if (id == 0) {
            printErr(QStringLiteral("printwatch-cli: there is no device group “%1”\nusage: %2").arg(words.value(1), usage));
            return ExitBadInput;
        }
        if (verb == QLatin1String("rename") && words.value(2).isEmpty()) {
            printErr(QStringLiteral("printwatch-cli: group rename needs NAME and NEW\nusage: %1").arg(usage));
            return ExitBadInput;
        }
        auto done = verb == QLatin1String("rename") ? actor->auth.renameGroup(actor->session, id, words.value(2))
                                                    : actor->auth.removeGroup(actor->session, id);
        if (!done) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(done.error()));
            return ExitFailed;
        }
        printOut(QStringLiteral("%1 %2: done\n").arg(verb, terminalSafe(words.value(1))));
        return ExitOk;
    }
    // add and assign-user go through AuthService like the GUI's groups dialog: one role check
    // (Administrators only) and one audit row per change, done or refused.
    Core::Result<void> done;
    if (verb == QLatin1String("add")) {
        const QString name = words.value(1);
        if (name.isEmpty()) {
            printErr(QStringLiteral("printwatch-cli: group add needs NAME\nusage: %1").arg(usage));
            return ExitBadInput;
        }
        auto printers = Storage::PrinterRepository(actor->db).summaries();
        if (!printers) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(printers.error()));
            return ExitBadInput;
        }
        QList<qint64> ids;
        for (const QString &item : parser.value(devices).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            qint64 found = 0;
            for (const Core::PrinterSummary &p : printers.value()) {
                if ((item.startsWith(QLatin1Char('#')) && p.deviceId == item.mid(1).toLongLong()) || p.address == item)
                    found = p.deviceId;
            }
            if (found == 0) {
                printErr(QStringLiteral("printwatch-cli: “%1” is not a printer in the database").arg(item));
                return ExitBadInput;
            }
            ids << found;
        }
        auto id = groupId(name) ? Core::Result<qint64>(groupId(name)) : actor->auth.addGroup(actor->session, name);
        done = id ? actor->auth.setGroupDevices(actor->session, *id, ids) : Core::Result<void>(Core::Error{id.error()});
    } else if (verb == QLatin1String("assign-user")) {
        QList<qint64> ids;
        for (const QString &name : words.mid(2)) {
            if (!groupId(name)) {
                printErr(QStringLiteral("printwatch-cli: there is no device group “%1”").arg(name));
                return ExitBadInput;
            }
            ids << groupId(name);
        }
        auto user = actor->auth.sessionFor(words.value(1));
        if (!user) {
            printErr(QStringLiteral("printwatch-cli: %1").arg(user.error()));
            return ExitBadInput;
        }
        // Groups only limit a user who does not see every printer; no group = every printer.
        done = actor->auth.setUserScope(actor->session, user->userName, ids.isEmpty(), ids);
    } else {
        printErr(QStringLiteral("printwatch-cli: unknown group command “%1”\nusage: %2").arg(verb, usage));
        return ExitBadInput;
    }
    if (!done) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(done.error()));
        return ExitFailed;
    }
    printOut(QStringLiteral("%1 %2: done\n").arg(verb, words.value(1)));
    return ExitOk;
}


} // namespace Printwatch::Cli
