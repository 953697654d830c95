// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditrepository.h"

#include "storage/database.h"
#include "storage/storageutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace Printwatch::Storage {

namespace {

// The hash of "no previous row": 64 zeros, so the first row is chained like every other.
const QByteArray kGenesis(64, '0');

AuditRecord readRecord(const QSqlQuery &query)
{
    AuditRecord record;
    record.id = query.value(0).toLongLong();
    record.at = Util::fromMs(query.value(1));
    record.user = query.value(2).toString();
    record.action = query.value(3).toString();
    record.deviceId = Util::optionalInt64(query.value(4));
    record.target = query.value(5).toString();
    record.result = query.value(6).toString();
    record.detail = query.value(7).toString();
    record.previousHash = query.value(8).toString().toLatin1();
    record.hash = query.value(9).toString().toLatin1();
    return record;
}

const QString kColumns =
    QStringLiteral("id, at, user_name, action, device_id, target, result, detail, previous_hash, hash");

} // namespace

AuditRepository::AuditRepository(const Database &db) : m_db(db) {}

QByteArray AuditRepository::canonical(const AuditRecord &record)
{
    // A JSON array has one unambiguous encoding per content (no field can bleed into the next).
    const QJsonArray fields{QString::number(record.id),
                            QString::number(record.at.toMSecsSinceEpoch()),
                            record.user,
                            record.action,
                            record.deviceId ? QString::number(*record.deviceId) : QString(),
                            record.target,
                            record.result,
                            record.detail};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QByteArray AuditRepository::chainHash(const QByteArray &previousHash, const AuditRecord &record)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(canonical(record));
    return hash.result().toHex();
}

Core::Result<void> AuditRepository::makeDurable() const
{
    // SQLite-specific: per connection, takes effect for the next commit.
    return m_db.execute(QStringLiteral("PRAGMA synchronous = FULL"));
}

Core::Result<AuditRecord> AuditRepository::append(const AuditEntry &entry)
{
    if (auto full = makeDurable(); !full)
        return Core::Error{full.error()};
    if (auto begun = m_db.beginWrite(); !begun)
        return Core::Error{begun.error()};
    auto record = appendInTransaction(entry);
    if (!record) {
        m_db.rollback();
        return record;
    }
    if (auto done = m_db.commit(); !done)
        return Core::Error{tr("Cannot write the audit log: %1").arg(done.error())};
    return record;
}

Core::Result<AuditRecord> AuditRepository::appendInTransaction(const AuditEntry &entry)
{
    const auto fail = [](const QString &error) { return Core::Error{tr("Cannot write the audit log: %1").arg(error)}; };

    auto head = m_db.run(QStringLiteral("SELECT last_id, last_hash FROM audit_head"));
    if (!head)
        return fail(head.error());
    AuditRecord record;
    record.previousHash = kGenesis;
    qint64 lastId = 0;
    if (head->next()) {
        lastId = head->value(0).toLongLong();
        record.previousHash = head->value(1).toString().toLatin1();
    }
    record.id = lastId + 1;
    // Milliseconds only: what the database stores is what the hash covers.
    record.at = QDateTime::fromMSecsSinceEpoch(Util::toMs(entry.at), Qt::UTC);
    record.user = entry.user;
    record.action = entry.action;
    record.deviceId = entry.deviceId;
    record.target = entry.target;
    record.result = entry.result;
    record.detail = entry.detail;
    record.hash = chainHash(record.previousHash, record);

    if (auto done = m_db.execute(QStringLiteral("INSERT INTO audit_log (") + kColumns +
                                     QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {record.id, record.at.toMSecsSinceEpoch(), record.user, record.action,
                                  Util::nullableInt64(record.deviceId), record.target, record.result, record.detail,
                                  QString::fromLatin1(record.previousHash), QString::fromLatin1(record.hash)});
        !done)
        return fail(done.error());

    if (auto done =
            m_db.execute(lastId == 0 ? QStringLiteral("INSERT INTO audit_head (last_id, last_hash) VALUES (?, ?)")
                                     : QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?"),
                         {record.id, QString::fromLatin1(record.hash)});
        !done)
        return fail(done.error());
    return record;
}

Core::Result<QList<AuditRecord>> AuditRepository::entries(int limit) const
{
    auto query = m_db.run(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY id LIMIT ?"),
                          {limit > 0 ? limit : -1});
    if (!query)
        return Core::Error{query.error()};
    QList<AuditRecord> list;
    while (query->next())
        list.append(readRecord(query.value()));
    return list;
}

Core::Result<AuditVerification> AuditRepository::verify() const
{
    auto rows = entries();
    if (!rows)
        return Core::Error{rows.error()};
    AuditVerification result;
    const auto bad = [&result](qint64 id, const QString &problem) {
        result.intact = false;
        result.firstBadId = id;
        result.problem = problem;
        return result;
    };
    QByteArray previous = kGenesis;
    qint64 expectedId = 1;
    for (const AuditRecord &record : rows.value()) {
        ++result.rowsChecked;
        if (record.id != expectedId)
            return bad(expectedId, tr("row %1 is missing (deleted); the next row is %2").arg(expectedId).arg(record.id));
        if (record.previousHash != previous)
            return bad(record.id, tr("row %1 does not follow row %2 (a row was removed or replaced)")
                                      .arg(record.id)
                                      .arg(record.id - 1));
        if (chainHash(previous, record) != record.hash)
            return bad(record.id, tr("row %1: its hash does not match its content (edited)").arg(record.id));
        previous = record.hash;
        ++expectedId;
    }

    auto head = m_db.run(QStringLiteral("SELECT last_id, last_hash FROM audit_head"));
    if (!head)
        return Core::Error{head.error()};
    const qint64 lastId = head->next() ? head->value(0).toLongLong() : 0;
    const QByteArray lastHash = lastId > 0 ? head->value(1).toString().toLatin1() : kGenesis;
    if (lastId != expectedId - 1)
        return bad(expectedId, tr("the log ends at row %1 but %2 rows were written (rows at the end were deleted)")
                                   .arg(expectedId - 1)
                                   .arg(lastId));
    if (lastHash != previous)
        return bad(lastId, tr("the last row's hash does not match the recorded head (the last row was replaced)"));
    return result;
}

} // namespace Printwatch::Storage
