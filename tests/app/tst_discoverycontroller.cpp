// SPDX-License-Identifier: GPL-3.0-or-later
// DiscoveryController without Application: a simulated fleet on loopback (a community that is not
// "public"), the poller and discovery on a poller thread, the writer and reader on a storage thread,
// the console's pages and the actions controller with a real login. Scans go through the
// controller's entry points; what it did is read from the Discovery page, the audit and the database.
#include "../auth/authtestutil.h"
#include "appthreads.h"

#include "app/actionscontroller.h"
#include "app/consolecontroller.h"
#include "app/discoverycontroller.h"
#include "app/storagereader.h"
#include "core/targetlist.h"
#include "models/printertablemodel.h"
#include "sim/fleet.h"
#include "snmp/discovery.h"
#include "snmp/poller.h"
#include "storage/auditrepository.h"
#include "storage/printerrepository.h"
#include "storage/storagewriter.h"
#include "views/discoverydialog.h"
#include "views/discoverypage.h"
#include "views/mainwindow.h"

#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>
#include <QTreeWidget>

using namespace Printwatch;

namespace {
const QString kCommunity = QStringLiteral("dc-ro-41x");
} // namespace

class TestDiscoveryController final : public QObject
{
    Q_OBJECT

    TestUtil::AuthFixture m_auth;
    std::unique_ptr<Sim::Fleet> m_fleet;
    QString m_prefix; // "127.a.b."
    QThread m_storageThread;
    QThread m_pollerThread;
    Storage::StorageWriter *m_writer = nullptr;
    App::StorageReader *m_reader = nullptr;
    Snmp::Poller *m_poller = nullptr;
    Snmp::Discovery *m_discovery = nullptr;
    std::unique_ptr<Models::PrinterTableModel> m_printers;
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<App::ConsoleController> m_console;
    std::unique_ptr<App::ActionsController> m_actions;
    Core::SnmpCredential m_credential;
    QList<Core::CredentialSet> m_sets;
    std::unique_ptr<App::DiscoveryController> m_controller;

    Core::DiscoveryRequest request(const QString &community) const
    {
        Core::DiscoveryRequest r;
        r.targetsText = m_prefix + QStringLiteral("1-3");
        r.targets = Core::parseTargets(r.targetsText).value();
        r.credential.community = community;
        r.credential.port = m_fleet->port();
        r.credential.timeoutMs = 500;
        r.credential.retries = 1;
        return r;
    }

    static Core::CredentialSet set(const QString &scope, const QString &community)
    {
        Core::SnmpCredential credential;
        credential.community = community;
        return Core::CredentialSet{QStringLiteral("set ") + scope, {credential}, scope, std::nullopt};
    }

    Views::DiscoveryPage *page() const { return m_console->discoveryPage(); }

    // Printers the Discovery page lists once the scan started through `start` has finished
    // (the controller asks for the targets again then); -1 when it did not finish.
    int printersFound(const std::function<void()> &start)
    {
        QSignalSpy finished(m_controller.get(), &App::DiscoveryController::reloadTargetsRequested);
        start();
        if (!finished.wait(30000))
            return -1;
        int printers = 0;
        for (int i = 0; i < page()->results()->topLevelItemCount(); ++i)
            printers +=
                page()->results()->topLevelItem(i)->text(Views::DiscoveryPage::AddressColumn).startsWith(m_prefix);
        return printers;
    }

    QString scheduleText() const
    {
        for (const QLabel *label : page()->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("scheduled discovery")))
                return label->text();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString failed = m_auth.setUp();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        Sim::FleetConfig config;
        config.printerCount = 3;
        const quint32 r = QRandomGenerator::global()->bounded(1u << 16);
        m_prefix = QStringLiteral("127.%1.%2.").arg(100 + (r >> 8) % 100).arg(r & 0xff);
        config.firstAddress = m_prefix + QStringLiteral("1");
        config.community = kCommunity;
        config.seed = r;
        auto started = Sim::Fleet::start(config);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_fleet = std::move(started.value());

        TestUtil::startStorageThread(m_storageThread, m_auth.path(), m_writer, m_reader);
        TestUtil::startPollerThread(m_pollerThread, m_poller, m_discovery);
        QVERIFY(TestUtil::openWriter(m_writer, m_auth.path()));

