// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audit log: who did what to which printer, when, and the result. Append-only and
// hash-chained: each row stores SHA-256(previous row's hash || its canonical content), and
// audit_head keeps the last id and hash, so an edited byte, a deleted row (middle or last) or a
// reordered row is found by verify(). The chain proves integrity against edits through the file,
// not against someone who rewrites every later row and the head: that needs an outside anchor.

#include "core/result.h"
#include "storage/accessrecords.h"

#include <QCoreApplication>
#include <QList>

namespace Printwatch::Storage {

class Database;

struct AuditEntry
{
    QString user;
    QString action;
    std::optional<qint64> deviceId;
    QString target;
    QString result;
    QString detail;
    QDateTime at; // invalid = now
};

struct AuditVerification
{
    bool intact = true;
    int rowsChecked = 0;
    qint64 firstBadId = 0; // 0 when intact
    QString problem;       // readable: "row 17: its hash does not match its content (edited)"
};

class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Storage::AuditRepository)
public:
    explicit AuditRepository(const Database &db);

    // Appends one row in its own transaction with synchronous=FULL: it must survive a power cut.
    Core::Result<AuditRecord> append(const AuditEntry &entry);
    // The same inside the caller's write transaction (begun with synchronous=FULL set), so a state
    // change and its audit row commit together.
    Core::Result<AuditRecord> appendInTransaction(const AuditEntry &entry);
    // Sets synchronous=FULL on this connection (SQLite); call before beginWrite for appendInTransaction.
    Core::Result<void> makeDurable() const;

    // Oldest first; limit <= 0 means every row.
    Core::Result<QList<AuditRecord>> entries(int limit = 0) const;

    Core::Result<AuditVerification> verify() const;

    // SHA-256 hex of previousHash || canonical(record); exposed for tests and exports.
    static QByteArray chainHash(const QByteArray &previousHash, const AuditRecord &record);
    static QByteArray canonical(const AuditRecord &record);

private:
    const Database &m_db;
};

} // namespace Printwatch::Storage
