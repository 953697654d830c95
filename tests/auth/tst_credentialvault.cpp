// SPDX-License-Identifier: GPL-3.0-or-later
// Poll credentials survive a restart: the credential sets go through CredentialVault (layout in a
// settings file, secrets in the encrypted secret file), new objects over the same files load them,
// and the poller reads printwatch-sim (on a random loopback /24, with a community that is not
// "public") with the loaded credential, where the default "public" gets no answer. Afterwards no
// secret is in the database, the settings file, the secret file or the log.
#include "../actions/simfixture.h"

#include "actions/actionexecutor.h"
#include "auth/credentialvault.h"
#include "core/printer.h"
#include "sim/fleet.h"
#include "snmp/poller.h"
#include "storage/database.h"
#include "storage/printerrepository.h"
#include "storage/storagewriter.h"

#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Auth;

namespace {

QMutex logMutex;
QByteArray logText; // every message the process logs while the test runs
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logText += message.toUtf8() + '\n';
    }
    previousHandler(type, context, message);
}

Core::SnmpCredential community(const QString &text, Core::SnmpVersion version = Core::SnmpVersion::V2c)
{
    Core::SnmpCredential credential;
    credential.version = version;
    credential.community = text;
    return credential;
}

} // namespace

class TestCredentialVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_master = QStringLiteral("vault-master-pw");

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("printwatch.ini")); }
    QString secretsPath() const { return m_dir.filePath(QStringLiteral("secrets.json")); }

    std::unique_ptr<EncryptedFileSecretStore> openStore()
    {
        auto store = EncryptedFileSecretStore::open(secretsPath(), m_master, HashParameters::minimal());
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(store).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        previousHandler = qInstallMessageHandler(captureMessages);
        qRegisterMetaType<Core::PollResult>();
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void roundTripShrinkAndMissingSecret()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        auto store = EncryptedFileSecretStore::open(dir.filePath(QStringLiteral("s.json")), m_master,
                                                    HashParameters::minimal());
        QVERIFY(store.ok());
        StoredCredentials saved;
        saved.defaultCommunity = QStringLiteral("default-ro");
        Core::CredentialSet floor3{QStringLiteral("floor 3"), {community(QStringLiteral("f3-ro")), community(QStringLiteral("old"), Core::SnmpVersion::V1)},
                                   QStringLiteral("10.3.0.0/24"), community(QStringLiteral("f3-rw"))};
        Core::SnmpCredential v3;
        v3.version = Core::SnmpVersion::V3;
        v3.user = QStringLiteral("ops");
        v3.securityLevel = Core::SnmpSecurityLevel::AuthNoPriv;
        v3.authProtocol = Core::SnmpAuthProtocol::Sha1;
        v3.authPassword = QStringLiteral("auth-pass-9");
        Core::CredentialSet global{QStringLiteral("everywhere"), {v3}, {}, std::nullopt};
        saved.sets = {floor3, global};
        {
            QSettings settings(ini, QSettings::IniFormat);
            QVERIFY(CredentialVault(settings, *store.value()).save(saved).ok());
        }
        {
            QSettings settings(ini, QSettings::IniFormat);
            auto again = EncryptedFileSecretStore::open(dir.filePath(QStringLiteral("s.json")), m_master);
            QVERIFY(again.ok());
            CredentialVault vault(settings, *again.value());
            auto loaded = vault.load();
            QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
            QCOMPARE(loaded.value(), saved);
            QCOMPARE(vault.secretKeys().size(), 5); // default, 2 communities, write community, auth password

            // Fewer sets: the secrets only the old layout named are gone from the store.
            StoredCredentials smaller{QString(), {global}};
            QVERIFY(vault.save(smaller).ok());
            QCOMPARE(vault.secretKeys(), QStringList{QStringLiteral("snmp/set/0/0/auth-password")});
            QVERIFY(!again.value()->read(QStringLiteral("snmp/set/1/0/auth-password"))->has_value());
            QVERIFY(!again.value()->read(QStringLiteral("snmp/set/0/write/community"))->has_value());
            QVERIFY(!again.value()->read(QStringLiteral("snmp/default-community"))->has_value());
            QCOMPARE(vault.load().value(), smaller);

            // A secret the layout names but the store lost: an error naming the set, no silent "public".
            QVERIFY(again.value()->remove(QStringLiteral("snmp/set/0/0/auth-password")).ok());
            auto broken = vault.load();
            QVERIFY(!broken.ok());
            QVERIFY2(broken.error().contains(QLatin1String("everywhere")), qPrintable(broken.error()));
        }
    }

    void validationNamesTheProblem()
    {
        Core::CredentialSet set{QString(), {community(QString())}, QStringLiteral("10.0.0.0/33"), std::nullopt};
        Core::SnmpCredential write;
        write.version = Core::SnmpVersion::V3;
        write.user = QStringLiteral("ops");
        write.securityLevel = Core::SnmpSecurityLevel::AuthNoPriv;
        write.authProtocol = Core::SnmpAuthProtocol::Sha256;
        write.authPassword = QStringLiteral("long-enough");
        set.writeCredential = write;
        const QString problems = Core::validateCredentialSets({set, set}).join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("needs a name")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("enter the community")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("10.0.0.0/33")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("authPriv")), qPrintable(problems));
        set.name = QStringLiteral("A");
        QVERIFY(Core::validateCredentialSets({set, set}).join(QLatin1Char(' ')).contains(QLatin1String("Two credential sets")));
    }

    void rangedSetsComeFirst()
    {
        const Core::CredentialSet global{QStringLiteral("g"), {community(QStringLiteral("g"))}, {}, community(QStringLiteral("gw"))};
        const Core::CredentialSet ranged{QStringLiteral("r"), {community(QStringLiteral("r"), Core::SnmpVersion::V1)},
                                         QStringLiteral("10.1.0.10-20 printer.example.org"), std::nullopt};
        const QList<Core::CredentialSet> sets{global, ranged};
        Core::SnmpCredential transport;
        transport.port = 1161;
        QCOMPARE(Core::readCredentialFor(sets, QStringLiteral("10.1.0.15"), std::nullopt, transport)->community, QStringLiteral("r"));
        QCOMPARE(Core::readCredentialFor(sets, QStringLiteral("10.1.0.15"), std::nullopt, transport)->port, quint16(1161));
        QCOMPARE(Core::readCredentialFor(sets, QStringLiteral("10.1.0.15"), Core::SnmpVersion::V2c, transport)->community, QStringLiteral("g"));
        QCOMPARE(Core::readCredentialFor(sets, QStringLiteral("10.1.0.21"), std::nullopt, transport)->community, QStringLiteral("g"));
        QCOMPARE(Core::readCredentialFor(sets, QStringLiteral("Printer.Example.org"), std::nullopt, transport)->community, QStringLiteral("r"));
        QCOMPARE(Core::writeCredentialFor(sets, QStringLiteral("10.1.0.15"), transport)->community, QStringLiteral("gw"));
        QVERIFY(!Core::writeCredentialFor({ranged}, QStringLiteral("10.1.0.15"), transport));
        QVERIFY(!Core::readCredentialFor({ranged}, QStringLiteral("10.9.9.9"), std::nullopt, transport));
    }

    void savedCredentialPollsAfterRestartAndLeavesNoTrace()
    {
        const quint32 r = QRandomGenerator::global()->bounded(1u << 16);
        const QString readCommunity = QStringLiteral("CANARY-ro-%1").arg(r, 4, 16, QLatin1Char('0'));
        const QString writeCommunity = QStringLiteral("CANARY-rw-%1").arg(r, 4, 16, QLatin1Char('0'));
        Sim::FleetConfig config;
        config.printerCount = 2;
        config.firstAddress = QStringLiteral("127.%1.%2.1").arg(100 + (r >> 8) % 100).arg(r & 0xff);
        config.community = readCommunity;
        config.seed = r;
        auto fleet = Sim::Fleet::start(config);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QStringList addresses = fleet.value()->addresses();
        const QString subnet = config.firstAddress.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".0/24");

        // "Before the restart": the Settings page's Apply saves a ranged set for the sim's /24.
        {
            auto store = openStore();
            QSettings settings(settingsPath(), QSettings::IniFormat);
            StoredCredentials saved;
            saved.sets = {Core::CredentialSet{QStringLiteral("lab"), {community(readCommunity)}, subnet, community(writeCommunity)}};
            QVERIFY(CredentialVault(settings, *store).save(saved).ok());
        }

        // The fleet's devices as discovery stored them (version and port, no community).
        const QString dbPath = m_dir.filePath(QStringLiteral("fleet.sqlite"));
        {
            auto db = Storage::Database::open(dbPath);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            for (const QString &address : addresses) {
                QSqlQuery query(db->connection());
                query.prepare(QStringLiteral("INSERT INTO devices (sys_name, first_seen, last_seen, managed, address, port,"
                                             " snmp_version) VALUES (?, 0, 0, 1, ?, ?, '2c')"));
                query.addBindValue(address);
                query.addBindValue(address);
                query.addBindValue(fleet.value()->port());
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
        }

        // "After the restart": new objects over the same files.
        auto store = openStore();
        QSettings settings(settingsPath(), QSettings::IniFormat);
        auto loaded = CredentialVault(settings, *store).load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->sets.size(), 1);
        Core::SnmpCredential base; // the default "public"
        base.timeoutMs = 300;
        base.retries = 1;
        QList<Core::PollTarget> targets;
        {
            auto db = Storage::Database::open(dbPath);
            QVERIFY(db.ok());
            auto managed = Storage::PrinterRepository(db.value()).managedTargets(base);
            QVERIFY2(managed.ok(), qPrintable(managed.error()));
            targets = managed.value();
        }
        QCOMPARE(targets.size(), addresses.size());

        const auto pollOnce = [](const QList<Core::PollTarget> &pollTargets) {
            QList<Core::PollResult> results;
            Snmp::Poller poller;
            poller.setTargets(pollTargets);
            poller.setInterval(3600 * 1000);
            QSignalSpy done(&poller, &Snmp::Poller::roundFinished);
            QObject::connect(&poller, &Snmp::Poller::resultReady, &poller,
                             [&results](const Core::PollResult &result) { results.append(result); });
            poller.start();
            if (!done.wait(30000))
                qWarning("the poll round did not finish in 30 s");
            poller.stop();
            return results;
        };

        // Control: the default community gets no answer from this fleet.
        const QList<Core::PollResult> withDefault = pollOnce(targets);
        QCOMPARE(withDefault.size(), addresses.size());
        for (const Core::PollResult &result : withDefault)
            QVERIFY2(!result.reachable, qPrintable(result.address));

        const QList<Core::PollTarget> resolved = Core::withCredentialSets(targets, loaded->sets);
        for (const Core::PollTarget &target : resolved) {
            QCOMPARE(target.credential.community, readCommunity);
            QCOMPARE(target.credential.port, fleet.value()->port()); // the device's port, not the set's
        }
        const QList<Core::PollResult> withSaved = pollOnce(resolved);
        QCOMPARE(withSaved.size(), addresses.size());
        for (const Core::PollResult &result : withSaved)
            QVERIFY2(result.reachable, qPrintable(result.address + QStringLiteral(": ") + result.error));

        // The readings go to the database the way the app writes them.
        {
            Storage::StorageWriter writer;
            writer.open(dbPath);
            writer.addDiscovered(withSaved, resolved.first().credential);
            for (const Core::PollResult &result : withSaved)
                writer.writePollResult(result);
            writer.close();
        }
        settings.sync();

        // No secret in the database (and its WAL), the settings file, the secret file or the log.
        const QList<QByteArray> canaries{readCommunity.toUtf8(), writeCommunity.toUtf8(), m_master.toUtf8()};
        int scanned = 0;
        for (QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            ++scanned;
            for (const QByteArray &canary : canaries) {
                QVERIFY2(!data.contains(canary), qPrintable(file.fileName() + QStringLiteral(" holds ") + QString::fromUtf8(canary)));
                QVERIFY2(!data.contains(canary.toBase64()), qPrintable(file.fileName()));
                QVERIFY2(!data.contains(canary.toHex()), qPrintable(file.fileName()));
            }
        }
        QVERIFY2(scanned >= 3, "database, settings and secret file scanned");
        QVERIFY(QFile::exists(secretsPath()));
        QMutexLocker lock(&logMutex);
        for (const QByteArray &canary : canaries)
            QVERIFY2(!logText.contains(canary), logText.constData());
    }

    // The write credential of the set that covers a printer resets it; a printer outside the set
    // gets the action's own (wrong here) credentials and fails, without a reset.
    void rebootUsesTheSetsWriteCredential()
    {
        TestUtil::SimFixture sim;
        QVERIFY(sim.start(2).isEmpty());
        Actions::ActionSettings settings = sim.settings();
        settings.readCredential.community = QStringLiteral("not-the-read-one");
        settings.writeCredential.community = QStringLiteral("not-the-write-one");
        settings.rebootWaitSeconds = 20;
        settings.credentialSets = {Core::CredentialSet{QStringLiteral("first printer"), {community(QStringLiteral("public"))},
                                                       sim.addresses[0], community(QStringLiteral("private"))}};
        Actions::ActionExecutor executor(*sim.db, settings);
        Actions::ActionRequest request;
        request.action = Auth::Action::Reboot;
        const auto covered = executor.run(sim.admin, request, Actions::PrinterRef{sim.deviceIds[0], {}, {}, 0});
        QVERIFY2(covered.outcome == Actions::Outcome::Ok, qPrintable(covered.message));
        const auto outside = executor.run(sim.admin, request, Actions::PrinterRef{sim.deviceIds[1], {}, {}, 0});
        QCOMPARE(outside.outcome, Actions::Outcome::Failed);
        QVERIFY(!outside.message.contains(QLatin1String("not-the")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialVault)
#include "tst_credentialvault.moc"
