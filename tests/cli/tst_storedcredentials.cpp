// SPDX-License-Identifier: GPL-3.0-or-later
// printwatch-cli poll and inspect without --community use the credential sets saved in the console
// (QSettings layout, secrets in the encrypted file), in their order, against printwatch-sim
// serving a community that is not "public"; the printer actions read with them (and the saved
// default community), and action reboot resets with the sets' write credential.

#include "auth/credentialvault.h"
#include "auth/secretstore.h"
#include "simprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Tests;

namespace {

const QString kCommunity = QStringLiteral("ro-7Hq2");

Core::SnmpCredential v2c(const QString &community, const QString &name)
{
    Core::SnmpCredential credential;
    credential.community = community;
    credential.name = name;
    return credential;
}

} // namespace

class TestStoredCredentials final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_port;
    QString m_db;
    QString m_secrets;
    QString m_adminPassword;

    QStringList transport() const
    {
        return {QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--retries"), QStringLiteral("0")};
    }

    // printwatch-cli action reboot by the Administrator made in initTestCase; long enough a wait for
    // the simulator's reset (3 s down) on a busy machine.
    CliRun reboot(const QString &address, const QStringList &extra = {}) const
    {
        return action(QStringLiteral("reboot"), address, extra);
    }

    CliRun action(const QString &verb, const QString &address, const QStringList &extra = {}) const
    {
        return runCli(QStringList{QStringLiteral("action"), verb, address, QStringLiteral("--db"), m_db,
                                  QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"),
                                  m_adminPassword, QStringLiteral("--secrets"), m_secrets, QStringLiteral("--snmp-port"), m_port,
                                  QStringLiteral("--timeout"), QStringLiteral("1000"), QStringLiteral("--retries"),
                                  QStringLiteral("1"), QStringLiteral("--wait"), QStringLiteral("60")}
                      + extra,
                      120000);
    }

    static QString said(const CliRun &run)
    {
        return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(run.exitCode).arg(run.out, run.err);
    }

    // The console's settings file, as the CLI (organisation and application "Printwatch") reads it.
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("config/Printwatch/Printwatch.conf")); }

    void store(const Auth::StoredCredentials &credentials)
    {
        auto secrets = Auth::EncryptedFileSecretStore::open(m_secrets, QStringLiteral("master-pw-1"));
        QVERIFY2(secrets.ok(), qPrintable(secrets.error()));
        QSettings settings(settingsFile(), QSettings::IniFormat);
        settings.clear();
        const auto saved = Auth::CredentialVault(settings, *secrets.value()).save(credentials);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

    // One set, "floor 7", for `scope`: `read` reads the printers and `write`, when given, resets them.
    void storeFloor(const QString &scope, const QString &read, const QString &write = {}, const QString &defaultCommunity = {})
    {
        Auth::StoredCredentials credentials;
        credentials.defaultCommunity = defaultCommunity;
        Core::CredentialSet floor;
        floor.name = QStringLiteral("floor 7");
        floor.scope = scope;
        floor.credentials = {v2c(read, QStringLiteral("floor 7"))};
        if (!write.isEmpty())
            floor.writeCredential = v2c(write, QStringLiteral("floor 7 write"));
        credentials.sets = {floor};
        store(credentials);
    }

    // A reboot of `address` sends the stored set's write credential: a wrong one is sent (the
    // printer ignores it), never swapped for the default "private" the simulator accepts; the
    // right one restarts the printer.
    void rebootFollowsTheStoredWriteCredential(const QString &address, const QString &scope, const QString &read,
                                               const QStringList &extra)
    {
        storeFloor(scope, read, QStringLiteral("rw-not-this-one"));
        const auto ignored = reboot(address, extra);
        QVERIFY2(ignored.exitCode == 1, qPrintable(said(ignored)));
        QVERIFY2(ignored.out.contains(QLatin1String("reset SET")) && ignored.out.contains(QLatin1String("got no answer")),
                 qPrintable(said(ignored)));

        storeFloor(scope, read, QStringLiteral("private"));
        const auto restarted = reboot(address, extra);
        QVERIFY2(restarted.exitCode == 0, qPrintable(said(restarted)));
        QVERIFY2(restarted.out.contains(QLatin1String("restarted")), qPrintable(said(restarted)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The CLI runs with this environment: its own settings folder, no keychain, a quick KDF.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("PRINTWATCH_NO_KEYCHAIN", "1");
        qputenv("PRINTWATCH_TEST_HASH", "minimal");
        const QString master = m_dir.filePath(QStringLiteral("master.pw"));
        QFile file(master);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("master-pw-1\n") > 0);
        file.close();
        qputenv("PRINTWATCH_MASTER_PASSWORD_FILE", master.toUtf8());
        m_db = m_dir.filePath(QStringLiteral("fleet.sqlite"));
        m_secrets = m_dir.filePath(QStringLiteral("secrets.json"));

        const QString error = m_sim.start({QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--first"),
                                           QStringLiteral("127.1.71.1"), QStringLiteral("--community"), kCommunity});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_port = QString::number(m_sim.port());
        const auto discovered = runCli(QStringList{QStringLiteral("discover"), QStringLiteral("127.1.71.1-2"), QStringLiteral("--port"),
                                                   m_port, QStringLiteral("--community"), kCommunity, QStringLiteral("--db"), m_db}
                                       + transport());
        QVERIFY2(discovered.exitCode == 0, qPrintable(discovered.err));

        m_adminPassword = m_dir.filePath(QStringLiteral("admin.pw"));
        QFile admin(m_adminPassword);
        QVERIFY(admin.open(QIODevice::WriteOnly) && admin.write("admin-pw-1\n") > 0);
        admin.close();
        const auto added = runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                                   QStringLiteral("admin"), QStringLiteral("--db"), m_db, QStringLiteral("--new-password-file"),
                                   m_adminPassword});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    // Nothing stored: the default community "public" gets no answer from this fleet.
    void withoutStoredSetsTheDefaultFails()
    {
        QFile::remove(settingsFile());
        const auto polled = runCli(QStringList{QStringLiteral("poll"), QStringLiteral("--db"), m_db} + transport());
        QCOMPARE(polled.exitCode, 1);
        const auto inspected = runCli(QStringList{QStringLiteral("inspect"), QStringLiteral("127.1.71.1"), QStringLiteral("--port"),
                                                  m_port, QStringLiteral("--secrets"), m_secrets} + transport());
        QCOMPARE(inspected.exitCode, 1);
    }

    // A set for the range holds a wrong community first, then the right one: inspect tries them in
    // order; poll takes the console's choice per printer (the stored default community here).
    void storedSetsAreTriedInOrder()
    {
        Auth::StoredCredentials credentials;
        credentials.defaultCommunity = kCommunity;
        Core::CredentialSet floor;
        floor.name = QStringLiteral("floor 7");
        floor.scope = QStringLiteral("127.1.71.0/24");
        floor.credentials = {v2c(QStringLiteral("not-this-one"), QStringLiteral("floor 7 old")), v2c(kCommunity, QStringLiteral("floor 7"))};
        credentials.sets = {floor};
        store(credentials);

        const auto inspected = runCli(QStringList{QStringLiteral("inspect"), QStringLiteral("127.1.71.1"), QStringLiteral("--port"),
                                                  m_port, QStringLiteral("--secrets"), m_secrets, QStringLiteral("--json")}
                                      + transport());
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
        const QJsonObject identity = QJsonDocument::fromJson(inspected.out.toUtf8()).object().value(QLatin1String("identity")).toObject();
        QVERIFY2(!identity.value(QLatin1String("serial")).toString().isEmpty(), qPrintable(inspected.out));

        // An explicit community wins over the stored sets.
        const auto explicitWrong = runCli(QStringList{QStringLiteral("inspect"), QStringLiteral("127.1.71.1"), QStringLiteral("--port"),
                                                      m_port, QStringLiteral("--community"), QStringLiteral("public")}
                                          + transport());
        QCOMPARE(explicitWrong.exitCode, 1);
    }

    // poll: the first applicable credential of the device's version, as the console polls.
    void pollUsesTheStoredSet()
    {
        storeFloor(QStringLiteral("127.1.71.0/24"), kCommunity); // no default community: only the set can answer
        const auto polled = runCli(QStringList{QStringLiteral("poll"), QStringLiteral("--db"), m_db, QStringLiteral("--secrets"),
                                               m_secrets} + transport());
        QVERIFY2(polled.exitCode == 0, qPrintable(polled.err));
        QVERIFY2(polled.err.contains(QLatin1String("2 answered")), qPrintable(polled.err));
    }

    // The wrong master password is an error that names the settings and the cause, not a silent "public".
    void aWrongMasterPasswordIsAnError()
    {
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.pw"));
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not-the-master\n") > 0);
        file.close();
        const auto polled = runCli(QStringList{QStringLiteral("poll"), QStringLiteral("--db"), m_db, QStringLiteral("--secrets"),
                                               m_secrets, QStringLiteral("--master-password-file"), wrong} + transport());
        QCOMPARE(polled.exitCode, 2);
        QVERIFY2(polled.err.contains(QLatin1String("stored SNMP credentials")), qPrintable(polled.err));
    }

    // reboot picks the write credential of the set covering the printer, as the console does: a
    // wrong one is sent (the printer ignores it), never swapped for the default "private" the
    // simulator accepts; the right one restarts the printer. The set's read community reads it.
    void rebootUsesTheStoredWriteCredential()
    {
        rebootFollowsTheStoredWriteCredential(QStringLiteral("127.1.71.1"), QStringLiteral("127.1.71.0/24"), kCommunity, {});
    }

    // With --community on the command line that community reads (the set's own read community is
    // wrong here), and the stored set still gives the write credential.
    void anExplicitCommunityKeepsTheStoredWriteCredential()
    {
        rebootFollowsTheStoredWriteCredential(QStringLiteral("127.1.71.2"), QStringLiteral("127.1.71.2"),
                                              QStringLiteral("not-this-one"), {QStringLiteral("--community"), kCommunity});
    }

    // Every action that talks SNMP reads with the stored credentials, not only reboot: refresh with
    // the read community of the set covering the printer, and with the saved default community for
    // a printer no set covers ("public", the built-in default, gets no answer from this fleet).
    void refreshUsesTheStoredReadCredentials()
    {
        storeFloor(QStringLiteral("127.1.71.1"), kCommunity);
        const auto bySet = action(QStringLiteral("refresh"), QStringLiteral("127.1.71.1"));
        QVERIFY2(bySet.exitCode == 0, qPrintable(said(bySet)));
        // troubleshoot too, and its report keeps one finding per line.
        const auto troubleshot = action(QStringLiteral("troubleshoot"), QStringLiteral("127.1.71.1"));
        QVERIFY2(troubleshot.exitCode == 0, qPrintable(said(troubleshot)));
        QVERIFY2(troubleshot.out.contains(QLatin1String("\n  SNMP: answers\n")), qPrintable(said(troubleshot)));
        QVERIFY2(!troubleshot.out.contains(QChar(0xFFFD)), qPrintable(said(troubleshot)));
        const auto uncovered = action(QStringLiteral("refresh"), QStringLiteral("127.1.71.2"));
        QVERIFY2(uncovered.exitCode == 1, qPrintable(said(uncovered)));

        storeFloor(QStringLiteral("127.1.71.1"), kCommunity, {}, kCommunity);
        const auto byDefault = action(QStringLiteral("refresh"), QStringLiteral("127.1.71.2"));
        QVERIFY2(byDefault.exitCode == 0, qPrintable(said(byDefault)));
        // A community on the command line wins over both.
        const auto explicitWrong = action(QStringLiteral("refresh"), QStringLiteral("127.1.71.1"),
                                          {QStringLiteral("--community"), QStringLiteral("public")});
        QVERIFY2(explicitWrong.exitCode == 1, qPrintable(said(explicitWrong)));
    }

    // A store that cannot be opened stops the reboot (exit 2, the reason named) before any printer
    // is touched, with the master password file from the command line or from the environment.
    void rebootWithAnUnreadableStoreIsAnError()
    {
        Auth::StoredCredentials credentials;
        Core::CredentialSet all;
        all.name = QStringLiteral("everywhere");
        all.credentials = {v2c(kCommunity, QStringLiteral("everywhere"))};
        all.writeCredential = v2c(QStringLiteral("private"), QStringLiteral("everywhere write"));
        credentials.sets = {all};
        store(credentials);
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.pw"));
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not-the-master\n") > 0);
        file.close();
        const auto refused = reboot(QStringLiteral("127.1.71.1"), {QStringLiteral("--master-password-file"), wrong});
        QVERIFY2(refused.exitCode == 2, qPrintable(said(refused)));
        QVERIFY2(refused.err.contains(QLatin1String("stored SNMP credentials")), qPrintable(said(refused)));
        QVERIFY2(!refused.out.contains(QLatin1String("127.1.71.1")), qPrintable(said(refused)));

        const QByteArray master = qgetenv("PRINTWATCH_MASTER_PASSWORD_FILE");
        qputenv("PRINTWATCH_MASTER_PASSWORD_FILE", wrong.toUtf8());
        const auto fromEnvironment = reboot(QStringLiteral("127.1.71.1"));
        qputenv("PRINTWATCH_MASTER_PASSWORD_FILE", master);
        QVERIFY2(fromEnvironment.exitCode == 2, qPrintable(said(fromEnvironment)));
        QVERIFY2(fromEnvironment.err.contains(QLatin1String("stored SNMP credentials")), qPrintable(said(fromEnvironment)));
    }
};

QTEST_GUILESS_MAIN(TestStoredCredentials)
#include "tst_storedcredentials.moc"
