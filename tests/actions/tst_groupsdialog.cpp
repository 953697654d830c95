// SPDX-License-Identifier: GPL-3.0-or-later
// Device group management in the GUI, offscreen: an Administrator creates, renames and deletes a
// group in Actions → Device groups…, picks its printers and users, and adds a printer selection
// from the Printers context menu ("Add to group…"); every change is stored through AuthService and
// audited. A Power user gets the entries disabled, and a forced request is refused and audited.
#include "../auth/authtestutil.h"

#include "app/actionscontroller.h"
#include "models/printertablemodel.h"
#include "storage/accessrepository.h"
#include "storage/auditrepository.h"
#include "storage/printerrepository.h"
#include "views/groupsdialog.h"
#include "views/mainwindow.h"
#include "views/printerspage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

using namespace Printwatch;

class TestGroupsDialog : public QObject
{
    Q_OBJECT

    TestUtil::AuthFixture m_fixture;
    QList<qint64> m_devices;
    std::unique_ptr<Models::PrinterTableModel> m_model;
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<App::ActionsController> m_controller;

    Storage::AuditRecord lastAudit() const
    {
        const auto entries = Storage::AuditRepository(*m_fixture.db).entries();
        return entries->last();
    }

    std::optional<Storage::DeviceGroupRecord> group(const QString &name) const
    {
        const auto groups = Storage::AccessRepository(*m_fixture.db).groups();
        for (const Storage::DeviceGroupRecord &g : groups.value()) {
            if (g.name == name)
                return g;
        }
        return std::nullopt;
    }

    QList<qint64> groupsOf(const QString &user) const
    {
        const auto found = Storage::AccessRepository(*m_fixture.db).user(user);
        return found.value()->groupIds;
    }

    void logIn(const QString &name, const QString &password)
    {
        QSignalSpy changed(m_controller.get(), &App::ActionsController::sessionChanged);
        m_controller->login(name, password);
        QVERIFY(changed.wait(10000));
    }

    template <class T> T *child(const char *name) const
    {
        return m_controller->groupsDialog() ? m_controller->groupsDialog()->findChild<T *>(QLatin1String(name)) : nullptr;
    }

    void check(QListWidget *list, const QString &textStart, bool on)
    {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().startsWith(textStart)) {
                list->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no item %1").arg(textStart)));
    }

