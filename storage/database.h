// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One database connection, owned by one thread. Each thread that touches the store (the writer
// thread, a reader on the GUI thread, a report thread) opens its own Database: QSqlDatabase
// connections must never cross threads, so every handle gets its own connection name and refuses
// to be used from another thread.

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QThread;

namespace Printwatch::Storage {

// The schema this build writes. Bump it together with a new step in migrations.cpp.
inline constexpr int LatestSchemaVersion = 5;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Storage::Database)
public:
    struct Options
    {
        // Migrate up to this version only; tests use it to build databases of older versions.
        int targetVersion = LatestSchemaVersion;
    };

    // Opens (creating when missing) the SQLite file at `path`, applies the connection settings
    // (WAL, foreign keys, busy timeout) and migrates the schema. Refuses, with a message naming the
    // file and the cause, a file that cannot be opened, is not a database, or has a newer schema.
    static Core::Result<Database> open(const QString &path, Options options);
    static Core::Result<Database> open(const QString &path) { return open(path, Options{}); }

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    const QString &path() const { return m_path; }
    const QString &connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }

    // The underlying connection; only valid on the thread that opened it.
    QSqlDatabase connection() const;

    // A prepared statement; fails when called from a foreign thread or when prepare fails.
    Core::Result<QSqlQuery> prepare(const QString &sql) const;
    // Executes a prepared statement; the error names the database file and the statement.
    Core::Result<void> exec(QSqlQuery &query) const;
    // Binds `bindings` to the placeholders in order, then executes: a statement prepared once and
    // executed per row (the readings and identity writers) keeps its prepared plan this way.
    Core::Result<void> exec(QSqlQuery &query, const QVariantList &bindings) const;
    // One statement in one call: prepare, bind `bindings` in order, execute. The query comes back
    // before its first row. A failure names the file, what the statement does and to which table
    // ("INSERT INTO alerts", "SELECT FROM devices") and SQLite's cause.
    Core::Result<QSqlQuery> run(const QString &sql, const QVariantList &bindings = {}) const;
    // run() for a statement whose rows nobody reads (writes, DDL, PRAGMAs).
    Core::Result<void> execute(const QString &sql, const QVariantList &bindings = {}) const;

    // A write transaction (BEGIN IMMEDIATE on SQLite, so writers queue on the busy timeout at the
    // start instead of failing half-way).
    Core::Result<void> beginWrite() const;
    Core::Result<void> commit() const;
    void rollback() const; // best effort; used on a path that already reports an error

    // Reads the schema version recorded in the file at `path` without migrating (-1 when none).
    Core::Result<int> storedSchemaVersion() const;

private:
    Database() = default;
    bool onOwningThread() const;
    Core::Error failure(const QString &what, const QString &cause) const;

    QString m_path;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    int m_schemaVersion = 0;
};

} // namespace Printwatch::Storage
