// SPDX-License-Identifier: GPL-3.0-or-later
// Canary test: a recognisable write community and recognisable passwords go through every path
// that handles secrets (printwatch-cli user add, secret set, a reboot that uses the secret, a
// failed and a good login, the audit export); afterwards none of them appears in the database
// files, the settings and data folders, the secret file, or anything the programs printed.
#include "simfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
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
        QCOMPARE(run(QStringList{QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("snmp/write-community"),
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

        // A reboot that reads the community from the store and sends it (the simulator's write
        // community is another one, so the printer ignores it and the action fails: the message
        // must not quote the community).
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
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
