// SPDX-License-Identifier: GPL-3.0-or-later
// Per-group action switches from the Users and permissions dialog, offscreen: an Administrator
// picks device group G in the dialog's selector and unticks Reboot; the switch is saved through
// the Authorizer (audited); Reboot is then disabled for a printer in G, the core refuses it when
// forced, and a printer outside G still reboots.
#include "simfixture.h"

#include "app/actionscontroller.h"
#include "models/printertablemodel.h"
#include "storage/accessrepository.h"
#include "storage/auditrepository.h"
#include "storage/printerrepository.h"
#include "views/mainwindow.h"
#include "views/printerspage.h"
#include "views/usersdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace Printwatch;
using namespace Printwatch::Actions;

class TestGroupSwitches : public QObject
{
    Q_OBJECT

    TestUtil::SimFixture m_sim;
    qint64 m_group = 0;
    std::unique_ptr<Models::PrinterTableModel> m_model;
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<App::ActionsController> m_controller;

    Storage::AuditRecord lastAudit() const { return Storage::AuditRepository(*m_sim.db).entries()->last(); }

    // Selects the table row of `deviceId` (the view sorts, so rows are looked up).
    void selectDevice(qint64 deviceId)
    {
        QTableView *table = m_window->printersPage()->tableView();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            table->clearSelection();
            table->selectRow(row);
            if (m_window->printersPage()->selectedDeviceIds() == QList<qint64>{deviceId})
                return;
        }
        QFAIL("device not in the table");
    }

    QList<ActionResult> forceReboot()
    {
        QAction *reboot = m_controller->menuAction(Auth::Action::Reboot);
        const bool was = reboot->isEnabled();
        QSignalSpy finished(m_controller.get(), &App::ActionsController::actionFinished);
        reboot->setEnabled(true);
        reboot->trigger();
        reboot->setEnabled(was);
        if (!finished.wait(60000))
            return {};
        return finished.first().at(1).value<QList<ActionResult>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString failed = m_sim.start(2);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        Storage::AccessRepository access(*m_sim.db);
        auto group = access.addGroup(QStringLiteral("Floor 3"));
        QVERIFY2(group.ok(), qPrintable(group.error()));
        m_group = group.value();
        QVERIFY(access.setGroupDevices(m_group, {m_sim.deviceIds[0]}).ok());

        m_model = std::make_unique<Models::PrinterTableModel>();
        m_model->setSummaries(Storage::PrinterRepository(*m_sim.db).summaries().value());
        m_window = std::make_unique<Views::MainWindow>(m_model.get());
        m_window->show();
        App::ActionsController::Options options;
        options.databasePath = m_sim.path();
        options.settings = m_sim.settings();
        options.settings.rebootWaitSeconds = 20;
        options.lockMinutes = 0;
        options.showLogin = false;
        m_controller = std::make_unique<App::ActionsController>(m_window.get(), m_model.get(), options);
        m_controller->setConfirmer([](const QString &) { return true; });
        QSignalSpy opened(m_controller.get(), &App::ActionsController::opened);
        m_controller->start();
        QVERIFY(opened.wait(10000));
        QSignalSpy changed(m_controller.get(), &App::ActionsController::sessionChanged);
        m_controller->login(QStringLiteral("alice"), TestUtil::kAdminPassword);
        QVERIFY(changed.wait(10000));
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
    }

    void switchRebootOffForOneGroupInTheDialog()
    {
        auto *usersAction = m_window->findChild<QAction *>(QStringLiteral("usersAction"));
        QVERIFY(usersAction && usersAction->isEnabled());
        usersAction->trigger();
        Views::UsersDialog *dialog = m_controller->usersDialog();
        QVERIFY(dialog);
        auto *groups = dialog->findChild<QComboBox *>(QStringLiteral("switchGroup"));
        QVERIFY(groups);
        QTRY_COMPARE_WITH_TIMEOUT(groups->count(), 2, 10000);
        QCOMPARE(groups->itemData(0).toLongLong(), 0); // "All printers (fleet-wide)" first
        QVERIFY(groups->itemText(1).contains(QLatin1String("Floor 3")));
        groups->setCurrentIndex(1);
        auto *reboot = dialog->findChild<QCheckBox *>(QStringLiteral("switch-reboot"));
        QVERIFY(reboot && reboot->isChecked());
        reboot->click();
        QTRY_VERIFY_WITH_TIMEOUT(lastAudit().action == QLatin1String("switch-action"), 10000);
        QVERIFY2(lastAudit().target.contains(QString::number(m_group)), qPrintable(lastAudit().target));
        QCOMPARE(lastAudit().result, QStringLiteral("ok"));
        // Fleet-wide it is still on.
        groups->setCurrentIndex(0);
        QVERIFY(reboot->isChecked());
        groups->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!reboot->isChecked(), 10000);
        dialog->close();
    }

    void rebootDisabledAndRefusedInTheGroup()
    {
        selectDevice(m_sim.deviceIds[0]);
        QAction *reboot = m_controller->menuAction(Auth::Action::Reboot);
        QTRY_VERIFY_WITH_TIMEOUT(!reboot->isEnabled(), 10000);
        QVERIFY(!m_controller->contextAction(Auth::Action::Reboot)->isEnabled());
        QVERIFY(!m_controller->shortcut(Auth::Action::Reboot)->isEnabled());
        QVERIFY2(reboot->toolTip().contains(QLatin1String("switched this off")), qPrintable(reboot->toolTip()));
        QVERIFY(m_controller->menuAction(Auth::Action::RefreshStatus)->isEnabled()); // only Reboot
        const QList<ActionResult> results = forceReboot();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, Outcome::Refused);
        QVERIFY2(results.first().message.contains(QLatin1String("switched off")), qPrintable(results.first().message));
        QCOMPARE(lastAudit().result, QStringLiteral("refused"));
        m_controller->lastProgressDialog()->close();
    }

    void rebootStillWorksOutsideTheGroup()
    {
        selectDevice(m_sim.deviceIds[1]);
        QAction *reboot = m_controller->menuAction(Auth::Action::Reboot);
        QTRY_VERIFY_WITH_TIMEOUT(reboot->isEnabled(), 10000);
        QSignalSpy finished(m_controller.get(), &App::ActionsController::actionFinished);
        reboot->trigger();
        QVERIFY(finished.wait(60000));
        const auto results = finished.first().at(1).value<QList<ActionResult>>();
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().outcome == Outcome::Ok, qPrintable(results.first().message));
        QCOMPARE(lastAudit().result, QStringLiteral("ok"));
        m_controller->lastProgressDialog()->close();
    }
};

QTEST_MAIN(TestGroupSwitches)
#include "tst_groupswitches.moc"