        m_printers = std::make_unique<Models::PrinterTableModel>();
        m_window = std::make_unique<Views::MainWindow>(m_printers.get());
        m_console = std::make_unique<App::ConsoleController>(m_window.get(), m_printers.get(), m_reader, m_writer);
        App::ActionsController::Options options;
        options.databasePath = m_auth.path();
        options.lockMinutes = 0;
        options.showLogin = false;
        m_actions = std::make_unique<App::ActionsController>(m_window.get(), m_printers.get(), options);
        m_controller = std::make_unique<App::DiscoveryController>(App::DiscoveryParts{.window = m_window.get(),
                                                                                      .console = m_console.get(),
                                                                                      .actions = m_actions.get(),
                                                                                      .poller = m_poller,
                                                                                      .discovery = m_discovery,
                                                                                      .pollerThread = &m_pollerThread,
                                                                                      .writer = m_writer,
                                                                                      .credential = &m_credential,
                                                                                      .credentialSets = &m_sets});
        m_controller->updateDiscoveryControls();
        QSignalSpy actionsOpened(m_actions.get(), &App::ActionsController::opened);
        m_actions->start();
        QVERIFY(actionsOpened.wait(10000));
        m_window->show();
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_discovery, &Snmp::Discovery::cancel, Qt::BlockingQueuedConnection);
        m_pollerThread.quit();
        m_pollerThread.wait();
        QMetaObject::invokeMethod(m_writer, &Storage::StorageWriter::close, Qt::BlockingQueuedConnection);
        m_storageThread.quit();
        m_storageThread.wait();
        m_controller.reset();
        m_actions.reset();
        m_console.reset();
        m_window.reset();
        m_fleet->stop();
    }

    // Before a login: the page offers no scan, and a scan asked for anyway is refused below the
    // views, with an audit row, and nothing starts.
    void aScanNeedsALogin()
    {
        QVERIFY(!page()->scanAllowed());
        const auto before = Storage::AuditRepository(*m_auth.db).entries();
        QVERIFY2(before.ok(), qPrintable(before.error()));
        m_controller->startDiscovery(request(kCommunity), QStringLiteral("test"));
        QVERIFY(!page()->isRunning());
        const auto after = Storage::AuditRepository(*m_auth.db).entries();
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->size(), before->size() + 1);
        QCOMPARE(after->last().result, QStringLiteral("refused"));

        QSignalSpy changed(m_actions.get(), &App::ActionsController::sessionChanged);
        m_actions->login(QStringLiteral("alice"), TestUtil::kAdminPassword);
        QVERIFY(changed.wait(10000));
        QVERIFY(page()->scanAllowed());
    }

    // The stored sets are tried after the scan's own credential: a ranged set only when the scan
    // touches its range, a global set always. The scan's credential becomes the console's.
    void storedSetsJoinTheScan()
    {
        const auto scan = [this] {
            m_controller->startDiscovery(request(QStringLiteral("not-this-one")), QStringLiteral("test"));
        };
        m_sets.clear();
        QCOMPARE(printersFound(scan), 0);
        QCOMPARE(m_credential.community, QStringLiteral("not-this-one"));
        m_sets = {set(QStringLiteral("10.9.0.0/24"), kCommunity)};
        QCOMPARE(printersFound(scan), 0);
        m_sets = {set(m_prefix + QStringLiteral("0/29"), kCommunity)};
        QCOMPARE(printersFound(scan), 3);
        m_sets = {set({}, kCommunity)};
        QCOMPARE(printersFound(scan), 3);
        m_sets.clear();
    }

    // Printers found are stored (the controller queues a flush before asking for the targets).
    void printersFoundAreStored()
    {
        QCOMPARE(printersFound([this] { m_controller->startDiscovery(request(kCommunity), QStringLiteral("test")); }),
                 3);
        QTRY_COMPARE_WITH_TIMEOUT(
            [this] {
                // The writer may hold the lock a moment: not yet, ask again.
                const auto summaries = Storage::PrinterRepository(*m_auth.db).summaries();
                int stored = 0;
                for (const Core::PrinterSummary &summary :
                     summaries ? summaries.value() : QList<Core::PrinterSummary>())
                    stored += summary.address.startsWith(m_prefix);
                return stored;
            }(),
            3, 10000);
    }

    // "Run again" on the Discovery page repeats the last scan; the schedule follows the interval.
    void repeatAndSchedule()
    {
        QCOMPARE(printersFound([this] { Q_EMIT page()->repeatRequested(); }), 3);
        m_controller->setIntervalHours(0);
        QVERIFY2(scheduleText().startsWith(QLatin1String("No scheduled")), qPrintable(scheduleText()));
        m_controller->setIntervalHours(6);
        QVERIFY2(scheduleText().startsWith(QLatin1String("Next scheduled")), qPrintable(scheduleText()));
        m_controller->setIntervalHours(0);
        QVERIFY2(scheduleText().startsWith(QLatin1String("No scheduled")), qPrintable(scheduleText()));
    }

    // One dialog at a time, opened with the console's credential; a logout closes it.
    void dialogFollowsTheSession()
    {
        QVERIFY(!m_controller->dialog());
        m_controller->openDiscovery();
        QPointer<Views::DiscoveryDialog> dialog = m_controller->dialog();
        QVERIFY(dialog && dialog->isVisible());
        m_controller->openDiscovery();
        QCOMPARE(m_controller->dialog(), dialog.data());
        m_actions->logout();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 5000); // closed and deleted
        QVERIFY(!m_controller->dialog());
        QVERIFY(!page()->scanAllowed());
    }
};

QTEST_MAIN(TestDiscoveryController)
#include "tst_discoverycontroller.moc"
