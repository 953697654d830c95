// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/devicerepository.h"
#include "storage/printerrepository.h"
#include "storage/storagewriter.h"
#include "storagetestutil.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Printwatch;
using namespace Printwatch::Storage;

namespace {

// Device n (0-based) on its own loopback address with its own serial and MAC.
Core::PollResult printer(int n, qint64 offsetSeconds, qint64 total)
{
    const QString address = QStringLiteral("127.0.%1.%2").arg(1 + n / 250).arg(1 + n % 250);
    const QString serial = QStringLiteral("SIM%1").arg(n, 6, 10, QLatin1Char('0'));
    const QString mac =
        QStringLiteral("02:00:00:00:%1:%2").arg(n / 256, 2, 16, QLatin1Char('0')).arg(n % 256, 2, 16, QLatin1Char('0'));
    auto result = TestUtil::poll(address, serial, mac, offsetSeconds);
    result.identity.sysName = QStringLiteral("printer-%1").arg(n);
    result.counters = {{QStringLiteral("total"), total, QStringLiteral("impressions"), QString()}};
    return result;
}

} // namespace

class TestStorageWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("printwatch.sqlite"));
        m_commits = 0;
        m_resultsCommitted = 0;
        m_errors.clear();
        m_summaryIds.clear();
        m_lastSummaries.clear();

        m_thread = std::make_unique<QThread>();
        m_writer = new StorageWriter;
        m_writer->moveToThread(m_thread.get());
        connect(m_thread.get(), &QThread::finished, m_writer, &QObject::deleteLater);
        // Queued to this (GUI) thread, the way the app consumes them.
        connect(m_writer, &StorageWriter::committed, this, [this](int results) {
            ++m_commits;
            m_resultsCommitted += results;
        });
        connect(m_writer, &StorageWriter::error, this, [this](const QString &message) { m_errors << message; });
        connect(m_writer, &StorageWriter::summariesChanged, this, [this](const QList<Core::PrinterSummary> &rows) {
            m_lastSummaries = rows;
            for (const auto &row : rows)
                m_summaryIds.insert(row.deviceId);
        });
        m_opened = false;
        connect(m_writer, &StorageWriter::opened, this, [this] { m_opened = true; });
        m_thread->start();
        QMetaObject::invokeMethod(m_writer, "open", Qt::QueuedConnection, Q_ARG(QString, m_path));
        QTRY_VERIFY_WITH_TIMEOUT(m_opened || !m_errors.isEmpty(), 10000);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    }

    void cleanup()
    {
        m_thread->quit();
        QVERIFY(m_thread->wait(20000));
        m_thread.reset();
        m_writer = nullptr; // deleted on its thread by finished -> deleteLater
        m_dir.reset();
    }

    void batchesManyResultsIntoFewTransactions()
    {
        constexpr int count = 500;
        for (int n = 0; n < count; ++n) {
            QMetaObject::invokeMethod(m_writer, "writePollResult", Qt::QueuedConnection,
                                      Q_ARG(Printwatch::Core::PollResult, printer(n, 0, 1000 + n)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_resultsCommitted, count, 30000);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(m_writer->writtenCount(), count);
        // 500 results with a batch limit of 256 and a 200 ms timer: a handful of commits, not 500.
        QVERIFY2(m_writer->commitCount() >= 2 && m_writer->commitCount() <= 10,
                 qPrintable(QString::number(m_writer->commitCount())));
        QCOMPARE(m_commits, m_writer->commitCount());
        QTRY_COMPARE_WITH_TIMEOUT(m_summaryIds.size(), count, 10000);

        auto reader = Database::open(m_path);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        auto summaries = PrinterRepository(*reader).summaries();
        QVERIFY(summaries.ok());
        QCOMPARE(summaries->size(), count);
        const Core::PrinterSummary &last = summaries->last();
        QCOMPARE(last.name, QStringLiteral("printer-%1").arg(count - 1));
        QCOMPARE(last.totalPages, std::optional<qint64>(1000 + count - 1));
        QCOMPARE(PrinterRepository(*reader).pollLog(10000)->size(), count);
    }

    void summariesCarryTheChangedRows()
    {
        QMetaObject::invokeMethod(m_writer, "writePollResults", Qt::QueuedConnection,
                                  Q_ARG(QList<Printwatch::Core::PollResult>,
                                        (QList<Core::PollResult>{printer(0, 0, 10), printer(1, 0, 20)})));
        QTRY_COMPARE_WITH_TIMEOUT(m_commits, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_lastSummaries.size(), 2, 5000);
        // The next batch touches one device only, and only that row is sent.
        QMetaObject::invokeMethod(m_writer, "writePollResult", Qt::QueuedConnection,
                                  Q_ARG(Printwatch::Core::PollResult, printer(1, 60, 25)));
        QTRY_COMPARE_WITH_TIMEOUT(m_commits, 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_lastSummaries.size(), 1, 5000);
        QCOMPARE(m_lastSummaries.at(0).deviceId, 2);
        QCOMPARE(m_lastSummaries.at(0).totalPages, std::optional<qint64>(25));
        QCOMPARE(m_lastSummaries.at(0).lastSeen, TestUtil::baseTime().addSecs(60));
    }

    void discoveredDevicesBecomeManagedWithoutTheCommunity()
    {
        Core::SnmpCredential credential;
        credential.version = Core::SnmpVersion::V1;
        credential.community = QStringLiteral("s3cret-c0mmunity");
        QMetaObject::invokeMethod(m_writer, "writePollResult", Qt::QueuedConnection,
                                  Q_ARG(Printwatch::Core::PollResult, printer(9, 0, 1)));
        QMetaObject::invokeMethod(
            m_writer, "addDiscovered", Qt::QueuedConnection,
            Q_ARG(QList<Printwatch::Core::PollResult>, (QList<Core::PollResult>{printer(0, 0, 1), printer(1, 0, 1)})),
            Q_ARG(Printwatch::Core::SnmpCredential, credential));
        QTRY_COMPARE_WITH_TIMEOUT(m_resultsCommitted, 3, 10000);

        auto reader = Database::open(m_path);
        QVERIFY(reader.ok());
        Core::SnmpCredential settings;
        settings.community = QStringLiteral("from-settings");
        auto targets = PrinterRepository(*reader).managedTargets(settings);
        QVERIFY(targets.ok());
        QCOMPARE(targets->size(), 2); // printer 9 was polled, not discovered: not managed
        QCOMPARE(targets->at(0).address, printer(0, 0, 1).address);
        QCOMPARE(targets->at(0).credential.version, Core::SnmpVersion::V1);
        QCOMPARE(targets->at(0).credential.community, QStringLiteral("from-settings"));
        QVERIFY(targets->at(0).deviceId > 0);

        // The secret is nowhere in the files.
        for (const QString &file : QDir(m_dir->path()).entryList(QDir::Files)) {
            QFile f(m_dir->filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("s3cret-c0mmunity"), qPrintable(file));
        }
    }

    void readerSnapshotDoesNotBlockTheWriter()
    {
        QMetaObject::invokeMethod(m_writer, "writePollResult", Qt::QueuedConnection,
                                  Q_ARG(Printwatch::Core::PollResult, printer(0, 0, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(m_commits, 1, 10000);

        auto reader = Database::open(m_path);
        QVERIFY(reader.ok());
        // An open read transaction: without WAL the writer's commit would wait on it and fail after
        // the busy timeout (5 s); with WAL it commits at once and the reader keeps its snapshot.
        QVERIFY(reader->execute(QStringLiteral("BEGIN")).ok());
        QCOMPARE(PrinterRepository(*reader).summaries()->size(), 1);
        QMetaObject::invokeMethod(
            m_writer, "writePollResults", Qt::QueuedConnection,
            Q_ARG(QList<Printwatch::Core::PollResult>, (QList<Core::PollResult>{printer(1, 0, 1), printer(2, 0, 1)})));
        QTRY_COMPARE_WITH_TIMEOUT(m_commits, 2, 4000);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(PrinterRepository(*reader).summaries()->size(), 1);
        QVERIFY(reader->commit().ok());
        QCOMPARE(PrinterRepository(*reader).summaries()->size(), 3);
    }

    void readerThreadReadsWhileWriting()
    {
        std::atomic<bool> stop{false};
        std::atomic<int> reads{0};
        std::atomic<int> lastCount{-1};
        std::atomic<bool> readerFailed{false};
        QString readerError; // written by the reader thread, read here only after it has finished
        QThread *readerThread = QThread::create([&] {
            auto db = Database::open(m_path); // its own connection, on its own thread
            if (!db) {
                readerError = db.error();
                readerFailed = true;
                return;
            }
            PrinterRepository printers(*db);
            for (int i = 0; i < 100000 && !stop.load(); ++i) {
                auto rows = printers.summaries();
                if (!rows) {
                    readerError = rows.error();
                    readerFailed = true;
                    return;
                }
                lastCount = int(rows->size());
                ++reads;
            }
        });
        readerThread->start();
        QTRY_VERIFY_WITH_TIMEOUT(reads.load() > 0 || readerFailed.load(), 10000);

        constexpr int batches = 10;
        constexpr int perBatch = 100;
        for (int b = 0; b < batches; ++b) {
            QList<Core::PollResult> batch;
            for (int n = 0; n < perBatch; ++n)
                batch.append(printer(b * perBatch + n, b, b));
            QMetaObject::invokeMethod(m_writer, "writePollResults", Qt::QueuedConnection,
                                      Q_ARG(QList<Printwatch::Core::PollResult>, batch));
            QMetaObject::invokeMethod(m_writer, "flush", Qt::QueuedConnection);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_resultsCommitted, batches * perBatch, 30000);
        // The reader keeps going after the last commit and then sees every row.
        const int mark = reads.load();
        QTRY_VERIFY_WITH_TIMEOUT(reads.load() > mark + 1 || readerFailed.load(), 10000);
        stop = true;
        QVERIFY(readerThread->wait(30000));
        delete readerThread;
        QVERIFY2(readerError.isEmpty(), qPrintable(readerError));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(lastCount.load(), batches * perBatch);
    }

    void failedBatchIsRolledBackAndReported()
    {
        QMetaObject::invokeMethod(m_writer, "writePollResult", Qt::QueuedConnection,
                                  Q_ARG(Printwatch::Core::PollResult, printer(0, 0, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(m_commits, 1, 10000);

        // A real SQLite failure in the middle of a batch: a trigger refuses one counter row.
        QCOMPARE(TestUtil::runStatement(
                     m_path, QStringLiteral(
                                 "CREATE TRIGGER refuse_boom BEFORE INSERT ON counter_readings WHEN NEW.name = 'boom'"
                                 " BEGIN SELECT RAISE(ABORT, 'forced failure for the test'); END")),
                 QString());
        auto bad = printer(2, 60, 3);
        bad.counters.append({QStringLiteral("boom"), 1, QString(), QString()});
        QMetaObject::invokeMethod(m_writer, "writePollResults", Qt::QueuedConnection,
                                  Q_ARG(QList<Printwatch::Core::PollResult>,
                                        (QList<Core::PollResult>{printer(0, 60, 2), printer(1, 60, 2), bad})));
        QTRY_COMPARE_WITH_TIMEOUT(m_errors.size(), 1, 10000);
        QVERIFY2(m_errors.at(0).contains(QLatin1String("forced failure for the test")), qPrintable(m_errors.at(0)));
        QVERIFY2(m_errors.at(0).contains(QLatin1String("rolled back")), qPrintable(m_errors.at(0)));
        QVERIFY2(m_errors.at(0).contains(bad.address), qPrintable(m_errors.at(0)));
        QCOMPARE(m_writer->commitCount(), 1);

        auto reader = Database::open(m_path);
        QVERIFY(reader.ok());
        PrinterRepository printers(*reader);
        // Nothing of the batch: no new device, no new counter, no log row, device 1 unchanged.
        auto rows = printers.summaries();
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).totalPages, std::optional<qint64>(1));
        QCOMPARE(printers.counterHistory(1)->size(), 1);
        QCOMPARE(printers.pollLog()->size(), 1);

        // The writer carries on with the next batch.
        QCOMPARE(TestUtil::runStatement(m_path, QStringLiteral("DROP TRIGGER refuse_boom")), QString());
        QMetaObject::invokeMethod(m_writer, "writePollResult", Qt::QueuedConnection,
                                  Q_ARG(Printwatch::Core::PollResult, printer(1, 120, 5)));
        QTRY_COMPARE_WITH_TIMEOUT(m_commits, 2, 10000);
        QCOMPARE(printers.summaries()->size(), 2);
    }

    void openFailureIsReported()
    {
        const QString junk = m_dir->filePath(QStringLiteral("junk.bin"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QMetaObject::invokeMethod(m_writer, "open", Qt::QueuedConnection, Q_ARG(QString, junk));
        QTRY_COMPARE_WITH_TIMEOUT(m_errors.size(), 1, 10000);
        QVERIFY2(m_errors.at(0).contains(junk), qPrintable(m_errors.at(0)));
        QVERIFY2(m_errors.at(0).contains(QLatin1String("not a SQLite database")), qPrintable(m_errors.at(0)));
        // Results sent to a writer without a database are reported, not silently dropped.
        QMetaObject::invokeMethod(m_writer, "writePollResult", Qt::QueuedConnection,
                                  Q_ARG(Printwatch::Core::PollResult, printer(0, 0, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(m_errors.size(), 2, 10000);
        QVERIFY2(m_errors.at(1).contains(QLatin1String("not open")), qPrintable(m_errors.at(1)));
    }

    void shutdownFlushesTheQueue()
    {
        QMetaObject::invokeMethod(
            m_writer, [w = m_writer] { w->setFlushInterval(60000); }, Qt::BlockingQueuedConnection);
        // Delivered (blocking) but still queued inside the writer behind a one-minute timer.
        QMetaObject::invokeMethod(m_writer, "writePollResult", Qt::BlockingQueuedConnection,
                                  Q_ARG(Printwatch::Core::PollResult, printer(3, 0, 7)));
        QCOMPARE(m_writer->writtenCount(), 0);
        m_thread->quit();
        QVERIFY(m_thread->wait(20000));
        auto reader = Database::open(m_path);
        QVERIFY(reader.ok());
        auto rows = PrinterRepository(*reader).summaries();
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).totalPages, std::optional<qint64>(7));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<QThread> m_thread;
    StorageWriter *m_writer = nullptr;
    bool m_opened = false;
    int m_commits = 0;
    int m_resultsCommitted = 0;
    QStringList m_errors;
    QSet<qint64> m_summaryIds;
    QList<Core::PrinterSummary> m_lastSummaries;
};

QTEST_GUILESS_MAIN(TestStorageWriter)
#include "tst_storagewriter.moc"
