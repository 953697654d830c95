// SPDX-License-Identifier: GPL-3.0-or-later
// Device groups limit what a user sees, below the views: the app's own storage writer and reader
// on a storage thread, the console's pages and models, and a login through ActionsController, wired
// as Application wires them. A viewer in group Office sees only the Office printers in the
// Printers, Counters, Supplies and Alerts tables and in the dashboard totals; the detail page
// refuses the others; an Administrator sees all; changing membership or the logged-in user
// changes what is visible; printwatch-cli list with --user honours it too.
#include "../auth/authtestutil.h"
#include "../app/appthreads.h"

#include "app/actionscontroller.h"
#include "app/consolecontroller.h"
#include "app/storagereader.h"
#include "models/alerttablemodel.h"
#include "models/countertablemodel.h"
#include "models/eventlog.h"
#include "models/fleettotals.h"
#include "models/modelroles.h"
#include "models/printertablemodel.h"
#include "models/supplytablemodel.h"
#include "storage/accessrepository.h"
#include "storage/auditrepository.h"
#include "storage/printerrepository.h"
#include "storage/storagewriter.h"
#include "views/dashboardstrip.h"
#include "views/mainwindow.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>

using namespace Printwatch;

namespace {

Core::PollResult printer(int n, int minute)
{
    Core::PollResult result;
    result.address = QStringLiteral("127.0.66.%1").arg(n + 1);
    result.port = 161;
    result.polledAt = QDateTime::currentDateTimeUtc().addSecs(minute * 60 - 3600);
    result.reachable = true;
    result.identity.serial = QStringLiteral("VIS%1").arg(n);
    result.identity.mac = QStringLiteral("02:00:00:66:00:%1").arg(n + 1, 2, 16, QLatin1Char('0'));
    result.identity.sysObjectId = QStringLiteral("1.3.6.1.4.1.11.2.3.9.1");
    result.identity.vendor = QStringLiteral("HP");
    result.identity.model = QStringLiteral("LaserJet %1").arg(n);
    result.identity.sysName = QStringLiteral("printer-%1").arg(n);
    result.status = Core::DeviceStatus::Idle;
    result.counters = {{QStringLiteral("total"), 1000 * (n + 1) + minute, QStringLiteral("impressions"), QString()}};
    Core::SupplyReading toner;
    toner.index = 1;
    toner.description = QStringLiteral("Black toner");
    toner.kind = QStringLiteral("toner");
    toner.colour = QStringLiteral("black");
    toner.level = 5; // low: counted by the dashboard
    toner.maxCapacity = 100;
    result.supplies = {toner};
    Core::AlertEntry alert;
    alert.index = 1;
    alert.severity = 3; // critical
    alert.group = 8;
    alert.code = 8; // door open
    alert.description = QStringLiteral("Door open");
    result.alerts = {alert};
    return result;
}

QSet<qint64> devicesIn(const QAbstractItemModel *model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(Models::Roles::DeviceIdRole).toLongLong());
    return ids;
}

} // namespace

class TestDeviceVisibility : public QObject
{
    Q_OBJECT

    TestUtil::AuthFixture m_fixture;
    QThread m_storageThread;
    Storage::StorageWriter *m_writer = nullptr;
    App::StorageReader *m_reader = nullptr;
    std::unique_ptr<Models::PrinterTableModel> m_printers;
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<App::ConsoleController> m_console;
    std::unique_ptr<App::ActionsController> m_controller;
    QList<qint64> m_devices;
    qint64 m_office = 0;
    qint64 m_lab = 0;

    QAbstractItemModel *table(const char *name) const
    {
        auto *view = m_window->findChild<QTableView *>(QLatin1String(name));
        return view ? view->model() : nullptr;
    }

    // Spies on the storage thread's objects record in that thread (a direct connection), so a signal
    // can land before wait() would start: the tests poll the spy's count instead.
    void logIn(const QString &name, const QString &password)
    {
        QSignalSpy changed(m_controller.get(), &App::ActionsController::sessionChanged);
        m_controller->login(name, password);
        QVERIFY(changed.wait(10000));
        QCOMPARE(m_controller->session().userName, name);
    }

