// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/alerttablemodel.h"
#include "viewtestutil.h"
#include "views/alertspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace Printwatch;
using Models::AlertTableModel;

class TestAlertsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settings = ViewTest::isolateSettings(); }

    void presetsAndSearch()
    {
        AlertTableModel model;
        model.setRows({TestRows::alertRow(1, 1, 3, 8), TestRows::alertRow(2, 1, 4, 1104),
                       TestRows::alertRow(3, 2, 3, 1101, false), TestRows::alertRow(4, 3, 4, 807)});
        Views::AlertsPage page(&model);
        QAbstractItemModel *shown = page.tableView()->model();
        QCOMPARE(shown->rowCount(), 3); // open ones
        // Critical first.
        QCOMPARE(shown->index(0, AlertTableModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
        page.setPreset(1);
        QCOMPARE(shown->rowCount(), 1);
        page.setPreset(2);
        QCOMPARE(shown->rowCount(), 4);
        QTest::keyClicks(page.searchField(), QStringLiteral("toner"));
        QCOMPARE(shown->rowCount(), 2); // "Toner low", "Toner empty"
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QLatin1Char('2')));
    }

    // When an alert was raised is read whole (it was cut to "24 Nov 2026 17:0..." under LANG=C),
    // in every locale's short format.
    void timesFitTheirColumns()
    {
        for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedKingdom),
                                      QLocale(QLocale::NorwegianBokmal, QLocale::Norway)}) {
            QLocale::setDefault(locale);
            AlertTableModel model;
            Storage::FleetAlertRow row = TestRows::alertRow(1, 1, 3, 8, false);
            row.record.raisedAt = QDateTime(QDate(2026, 11, 24), QTime(17, 9, 16)); // wide digits, two-digit day
            row.record.clearedAt = QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58));
            model.setRows({row});
            Views::AlertsPage page(&model);
            page.setPreset(2); // all alerts: this one is cleared
            QTableView *table = page.tableView();
            const QModelIndex raised = table->model()->index(0, AlertTableModel::RaisedColumn);
            const QModelIndex cleared = table->model()->index(0, AlertTableModel::ClearedColumn);
            const int margins = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 2;
            for (const QModelIndex &cell : {raised, cleared}) {
                const QString text = cell.data().toString();
                QVERIFY2(!text.isEmpty(), qPrintable(locale.name()));
                QVERIFY2(table->columnWidth(cell.column()) >= table->fontMetrics().horizontalAdvance(text) + margins,
                         qPrintable(u"%1: \"%2\" in %3 px"_qs.arg(locale.name(), text).arg(table->columnWidth(cell.column()))));
            }
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
