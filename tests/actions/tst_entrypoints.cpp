// SPDX-License-Identifier: GPL-3.0-or-later
// Three roles x every printer action x every entry point (Actions menu, the printers' context menu,
// the keyboard shortcut, printwatch-cli): allowed where the matrix says, refused with a clear
// message otherwise, one audit row either way. In the GUI a refused action is disabled; the test
// forces it anyway, and the core below the GUI refuses it.
#include "simfixture.h"

#include "app/actionscontroller.h"
#include "models/printertablemodel.h"
#include "storage/auditrepository.h"
#include "storage/printerrepository.h"
#include "views/mainwindow.h"
#include "views/printerspage.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QFile>
#include <QProcess>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace Printwatch;
using namespace Printwatch::Actions;

namespace {
const char *const kRoles[] = {"admin", "power", "viewer"};
} // namespace

class TestEntryPoints : public QObject
{
    Q_OBJECT

    TestUtil::SimFixture m_sim;
    QTemporaryDir m_dir;
    QString m_firmware;
    std::unique_ptr<Models::PrinterTableModel> m_model;
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<App::ActionsController> m_controller;

    static QString userOf(int role) { return QStringList{QStringLiteral("alice"), QStringLiteral("pat"), QStringLiteral("vic")}[role]; }
    static QString passwordOf(int role)
    {
        return QStringList{TestUtil::kAdminPassword, TestUtil::kPowerPassword, TestUtil::kViewerPassword}[role];
    }
    static Auth::Role roleOf(int role)
    {
        return role == 0 ? Auth::Role::Administrator : role == 1 ? Auth::Role::PowerUser : Auth::Role::Viewer;
    }

    // A new version each time: an upgrade that does not change the version is a failure.
    QString nextFirmware()
    {
        static int serial = 0;
        m_firmware = m_dir.filePath(QStringLiteral("fw-%1.bin").arg(++serial));
        QFile file(m_firmware);
        if (file.open(QIODevice::WriteOnly))
            file.write(Sim::JobSink::makeFirmware("2.0." + QByteArray::number(serial), QByteArray(64 * 1024, 'f')));
        return m_firmware;
    }

    Storage::AuditRecord lastAudit() const { return Storage::AuditRepository(*m_sim.db).entries()->last(); }
    int auditCount() const { return int(Storage::AuditRepository(*m_sim.db).entries()->size()); }

    void logIn(int role)
    {
        QSignalSpy changed(m_controller.get(), &App::ActionsController::sessionChanged);
        m_controller->login(userOf(role), passwordOf(role));
        QVERIFY(changed.wait(10000));
        QCOMPARE(m_controller->session().userName, userOf(role));
    }