    // Every table and the totals show exactly `expected`.
    void expectVisible(const QSet<qint64> &expected)
    {
        QTRY_COMPARE_WITH_TIMEOUT(devicesIn(m_printers.get()), expected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(devicesIn(table("counterTable")), expected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(devicesIn(table("supplyTable")), expected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(devicesIn(table("alertTable")), expected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->totals().printers, int(expected.size()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->totals().alertsCritical, int(expected.size()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->totals().suppliesLow, int(expected.size()), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Core::PollResult>();
        qRegisterMetaType<QList<Core::PollResult>>();
        qRegisterMetaType<QList<Core::PrinterSummary>>();
        qRegisterMetaType<Core::SnmpCredential>();
        QVERIFY(m_fixture.setUp().isEmpty());

        TestUtil::startStorageThread(m_storageThread, m_fixture.path(), m_writer, m_reader);
        QVERIFY(TestUtil::openWriter(m_writer, m_fixture.path()));

        // Four printers, stored by the app's writer the way discovery stores them.
        QList<Core::PollResult> found;
        for (int n = 0; n < 4; ++n)
            found << printer(n, 0);
        QSignalSpy committed(m_writer, &Storage::StorageWriter::committed);
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, found] {
            writer->addDiscovered(found, Core::SnmpCredential{});
            writer->flush();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), 10000);
        const auto summaries = Storage::PrinterRepository(*m_fixture.db).summaries();
        QVERIFY(summaries.ok());
        QCOMPARE(summaries->size(), 4);
        for (const Core::PrinterSummary &s : summaries.value())
            m_devices << s.deviceId;
        std::sort(m_devices.begin(), m_devices.end());

        // Office: printers 0 and 1; Lab: printer 2; printer 3 in no group. vic is in Office.
        Auth::AuthService auth(*m_fixture.db, Auth::HashParameters::minimal());
        m_office = auth.addGroup(m_fixture.admin, QStringLiteral("Office")).value();
        m_lab = auth.addGroup(m_fixture.admin, QStringLiteral("Lab")).value();
        QVERIFY(auth.setGroupDevices(m_fixture.admin, m_office, {m_devices[0], m_devices[1]}).ok());
        QVERIFY(auth.setGroupDevices(m_fixture.admin, m_lab, {m_devices[2]}).ok());
        QVERIFY(auth.setUserScope(m_fixture.admin, QStringLiteral("vic"), false, {m_office}).ok());

        // Wired as Application wires them.
        m_printers = std::make_unique<Models::PrinterTableModel>();
        m_window = std::make_unique<Views::MainWindow>(m_printers.get());
        m_console = std::make_unique<App::ConsoleController>(m_window.get(), m_printers.get(), m_reader, m_writer);
        connect(m_reader, &App::StorageReader::summariesLoaded, m_printers.get(),
                &Models::PrinterTableModel::setSummaries);
        connect(m_reader, &App::StorageReader::summariesMerged, m_printers.get(),
                &Models::PrinterTableModel::mergeSummaries);
        App::ActionsController::Options options;
        options.databasePath = m_fixture.path();
        options.lockMinutes = 0;
        options.showLogin = false;
        m_controller = std::make_unique<App::ActionsController>(m_window.get(), m_printers.get(), options);
        connect(m_controller.get(), &App::ActionsController::sessionChanged, m_reader, &App::StorageReader::setSession);
        connect(m_controller.get(), &App::ActionsController::accessChanged, m_reader,
                &App::StorageReader::refreshVisibility);
        QMetaObject::invokeMethod(m_reader, [reader = m_reader] { reader->setSessionRequired(true); });
        QSignalSpy controllerOpened(m_controller.get(), &App::ActionsController::opened);
        m_controller->start();
        QVERIFY(controllerOpened.wait(10000));
        QMetaObject::invokeMethod(m_reader, &App::StorageReader::loadSummaries);
        m_console->loadAll();
        m_window->show();
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_console.reset();
        m_window.reset();
        m_storageThread.quit();
        m_storageThread.wait();
    }

    void nothingIsVisibleBeforeALogin()
    {
        QTest::qWait(500);
        QCOMPARE(m_printers->rowCount(), 0);
        QCOMPARE(table("supplyTable")->rowCount(), 0);
        QCOMPARE(table("alertTable")->rowCount(), 0);
        QCOMPARE(table("counterTable")->rowCount(), 0);
    }

    void aViewerInOfficeSeesOnlyOfficePrinters()
    {
        logIn(QStringLiteral("vic"), TestUtil::kViewerPassword);
        const QSet<qint64> office{m_devices[0], m_devices[1]};
        expectVisible(office);

        // New readings of every printer: only the Office rows merge in.
        QList<Core::PollResult> round;
        for (int n = 0; n < 4; ++n)
            round << printer(n, 5);
        QSignalSpy merged(m_reader, &App::StorageReader::summariesMerged);
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, round] {
            writer->writePollResults(round);
            writer->flush();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!merged.isEmpty(), 10000);
        for (const QVariant &batch : merged.first())
            for (const Core::PrinterSummary &s : batch.value<QList<Core::PrinterSummary>>())
                QVERIFY(office.contains(s.deviceId));
        QTest::qWait(800); // the console reloads the fleet tables for the changed printers
        expectVisible(office);

        // The detail page cannot be fed a hidden printer; a visible one loads.
        QSignalSpy refused(m_reader, &App::StorageReader::error);
        QSignalSpy loaded(m_reader, &App::StorageReader::detailLoaded);
        QMetaObject::invokeMethod(m_reader, [reader = m_reader, id = m_devices[2]] { reader->loadDetail(id); });
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
        QVERIFY2(refused.first().at(0).toString().contains(QLatin1String("device groups")),
                 qPrintable(refused.first().at(0).toString()));
        QCOMPARE(loaded.count(), 0);
        QMetaObject::invokeMethod(m_reader, [reader = m_reader, id = m_devices[0]] { reader->loadDetail(id); });
        QTRY_VERIFY2_WITH_TIMEOUT(loaded.count() == 1, qPrintable(refused.last().at(0).toString()), 10000);
        QCOMPARE(loaded.first().at(0).value<Storage::PrinterDetail>().summary.deviceId, m_devices[0]);
    }

    // The poller's round totals are fleet-wide; the activity log of a user limited to device groups
    // counts only the printers that user may see, and says nothing of the others failing.
    QString pollRoundMessage(int total, int failed)
    {
        qRegisterMetaType<QList<Models::EventEntry>>();
        QSignalSpy added(m_console->eventLog(), &Models::EventLog::entriesAdded);
        Core::PollerActivity round;
        round.devicesTotal = total;
        round.devicesDone = total;
        round.devicesFailed = failed;
        round.lastRoundMs = 1500;
        m_console->logPollRound(round);
        for (int tries = 0; tries < 50; ++tries) {
            for (const QList<QVariant> &batch : std::as_const(added))
                for (const Models::EventEntry &entry : batch.at(0).value<QList<Models::EventEntry>>())
                    if (entry.source == QLatin1String("Poll"))
                        return entry.message;
            added.wait(200);
        }
        return {};
    }

    void pollRoundCountsOnlyVisiblePrinters()
    {
        // vic sees the two Office printers of four; the poller polled four and two failed.
        QCOMPARE(m_controller->session().userName, QStringLiteral("vic"));
        const QString message = pollRoundMessage(4, 2);
        QVERIFY2(message.contains(QLatin1String("your 2 printer")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('4')), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("not answering")), qPrintable(message));
    }

    void changingMembershipUpdatesTheView()
    {
        // An Administrator (here through another connection) puts the Lab printer into Office too.
        Auth::AuthService auth(*m_fixture.db, Auth::HashParameters::minimal());
        QVERIFY(auth.addGroupDevices(m_fixture.admin, m_office, {m_devices[2]}).ok());
        Q_EMIT m_controller->accessChanged();
        expectVisible({m_devices[0], m_devices[1], m_devices[2]});
        // And vic is moved to Lab only.
        QVERIFY(auth.setUserScope(m_fixture.admin, QStringLiteral("vic"), false, {m_lab}).ok());
        Q_EMIT m_controller->accessChanged();
        expectVisible({m_devices[2]});
    }

    void anAdministratorSeesAllAndLogoutHidesAll()
    {
        m_controller->logout();
        expectVisible({});
        logIn(QStringLiteral("alice"), TestUtil::kAdminPassword);
        expectVisible({m_devices.cbegin(), m_devices.cend()});
        // The Administrator sees the whole fleet, and the round's fleet-wide totals.
        const QString message = pollRoundMessage(4, 1);
        QVERIFY2(message.contains(QLatin1String("4 printer")) && message.contains(QLatin1String("1 not answering")),
                 qPrintable(message));
    }

    void cliListHonoursTheUsersGroups()
    {
        QTemporaryDir dir;
        const QString passwordFile = dir.filePath(QStringLiteral("pw"));
        const auto list = [&](const QString &user, const QString &password) -> QByteArray {
            QFile file(passwordFile);
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(password.toUtf8() + '\n');
            file.close();
            QStringList args{QStringLiteral("list"), QStringLiteral("printers"), QStringLiteral("--db"),
                             m_fixture.path(), QStringLiteral("--format"), QStringLiteral("csv")};
            if (!user.isEmpty())
                args << QStringLiteral("--user") << user << QStringLiteral("--password-file") << passwordFile;
            QProcess cli;
            cli.start(TestUtil::cliProgram(), args);
            if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
                return "failed: " + cli.readAllStandardError();
            return cli.readAllStandardOutput();
        };
        const QByteArray vic = list(QStringLiteral("vic"), TestUtil::kViewerPassword); // in Lab: printer 2
        QVERIFY2(vic.contains("127.0.66.3"), vic.constData());
        for (const char *hidden : {"127.0.66.1,", "127.0.66.2,", "127.0.66.4,"})
            QVERIFY2(!vic.contains(hidden), vic.constData());
        const QByteArray alice = list(QStringLiteral("alice"), TestUtil::kAdminPassword);
        for (const char *shown : {"127.0.66.1", "127.0.66.2", "127.0.66.3", "127.0.66.4"})
            QVERIFY2(alice.contains(shown), alice.constData());
        const QByteArray wrong = list(QStringLiteral("vic"), QStringLiteral("not-the-password"));
        QVERIFY2(wrong.startsWith("failed"), wrong.constData());

        // group rename/remove go through AuthService: refused for a Viewer, done for an Administrator.
        const auto group = [&](const QString &user, const QString &password, const QStringList &words) {
            QFile file(passwordFile);
            if (!file.open(QIODevice::WriteOnly))
                return -1;
            file.write(password.toUtf8() + '\n');
            file.close();
            QProcess cli;
            cli.start(TestUtil::cliProgram(),
                      QStringList{QStringLiteral("group")} + words
                          + QStringList{QStringLiteral("--db"), m_fixture.path(), QStringLiteral("--user"), user,
                                        QStringLiteral("--password-file"), passwordFile});
            return cli.waitForFinished(60000) ? cli.exitCode() : -1;
        };
        const QStringList rename{QStringLiteral("rename"), QStringLiteral("Lab"), QStringLiteral("Lab 2")};
        QCOMPARE(group(QStringLiteral("vic"), TestUtil::kViewerPassword, rename), 1);
        QCOMPARE(group(QStringLiteral("alice"), TestUtil::kAdminPassword, rename), 0);
        const auto groups = Storage::AccessRepository(*m_fixture.db).groups();
        QVERIFY(std::any_of(groups->cbegin(), groups->cend(),
                            [](const Storage::DeviceGroupRecord &g) { return g.name == QLatin1String("Lab 2"); }));

        // group add and assign-user take the same path: one audit row per change, done or refused.
        const auto auditRows = [&](const QString &action) {
            QStringList rows;
            const auto entries = Storage::AuditRepository(*m_fixture.db).entries();
            for (const Storage::AuditRecord &r : entries.value())
                if (r.action == action && r.target == QLatin1String("Reception"))
                    rows << r.user + QLatin1Char(' ') + r.target + QLatin1Char(' ') + r.result;
            return rows;
        };
        const QStringList add{QStringLiteral("add"), QStringLiteral("Reception"), QStringLiteral("--devices"),
                              QStringLiteral("127.0.66.4")};
        QCOMPARE(group(QStringLiteral("vic"), TestUtil::kViewerPassword, add), 1);
        QCOMPARE(group(QStringLiteral("alice"), TestUtil::kAdminPassword, add), 0);
        QCOMPARE(auditRows(QStringLiteral("group-add")),
                 (QStringList{QStringLiteral("vic Reception refused"), QStringLiteral("alice Reception ok")}));
        QCOMPARE(auditRows(QStringLiteral("group-devices")), QStringList{QStringLiteral("alice Reception ok")});
        const QStringList assign{QStringLiteral("assign-user"), QStringLiteral("vic"), QStringLiteral("Reception")};
        QCOMPARE(group(QStringLiteral("vic"), TestUtil::kViewerPassword, assign), 1);
        QCOMPARE(group(QStringLiteral("alice"), TestUtil::kAdminPassword, assign), 0);
        const QByteArray reception = list(QStringLiteral("vic"), TestUtil::kViewerPassword);
        QVERIFY2(reception.contains("127.0.66.4"), reception.constData());
        QVERIFY2(!reception.contains("127.0.66.3"), reception.constData());
    }
};

QTEST_MAIN(TestDeviceVisibility)
#include "tst_devicevisibility.moc"
