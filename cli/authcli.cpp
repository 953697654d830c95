// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/authcli.h"

#include "auth/authservice.h"
#include "cli/output.h"
#include "core/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <cstdlib>

namespace Printwatch::Cli::AuthCli {

const QCommandLineOption kDb(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
const QCommandLineOption kUser(QStringLiteral("user"), QStringLiteral("Who acts (a Printwatch user)."),
                               QStringLiteral("NAME"));
const QCommandLineOption kPasswordFile(QStringLiteral("password-file"),
                                       QStringLiteral("Read the acting user's password from FILE ('-' = stdin)."),
                                       QStringLiteral("FILE"));


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

std::optional<QString> readSecretLine(const QString &file, const QString &what)
{
    QFile in;
    bool opened = false;
    if (file == QLatin1String("-"))
        opened = in.open(stdin, QIODevice::ReadOnly);
    else {
        in.setFileName(file);
        opened = in.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        printErr(QStringLiteral("printwatch-cli: cannot read %1 from %2: %3").arg(what, file, in.errorString()));
        return std::nullopt;
    }
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(kDb) ? parser.value(kDb) : Core::defaultDatabasePath();
}

std::optional<Storage::Database> openDatabase(const QCommandLineParser &parser)
{
    const QString path = databasePath(parser);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = Storage::Database::open(path);
    if (!db) {
        printErr(QStringLiteral("printwatch-cli: %1").arg(db.error()));
        return std::nullopt;
    }
    return std::move(db).value();
}

std::optional<Auth::Session> login(Auth::AuthService &auth, const QCommandLineParser &parser)
{
    if (!parser.isSet(kUser) || !parser.isSet(kPasswordFile)) {
        printErr(QStringLiteral("printwatch-cli: this command needs --user NAME and --password-file FILE ('-' = stdin)"));
        return std::nullopt;
    }
    const auto password = readSecretLine(parser.value(kPasswordFile), QStringLiteral("the password"));
    if (!password)
        return std::nullopt;
    const Auth::LoginOutcome outcome = auth.login(parser.value(kUser), *password);
    if (!outcome.session) {
        if (outcome.delayMs > 0)
            QThread::msleep(quint32(outcome.delayMs));
        printErr(QStringLiteral("printwatch-cli: login as %1 failed: %2").arg(parser.value(kUser), outcome.error));
        return std::nullopt;
    }
    return outcome.session;
}

std::unique_ptr<ActingUser> logInActingUser(const QCommandLineParser &parser)
{
    auto db = openDatabase(parser);
    if (!db)
        return nullptr;
    auto user = std::make_unique<ActingUser>(std::move(*db));
    const auto session = login(user->auth, parser);
    if (!session)
        return nullptr;
    user->session = *session;
    return user;
}


} // namespace Printwatch::Cli::AuthCli
