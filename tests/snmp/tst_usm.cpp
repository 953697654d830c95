// SPDX-License-Identifier: GPL-3.0-or-later
// SNMPv3 against net-snmp's snmpd: every security level, authentication and privacy protocol this
// Debian build supports, and one test per error class with its distinct message.
#include "agents.h"
#include "snmp/credentialprobe.h"
#include "snmp/engine.h"

#include <QSignalSpy>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Snmp;

namespace {
const QString kAuthPassword = QStringLiteral("auth-pass-1234");
const QString kPrivPassword = QStringLiteral("priv-pass-5678");
const QStringList kAuth{QStringLiteral("MD5"),     QStringLiteral("SHA"),     QStringLiteral("SHA-224"),
                        QStringLiteral("SHA-256"), QStringLiteral("SHA-384"), QStringLiteral("SHA-512")};
const QStringList kPriv{QStringLiteral("DES"),     QStringLiteral("AES"),       QStringLiteral("AES-192"),
                        QStringLiteral("AES-256"), QStringLiteral("AES-192-C"), QStringLiteral("AES-256-C")};

QString userName(const QString &auth, const QString &priv)
{
    QString name = QStringLiteral("u_") + auth + u'_' + (priv.isEmpty() ? QStringLiteral("nopriv") : priv);
    return name.replace(u'-', u'_');
}

Core::SnmpCredential v3(const QString &user, Core::SnmpSecurityLevel level, const QString &auth = {},
                        const QString &priv = {})
{
    Core::SnmpCredential credential;
    credential.version = Core::SnmpVersion::V3;
    credential.user = user;
    credential.securityLevel = level;
    credential.timeoutMs = 700;
    credential.retries = 1;
    if (!auth.isEmpty()) {
        credential.authProtocol = *Core::snmpAuthProtocolFromKey(auth);
        credential.authPassword = kAuthPassword;
    }
    if (!priv.isEmpty()) {
        credential.privProtocol = *Core::snmpPrivProtocolFromKey(priv);
        credential.privPassword = kPrivPassword;
    }
    return credential;
}
} // namespace

class TestUsm : public QObject
{
    Q_OBJECT

private:
    Test::SnmpdAgent m_agent;
    std::unique_ptr<Engine> m_engine;

    ProbeResult probe(Engine *engine, quint16 port, const Core::SnmpCredential &credential)
    {
        CredentialProbe probe(engine);
        QSignalSpy spy(&probe, &CredentialProbe::finished);
        probe.start(QStringLiteral("127.0.0.1"), port, credential);
        if (!spy.wait(20000)) {
            ProbeResult failed;
            failed.message = QStringLiteral("test: no answer from the probe");
            return failed;
        }
        return spy.takeFirst().at(0).value<ProbeResult>();
    }

private slots:
    void initTestCase()
    {
        if (!Test::SnmpdAgent::available())
            QSKIP("snmpd is not installed (apt-get install snmpd)");
        // A fixed engine ID, so a restart keeps it (and engine boots grows) as on a real printer.
        QStringList config{QStringLiteral("engineID printwatch-tst-usm"), QStringLiteral("createUser u_noauth"), QStringLiteral("rouser u_noauth noauth"),
                           QStringLiteral("createUser u_authonly SHA %1").arg(kAuthPassword),
                           QStringLiteral("rouser u_authonly auth"),
                           QStringLiteral("createUser u_privonly SHA %1 AES %2").arg(kAuthPassword, kPrivPassword),
                           QStringLiteral("rouser u_privonly priv")};
        for (const QString &auth : kAuth) {
            config << QStringLiteral("createUser %1 %2 %3").arg(userName(auth, {}), auth, kAuthPassword)
                   << QStringLiteral("rouser %1 auth").arg(userName(auth, {}));
            for (const QString &priv : kPriv) {
                config << QStringLiteral("createUser %1 %2 %3 %4 %5")
                              .arg(userName(auth, priv), auth, kAuthPassword, priv, kPrivPassword)
                       << QStringLiteral("rouser %1 priv").arg(userName(auth, priv));
            }
        }
        QVERIFY2(m_agent.startV3(config), qPrintable(m_agent.error()));
        m_engine = std::make_unique<Engine>();
        QVERIFY(m_engine->isOpen());
    }

