// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMP agent behind every simulated address: GET/GETNEXT/GETBULK semantics of v1 and v2c,
// exceptions, end of MIB, silence on a wrong community or an address not served.

#include "sim/device.h"
#include "sim/fleet.h"
#include "sim/profiles.h"
#include "simtestutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Printwatch::Sim;
using namespace Printwatch::Sim::Test;

namespace {

QStringList oidsOf(const QList<Varbind> &varbinds)
{
    QStringList oids;
    for (const Varbind &vb : varbinds)
        oids << vb.oid;
    return oids;
}

bool strictlyIncreasing(const QStringList &oids)
{
    for (qsizetype i = 1; i < oids.size(); ++i) {
        const Oid a = parseOid(oids[i - 1]).value();
        const Oid b = parseOid(oids[i]).value();
        if (!(a < b))
            return false;
    }
    return true;
}

} // namespace

class TestAgent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fleet> m_fleet;
    QTemporaryDir m_dir;
    QString m_printer, m_switch, m_recording;

private slots:
    void initTestCase()
    {
        if (!haveSnmpTools())
            QSKIP("net-snmp command-line tools (snmpget, snmpbulkwalk) are not installed");
        QVERIFY(m_dir.isValid());
        // A tiny recording with a Counter64, which SNMPv1 must not see.
        QFile file(m_dir.filePath(QStringLiteral("c64.snmprec")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("1.3.6.1.2.1.1.1.0|4|counter device\n"
                   "1.3.6.1.2.1.31.1.1.1.6.1|70|12345678901234\n"
                   "1.3.6.1.2.1.31.1.1.1.10.1|65|77\n");
        file.close();
        FleetConfig config;
        config.printerCount = 2;
        config.nonPrinterCount = 1;
        config.firstAddress = QStringLiteral("127.40.0.1");
        config.recordings = {file.fileName()};
        config.speed = 0.00001; // values stay put while the walks compare
        auto fleet = Fleet::start(config);
        QVERIFY2(fleet, qPrintable(fleet.error()));
        m_fleet = std::move(fleet).value();
        m_printer = m_fleet->addresses().at(0);
        m_switch = m_fleet->addresses().at(2);
        m_recording = m_fleet->addresses().at(3);
    }

    void wrongCommunityGetsNoAnswer()
    {
        const ToolResult ok = snmp(QStringLiteral("snmpget"), QStringLiteral("2c"), m_printer, m_fleet->port(),
                                   {QStringLiteral("1.3.6.1.2.1.1.5.0")});
        QCOMPARE(ok.exitCode, 0);
        const ToolResult wrong = snmp(QStringLiteral("snmpget"), QStringLiteral("2c"), m_printer, m_fleet->port(),
                                      {QStringLiteral("1.3.6.1.2.1.1.5.0")}, QStringLiteral("private"));
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains("Timeout"), wrong.err.constData());
    }

    void addressNotServedGetsNoAnswer()
    {
        const ToolResult r = snmp(QStringLiteral("snmpget"), QStringLiteral("1"), QStringLiteral("127.40.0.77"),
                                  m_fleet->port(), {QStringLiteral("1.3.6.1.2.1.1.5.0")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("Timeout"), r.err.constData());
    }

    void walksCoverTheTreeInOrder_data()
    {
        QTest::addColumn<int>("device");
        QTest::newRow("printer") << 0;
        QTest::newRow("switch") << 2;
    }

    void walksCoverTheTreeInOrder()
    {
        QFETCH(int, device);
        const QString address = m_fleet->addresses().at(device);
        const quint16 port = m_fleet->port();
        const QString root = QStringLiteral(".1");
        const QStringList v1 = oidsOf(walked(
            snmp(QStringLiteral("snmpwalk"), QStringLiteral("1"), address, port, {root}).out));
        const QStringList next = oidsOf(walked(
            snmp(QStringLiteral("snmpwalk"), QStringLiteral("2c"), address, port, {root}).out));
        const QStringList bulk1 = oidsOf(walked(snmp(QStringLiteral("snmpbulkwalk"), QStringLiteral("2c"),
                                                            address, port, {root}, QStringLiteral("public"),
                                                            {QStringLiteral("-Cr1")}).out));
        const QStringList bulk64 = oidsOf(walked(snmp(QStringLiteral("snmpbulkwalk"), QStringLiteral("2c"),
                                                             address, port, {root}, QStringLiteral("public"),
                                                             {QStringLiteral("-Cr100")}).out));
        QVERIFY(v1.size() > 20);
        QVERIFY(strictlyIncreasing(v1));
        QCOMPARE(next, v1);
        QCOMPARE(bulk1, v1);
        QCOMPARE(bulk64, v1);

        // Everything the profile holds is walked, apart from alert rows that are not active now.
        const auto snapshot = m_fleet->device(address);
        std::shared_ptr<const Profile> profile = switchProfile();
        for (const auto &p : printerProfiles()) {
            if (p->model == snapshot->model)
                profile = p;
        }
        // Rows indexed by the device's own address are walked under that address.
        const std::uint32_t own = Printwatch::Sim::parseLoopbackAddress(address).value();
        QStringList expected;
        for (const ProfileEntry &e : profile->entries) {
            if (e.dynamic != Dynamic::AlertColumn)
                expected << profile->wireName(e, own).toString();
        }
        QStringList walkedWithoutAlerts = v1;
        walkedWithoutAlerts.removeIf([](const QString &o) { return o.startsWith(QLatin1String("1.3.6.1.2.1.43.18.")); });
        QCOMPARE(walkedWithoutAlerts, expected);
    }

    void getReportsMissingObjectsPerVersion()
    {
        const quint16 port = m_fleet->port();
        const ToolResult v2 = snmp(QStringLiteral("snmpget"), QStringLiteral("2c"), m_printer, port,
                                   {QStringLiteral("1.3.6.1.2.1.1.1.0"), QStringLiteral("1.3.6.1.2.1.1.1.5"),
                                    QStringLiteral("1.3.6.1.4.1.99999.1.0")});
        const auto vbs = parseVarbinds(v2.out);
        QCOMPARE(vbs.size(), 3);
        QCOMPARE(vbs[0].type, QStringLiteral("Hex-STRING"));
        QVERIFY2(vbs[1].type.contains(QLatin1String("No Such Instance")), qPrintable(vbs[1].type));
        QVERIFY2(vbs[2].type.contains(QLatin1String("No Such Object")), qPrintable(vbs[2].type));

        const ToolResult v1 = snmp(QStringLiteral("snmpget"), QStringLiteral("1"), m_printer, port,
                                   {QStringLiteral("1.3.6.1.2.1.1.1.0"), QStringLiteral("1.3.6.1.4.1.99999.1.0")});
        const QByteArray all = v1.out + v1.err;
        QVERIFY2(all.contains("noSuchName"), all.constData());
        QVERIFY2(all.contains("1.3.6.1.4.1.99999.1.0"), all.constData()); // the failed object is named
    }

    void findTellsAMissingInstanceFromAMissingObject()
    {
        // Profile::find's one-search answer for the parent agrees with hasSubtree, for keys at,
        // between, around and past every entry of every profile (and cut and extended ones).
        std::minstd_rand random(7);
        auto profiles = printerProfiles();
        profiles.push_back(switchProfile());
        int missing = 0;
        int objects = 0;
        for (const auto &profile : profiles) {
            for (const ProfileEntry &e : profile->entries) {
                std::vector<std::uint32_t> key(e.oid.begin(), e.oid.end());
                for (int variant = 0; variant < 6; ++variant) {
                    std::vector<std::uint32_t> k = key;
                    switch (variant) {
                    case 0: k.back() += 1; break;                          // the next instance
                    case 1: k.push_back(std::uint32_t(random() % 4)); break; // under an entry
                    case 2: k.resize(std::max<std::size_t>(1, k.size() - 1)); break; // the column
                    case 3: k.resize(std::max<std::size_t>(1, k.size() - 2)); k.push_back(999); break;
                    case 4: if (k.back() > 0) k.back() -= 1; break;
                    case 5: k[k.size() / 2] += 1; break;                   // another subtree
                    }
                    bool parent = true;
                    const ProfileEntry *found = profile->find(k.data(), k.size(), &parent);
                    QCOMPARE(found, profile->find(k.data(), k.size()));
                    if (found)
                        continue;
                    ++missing;
                    const bool expected = k.size() > 1 && profile->hasSubtree(k.data(), k.size() - 1);
                    objects += expected ? 0 : 1;
                    QCOMPARE(parent, expected);
                }
            }
        }
        QVERIFY(missing > 1000);
        QVERIFY(objects > 0 && objects < missing); // both answers occur
    }

    void walkEndsProperly()
    {
        const quint16 port = m_fleet->port();
        const QString last = QStringLiteral("1.3.6.1.6.3");
        const ToolResult v2 = snmp(QStringLiteral("snmpgetnext"), QStringLiteral("2c"), m_printer, port, {last});
        QVERIFY2(v2.out.contains("No more variables left in this MIB View"), v2.out.constData());
        const ToolResult v1 = snmp(QStringLiteral("snmpgetnext"), QStringLiteral("1"), m_printer, port, {last});
        const QByteArray v1All = v1.out + v1.err;
        QVERIFY2(v1All.contains("noSuchName"), v1All.constData());

        // GETBULK from the last object: one endOfMibView row, then the answer stops.
        const QStringList printerOids = oidsOf(walked(
            snmp(QStringLiteral("snmpwalk"), QStringLiteral("2c"), m_printer, port, {QStringLiteral(".1")}).out));
        const ToolResult bulk = snmp(QStringLiteral("snmpbulkget"), QStringLiteral("2c"), m_printer, port,
                                     {printerOids.at(printerOids.size() - 2)}, QStringLiteral("public"),
                                     {QStringLiteral("-Cn0"), QStringLiteral("-Cr5")});
        const auto vbs = parseVarbinds(bulk.out);
        QCOMPARE(vbs.size(), 2);
        QCOMPARE(vbs[0].oid, printerOids.last());
        QVERIFY2(vbs[1].type.contains(QLatin1String("No more variables")), qPrintable(vbs[1].type));
    }

    void getBulkIsCapped()
    {
        const ToolResult bulk = snmp(QStringLiteral("snmpbulkget"), QStringLiteral("2c"), m_printer, m_fleet->port(),
                                     {QStringLiteral("1.3.6.1.2.1.1.1.0"), QStringLiteral("1.3.6.1")},
                                     QStringLiteral("public"), {QStringLiteral("-Cn1"), QStringLiteral("-Cr100")});
        const auto vbs = parseVarbinds(bulk.out);
        QCOMPARE(vbs.size(), 64);
        QCOMPARE(vbs[0].oid, QStringLiteral("1.3.6.1.2.1.1.2.0")); // the non-repeater
        QCOMPARE(vbs[1].oid, QStringLiteral("1.3.6.1.2.1.1.1.0"));
        QVERIFY(strictlyIncreasing(oidsOf(vbs.mid(1))));
    }

    void oversizedGetBulkIsCutInHalves()
    {
        // 64 objects of 3,000 bytes would be 190 KB: the answer is halved until it fits the
        // 65,000-byte message limit (16 varbinds), every value intact.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("big.snmprec")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int row = 1; row <= 64; ++row)
            file.write("1.3.6.1.4.1.99999.1." + QByteArray::number(row) + "|4|" + QByteArray(3000, char('a' + row % 26))
                       + "\n");
        file.close();
        FleetConfig config;
        config.printerCount = 0;
        config.firstAddress = QStringLiteral("127.40.1.1");
        config.recordings = {file.fileName()};
        auto fleet = Fleet::start(config);
        QVERIFY2(fleet, qPrintable(fleet.error()));
        const QString address = (*fleet)->addresses().at(0);
        const ToolResult bulk = snmp(QStringLiteral("snmpbulkget"), QStringLiteral("2c"), address, (*fleet)->port(),
                                     {QStringLiteral("1.3.6.1.4.1.99999.1")}, QStringLiteral("public"),
                                     {QStringLiteral("-Cn0"), QStringLiteral("-Cr64")});
        const auto vbs = parseVarbinds(bulk.out);
        QCOMPARE(vbs.size(), 16);
        for (int i = 0; i < vbs.size(); ++i) {
            QCOMPARE(vbs[i].oid, QStringLiteral("1.3.6.1.4.1.99999.1.%1").arg(i + 1));
            QCOMPARE(hexText(vbs[i].value), QString(3000, QChar(u'a' + (i + 1) % 26)));
        }
    }

    void counter64IsHiddenFromV1()
    {
        const quint16 port = m_fleet->port();
        const QString c64 = QStringLiteral("1.3.6.1.2.1.31.1.1.1.6.1");
        const auto v2 = walked(
            snmp(QStringLiteral("snmpwalk"), QStringLiteral("2c"), m_recording, port, {QStringLiteral(".1")}).out);
        const auto v1 = walked(
            snmp(QStringLiteral("snmpwalk"), QStringLiteral("1"), m_recording, port, {QStringLiteral(".1")}).out);
        QCOMPARE(v2.size(), 3);
        QCOMPARE(v2[1].oid, c64);
        QCOMPARE(v2[1].value, QStringLiteral("12345678901234"));
        QCOMPARE(oidsOf(v1), (QStringList{QStringLiteral("1.3.6.1.2.1.1.1.0"), QStringLiteral("1.3.6.1.2.1.31.1.1.1.10.1")}));
        const ToolResult get = snmp(QStringLiteral("snmpget"), QStringLiteral("1"), m_recording, port, {c64});
        const QByteArray all = get.out + get.err;
        QVERIFY(all.contains("noSuchName"));
    }

    void setIsRefusedWhileEverythingIsReadOnly()
    {
        const QStringList set{QStringLiteral("1.3.6.1.2.1.1.5.0"), QStringLiteral("s"), QStringLiteral("renamed")};
        const ToolResult v2 = runTool(QStringLiteral("snmpset"),
                                      QStringList{QStringLiteral("-v2c"), QStringLiteral("-c"), QStringLiteral("public"),
                                                  QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-r"),
                                                  QStringLiteral("0"), m_printer + u':' + QString::number(m_fleet->port())}
                                          + set);
        const QByteArray all = v2.out + v2.err;
        QVERIFY2(all.contains("notWritable"), all.constData());
    }

    void responsePdusAreNeverAnswered()
    {
        // A Response sent to the simulator (say, from another agent) must not be echoed back.
        netsnmp_session session;
        snmp_sess_init(&session);
        session.version = SNMP_VERSION_2c;
        netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_RESPONSE);
        pdu->version = SNMP_VERSION_2c;
        pdu->community = static_cast<u_char *>(malloc(6));
        memcpy(pdu->community, "public", 6);
        pdu->community_len = 6;
        const oid name[] = {1, 3, 6, 1, 2, 1, 1, 5, 0};
        snmp_add_null_var(pdu, name, 9);
        size_t length = 512, offset = 0;
        u_char *buffer = static_cast<u_char *>(malloc(length));
        QCOMPARE(snmp_build(&buffer, &length, &offset, &session, pdu), 0);
        snmp_free_pdu(pdu);

        const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        QVERIFY(fd >= 0);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(m_fleet->port());
        inet_pton(AF_INET, m_printer.toLatin1().constData(), &to.sin_addr);
        const quint64 before = m_fleet->requestsAnswered();
        QVERIFY(::sendto(fd, buffer + length - offset, offset, 0, reinterpret_cast<sockaddr *>(&to), sizeof to) > 0);
        free(buffer);
        pollfd p{fd, POLLIN, 0};
        QCOMPARE(::poll(&p, 1, 1000), 0); // nothing comes back within a second
        ::close(fd);
        QCOMPARE(m_fleet->requestsAnswered(), before);
        // ...while a real request on the same path is answered and counted.
        QVERIFY(!parseVarbinds(snmp(QStringLiteral("snmpget"), QStringLiteral("2c"), m_printer, m_fleet->port(),
                                    {QStringLiteral("1.3.6.1.2.1.1.5.0")}).out).isEmpty());
        QVERIFY(m_fleet->requestsAnswered() > before);
    }

    void cleanupTestCase()
    {
        if (m_fleet)
            m_fleet->stop();
    }
};

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_simagent.moc"
