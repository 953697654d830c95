// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets never in plain text: the encrypted file round-trips, refuses a wrong master password,
// notices a damaged box, never contains the secret's bytes; without a keychain and without a
// master password there is an error that says what to do, never a plaintext fallback.
#include "auth/secretstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Auth;

class TestSecretStore : public QObject
{
    Q_OBJECT

    const QByteArray m_canary = QByteArrayLiteral("CANARY-write-community-7f3a9c");

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void encryptedFileRoundTripsAndHidesTheSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        {
            auto store = EncryptedFileSecretStore::open(path, QStringLiteral("master-1"), HashParameters::minimal());
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QVERIFY(store.value()->write(QStringLiteral("snmp/write-community"), m_canary).ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY(!raw.contains(m_canary));
        QVERIFY(!raw.contains(m_canary.toBase64()));
        QVERIFY(!raw.contains("master-1"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        auto again = EncryptedFileSecretStore::open(path, QStringLiteral("master-1"));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        auto value = again.value()->read(QStringLiteral("snmp/write-community"));
        QVERIFY(value.ok());
        QCOMPARE(value->value(), m_canary);
        QVERIFY(!again.value()->read(QStringLiteral("missing")).value().has_value());
    }

    void wrongMasterPasswordIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        QVERIFY(EncryptedFileSecretStore::open(path, QStringLiteral("right"), HashParameters::minimal()).ok());
        auto wrong = EncryptedFileSecretStore::open(path, QStringLiteral("wrong"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(QLatin1String("master password is wrong")), qPrintable(wrong.error()));
    }

    void damagedBoxIsNoticed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        {
            auto store = EncryptedFileSecretStore::open(path, QStringLiteral("m"), HashParameters::minimal());
            QVERIFY(store.value()->write(QStringLiteral("k"), m_canary).ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray raw = file.readAll();
        file.close();
        const qsizetype at = raw.indexOf("\"k\": \"") + 20;
        raw[at] = raw[at] == 'A' ? 'B' : 'A';
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(raw);
        file.close();
        auto store = EncryptedFileSecretStore::open(path, QStringLiteral("m"));
        QVERIFY(store.ok());
        QVERIFY(!store.value()->read(QStringLiteral("k")).ok());
    }

    void noKeychainAndNoMasterPasswordIsAClearError()
    {
        QTemporaryDir dir;
        SecretStoreChoice choice;
        choice.tryKeychain = false;
        choice.filePath = dir.filePath(QStringLiteral("secrets.json"));
        auto store = openSecretStore(choice);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QLatin1String("master password")), qPrintable(store.error()));
        QVERIFY(!QFile::exists(choice.filePath)); // nothing written, least of all in plain text
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