    QString message() const { return child<QLabel>("groupsMessage")->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_fixture.setUp().isEmpty());
        for (int n = 0; n < 3; ++n)
            m_devices << m_fixture.addDevice(QStringLiteral("127.0.67.%1").arg(n + 1), 161,
                                             QStringLiteral("printer-%1").arg(n));
        m_model = std::make_unique<Models::PrinterTableModel>();
        m_model->setSummaries(Storage::PrinterRepository(*m_fixture.db).summaries().value());
        QCOMPARE(m_model->rowCount(), 3);
        m_window = std::make_unique<Views::MainWindow>(m_model.get());
        m_window->show();
        App::ActionsController::Options options;
        options.databasePath = m_fixture.path();
        options.lockMinutes = 0;
        options.showLogin = false;
        m_controller = std::make_unique<App::ActionsController>(m_window.get(), m_model.get(), options);
        QSignalSpy opened(m_controller.get(), &App::ActionsController::opened);
        m_controller->start();
        QVERIFY(opened.wait(10000));
        logIn(QStringLiteral("alice"), TestUtil::kAdminPassword);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
    }

    void anAdministratorCreatesAGroupWithPrintersAndUsers()
    {
        QAction *groups = m_controller->groupsAction();
        QVERIFY(groups && groups->isEnabled());
        groups->trigger();
        QVERIFY(m_controller->groupsDialog());
        QSignalSpy access(m_controller.get(), &App::ActionsController::accessChanged);

        child<QLineEdit>("groupName")->setText(QStringLiteral("Office"));
        child<QPushButton>("addGroupButton")->click();
        auto *list = child<QListWidget>("groupList");
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 10000);
        QVERIFY(group(QStringLiteral("Office")));
        QTRY_COMPARE_WITH_TIMEOUT(lastAudit().action, QStringLiteral("group-add"), 10000);
        QCOMPARE(lastAudit().result, QStringLiteral("ok"));
        QCOMPARE(lastAudit().user, QStringLiteral("alice"));

        auto *printers = child<QListWidget>("groupPrinters");
        QTRY_COMPARE_WITH_TIMEOUT(printers->count(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(printers->item(0)->flags() & Qt::ItemIsUserCheckable, 10000);
        check(printers, QStringLiteral("printer-0"), true);
        check(printers, QStringLiteral("printer-1"), true);
        child<QPushButton>("saveGroupPrintersButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(group(QStringLiteral("Office"))->deviceIds.size(), 2, 10000);
        const QList<qint64> members = group(QStringLiteral("Office"))->deviceIds;
        QCOMPARE(QSet<qint64>(members.cbegin(), members.cend()), (QSet<qint64>{m_devices[0], m_devices[1]}));
        QTRY_COMPARE_WITH_TIMEOUT(lastAudit().action, QStringLiteral("group-devices"), 10000);

        auto *users = child<QListWidget>("groupUsers");
        QTRY_COMPARE_WITH_TIMEOUT(users->count(), 3, 10000);
        check(users, QStringLiteral("vic"), true);
        child<QPushButton>("saveGroupUsersButton")->click();
        const qint64 office = group(QStringLiteral("Office"))->id;
        QTRY_COMPARE_WITH_TIMEOUT(groupsOf(QStringLiteral("vic")), QList<qint64>{office}, 10000);
        const auto vic = Storage::AccessRepository(*m_fixture.db).user(QStringLiteral("vic"));
        QVERIFY(!vic.value()->allDevices);
        QTRY_COMPARE_WITH_TIMEOUT(lastAudit().action, QStringLiteral("set-groups"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(access.count() >= 3, 10000); // each change asks to re-read visibility

        child<QLineEdit>("groupName")->setText(QStringLiteral("Front office"));
        child<QPushButton>("renameGroupButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(group(QStringLiteral("Front office")).has_value(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(lastAudit().action, QStringLiteral("group-rename"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list->item(0)->text(), QStringLiteral("Front office"), 10000);

        // The users dialog names vic's group, not "1 group"; Administrators see "all".
        auto *usersAction = m_window->findChild<QAction *>(QStringLiteral("usersAction"));
        QVERIFY(usersAction && usersAction->isEnabled());
        usersAction->trigger();
        QVERIFY(m_controller->usersDialog());
        auto *table = m_controller->usersDialog()->findChild<QTableWidget *>(QStringLiteral("usersTable"));
        QVERIFY(table);
        const auto printersOf = [table](const QString &user) {
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->item(row, 0) && table->item(row, 0)->text() == user)
                    return table->item(row, 2) ? table->item(row, 2)->text() : QString();
            return QStringLiteral("<no row>");
        };
        QTRY_COMPARE_WITH_TIMEOUT(printersOf(QStringLiteral("vic")), QStringLiteral("Front office"), 10000);
        QCOMPARE(printersOf(QStringLiteral("alice")), QStringLiteral("all"));
        m_controller->usersDialog()->close();
    }

    void addToGroupFromThePrintersContextMenu()
    {
        QTableView *table = m_window->printersPage()->tableView();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            table->clearSelection();
            table->selectRow(row);
            if (m_window->printersPage()->selectedDeviceIds() == QList<qint64>{m_devices[2]})
                break;
        }
        QCOMPARE(m_window->printersPage()->selectedDeviceIds(), QList<qint64>{m_devices[2]});
        QAction *add = m_controller->addToGroupAction();
        QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), 10000);
        QList<QPair<qint64, QString>> offered;
        m_controller->administration()->setGroupChooser([&offered](const QList<QPair<qint64, QString>> &groups) {
            offered = groups;
            return groups.isEmpty() ? std::optional<qint64>() : std::optional<qint64>(groups.first().first);
        });
        add->trigger();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first().second, QStringLiteral("Front office"));
        QTRY_COMPARE_WITH_TIMEOUT(group(QStringLiteral("Front office"))->deviceIds.size(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(lastAudit().action, QStringLiteral("group-add-devices"), 10000);
        QCOMPARE(lastAudit().result, QStringLiteral("ok"));
    }

    void deletingTheGroupTakesItsMembersAlong()
    {
        m_controller->groupsDialog()->setConfirmer([](const QString &) { return true; });
        child<QPushButton>("removeGroupButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!group(QStringLiteral("Front office")).has_value(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(lastAudit().action, QStringLiteral("group-remove"), 10000);
        QVERIFY(groupsOf(QStringLiteral("vic")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(child<QListWidget>("groupList")->count(), 0, 10000);
    }

    void aPowerUserIsRefusedBelowTheGui()
    {
        m_controller->groupsDialog()->close();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->groupsDialog(), 10000); // deleted on close
        m_controller->logout();
        logIn(QStringLiteral("pat"), TestUtil::kPowerPassword);
        QVERIFY(!m_controller->groupsAction()->isEnabled());
        QVERIFY(!m_controller->addToGroupAction()->isEnabled());
        // Forced open: the list is refused, and so is a new group.
        m_controller->administration()->openGroups();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->groupsDialog() && message().startsWith(QLatin1String("Refused")), 10000);
        child<QLineEdit>("groupName")->setText(QStringLiteral("Sneaky"));
        child<QPushButton>("addGroupButton")->click();
        // The refused add, then the refused reload of the list: both audited.
        const auto refusedAdd = [this] {
            const auto entries = Storage::AuditRepository(*m_fixture.db).entries();
            return std::any_of(entries->cbegin(), entries->cend(), [](const Storage::AuditRecord &r) {
                return r.action == QLatin1String("group-add") && r.user == QLatin1String("pat")
                       && r.result == QLatin1String("refused") && r.target == QLatin1String("Sneaky");
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(refusedAdd(), 10000);
        QVERIFY(!group(QStringLiteral("Sneaky")).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(message().contains(QLatin1String("only an Administrator")), 10000);
    }
};

QTEST_MAIN(TestGroupsDialog)
#include "tst_groupsdialog.moc"