    void select(int row)
    {
        QTableView *table = m_window->printersPage()->tableView();
        table->clearSelection();
        table->selectRow(row);
        QCOMPARE(m_window->printersPage()->selectedDeviceIds().size(), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PRINTWATCH_NO_BROWSER", "1");
        QVERIFY(m_dir.isValid());
        const QString failed = m_sim.start(2);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        m_model = std::make_unique<Models::PrinterTableModel>();
        m_model->setSummaries(Storage::PrinterRepository(*m_sim.db).summaries().value());
        QCOMPARE(m_model->rowCount(), 2);
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
        m_controller->setFirmwareChooser([this] { return nextFirmware(); });
        m_controller->setProtocolChooser([] { return std::optional<TestPageProtocol>(TestPageProtocol::Raw9100); });
        QSignalSpy opened(m_controller.get(), &App::ActionsController::opened);
        m_controller->start();
        QVERIFY(opened.wait(10000));
        QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
    }

    void nothingBeforeLogin()
    {
        for (Auth::Action action : Auth::PrinterActions) {
            QVERIFY(!m_controller->menuAction(action)->isEnabled());
            QVERIFY(!m_controller->contextAction(action)->isEnabled());
            QVERIFY(!m_controller->shortcut(action)->isEnabled());
        }
    }

    void discoveryNeedsALogin()
    {
        auto *discover = m_window->findChild<QAction *>(QStringLiteral("discoverAction"));
        QVERIFY(discover);
        QVERIFY(!discover->isEnabled());
        QVERIFY(!m_controller->mayDiscover());
        const int before = auditCount();
        auto started = m_controller->authorizeDiscovery(QStringLiteral("127.0.0.0/29"), QStringLiteral("test"));
        QVERIFY(!started.ok());
        QVERIFY2(started.error().contains(QLatin1String("logged-in user")), qPrintable(started.error()));
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(lastAudit().result, QStringLiteral("refused"));
    }

    // Run discovery: Administrator and Power user, not Viewer. The Discover action is disabled for a
    // Viewer; forced anyway (the app's startDiscovery asks exactly this before every scan, manual or
    // scheduled), the core refuses it; one audit row either way.
    void discovery_data()
    {
        QTest::addColumn<int>("role");
        for (int role = 0; role < 3; ++role)
            QTest::addRow("%s", kRoles[role]) << role;
    }

    void discovery()
    {
        QFETCH(int, role);
        logIn(role);
        const bool allowed = role != 2;
        auto *discover = m_window->findChild<QAction *>(QStringLiteral("discoverAction"));
        QVERIFY(discover);
        QCOMPARE(discover->isEnabled(), allowed);
        QCOMPARE(m_controller->mayDiscover(), allowed);
        const QString targets = QStringLiteral("127.0.0.0/29");
        const int before = auditCount();
        auto started = m_controller->authorizeDiscovery(targets, QStringLiteral("discovery dialog"));
        QCOMPARE(started.ok(), allowed);
        QCOMPARE(auditCount(), before + 1);
        const Storage::AuditRecord row = lastAudit();
        QCOMPARE(row.action, QStringLiteral("discover"));
        QCOMPARE(row.user, userOf(role));
        QCOMPARE(row.target, targets);
        QCOMPARE(row.result, allowed ? QStringLiteral("ok") : QStringLiteral("refused"));
        QVERIFY2(row.detail.contains(QLatin1String("discovery dialog")), qPrintable(row.detail));
        if (!allowed) {
            QVERIFY2(started.error().startsWith(QLatin1String("Refused")), qPrintable(started.error()));
            QVERIFY2(started.error().contains(userOf(role)), qPrintable(started.error()));
        }
    }

    void gui_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("entry");
        for (int role = 0; role < 3; ++role)
            for (Auth::Action action : Auth::PrinterActions)
                for (const char *entry : {"menu", "context-menu", "shortcut"})
                    QTest::addRow("%s %s %s", kRoles[role], qPrintable(Auth::actionKey(action)), entry)
                        << role << int(action) << QString::fromLatin1(entry);
    }

    void gui()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(QString, entry);
        const auto a = Auth::Action(action);
        const bool allowed = Auth::roleAllows(roleOf(role), a);
        if (m_controller->session().userName != userOf(role))
            logIn(role);
        select(1);
        const qint64 device = m_window->printersPage()->selectedDeviceIds().first();

        // The GUI shows what the role may do...
        QAction *menu = m_controller->menuAction(a);
        QAction *context = m_controller->contextAction(a);
        QShortcut *shortcut = m_controller->shortcut(a);
        QCOMPARE(menu->isEnabled(), allowed);
        QCOMPARE(context->isEnabled(), allowed);
        QCOMPARE(shortcut->isEnabled(), allowed);