    void everyCombination_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("priv");
        QTest::newRow("noAuthNoPriv") << QString() << QString();
        for (const QString &auth : kAuth) {
            QTest::newRow(qPrintable(auth + QStringLiteral("/none"))) << auth << QString();
            for (const QString &priv : kPriv)
                QTest::newRow(qPrintable(auth + u'/' + priv)) << auth << priv;
        }
    }

    void everyCombination()
    {
        QFETCH(QString, auth);
        QFETCH(QString, priv);
        const auto level = auth.isEmpty()   ? Core::SnmpSecurityLevel::NoAuthNoPriv
                           : priv.isEmpty() ? Core::SnmpSecurityLevel::AuthNoPriv
                                            : Core::SnmpSecurityLevel::AuthPriv;
        const QString user = auth.isEmpty() ? QStringLiteral("u_noauth") : userName(auth, priv);
        const ProbeResult result = probe(m_engine.get(), m_agent.port(), v3(user, level, auth, priv));
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY2(result.sysDescr.contains(QLatin1String("Linux")), qPrintable(result.sysDescr));
        QVERIFY(!result.engineId.isEmpty());
    }

    void walkOverV3()
    {
        // A GETBULK walk of the system group at authPriv with the strongest protocols.
        Target target;
        target.address = QHostAddress(QStringLiteral("127.0.0.1"));
        target.port = m_agent.port();
        target.credential = v3(userName(QStringLiteral("SHA-512"), QStringLiteral("AES-256")),
                               Core::SnmpSecurityLevel::AuthPriv, QStringLiteral("SHA-512"), QStringLiteral("AES-256"));
        target.credential.port = target.port;
        QObject context;
        std::optional<WalkResult> walk;
        m_engine->walk(target, Oid{1, 3, 6, 1, 2, 1, 1}, &context, [&walk](const WalkResult &r) { walk = r; });
        QTRY_VERIFY_WITH_TIMEOUT(walk.has_value(), 20000);
        QVERIFY2(walk->error.isEmpty(), qPrintable(walk->error));
        QVERIFY(walk->rows.size() >= 7);
        bool sawName = false;
        for (const VarBind &row : walk->rows)
            sawName |= row.oid == Oid{1, 3, 6, 1, 2, 1, 1, 5, 0} && row.bytes == "printwatch-test-snmpd";
        QVERIFY(sawName);
    }

    void keysDerivedOncePerCredential()
    {
        Engine engine;
        const auto credential = v3(userName(QStringLiteral("SHA"), QStringLiteral("AES")),
                                   Core::SnmpSecurityLevel::AuthPriv, QStringLiteral("SHA"), QStringLiteral("AES"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(probe(&engine, m_agent.port(), credential).ok);
        QCOMPARE(engine.usmUsers().stats().masterKeys, 2); // one auth Ku, one priv Ku
        QCOMPARE(engine.usmUsers().stats().localisedUsers, 1);
        QCOMPARE(engine.stats().engineDiscoveries, quint64(1));
    }

    void errorNoAnswer()
    {
        const quint16 silentPort = Test::freeUdpPort();
        const ProbeResult result = probe(m_engine.get(), silentPort, v3(QStringLiteral("u_noauth"),
                                                                       Core::SnmpSecurityLevel::NoAuthNoPriv));
        QVERIFY(!result.ok);
        QCOMPARE(errorKindKey(result.kind), QStringLiteral("no-answer"));
        QVERIFY2(result.message.contains(QLatin1String("no answer")) && result.message.contains(QLatin1String("discovery")),
                 qPrintable(result.message));
    }

    void errorUnknownUser()
    {
        const ProbeResult result = probe(m_engine.get(), m_agent.port(),
                                         v3(QStringLiteral("nobody_here"), Core::SnmpSecurityLevel::AuthNoPriv,
                                            QStringLiteral("SHA")));
        QCOMPARE(errorKindKey(result.kind), QStringLiteral("unknown-user"));
        QVERIFY2(result.message.contains(QLatin1String("does not know the SNMPv3 user 'nobody_here'")),
                 qPrintable(result.message));
    }

    void errorWrongDigest()
    {
        auto credential = v3(QStringLiteral("u_authonly"), Core::SnmpSecurityLevel::AuthNoPriv, QStringLiteral("SHA"));
        credential.authPassword = QStringLiteral("not-the-password");
        const ProbeResult result = probe(m_engine.get(), m_agent.port(), credential);
        QCOMPARE(errorKindKey(result.kind), QStringLiteral("wrong-digest"));
        QVERIFY2(result.message.contains(QLatin1String("check the authentication password")), qPrintable(result.message));
    }

    void errorDiscoveredThenSilent_data()
    {
        QTest::addColumn<QString>("priv");
        QTest::addColumn<QString>("privPassword");
        QTest::newRow("wrong privacy password") << QStringLiteral("AES-192") << QStringLiteral("wrong-priv-pass");
        QTest::newRow("wrong AES variant") << QStringLiteral("AES-192-C") << kPrivPassword;
        QTest::newRow("wrong privacy protocol") << QStringLiteral("DES") << kPrivPassword;
    }

    void errorDiscoveredThenSilent()
    {
        QFETCH(QString, priv);
        QFETCH(QString, privPassword);
        Engine engine; // a fresh engine: nothing verified about this device yet
        // The user was created with AES-192 (Blumenthal); anything else decrypts to garbage.
        auto credential = v3(userName(QStringLiteral("SHA"), QStringLiteral("AES-192")),
                             Core::SnmpSecurityLevel::AuthPriv, QStringLiteral("SHA"), priv);
        credential.privPassword = privPassword;
        credential.timeoutMs = 400;
        const ProbeResult result = probe(&engine, m_agent.port(), credential);
        QCOMPARE(errorKindKey(result.kind), QStringLiteral("discovered-then-silent"));
        QVERIFY2(result.message.contains(QLatin1String("answered engine discovery, then silence: check the privacy "
                                                        "password, protocol or AES variant")),
                 qPrintable(result.message));
        QVERIFY(!result.engineId.isEmpty());
    }

    void errorWrongSecurityLevel()
    {
        // u_authonly has no privacy key: authPriv is a level it does not support.
        auto credential = v3(QStringLiteral("u_authonly"), Core::SnmpSecurityLevel::AuthPriv, QStringLiteral("SHA"),
                             QStringLiteral("AES"));
        const ProbeResult result = probe(m_engine.get(), m_agent.port(), credential);
        QCOMPARE(errorKindKey(result.kind), QStringLiteral("wrong-security-level"));
        QVERIFY2(result.message.contains(QLatin1String("does not support security level authPriv")),
                 qPrintable(result.message));
    }

    void notInTimeWindowResynchronises()
    {
        // A clock cache from an earlier run, and the printer restarted since: its boots and time
        // are not what the engine expects. The agent answers notInTimeWindow with its real clock,
        // the engine takes it and resends: an answer, not an outage.
        const auto credential = v3(QStringLiteral("u_privonly"), Core::SnmpSecurityLevel::AuthPriv,
                                   QStringLiteral("SHA"), QStringLiteral("AES"));
        Target target;
        target.address = QHostAddress(QStringLiteral("127.0.0.1"));
        target.port = m_agent.port();
        Engine first;
        QVERIFY(probe(&first, m_agent.port(), credential).ok);
        const auto clock = first.engineClock(target);
        QVERIFY(clock.has_value());
        QVERIFY(clock->boots >= 1);

        Engine engine;
        engine.restoreEngineClock(target, {clock->engineId, clock->boots, clock->time + 100000});
        const ProbeResult after = probe(&engine, m_agent.port(), credential);
        QVERIFY2(after.ok, qPrintable(after.message));
        QVERIFY(after.resynchronised);
        QCOMPARE(after.engineId, clock->engineId);
        QVERIFY2(after.message.contains(QLatin1String("resynchronisation")), qPrintable(after.message));
        QCOMPARE(engine.stats().resyncs, quint64(1));
        QCOMPARE(engine.stats().engineDiscoveries, quint64(0)); // the restored engine ID was right
        QVERIFY(engine.engineClock(target)->time < clock->time + 1000);
    }
};

QTEST_GUILESS_MAIN(TestUsm)
#include "tst_usm.moc"
