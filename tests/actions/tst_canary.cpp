// SPDX-License-Identifier: GPL-3.0-or-later
// Canary test: a recognisable write community and recognisable passwords go through every path
// that handles secrets (printwatch-cli user add, secret set, a reboot that uses a stored credential
// set's write community, a failed and a good login, the audit export); afterwards none of them
// appears in the database files, the settings and data folders, the secret file, or anything the
// programs printed.
#include "simfixture.h"

#include "auth/credentialvault.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Printwatch;

class TestCanary : public QObject
{
    Q_OBJECT

    const QByteArray m_community = QByteArrayLiteral("CANARY-community-5d1e");
    const QByteArray m_adminPassword = QByteArrayLiteral("CANARY-admin-pw-77aa");
    const QByteArray m_master = QByteArrayLiteral("CANARY-master-pw-0c3f");
    QByteArray m_output; // everything the programs printed

    QTemporaryDir m_home;

    int run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRINTWATCH_TEST_HASH"), QStringLiteral("minimal"));
        // The CLI's settings, data and cache folders all go to this temporary home.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("PRINTWATCH_CLI"), args);
        cli.write(input);
        cli.closeWriteChannel();
        if (!cli.waitForFinished(60000))
            return -1;
        m_output += cli.readAllStandardOutput() + cli.readAllStandardError();
        return cli.exitCode();
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content + '\n');
        return path;
    }

