// SPDX-License-Identifier: GPL-3.0-or-later
// SNMPv3 in the simulator, with net-snmp's snmpget as the manager (a separate process, so the
// process-global USM lists of this test belong to the simulator alone): every authentication and
// privacy protocol, a distinct engine ID per device, the USM reports, and duplicate engine IDs.

#include "sim/fleet.h"
#include "sim/usm.h"
#include "simtestutil.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/keytools.h>
#include <net-snmp/library/snmpusm.h>

#include <QTest>

#include <algorithm>
#include <random>

using namespace Printwatch::Sim;
using namespace Printwatch::Sim::Test;

namespace {

QByteArray both(const ToolResult &r)
{
    return r.out + r.err;
}

const QString SysName = QStringLiteral("1.3.6.1.2.1.1.5.0");
const QByteArray AuthPass = "auth-pass-phrase";
const QByteArray PrivPass = "priv-pass-phrase";

struct V3
{
    QString user;
    QString level = QStringLiteral("authPriv");
    QString auth;
    QByteArray authPass = AuthPass;
    QString priv;
    QByteArray privPass = PrivPass;
    QString engineId; // hex; empty = discover it
};

ToolResult v3get(const QString &address, quint16 port, const V3 &v)
{
    QStringList args{QStringLiteral("-v3"), QStringLiteral("-l"), v.level, QStringLiteral("-u"), v.user,
                     QStringLiteral("-On"), QStringLiteral("-Ox"), QStringLiteral("-t"), QStringLiteral("1"),
                     QStringLiteral("-r"), QStringLiteral("1")};
    if (!v.auth.isEmpty())
        args << QStringLiteral("-a") << v.auth << QStringLiteral("-A") << QString::fromUtf8(v.authPass);
    if (!v.priv.isEmpty())
        args << QStringLiteral("-x") << v.priv << QStringLiteral("-X") << QString::fromUtf8(v.privPass);
    if (!v.engineId.isEmpty())
        args << QStringLiteral("-e") << v.engineId;
    args << (address + u':' + QString::number(port)) << SysName;
    return runTool(QStringLiteral("snmpget"), args);
}

QString sysNameOf(const ToolResult &r)
{
    const QList<Varbind> vbs = parseVarbinds(r.out);
    return vbs.size() == 1 ? hexText(vbs[0].value) : QString();
}

QString userName(const QString &auth, const QString &priv)
{
    return (auth + u'-' + priv).toLower();
}

const QStringList AuthProtocols{QStringLiteral("MD5"),     QStringLiteral("SHA"),     QStringLiteral("SHA-224"),
                                QStringLiteral("SHA-256"), QStringLiteral("SHA-384"), QStringLiteral("SHA-512")};
const QStringList PrivProtocols{QStringLiteral("DES"),       QStringLiteral("AES"),      QStringLiteral("AES-192"),
                                QStringLiteral("AES-256"),   QStringLiteral("AES-192-C"), QStringLiteral("AES-256-C")};

} // namespace

class TestUsmTable : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fleet> m_fleet;
    QStringList m_addresses;
    quint16 m_port = 0;

