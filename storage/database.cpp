// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QVariant>

#include <atomic>

namespace Printwatch::Storage {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("printwatch-storage-%1").arg(++counter);
}

// What a statement does and to which table ("INSERT INTO alerts", "SELECT FROM devices"), enough
// to say which step failed without dumping the whole SQL; other statements (DDL, PRAGMAs) by their
// first words.
QString statementLabel(const QString &sql)
{
    const QString simplified = sql.simplified();
    const QStringList words = simplified.split(QLatin1Char(' '));
    const auto wordAfter = [&words](const QLatin1String &keyword, qsizetype from) -> QString {
        for (qsizetype i = from; i + 1 < words.size(); ++i) {
            if (words.at(i).compare(keyword, Qt::CaseInsensitive) == 0)
                return words.at(i + 1).section(QLatin1Char('('), 0, 0);
        }
        return {};
    };
    const QString verb = words.value(0).toUpper();
    QString table;
    QString joiner = QStringLiteral(" FROM ");
    if (verb == QLatin1String("INSERT")) {
        table = wordAfter(QLatin1String("INTO"), 1);
        joiner = QStringLiteral(" INTO ");
    } else if (verb == QLatin1String("UPDATE")) {
        table = words.value(1);
        joiner = QStringLiteral(" ");
    } else if (verb == QLatin1String("DELETE") || verb == QLatin1String("SELECT")) {
        table = wordAfter(QLatin1String("FROM"), 1);
    }
    while (!table.isEmpty() && !table.back().isLetterOrNumber() && table.back() != QLatin1Char('_'))
        table.chop(1);
    if (!table.isEmpty())
        return verb + joiner + table;
    return simplified.size() <= 60 ? simplified : simplified.left(57) + QStringLiteral("...");
}

} // namespace

Core::Result<Database> Database::open(const QString &path, Options options)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Core::Error{tr("Cannot open the database: no file name given.")};
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Core::Error{tr("Cannot open the database %1: it is a folder, not a file.").arg(shownPath)};
    if (info.exists() && !info.isReadable())
        return Core::Error{
            tr("Cannot open the database %1: the file is not readable (permission denied).").arg(shownPath)};
    if (!info.exists() && !info.dir().exists())
        return Core::Error{tr("Cannot create the database %1: the folder %2 does not exist.")
                               .arg(shownPath, QDir::toNativeSeparators(info.dir().path()))};
    if (options.targetVersion < 1 || options.targetVersion > LatestSchemaVersion)
        return Core::Error{tr("Cannot open the database %1: schema version %2 is not one this build knows.")
                               .arg(shownPath)
                               .arg(options.targetVersion)};

    Database db;
    db.m_path = path;
    db.m_connectionName = nextConnectionName();
    db.m_thread = QThread::currentThread();
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(Dialect::driverName(), db.m_connectionName);
        connection.setDatabaseName(path);
        if (!connection.open()) {
            return Core::Error{tr("Cannot open the database %1: %2.")
                                   .arg(shownPath, Dialect::explainOpenError(connection.lastError()))};
        }
    }

    // The first statements are where SQLite discovers that the file is not a database.
    for (const auto &setting : Dialect::connectionSettings()) {
        QSqlQuery query(db.connection());
        const QDeadlineTimer patience(Dialect::busyTimeoutMs());
        bool done = query.exec(setting.statement);
        // Another connection creating the same new file can answer "locked" without the wait
        // busy_timeout promises (Dialect::isBusy): ask again, as long as busy_timeout would have waited.
        while (!done && Dialect::isBusy(query.lastError()) && !patience.hasExpired()) {
            QThread::msleep(2);
            done = query.exec(setting.statement);
        }
        if (!done) {
            return Core::Error{
                tr("Cannot open the database %1: %2.").arg(shownPath, Dialect::explainOpenError(query.lastError()))};
        }
        if (!setting.expected.isEmpty()) {
            const QString got = query.next() ? query.value(0).toString().toLower() : QString();
            if (got != setting.expected) {
                return Core::Error{tr("Cannot open the database %1: \"%2\" answered \"%3\" instead of \"%4\".")
                                       .arg(shownPath, setting.statement, got, setting.expected)};
            }
        }
    }

    auto stored = db.storedSchemaVersion();
    if (!stored)
        return Core::Error{stored.error()};
    if (*stored < 0) {
        return Core::Error{tr("Cannot open the database %1: it is a SQLite database of another program "
                              "(it has tables but no Printwatch schema version).")
                               .arg(shownPath)};
    }
    if (*stored > LatestSchemaVersion) {
        return Core::Error{tr("Cannot open the database %1: its schema version %2 is newer than this build of "
                              "Printwatch understands (%3). Use a newer Printwatch or another database file.")
                               .arg(shownPath)
                               .arg(*stored)
                               .arg(LatestSchemaVersion)};
    }

    for (const Migration &step : migrations()) {
        if (step.version > options.targetVersion)
            break;
        if (auto begun = db.beginWrite(); !begun)
            return Core::Error{begun.error()};
        // Read again under the write lock: another connection may have migrated meanwhile.
        auto current = db.storedSchemaVersion();
        if (!current) {
            db.rollback();
            return Core::Error{current.error()};
        }
        if (*current >= step.version) {
            db.rollback();
            continue;
        }
        for (const QString &statement : step.statements) {
            if (auto done = db.execute(Dialect::ddl(statement)); !done) {
                db.rollback();
                return Core::Error{tr("Cannot migrate the database %1 to schema version %2: %3")
                                       .arg(shownPath)
                                       .arg(step.version)
                                       .arg(done.error())};
            }
        }
        if (auto done = db.execute(QStringLiteral("UPDATE schema_version SET version = ?"), {step.version}); !done) {
            db.rollback();
            return Core::Error{done.error()};
        }
        if (auto done = db.commit(); !done)
            return Core::Error{done.error()};
    }

    auto final = db.storedSchemaVersion();
    if (!final)
        return Core::Error{final.error()};
    db.m_schemaVersion = *final;
    return db;
}

