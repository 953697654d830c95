// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the user, action, audit, secret and group subcommands share: the --db/--user/--password-file
// options, exit codes, reading a secret from a file or stdin, and logging the acting user in.

#include "auth/access.h"
#include "auth/authservice.h"
#include "storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace Printwatch::Cli::AuthCli {

extern const QCommandLineOption kDb;
extern const QCommandLineOption kUser;
extern const QCommandLineOption kPasswordFile;

inline constexpr int ExitOk = 0;
inline constexpr int ExitFailed = 1;
inline constexpr int ExitBadInput = 2;

// Parses `arguments` (the subcommand first) or prints why not; --help prints and exits.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);
// The first line of FILE, or of stdin for "-"; the trailing new line is not part of a password.
std::optional<QString> readSecretLine(const QString &file, const QString &what);
QString databasePath(const QCommandLineParser &parser);
std::optional<Storage::Database> openDatabase(const QCommandLineParser &parser);
// Logs the acting user in, waiting out the delay after a failure as the GUI does.
std::optional<Auth::Session> login(Auth::AuthService &auth, const QCommandLineParser &parser);

// The start of every command that acts as a Printwatch user: the database open and the user of
// --user/--password-file logged in.
struct ActingUser
{
    explicit ActingUser(Storage::Database database) : db(std::move(database)), auth(db) {}
    Storage::Database db;
    Auth::AuthService auth; // reads `db`, so the struct stays where it was made
    Auth::Session session;
};
// nullptr after printing why not (no database, a failed login).
std::unique_ptr<ActingUser> logInActingUser(const QCommandLineParser &parser);

} // namespace Printwatch::Cli::AuthCli
