// SPDX-License-Identifier: GPL-3.0-or-later
// The OS keychain backend for real: a private D-Bus session bus (its own config, so nothing is
// auto-activated from the system's service files) and an unlocked gnome-keyring-daemon in it, both
// started here and killed in cleanup. Through KeychainSecretStore (QtKeychain, libsecret):
// store, read, overwrite, delete, binary values, a missing key, openSecretStore's choice, and the
// credential vault on top. The keyring file on disk never holds the secret's bytes. Before the
// keychain's first use the process encrypts an SNMPv3 AES message (netsnmp/ on libgcrypt), as a
// poll may before a keychain lookup in the app: libsecret must still set libgcrypt up and work.
#include "auth/credentialvault.h"
#include "auth/keychainsecretstore.h"
#include "netsnmp/scapicache.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/scapi.h>
#include <net-snmp/library/transform_oids.h>

#include <vector>

using namespace Printwatch;
using namespace Printwatch::Auth;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

    const QByteArray m_canary = QByteArrayLiteral("CANARY-keychain-secret-4e21");
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_service;

    static void stop(QProcess &process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (busDaemon.isEmpty() || keyringDaemon.isEmpty())
            QSKIP("dbus-daemon or gnome-keyring-daemon is not installed (Debian packages dbus-daemon and "
                  "gnome-keyring; scripts/bootstrap.sh installs them): the OS keychain backend is not tested here");
        QVERIFY(m_home.isValid());

        // An AES-CFB message through net-snmp's sc_encrypt, served by libgcrypt, before libsecret loads.
        QVERIFY(NetSnmp::cachedUsmCryptoActive());
        std::vector<u_char> key(16, 0x5a), iv(16, 0x11), plain(100, 0x42), cipher(100);
        size_t cipherLength = cipher.size();
        QCOMPARE(::sc_encrypt(usmAESPrivProtocol, 10, key.data(), 16, iv.data(), 16, plain.data(), 100, cipher.data(),
                              &cipherLength),
                 SNMPERR_SUCCESS);
        QCOMPARE(NetSnmp::aesKeysHeld(), std::size_t(1));

        // A bus of our own with no service directories: a secrets request never starts a daemon we do not own.
        const QString config = m_home.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(
                       "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                       "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                       "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                       .arg(m_home.path())
                       .toUtf8());
        file.close();
        m_bus.start(busDaemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                                QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(10000), qPrintable(m_bus.errorString()));
        QDeadlineTimer deadline(15000);
        while (!m_bus.canReadLine() && !deadline.hasExpired())
            m_bus.waitForReadyRead(500);
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY2(address.startsWith("unix:"), address.constData());
        // Before the first keychain call: libsecret's GDBus connection reads it once per process.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(address));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        m_keyring.setProcessEnvironment(env);
        m_keyring.start(keyringDaemon, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                        QStringLiteral("--components=secrets")});
        QVERIFY2(m_keyring.waitForStarted(10000), qPrintable(m_keyring.errorString()));
        m_keyring.write("keyring-test-login-password"); // --unlock reads the login password from stdin
        m_keyring.closeWriteChannel();

        // The daemon takes its bus name a moment after it starts: ask until the keychain answers.
        QString problem;
        QDeadlineTimer ready(20000);
        while (!ready.hasExpired()) {
            auto store = KeychainSecretStore::open(QStringLiteral("printwatch-test"));
            if (store)
                return;
            problem = store.error();
            QVERIFY2(m_keyring.state() == QProcess::Running,
                     qPrintable(QStringLiteral("gnome-keyring-daemon ended: ") + QString::fromLocal8Bit(m_keyring.readAllStandardError())));
            QThread::msleep(200);
        }
        QFAIL(qPrintable(QStringLiteral("the private keychain never answered: ") + problem));
    }

    void cleanupTestCase()
    {
        stop(m_keyring);
        stop(m_bus);
    }

    void storeReadOverwriteDelete()
    {
        auto opened = KeychainSecretStore::open(QStringLiteral("printwatch-test"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        SecretStore &store = *opened.value();
        QVERIFY(store.backendName().contains(QLatin1String("keychain")));
        const QString key = QStringLiteral("snmp/write-community");

        auto missing = store.read(key);
        QVERIFY2(missing.ok(), qPrintable(missing.error()));
        QVERIFY(!missing->has_value());

        QVERIFY(store.write(key, m_canary).ok());
        auto read = store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->value(), m_canary);

        QVERIFY(store.write(key, QByteArrayLiteral("second value")).ok());
        QCOMPARE(store.read(key)->value(), QByteArrayLiteral("second value"));

        const QByteArray binary("\x00\x01\xff zero inside\x00", 17);
        QVERIFY(store.write(QStringLiteral("binary"), binary).ok());
        QCOMPARE(store.read(QStringLiteral("binary"))->value(), binary);

        QVERIFY(store.remove(key).ok());
        QVERIFY(!store.read(key)->has_value());
        QVERIFY(store.remove(key).ok()); // removing what is gone is not an error
        QVERIFY(store.remove(QStringLiteral("binary")).ok());
    }

    void anotherStoreObjectSeesTheSameSecrets()
    {
        {
            auto first = KeychainSecretStore::open(QStringLiteral("printwatch-test"));
            QVERIFY(first.ok());
            QVERIFY(first.value()->write(QStringLiteral("kept"), m_canary).ok());
        }
        auto second = KeychainSecretStore::open(QStringLiteral("printwatch-test"));
        QVERIFY(second.ok());
        QCOMPARE(second.value()->read(QStringLiteral("kept"))->value(), m_canary);
        // Another service name is another namespace.
        auto other = KeychainSecretStore::open(QStringLiteral("printwatch-other"));
        QVERIFY(other.ok());
        QVERIFY(!other.value()->read(QStringLiteral("kept"))->has_value());
    }

    void openSecretStorePrefersTheKeychain()
    {
        SecretStoreChoice choice;
        choice.filePath = m_home.filePath(QStringLiteral("secrets.json"));
        auto store = openSecretStore(choice); // no master password: only a keychain can answer
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QVERIFY(store.value()->backendName().contains(QLatin1String("keychain")));
        QVERIFY(!QFile::exists(choice.filePath));
    }

    void credentialVaultOverTheKeychain()
    {
        auto opened = KeychainSecretStore::open(QStringLiteral("printwatch-test"));
        QVERIFY(opened.ok());
        QSettings settings(m_home.filePath(QStringLiteral("vault.ini")), QSettings::IniFormat);
        StoredCredentials saved;
        saved.defaultCommunity = QString::fromLatin1(m_canary);
        Core::CredentialSet set;
        set.name = QStringLiteral("lab");
        Core::SnmpCredential v3;
        v3.version = Core::SnmpVersion::V3;
        v3.user = QStringLiteral("ops");
        v3.securityLevel = Core::SnmpSecurityLevel::AuthPriv;
        v3.authProtocol = Core::SnmpAuthProtocol::Sha256;
        v3.authPassword = QStringLiteral("CANARY-auth-pass-1");
        v3.privProtocol = Core::SnmpPrivProtocol::Aes128;
        v3.privPassword = QStringLiteral("CANARY-priv-pass-2");
        set.credentials = {v3};
        set.writeCredential = v3;
        saved.sets = {set};
        QVERIFY(CredentialVault(settings, *opened.value()).save(saved).ok());
        settings.sync();

        QSettings again(m_home.filePath(QStringLiteral("vault.ini")), QSettings::IniFormat);
        auto reopened = KeychainSecretStore::open(QStringLiteral("printwatch-test"));
        QVERIFY(reopened.ok());
        auto loaded = CredentialVault(again, *reopened.value()).load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded.value(), saved);

        // Neither the settings nor the keyring file on disk carries a secret's bytes.
        for (QDirIterator it(m_home.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            for (const QByteArray &canary : {m_canary, QByteArrayLiteral("CANARY-auth-pass-1"), QByteArrayLiteral("CANARY-priv-pass-2")})
                QVERIFY2(!data.contains(canary), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