private Q_SLOTS:
    void secretsNeverAppearInFilesOrOutput()
    {
        QStandardPaths::setTestModeEnabled(true);
        TestUtil::SimFixture sim;
        QVERIFY(sim.start(1).isEmpty());
        const QString db = m_home.filePath(QStringLiteral("data/fleet.sqlite"));
        QDir().mkpath(m_home.filePath(QStringLiteral("data")));
        const QString secrets = m_home.filePath(QStringLiteral("data/secrets.json"));
        const QString adminPw = write(QStringLiteral("admin.pw"), m_adminPassword);
        const QString masterPw = write(QStringLiteral("master.pw"), m_master);
        const QString community = write(QStringLiteral("community"), m_community);
        const QStringList login{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("root-admin"),
                                QStringLiteral("--password-file"), adminPw};

        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("root-admin"), QStringLiteral("--role"),
                      QStringLiteral("admin"), QStringLiteral("--db"), db},
                     m_adminPassword + '\n'),
                 0);
        QCOMPARE(run(QStringList{QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("canary/community"),
                                 QStringLiteral("--no-keychain"), QStringLiteral("--secrets"), secrets,
                                 QStringLiteral("--master-password-file"), masterPw, QStringLiteral("--value-file"),
                                 community}
                     + login),
                 0);
        // Without a master password and without a keychain: refused, nothing written in plain text.
        QCOMPARE(run(QStringList{QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("other"),
                                 QStringLiteral("--no-keychain"), QStringLiteral("--secrets"),
                                 m_home.filePath(QStringLiteral("data/plain.json")), QStringLiteral("--value-file"), community}
                     + login),
                 2);
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("data/plain.json"))));

        // The console's credential set (as the Settings page saves it, into the CLI's settings file
        // and the same secret file) with the canary as its write community.
        {
            auto store = Auth::EncryptedFileSecretStore::open(secrets, QString::fromLatin1(m_master));
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QSettings settings(m_home.filePath(QStringLiteral("config/Printwatch/Printwatch.conf")), QSettings::IniFormat);
            Core::SnmpCredential read; // "public", as the simulator serves
            Core::SnmpCredential write;
            write.community = QString::fromLatin1(m_community);
            const auto saved = Auth::CredentialVault(settings, *store.value())
                                   .save({{}, {Core::CredentialSet{QStringLiteral("canary"), {read}, {}, write}}});
            QVERIFY2(saved.ok(), qPrintable(saved.error()));
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        // A reboot that reads the set's write community from the store and sends it (the simulator's
        // write community is another one, so the printer ignores it and the action fails: the
        // message must not quote the community).
        QCOMPARE(run(QStringList{QStringLiteral("action"), QStringLiteral("reboot"), sim.addresses[0],
                                 QStringLiteral("--snmp-port"), QString::number(sim.fleet->port()),
                                 QStringLiteral("--no-keychain"), QStringLiteral("--secrets"), secrets,
                                 QStringLiteral("--master-password-file"), masterPw, QStringLiteral("--wait"),
                                 QStringLiteral("3")}
                     + login),
                 1);
        QVERIFY2(m_output.contains("got no answer"), m_output.constData());
        // A wrong password whose text is a canary too.
        const QString wrong = write(QStringLiteral("wrong.pw"), "CANARY-wrong-guess-91");
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                      QStringLiteral("root-admin"), QStringLiteral("--password-file"), wrong}),
                 2);
        QCOMPARE(run(QStringList{QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("json")}
                     + login),
                 0);
        QVERIFY(m_output.contains("\"action\": \"reboot\""));

        const QList<QByteArray> canaries{m_community, m_adminPassword, m_master, QByteArrayLiteral("CANARY-wrong-guess-91")};
        // Everything under the temporary home except the files the test itself wrote the secrets in.
        const QStringList inputs{adminPw, masterPw, community, wrong};
        int scanned = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (inputs.contains(path))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            ++scanned;
            for (const QByteArray &canary : canaries) {
                QVERIFY2(!data.contains(canary), qPrintable(path + QStringLiteral(" contains ") + QString::fromLatin1(canary)));
                QVERIFY2(!data.contains(canary.toBase64()), qPrintable(path));
                QVERIFY2(!data.contains(canary.toHex()), qPrintable(path));
            }
        }
        QVERIFY2(scanned >= 2, "the database and the secret file were scanned"); // fleet.sqlite(+wal) and secrets.json
        QVERIFY(QFile::exists(secrets));
        for (const QByteArray &canary : canaries)
            QVERIFY2(!m_output.contains(canary), m_output.constData());
    }

    // The Settings page's path (CREDS): credential sets with read communities, SNMPv3 passwords and
    // a write community go through CredentialVault into a settings file and the encrypted secret
    // file; loaded back intact, none of them is in any file.
    void credentialSetsNeverAppearInFiles()
    {
        const QByteArray read = QByteArrayLiteral("CANARY-set-read-3b9e");
        const QByteArray write = QByteArrayLiteral("CANARY-set-write-61fa");
        const QByteArray auth = QByteArrayLiteral("CANARY-set-auth-d402");
        const QByteArray priv = QByteArrayLiteral("CANARY-set-priv-88c1");
        const QString ini = m_home.filePath(QStringLiteral("config/sets.ini"));
        const QString secrets = m_home.filePath(QStringLiteral("data/sets-secrets.json"));
        Auth::StoredCredentials saved;
        saved.defaultCommunity = QString::fromLatin1(read);
        Core::SnmpCredential community;
        community.community = QString::fromLatin1(read);
        Core::SnmpCredential v3;
        v3.version = Core::SnmpVersion::V3;
        v3.user = QStringLiteral("ops");
        v3.securityLevel = Core::SnmpSecurityLevel::AuthPriv;
        v3.authProtocol = Core::SnmpAuthProtocol::Sha256;
        v3.authPassword = QString::fromLatin1(auth);
        v3.privProtocol = Core::SnmpPrivProtocol::Aes128;
        v3.privPassword = QString::fromLatin1(priv);
        Core::SnmpCredential writeCommunity;
        writeCommunity.community = QString::fromLatin1(write);
        saved.sets = {Core::CredentialSet{QStringLiteral("lab"), {community, v3}, QStringLiteral("10.9.0.0/24"), writeCommunity},
                      Core::CredentialSet{QStringLiteral("all"), {v3}, {}, v3}};
        {
            auto store = Auth::EncryptedFileSecretStore::open(secrets, QString::fromLatin1(m_master),
                                                              Auth::HashParameters::minimal());
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QSettings settings(ini, QSettings::IniFormat);
            QVERIFY(Auth::CredentialVault(settings, *store.value()).save(saved).ok());
        }
        {
            auto store = Auth::EncryptedFileSecretStore::open(secrets, QString::fromLatin1(m_master));
            QVERIFY(store.ok());
            QSettings settings(ini, QSettings::IniFormat);
            auto loaded = Auth::CredentialVault(settings, *store.value()).load();
            QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
            QCOMPARE(loaded.value(), saved);
        }
        int scanned = 0;
        for (QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            ++scanned;
            for (const QByteArray &canary : {read, write, auth, priv}) {
                QVERIFY2(!data.contains(canary), qPrintable(file.fileName() + QStringLiteral(" contains ") + QString::fromLatin1(canary)));
                QVERIFY2(!data.contains(canary.toBase64()), qPrintable(file.fileName()));
                QVERIFY2(!data.contains(canary.toHex()), qPrintable(file.fileName()));
            }
        }
        QVERIFY(scanned >= 2); // the settings file and the secret file at least
        QVERIFY(QFile::exists(ini) && QFile::exists(secrets));
    }
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
