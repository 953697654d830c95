// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/alerttablemodel.h"
#include "viewtestutil.h"
#include "views/alertspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
