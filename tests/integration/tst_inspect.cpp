// SPDX-License-Identifier: GPL-3.0-or-later
// printwatch-cli inspect as a user runs it: a saved walk (with bad lines), user profiles that
// override a built-in one or are broken, and a live SNMPv3 read of printwatch-sim.
#include "simprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch::Tests;

namespace {

const char kWalk[] = ".1.3.6.1.2.1.1.1.0 = STRING: \"HP ETHERNET MULTI-ENVIRONMENT\"\n"
                     ".1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.11.2.3.9.1\n"
                     ".1.3.6.1.2.1.1.5.0 = STRING: \"lj-walk\"\n"
                     "this line is not a varbind\n"
                     ".1.3.6.1.2.1.25.3.2.1.2.1 = OID: .1.3.6.1.2.1.25.3.1.5\n"
                     ".1.3.6.1.2.1.25.3.2.1.3.1 = Hex-STRING: 48 50 20 4C 61 73 65 72 4A 65 74 20 4D 46 50 20 \n"
                     "4D 31 33 30 \n"
                     ".1.3.6.1.2.1.43.5.1.1.17.1 = STRING: \"CNBW000001\"\n"
                     ".1.3.6.1.2.1.43.10.2.1.4.1.1 = Counter32: 5000\n"
                     ".1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.6.0 = Counter32: 2100\n";

bool write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QJsonObject counterNamed(const QJsonObject &result, const QString &name)
{
    for (const auto &value : result.value(QLatin1String("counters")).toArray()) {
        if (value.toObject().value(QLatin1String("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestInspect final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_walk;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_walk = m_dir.filePath(QStringLiteral("printer.walk"));
        QVERIFY(write(m_walk, kWalk));
    }

    void savedWalkIsDecodedAndBadLinesAreNamed()
    {
        const auto run = runCli({QStringLiteral("inspect"), QStringLiteral("--walk"), m_walk, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(m_walk + QStringLiteral(" line 4")), qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject identity = result.value(QLatin1String("identity")).toObject();
        QCOMPARE(identity.value(QLatin1String("model")).toString(), QStringLiteral("HP LaserJet MFP M130"));
        QCOMPARE(identity.value(QLatin1String("serial")).toString(), QStringLiteral("CNBW000001"));
        QCOMPARE(identity.value(QLatin1String("profile")).toString(), QStringLiteral("hp"));
        const QJsonObject total = counterNamed(result, QStringLiteral("total"));
        QCOMPARE(total.value(QLatin1String("value")).toDouble(), 5000.0);
        QCOMPARE(total.value(QLatin1String("source")).toString(), QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1"));
    }

    void pwgMibsAndInferredTypeInText()
    {
        // No hrDeviceTable, no Printer-MIB: the type comes from the PWG Port Monitor rows; the PWG
        // counter MIB gives the total next to nothing else; both show in the text output.
        const QByteArray walk = ".1.3.6.1.2.1.1.1.0 = STRING: \"Acme Office 9\"\n"
                                ".1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.99999.1\n"
                                ".1.3.6.1.4.1.2699.1.2.1.3.1.1.3.1.1 = STRING: \"Office-RAW\"\n"
                                ".1.3.6.1.4.1.2699.1.2.1.3.1.1.5.1.1 = INTEGER: 11\n"
                                ".1.3.6.1.4.1.2699.1.2.1.3.1.1.6.1.1 = INTEGER: 9100\n"
                                ".1.3.6.1.4.1.2699.1.3.1.2.1.1.2.1 = INTEGER: 3\n"
                                ".1.3.6.1.4.1.2699.1.3.1.2.1.1.5.1 = INTEGER: 0\n"
                                ".1.3.6.1.4.1.2699.1.3.1.8.1.1.4.1.3.3 = Counter32: 1234\n";
        const QString path = m_dir.filePath(QStringLiteral("pwg.walk"));
        QVERIFY(write(path, walk));
        const auto run = runCli({QStringLiteral("inspect"), QStringLiteral("--walk"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("type          printer  [1.3.6.1.4.1.2699.1.2.1.3.1.1.3.1.1]")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("raw9100")) && run.out.contains(QStringLiteral("9100 enabled")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("[1.3.6.1.4.1.2699.1.3.1.8.1.1.4.1.3.3]")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("1234 impressions")), qPrintable(run.out));
    }

    void userProfileOverridesAndBrokenOneIsNamed()
    {
        const QString dir = m_dir.filePath(QStringLiteral("profiles"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(write(dir + QStringLiteral("/hp.json"),
                      "{\"id\": \"hp\", \"vendor\": \"HP (site)\", \"match\": {\"enterprises\": [11]}, \"counters\": "
                      "[{\"name\": \"mono\", \"oid\": \"1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.6.0\", \"scale\": 2, "
                      "\"label\": \"Site mono\"}]}"));
        QVERIFY(write(dir + QStringLiteral("/broken.json"), "{\"id\": \"broken\""));
        const auto run = runCli({QStringLiteral("inspect"), QStringLiteral("--walk"), m_walk, QStringLiteral("--profiles"),
                                 dir, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(dir + QStringLiteral("/broken.json")), qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(QLatin1String("identity")).toObject().value(QLatin1String("vendor")).toString(),
                 QStringLiteral("HP (site)"));
        const QJsonObject mono = counterNamed(result, QStringLiteral("mono"));
        QCOMPARE(mono.value(QLatin1String("value")).toDouble(), 4200.0);
        QCOMPARE(mono.value(QLatin1String("raw_value")).toDouble(), 2100.0);
        QCOMPARE(mono.value(QLatin1String("label")).toString(), QStringLiteral("Site mono"));
    }

    void liveSnmpV3Read()
    {
        SimProcess sim;
        const QString error = sim.start({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--first"),
                                         QStringLiteral("127.1.5.1"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString authFile = m_dir.filePath(QStringLiteral("auth"));
        const QString privFile = m_dir.filePath(QStringLiteral("priv"));
        QVERIFY(write(authFile, "printwatch-auth\n"));
        QVERIFY(write(privFile, "printwatch-priv\n"));
        const QStringList v3{QStringLiteral("inspect"), QStringLiteral("127.1.5.1"), QStringLiteral("--port"),
                             QString::number(sim.port()), QStringLiteral("--snmp-version"), QStringLiteral("3"),
                             QStringLiteral("--user"), QStringLiteral("printwatch"), QStringLiteral("--auth-protocol"),
                             QStringLiteral("SHA"), QStringLiteral("--priv-protocol"), QStringLiteral("AES"),
                             QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("--json")};
        const auto run = runCli(v3 + QStringList{QStringLiteral("--auth-password-file"), authFile,
                                                 QStringLiteral("--priv-password-file"), privFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject identity =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("identity")).toObject();
        QVERIFY(!identity.value(QLatin1String("serial")).toString().isEmpty());
        // The engine ID USM discovered (sim/README.md: 80001f8805 + seed + index).
        QVERIFY2(identity.value(QLatin1String("engine_id")).toString().startsWith(QLatin1String("80001f8805")),
                 qPrintable(identity.value(QLatin1String("engine_id")).toString()));

        QVERIFY(write(authFile, "not-the-password\n"));
        const auto wrong = runCli(v3 + QStringList{QStringLiteral("--auth-password-file"), authFile,
                                                   QStringLiteral("--priv-password-file"), privFile});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("127.1.5.1")), qPrintable(wrong.err));
    }
};

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