Database::Database(Database &&other) noexcept
    : m_path(std::move(other.m_path)), m_connectionName(std::exchange(other.m_connectionName, QString())),
      m_thread(std::exchange(other.m_thread, nullptr)), m_schemaVersion(other.m_schemaVersion)
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        Database dying(std::move(*this));
        m_path = std::move(other.m_path);
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_thread = std::exchange(other.m_thread, nullptr);
        m_schemaVersion = other.m_schemaVersion;
    }
    return *this;
}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    if (!onOwningThread()) {
        // Closing from a foreign thread would race the owner's queries; leaking is the safe choice.
        qWarning("Printwatch storage: connection %s destroyed on a foreign thread; not closed",
                 qPrintable(m_connectionName));
        return;
    }
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::onOwningThread() const
{
    return m_thread == QThread::currentThread();
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(onOwningThread(), "Database::connection", "a connection used from a foreign thread");
    return QSqlDatabase::database(m_connectionName, false);
}

Core::Error Database::failure(const QString &what, const QString &cause) const
{
    return Core::Error{tr("Database %1: %2 failed: %3").arg(QDir::toNativeSeparators(m_path), what, cause)};
}

Core::Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    if (m_connectionName.isEmpty())
        return failure(statementLabel(sql), tr("the database is not open"));
    if (!onOwningThread())
        return failure(statementLabel(sql), tr("the connection belongs to another thread"));
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failure(statementLabel(sql), query.lastError().text());
    return query;
}

Core::Result<void> Database::exec(QSqlQuery &query) const
{
    // A null QString (a field the printer did not give) means empty text, not SQL NULL: the text
    // columns are NOT NULL DEFAULT ''. Nullable columns get NULL from typed null numbers or the SQL.
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).metaType() == QMetaType::fromType<QString>() && values.at(i).toString().isNull())
            query.bindValue(int(i), QVariant(QStringLiteral("")));
    }
    if (!query.exec())
        return failure(statementLabel(query.lastQuery()), query.lastError().text());
    return {};
}

Core::Result<void> Database::exec(QSqlQuery &query, const QVariantList &bindings) const
{
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings.at(i));
    return exec(query);
}

Core::Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &bindings) const
{
    auto query = prepare(sql);
    if (!query)
        return query;
    if (auto done = exec(query.value(), bindings); !done)
        return Core::Error{done.error()};
    return query;
}

Core::Result<void> Database::execute(const QString &sql, const QVariantList &bindings) const
{
    auto query = run(sql, bindings);
    if (!query)
        return Core::Error{query.error()};
    return {};
}

Core::Result<void> Database::beginWrite() const
{
    return execute(Dialect::beginWrite());
}

Core::Result<void> Database::commit() const
{
    return execute(QStringLiteral("COMMIT"));
}

void Database::rollback() const
{
    if (m_connectionName.isEmpty() || !onOwningThread())
        return;
    QSqlQuery query(connection());
    // Fails harmlessly when SQLite already rolled back on its own (e.g. after SQLITE_FULL).
    query.exec(QStringLiteral("ROLLBACK"));
}

Core::Result<int> Database::storedSchemaVersion() const
{
    if (m_connectionName.isEmpty() || !onOwningThread())
        return failure(QStringLiteral("SELECT version"), tr("the connection belongs to another thread or is closed"));
    const QStringList tables = connection().tables(QSql::Tables);
    if (!tables.contains(QStringLiteral("schema_version")))
        return tables.isEmpty() ? 0 : -1;
    auto query = run(QStringLiteral("SELECT version FROM schema_version"));
    if (!query)
        return Core::Error{query.error()};
    if (!query->next())
        return failure(QStringLiteral("SELECT version"), tr("the schema_version table is empty"));
    return query->value(0).toInt();
}

} // namespace Printwatch::Storage
