// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventlog.h"
#include "models/eventlogmodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <vector>

using namespace Printwatch;
using Models::EventLogModel;
using Models::EventSeverity;

class TestEventLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logFromManyThreadsArrivesBatchedAndWhole()
    {
        Models::EventLog log;
        EventLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&log, &Models::EventLog::entriesAdded, &model, &EventLogModel::append);
        QSignalSpy batches(&log, &Models::EventLog::entriesAdded);

        constexpr int kThreads = 4;
        constexpr int kEach = 500;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([&log, t] {
                for (int i = 0; i < kEach; ++i)
                    log.log(EventSeverity::Warning, QStringLiteral("Poll"), QStringLiteral("event %1/%2").arg(t).arg(i),
                            QStringLiteral("printer-%1").arg(t));
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kThreads * kEach, 10000);
        // Far fewer model inserts than entries: the queued delivery batches them.
        QVERIFY2(batches.count() < kThreads * kEach, qPrintable(QString::number(batches.count())));
        QVERIFY(model.entryAt(0).time.isValid());
    }

    void capDropsTheOldest()
    {
        EventLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(3);
        QList<Models::EventEntry> entries;
        for (int i = 0; i < 5; ++i) {
            Models::EventEntry entry;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.message = QString::number(i);
            entries.append(entry);
        }
        model.append(entries);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, EventLogModel::MessageColumn).data().toString(), QStringLiteral("2"));
    }

    void showsPlainTextAndSeverity()
    {
        EventLogModel model;
        Models::EventEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.severity = EventSeverity::Error;
        entry.printer = QStringLiteral("<b>x</b>");
        entry.message = QStringLiteral("<img src=x>\nsecond line");
        model.append({entry});
        QCOMPARE(model.index(0, EventLogModel::PrinterColumn).data().toString(), QStringLiteral("<b>x</b>"));
        QCOMPARE(model.index(0, EventLogModel::MessageColumn).data().toString(), QStringLiteral("<img src=x> second line"));
        QCOMPARE(model.index(0, EventLogModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QVERIFY(!model.index(0, EventLogModel::MessageColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("<img")));
        QCOMPARE(model.index(0, 0).data(Models::Roles::SeverityRole).toInt(), 2);
    }

    void timeFollowsTheChosenLanguage()
    {
        // Dates as on every other page (QLocale::setDefault follows the language setting), with seconds.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        EventLogModel model;
        Models::EventEntry entry;
        entry.time = QDateTime(QDate(2026, 11, 24), QTime(1, 55, 28));
        model.append({entry});
        const QString shown = model.index(0, EventLogModel::TimeColumn).data().toString();
        QLocale::setDefault(before);
        QCOMPARE(shown, QStringLiteral("24.11.2026 01:55:28"));
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