private slots:
    void initTestCase()
    {
        if (!haveSnmpTools())
            QSKIP("net-snmp command-line tools (snmpget, snmpbulkwalk) are not installed");
        FleetConfig config;
        config.printerCount = 40;
        config.firstAddress = QStringLiteral("127.43.0.1");
        config.speed = 0.00001;
        config.behaviours = {QStringLiteral("127.43.0.30-33:same-engine-id")};
        // Every authentication protocol with AES; every privacy protocol with MD5 and SHA, whose keys
        // are shorter than AES-192/256 keys, so both key-extension variants are exercised.
        for (const QString &auth : AuthProtocols)
            config.v3Users << parseV3User(QStringLiteral("%1:%2:%3:AES:%4").arg(userName(auth, QStringLiteral("AES")), auth,
                                                                               QString::fromUtf8(AuthPass),
                                                                               QString::fromUtf8(PrivPass)))
                                  .value();
        for (const QString &priv : PrivProtocols) {
            for (const QString &auth : {QStringLiteral("MD5"), QStringLiteral("SHA")}) {
                if (priv == u"AES")
                    continue; // already there
                config.v3Users << parseV3User(QStringLiteral("%1:%2:%3:%4:%5")
                                                  .arg(userName(auth, priv), auth, QString::fromUtf8(AuthPass), priv,
                                                       QString::fromUtf8(PrivPass)))
                                      .value();
            }
        }
        config.v3Users << parseV3User(QStringLiteral("authonly:SHA:%1").arg(QString::fromUtf8(AuthPass))).value()
                       << parseV3User(QStringLiteral("public-user")).value();
        auto fleet = Fleet::start(config);
        QVERIFY2(fleet, qPrintable(fleet.error()));
        m_fleet = std::move(fleet).value();
        m_addresses = m_fleet->addresses();
        m_port = m_fleet->port();
    }

    void parseUser_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("authPriv") << "u:SHA-256:12345678:AES-256-C:abcdefgh" << true;
        QTest::newRow("authNoPriv") << "u:MD5:12345678" << true;
        QTest::newRow("noAuthNoPriv") << "u" << true;
        QTest::newRow("short pass phrase") << "u:SHA:1234567:AES:abcdefgh" << false;
        QTest::newRow("unknown auth") << "u:SHA-3:12345678" << false;
        QTest::newRow("unknown priv") << "u:SHA:12345678:3DES:abcdefgh" << false;
        QTest::newRow("priv without auth") << "u:none::AES:abcdefgh" << false;
        QTest::newRow("four fields") << "u:SHA:12345678:AES" << false;
        QTest::newRow("empty name") << ":SHA:12345678" << false;
    }

    void parseUser()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        const auto user = parseV3User(spec);
        QCOMPARE(bool(user), valid);
        if (user)
            QCOMPARE(v3UserToString(*user).section(u':', 0, 0), spec.section(u':', 0, 0));
    }

    void everyProtocol_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("priv");
        for (const QString &auth : AuthProtocols)
            QTest::newRow(qPrintable(auth + QStringLiteral("/AES"))) << auth << QStringLiteral("AES");
        for (const QString &priv : PrivProtocols) {
            for (const QString &auth : {QStringLiteral("MD5"), QStringLiteral("SHA")}) {
                if (priv != u"AES")
                    QTest::newRow(qPrintable(auth + u'/' + priv)) << auth << priv;
            }
        }
    }

    void everyProtocol()
    {
        QFETCH(QString, auth);
        QFETCH(QString, priv);
        // A different device per row: each has its own engine ID, so keys are localised per device.
        const int row = int(qHash(auth + priv) % 20);
        const QString address = m_addresses.at(row);
        const ToolResult r = v3get(address, m_port, {userName(auth, priv), QStringLiteral("authPriv"), auth, AuthPass, priv});
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QCOMPARE(sysNameOf(r), m_fleet->device(address)->sysName);
    }

    void otherSecurityLevels()
    {
        const QString address = m_addresses.at(21);
        ToolResult r = v3get(address, m_port, {QStringLiteral("authonly"), QStringLiteral("authNoPriv"), QStringLiteral("SHA")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(sysNameOf(r), m_fleet->device(address)->sysName);
        r = v3get(address, m_port, {QStringLiteral("public-user"), QStringLiteral("noAuthNoPriv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(sysNameOf(r), m_fleet->device(address)->sysName);
        // A noAuth user cannot ask for authentication.
        r = v3get(address, m_port, {QStringLiteral("public-user"), QStringLiteral("authNoPriv"), QStringLiteral("SHA")});
        QVERIFY(r.exitCode != 0);
    }

    void usmReportsAreDistinct()
    {
        const QString address = m_addresses.at(22);
        const QString user = userName(QStringLiteral("SHA"), QStringLiteral("AES"));
        ToolResult r = v3get(address, m_port, {user, QStringLiteral("authPriv"), QStringLiteral("SHA"), "wrong-auth-pass",
                                               QStringLiteral("AES")});
        QVERIFY2(r.err.contains("Authentication failure"), r.err.constData());
        r = v3get(address, m_port, {QStringLiteral("nobody"), QStringLiteral("authPriv"), QStringLiteral("SHA"), AuthPass,
                                    QStringLiteral("AES")});
        QVERIFY2(r.err.contains("Unknown user name"), r.err.constData());
        // A wrong privacy pass phrase decrypts to garbage: the agent stays silent, like snmpd.
        r = v3get(address, m_port, {user, QStringLiteral("authPriv"), QStringLiteral("SHA"), AuthPass,
                                    QStringLiteral("AES"), "wrong-priv-pass"});
        QVERIFY2(r.err.contains("Timeout") || r.out.contains("Timeout"), both(r).constData());
        // Right pass phrases, wrong variant of the AES-256 key extension (Reeder instead of
        // Blumenthal; SHA-1 keys are 20 bytes, so the extension matters): also silence.
        const QString user256 = userName(QStringLiteral("SHA"), QStringLiteral("AES-256"));
        r = v3get(address, m_port, {user256, QStringLiteral("authPriv"), QStringLiteral("SHA"), AuthPass,
                                    QStringLiteral("AES-256-C")});
        QVERIFY2(r.exitCode != 0, r.out.constData());
    }

    void engineIdsPerDevice()
    {
        // The engine ID reported in discovery is the device's, so a request naming it skips discovery.
        const QString user = userName(QStringLiteral("SHA"), QStringLiteral("AES"));
        const DeviceSnapshot a = *m_fleet->device(m_addresses.at(23));
        const DeviceSnapshot b = *m_fleet->device(m_addresses.at(24));
        QVERIFY(a.engineId != b.engineId);
        V3 v{user, QStringLiteral("authPriv"), QStringLiteral("SHA"), AuthPass, QStringLiteral("AES")};
        v.engineId = QString::fromLatin1(a.engineId.toHex());
        ToolResult r = v3get(a.address, m_port, v);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(sysNameOf(r), a.sysName);
        // Another device does not know that engine ID.
        r = v3get(b.address, m_port, v);
        QVERIFY2(r.exitCode != 0, r.out.constData());
    }

    void duplicateEngineIds()
    {
        const QString user = userName(QStringLiteral("SHA"), QStringLiteral("AES"));
        QList<DeviceSnapshot> group;
        for (int i = 29; i <= 32; ++i)
            group << *m_fleet->device(m_addresses.at(i)); // 127.43.0.30 .. .33
        for (const DeviceSnapshot &d : group)
            QCOMPARE(d.engineId, group.first().engineId);
        QVERIFY(m_fleet->device(m_addresses.at(33))->engineId != group.first().engineId);
        V3 v{user, QStringLiteral("authPriv"), QStringLiteral("SHA"), AuthPass, QStringLiteral("AES")};
        v.engineId = QString::fromLatin1(group.first().engineId.toHex());
        for (const DeviceSnapshot &d : group) {
            const ToolResult r = v3get(d.address, m_port, v);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(sysNameOf(r), d.sysName); // same engine ID, still different printers
        }
        // "normal" gives a device its own engine ID back.
        QVERIFY(m_fleet->setBehaviour(group.last().address, QStringLiteral("normal")));
        QVERIFY(m_fleet->device(group.last().address)->engineId != group.first().engineId);
    }

    void v1AndV2cStillServed()
    {
        const ToolResult r = snmp(QStringLiteral("snmpget"), QStringLiteral("2c"), m_addresses.at(25), m_port, {SysName});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(sysNameOf(r), m_fleet->device(m_addresses.at(25))->sysName);
    }

    // Many engine IDs (the table's index grows several times on the way), selected in a scrambled
    // order and again: net-snmp then finds the user under the selected engine ID only, with the
    // keys localised to that engine ID (computed here independently). Runs last, with the fleet
    // idle: a second table in the process shares net-snmp's lists (its user name is its own).
    void manyEngineIds()
    {
        const V3User user = parseV3User(QStringLiteral("growth-user:SHA:%1:AES:%2")
                                            .arg(QString::fromUtf8(AuthPass), QString::fromUtf8(PrivPass)))
                                .value();
        auto table = UsmTable::create({user});
        QVERIFY2(table, qPrintable(table.error()));
        const auto master = [](const QByteArray &pass) {
            std::vector<u_char> ku(SNMP_MAXBUF_SMALL);
            std::size_t length = ku.size();
            const bool ok = generate_Ku(usmHMACSHA1AuthProtocol, OID_LENGTH(usmHMACSHA1AuthProtocol),
                                        reinterpret_cast<const u_char *>(pass.constData()), std::size_t(pass.size()),
                                        ku.data(), &length)
                            == SNMPERR_SUCCESS;
            ku.resize(ok ? length : 0);
            return ku;
        };
        const std::vector<u_char> authKu = master(AuthPass);
        const std::vector<u_char> privKu = master(PrivPass);
        QVERIFY(!authKu.empty() && !privKu.empty());
        const auto localised = [](const std::vector<u_char> &ku, const QByteArray &engineId) {
            QByteArray key(SNMP_MAXBUF_SMALL, 0);
            std::size_t length = std::size_t(key.size());
            if (generate_kul(usmHMACSHA1AuthProtocol, OID_LENGTH(usmHMACSHA1AuthProtocol),
                             reinterpret_cast<const u_char *>(engineId.constData()), std::size_t(engineId.size()),
                             ku.data(), ku.size(), reinterpret_cast<u_char *>(key.data()), &length)
                != SNMPERR_SUCCESS)
                return QByteArray();
            key.resize(qsizetype(length));
            return key;
        };
        constexpr int Engines = 1500; // the index starts at 1,024 slots, at most half full
        QList<QByteArray> ids;
        for (int i = 0; i < Engines; ++i) {
            QByteArray id = QByteArray::fromHex("80001f8805") + QByteArray::number(i * 7919 + 13).rightJustified(8, '0');
            if (i % 5 == 0)
                id.chop(i % 3 + 1); // lengths differ too
            ids << id;
        }
        std::vector<int> order(Engines * 2);
        for (int i = 0; i < Engines * 2; ++i)
            order[std::size_t(i)] = i % Engines;
        std::shuffle(order.begin(), order.end(), std::mt19937(42));
        QByteArray previous;
        for (int n : order) {
            const QByteArray &id = ids.at(n);
            (*table)->select(id, 1, 100);
            const auto *bytes = reinterpret_cast<const u_char *>(id.constData());
            usmUser *found = usm_get_user(bytes, std::size_t(id.size()), const_cast<char *>("growth-user"));
            QVERIFY2(found, id.toHex().constData());
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(found->engineID), qsizetype(found->engineIDLen)), id);
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(found->authKey), qsizetype(found->authKeyLen)),
                     localised(authKu, id));
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(found->privKey), qsizetype(found->privKeyLen)),
                     localised(privKu, id));
            if (!previous.isEmpty() && previous != id) {
                QVERIFY(!usm_get_user(reinterpret_cast<const u_char *>(previous.constData()),
                                      std::size_t(previous.size()), const_cast<char *>("growth-user")));
            }
            previous = id;
        }
        QCOMPARE((*table)->cachedEngineIds(), Engines);
        (*table)->release();
        QVERIFY(!usm_get_user(reinterpret_cast<const u_char *>(previous.constData()), std::size_t(previous.size()),
                              const_cast<char *>("growth-user")));
    }
};

QTEST_GUILESS_MAIN(TestUsmTable)
#include "tst_usmtable.moc"
