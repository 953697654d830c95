// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app, twice over the same settings, database and secret file: a credential set applied
// on the Settings page is saved (layout in the settings, the community in the encrypted secret
// file, no keychain here), and the next start polls printwatch-sim, whose community is not
// "public", with it. Before the set is applied the same printers do not answer. No secret lands
// in the settings, the database or the log.
#include "app/application.h"
#include "sim/fleet.h"
#include "snmp/poller.h"
#include "storage/storagewriter.h"
#include "storage/database.h"
#include "views/mainwindow.h"
#include "views/tablepage.h"
#include "views/settingspage.h"

#include <QApplication>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;

namespace {

QByteArray logText;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logText += message.toUtf8() + '\n';
    previousHandler(type, context, message);
}

Views::MainWindow *mainWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *main = qobject_cast<Views::MainWindow *>(widget))
            return main;
    }
    return nullptr;
}

// Printers the database has seen answer (last_seen is set by a successful poll).
int printersSeen(const QString &databasePath)
{
    auto db = Storage::Database::open(databasePath);
    if (!db)
        return -1;
    QSqlQuery query(db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM devices WHERE last_seen > 0")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int managedPrinters(const QString &databasePath)
{
    auto db = Storage::Database::open(databasePath);
    if (!db)
        return -1;
    QSqlQuery query(db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM devices WHERE managed = 1 AND address IS NOT NULL")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestCredentialRestart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    App::Options options() const
    {
        App::Options o;
        o.databasePath = m_home.filePath(QStringLiteral("fleet.sqlite"));
        o.pollIntervalSeconds = 1;
        // Non-interactive (no login, no master-password prompt); the picture is never due.
        o.screenshotPath = m_home.filePath(QStringLiteral("never.png"));
        o.screenshotDelayMs = 3600 * 1000;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
        const QString master = m_home.filePath(QStringLiteral("master.pw"));
        QFile file(master);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("restart-master-pw\n");
        file.close();
        qputenv("PRINTWATCH_NO_KEYCHAIN", "1");
        qputenv("PRINTWATCH_MASTER_PASSWORD_FILE", master.toLocal8Bit());
        qputenv("PRINTWATCH_TEST_HASH", "minimal");
        previousHandler = qInstallMessageHandler(captureMessages);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void savedSetPollsAfterRestart()
    {
        const quint32 r = QRandomGenerator::global()->bounded(1u << 16);
        const QString community = QStringLiteral("CANARY-app-ro-%1").arg(r, 4, 16, QLatin1Char('0'));
        Sim::FleetConfig config;
        config.printerCount = 2;
        config.firstAddress = QStringLiteral("127.%1.%2.1").arg(100 + (r >> 8) % 100).arg(r & 0xff);
        config.community = community;
        config.seed = r;
        auto fleet = Sim::Fleet::start(config);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        // The printers as an earlier discovery stored them (identity, version and port; no community).
        {
            Core::SnmpCredential right;
            right.community = community;
            right.port = fleet.value()->port();
            right.timeoutMs = 500;
            QList<Core::PollTarget> targets;
            for (const QString &address : fleet.value()->addresses())
                targets.append(Core::PollTarget{0, address, right.port, right});
            QList<Core::PollResult> found;
            Snmp::Poller poller;
            poller.setTargets(targets);
            poller.setInterval(3600 * 1000);
            QSignalSpy round(&poller, &Snmp::Poller::roundFinished);
            connect(&poller, &Snmp::Poller::resultReady, this, [&found](const Core::PollResult &result) { found.append(result); });
            poller.start();
            QVERIFY(round.wait(30000));
            poller.stop();
            QCOMPARE(found.size(), 2);
            Storage::StorageWriter writer;
            writer.open(options().databasePath);
            writer.addDiscovered(found, right);
            writer.close();
            auto db = Storage::Database::open(options().databasePath);
            QVERIFY(db.ok());
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE devices SET last_seen = 0")));
        }
        QCOMPARE(managedPrinters(options().databasePath), 2);

        {
            App::Application app;
            const auto started = app.start(options());
            QVERIFY2(started.ok(), qPrintable(started.error()));
            Views::MainWindow *window = mainWindow();
            QVERIFY(window);
            QTest::qWait(3000); // a few rounds with "public": nobody answers
            QCOMPARE(printersSeen(options().databasePath), 0);

            auto *page = window->findChild<Views::SettingsPage *>();
            QVERIFY(page);
            Views::ConsoleSettings settings = page->settings();
            settings.pollIntervalSeconds = 10; // the page's lower limit
            Core::SnmpCredential credential;
            credential.community = community;
            settings.credentialSets = {Core::CredentialSet{QStringLiteral("lab"), {credential},
                                                           config.firstAddress.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".0/24"),
                                                           std::nullopt}};
            page->setSettings(settings);
            page->apply();
            QTRY_COMPARE_WITH_TIMEOUT(printersSeen(options().databasePath), 2, 20000); // applied at once
            // TablePage saves its layout from its destructor through its model, which ~Application
            // deletes first (ConsoleController before the window): close the pages while the models live.
            qDeleteAll(window->findChildren<Views::TablePage *>());
        }
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("secrets.json"))));
        {
            // Forget what the database learnt, so only a fresh poll can show the printers as seen.
            auto db = Storage::Database::open(options().databasePath);
            QVERIFY(db.ok());
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE devices SET last_seen = 0")));
        }

        App::Application again;
        const auto started = again.start(options());
        QVERIFY2(started.ok(), qPrintable(started.error()));
        Views::MainWindow *window = mainWindow();
        QVERIFY(window);
        auto *page = window->findChild<Views::SettingsPage *>();
        QCOMPARE(page->settings().credentialSets.size(), 1);
        QCOMPARE(page->settings().credentialSets.at(0).credentials.at(0).community, community);
        QTRY_COMPARE_WITH_TIMEOUT(printersSeen(options().databasePath), 2, 20000);
        QCOMPARE(managedPrinters(options().databasePath), 2); // the same devices, not new ones

        QSettings().sync();
        int scanned = 0;
        for (QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            ++scanned;
            QVERIFY2(!data.contains(community.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!data.contains(community.toUtf8().toBase64()), qPrintable(file.fileName()));
        }
        QVERIFY(scanned >= 3);
        QVERIFY2(!logText.contains(community.toUtf8()), logText.constData());
        qDeleteAll(window->findChildren<Views::TablePage *>()); // as above
    }
};

QTEST_MAIN(TestCredentialRestart)
#include "tst_credentialrestart.moc"