        // ...and the core decides, even when the disabled entry is forced.
        const int before = auditCount();
        QSignalSpy finished(m_controller.get(), &App::ActionsController::actionFinished);
        if (entry == QLatin1String("menu")) {
            menu->setEnabled(true);
            menu->trigger();
            menu->setEnabled(allowed);
        } else if (entry == QLatin1String("context-menu")) {
            context->setEnabled(true);
            context->trigger();
            context->setEnabled(allowed);
        } else {
            Q_EMIT shortcut->activated();
        }
        QVERIFY(finished.wait(60000));
        const auto results = finished.first().at(1).value<QList<ActionResult>>();
        QCOMPARE(results.size(), 1);
        if (allowed) {
            QVERIFY2(results.first().outcome == Outcome::Ok, qPrintable(results.first().message));
        } else {
            QCOMPARE(results.first().outcome, Outcome::Refused);
            QVERIFY2(results.first().message.startsWith(QLatin1String("Refused: ") + userOf(role)),
                     qPrintable(results.first().message));
        }
        QVERIFY(m_controller->lastProgressDialog());
        QCOMPARE(m_controller->lastProgressDialog()->outcomeOf(device), outcomeText(results.first().outcome));
        QCOMPARE(auditCount(), before + 1);
        const Storage::AuditRecord row = lastAudit();
        QCOMPARE(row.user, userOf(role));
        QCOMPARE(row.action, Auth::actionKey(a));
        QCOMPARE(row.deviceId, std::optional<qint64>(device));
        QCOMPARE(row.result, allowed ? QStringLiteral("ok") : QStringLiteral("refused"));
        QVERIFY2(row.detail.startsWith(QStringLiteral("via %1:").arg(entry)), qPrintable(row.detail));
        m_controller->lastProgressDialog()->close();
    }

    void cli_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        for (int role = 0; role < 3; ++role)
            for (Auth::Action action : Auth::PrinterActions)
                QTest::addRow("%s %s", kRoles[role], qPrintable(Auth::actionKey(action))) << role << int(action);
    }

    void cli()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        const auto a = Auth::Action(action);
        const bool allowed = Auth::roleAllows(roleOf(role), a);
        const QString passwordFile = m_dir.filePath(QStringLiteral("pw-%1").arg(role));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(passwordOf(role).toUtf8() + '\n');
        file.close();
        const ActionSettings s = m_sim.settings();
        QStringList args{QStringLiteral("action"), Auth::actionKey(a), m_sim.addresses[0],
                         QStringLiteral("--db"), m_sim.path(), QStringLiteral("--user"), userOf(role),
                         QStringLiteral("--password-file"), passwordFile, QStringLiteral("--snmp-port"),
                         QString::number(s.readCredential.port), QStringLiteral("--raw-port"), QString::number(s.rawPort),
                         QStringLiteral("--lpr-port"), QString::number(s.lprPort), QStringLiteral("--wait"),
                         QStringLiteral("20"), QStringLiteral("--no-keychain"), QStringLiteral("--format"),
                         QStringLiteral("json")};
        if (a == Auth::Action::UpgradeFirmware)
            args << QStringLiteral("--firmware") << nextFirmware();
        const int before = auditCount();
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRINTWATCH_TEST_HASH"), QStringLiteral("minimal"));
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("PRINTWATCH_CLI"), args);
        QVERIFY(cli.waitForFinished(90000));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == (allowed ? 0 : 1), QByteArray(out + cli.readAllStandardError()).constData());
        QVERIFY2(out.contains(allowed ? "\"outcome\": \"ok\"" : "\"outcome\": \"refused\""), out.constData());
        // One login row and one action row.
        QCOMPARE(auditCount(), before + 2);
        const Storage::AuditRecord row = lastAudit();
        QCOMPARE(row.user, userOf(role));
        QCOMPARE(row.action, Auth::actionKey(a));
        QCOMPARE(row.result, allowed ? QStringLiteral("ok") : QStringLiteral("refused"));
        QVERIFY2(row.detail.startsWith(QLatin1String("via cli:")), qPrintable(row.detail));
    }

    void idleLockNeedsTheSameUser()
    {
        logIn(0);
        m_controller->lock();
        QVERIFY(!m_controller->menuAction(Auth::Action::RefreshStatus)->isEnabled());
        QVERIFY(!m_window->menuBar()->isEnabled());
        QTRY_VERIFY(m_controller->loginDialog() && m_controller->loginDialog()->isVisible());
        QCOMPARE(m_controller->loginDialog()->mode(), Views::LoginDialog::Mode::Unlock);
        // Another user's correct password does not unlock alice's session.
        m_controller->login(userOf(2), passwordOf(2));
        QTest::qWait(300); // no signal to wait for: the refusal is shown in the dialog
        QVERIFY(!m_controller->menuAction(Auth::Action::RefreshStatus)->isEnabled());
        QSignalSpy changed(m_controller.get(), &App::ActionsController::sessionChanged);
        m_controller->login(userOf(0), passwordOf(0));
        QVERIFY(changed.wait(10000));
        QVERIFY(m_controller->menuAction(Auth::Action::RefreshStatus)->isEnabled());
        QVERIFY(m_window->menuBar()->isEnabled());
    }

    void administratorManagesUsersAndSwitchesActions()
    {
        logIn(0);
        auto *usersAction = m_window->findChild<QAction *>(QStringLiteral("usersAction"));
        QVERIFY(usersAction && usersAction->isEnabled());
        usersAction->trigger();
        QVERIFY(m_controller->usersDialog());
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->usersDialog()->userCount(), 3, 10000);
        Q_EMIT m_controller->usersDialog()->addRequested(QStringLiteral("newbie"), QStringLiteral("viewer"),
                                                         QStringLiteral("newbie-pass-1"));
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->usersDialog()->userCount(), 4, 10000);

        // Reboot switched off fleet-wide: refused even for an Administrator, and audited.
        Q_EMIT m_controller->usersDialog()->actionSwitchChanged(QStringLiteral("reboot"), false);
        QTRY_VERIFY_WITH_TIMEOUT(lastAudit().action == QLatin1String("switch-action"), 10000);
        select(0);
        // The GUI greys it out; forced anyway, the core refuses.
        QAction *reboot = m_controller->menuAction(Auth::Action::Reboot);
        QTRY_VERIFY_WITH_TIMEOUT(!reboot->isEnabled(), 10000);
        QSignalSpy finished(m_controller.get(), &App::ActionsController::actionFinished);
        reboot->setEnabled(true);
        reboot->trigger();
        QVERIFY(finished.wait(20000));
        const auto results = finished.first().at(1).value<QList<ActionResult>>();
        QCOMPARE(results.first().outcome, Outcome::Refused);
        QVERIFY2(results.first().message.contains(QLatin1String("switched off")), qPrintable(results.first().message));
        QCOMPARE(lastAudit().result, QStringLiteral("refused"));
        Q_EMIT m_controller->usersDialog()->actionSwitchChanged(QStringLiteral("reboot"), true);
        QTRY_VERIFY_WITH_TIMEOUT(lastAudit().detail == QLatin1String("reboot on"), 10000);
        m_controller->usersDialog()->close();
    }

    // The Settings page's default community reads the printers no credential set covers, as the
    // poller reads them: a wrong one gets no answer (it is not swapped for the built-in "public"),
    // the fleet's own one does.
    void defaultCommunityReadsUncoveredPrinters()
    {
        if (m_controller->session().userName != userOf(0))
            logIn(0);
        select(0);
        const auto refresh = [this] {
            QSignalSpy finished(m_controller.get(), &App::ActionsController::actionFinished);
            m_controller->menuAction(Auth::Action::RefreshStatus)->trigger();
            const bool done = finished.wait(60000);
            m_controller->lastProgressDialog()->close();
            return done ? finished.first().at(1).value<QList<ActionResult>>() : QList<ActionResult>{};
        };
        Core::SnmpCredential defaults = m_sim.settings().readCredential;
        defaults.community = QStringLiteral("not-the-fleets");
        m_controller->setCredentials(defaults, {});
        const auto wrong = refresh();
        QCOMPARE(wrong.size(), 1);
        QVERIFY2(wrong.first().outcome == Outcome::Failed, qPrintable(wrong.first().message));
        QVERIFY2(wrong.first().message.contains(QLatin1String("did not answer")), qPrintable(wrong.first().message));

        defaults.community = Sim::FleetConfig().community; // what SimFixture starts the fleet with
        m_controller->setCredentials(defaults, {});
        const auto right = refresh();
        QCOMPARE(right.size(), 1);
        QVERIFY2(right.first().outcome == Outcome::Ok, qPrintable(right.first().message));
    }

    void auditChainStillVerifies()
    {
        auto verdict = Storage::AuditRepository(*m_sim.db).verify();
        QVERIFY(verdict.ok());
        QVERIFY2(verdict->intact, qPrintable(verdict->problem));
        QVERIFY(verdict->rowsChecked > 3 * 6 * 4);
    }
};

QTEST_MAIN(TestEntryPoints)
#include "tst_entrypoints.moc"
