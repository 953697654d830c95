// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log's hash chain: every row verifies; flipping one byte of any stored field, deleting a
// row in the middle or at the end, or swapping two rows is detected and named.
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Storage;

class TestAuditRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;

    void fill(int rows)
    {
        AuditRepository log(*m_db);
        for (int i = 0; i < rows; ++i) {
            auto written = log.append({QStringLiteral("alice"), QStringLiteral("reboot"), qint64(i + 1),
                                       QStringLiteral("127.0.0.%1").arg(i + 1), QStringLiteral("ok"),
                                       QStringLiteral("restarted after %1 s").arg(i), {}});
            QVERIFY2(written.ok(), qPrintable(written.error()));
            QCOMPARE(written->id, qint64(i + 1));
        }
    }

    void exec(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("audit.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db.emplace(std::move(db.value()));
        fill(6);
    }

    void cleanup() { m_db.reset(); }

    void intactChainVerifies()
    {
        auto verdict = AuditRepository(*m_db).verify();
        QVERIFY2(verdict.ok(), qPrintable(verdict.error()));
        QVERIFY2(verdict->intact, qPrintable(verdict->problem));
        QCOMPARE(verdict->rowsChecked, 6);
        auto rows = AuditRepository(*m_db).entries();
        QVERIFY(rows.ok());
        QCOMPARE(rows->first().previousHash, QByteArray(64, '0'));
        for (int i = 1; i < rows->size(); ++i)
            QCOMPARE(rows->at(i).previousHash, rows->at(i - 1).hash);
    }

    void flippingOneByteIsDetected_data()
    {
        QTest::addColumn<QString>("column");
        QTest::newRow("user") << QStringLiteral("user_name");
        QTest::newRow("action") << QStringLiteral("action");
        QTest::newRow("target") << QStringLiteral("target");
        QTest::newRow("result") << QStringLiteral("result");
        QTest::newRow("detail") << QStringLiteral("detail");
        QTest::newRow("hash") << QStringLiteral("hash");
    }

    void flippingOneByteIsDetected()
    {
        QFETCH(QString, column);
        // Flip the low bit of the first character of row 3's field, in place.
        // (SQLite has no XOR: c + 1 - 2 * (c & 1) flips the low bit of c.)
        exec(QStringLiteral("UPDATE audit_log SET %1 = char(unicode(substr(%1, 1, 1)) + 1 - 2 * (unicode(substr(%1, 1, 1)) & 1))"
                            " || substr(%1, 2) WHERE id = 3")
                 .arg(column));
        auto verdict = AuditRepository(*m_db).verify();
        QVERIFY(verdict.ok());
        QVERIFY(!verdict->intact);
        QVERIFY2(verdict->firstBadId == 3 || verdict->firstBadId == 4, qPrintable(verdict->problem));
    }

    void editingTheTimeOrDeviceIsDetected()
    {
        exec(QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE id = 2"));
        auto verdict = AuditRepository(*m_db).verify();
        QVERIFY(!verdict->intact);
        QCOMPARE(verdict->firstBadId, qint64(2));
        QVERIFY(verdict->problem.contains(QLatin1String("edited")));
    }

    void deletingARowInTheMiddleIsDetected()
    {
        exec(QStringLiteral("DELETE FROM audit_log WHERE id = 4"));
        auto verdict = AuditRepository(*m_db).verify();
        QVERIFY(!verdict->intact);
        QCOMPARE(verdict->firstBadId, qint64(4));
        QVERIFY2(verdict->problem.contains(QLatin1String("deleted")), qPrintable(verdict->problem));
    }

    void deletingTheLastRowIsDetected()
    {
        exec(QStringLiteral("DELETE FROM audit_log WHERE id = 6"));
        auto verdict = AuditRepository(*m_db).verify();
        QVERIFY(!verdict->intact);
        QVERIFY2(verdict->problem.contains(QLatin1String("end")), qPrintable(verdict->problem));
    }

    void renumberingAfterADeleteIsDetected()
    {
        // Hide the gap: delete row 2 and move the later rows down by one.
        exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
        for (int id = 3; id <= 6; ++id)
            exec(QStringLiteral("UPDATE audit_log SET id = %1 WHERE id = %2").arg(id - 1).arg(id));
        auto verdict = AuditRepository(*m_db).verify();
        QVERIFY(!verdict->intact);
        QCOMPARE(verdict->firstBadId, qint64(2));
    }

    void appendingContinuesTheChainAfterReopen()
    {
        const QString path = m_db->path();
        m_db.reset();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        m_db.emplace(std::move(db.value()));
        fill(0);
        auto written = AuditRepository(*m_db).append({QStringLiteral("bob"), QStringLiteral("test-page"), std::nullopt,
                                                      QStringLiteral("x"), QStringLiteral("refused"), QString(), {}});
        QVERIFY(written.ok());
        QCOMPARE(written->id, qint64(7));
        auto verdict = AuditRepository(*m_db).verify();
        QVERIFY2(verdict->intact, qPrintable(verdict->problem));
        QCOMPARE(verdict->rowsChecked, 7);
    }

    void writesAreDurable()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
