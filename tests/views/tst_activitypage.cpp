// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventlogmodel.h"
#include "viewtestutil.h"
#include "views/activitypage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Printwatch;
using Models::EventLogModel;
using Models::EventSeverity;

class TestActivityPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settings = ViewTest::isolateSettings(); }

    void filtersBySeverityAndPrinterNewestFirst()
    {
        EventLogModel model;
        Views::ActivityPage page(&model);
        QList<Models::EventEntry> entries;
        const QList<std::pair<EventSeverity, QString>> made = {{EventSeverity::Info, QStringLiteral("lobby (127.0.0.5)")},
                                                               {EventSeverity::Warning, QStringLiteral("lobby (127.0.0.5)")},
                                                               {EventSeverity::Error, QStringLiteral("cellar (127.0.0.9)")},
                                                               {EventSeverity::Info, QStringLiteral("cellar (127.0.0.9)")}};
        for (qsizetype i = 0; i < made.size(); ++i) {
            Models::EventEntry entry;
            entry.time = TestRows::at(static_cast<int>(i));
            entry.severity = made.at(i).first;
            entry.printer = made.at(i).second;
            entry.message = QStringLiteral("event %1").arg(i);
            entries.append(entry);
        }
        model.append(entries);
        QAbstractItemModel *shown = page.tableView()->model();
        QCOMPARE(shown->rowCount(), 4);
        QCOMPARE(shown->index(0, EventLogModel::MessageColumn).data().toString(), QStringLiteral("event 3"));
        page.findChild<QComboBox *>(QStringLiteral("severityFilter"))->setCurrentIndex(1);
        QCOMPARE(shown->rowCount(), 2);
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("printerFilter")), QStringLiteral("127.0.0.9"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, EventLogModel::MessageColumn).data().toString(), QStringLiteral("event 2"));
        page.setMinimumSeverity(0);
        QCOMPARE(shown->rowCount(), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
