// SPDX-License-Identifier: GPL-3.0-or-later
// The three identity cases of issue 4, end to end: printwatch-cli against printwatch-sim as real
// processes, checked through `list printers --format json` (its "conflicts" field) and the stored
// detail (address history, the DeviceDetailRepository read API the detail page uses).
//   - an IP change moves the device and adds a history row, no conflict;
//   - a replaced printer at the same IP is a new device with a replaced_at_address notice, the old
//     one keeps its history and loses the address;
//   - the same serial at two addresses is one device with a serial_at_two_addresses conflict.
#include "simprocess.h"

#include "storage/database.h"
#include "storage/devicedetailrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Tests;

namespace {

// One printer, served twice by the simulator from two copies of this recording.
const char kTwin[] = "1.3.6.1.2.1.1.1.0|4|HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153\n"
                     "1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.11.2.3.9.1\n"
                     "1.3.6.1.2.1.1.3.0|67|12345\n"
                     "1.3.6.1.2.1.1.5.0|4|twin\n"
                     "1.3.6.1.2.1.2.2.1.6.1|4x|001122aabbcc\n"
                     "1.3.6.1.2.1.25.3.2.1.2.1|6|1.3.6.1.2.1.25.3.1.5\n"
                     "1.3.6.1.2.1.25.3.2.1.3.1|4|HP LaserJet Twin\n"
                     "1.3.6.1.2.1.25.3.2.1.5.1|2|2\n"
                     "1.3.6.1.2.1.25.3.5.1.1.1|2|3\n"
                     "1.3.6.1.2.1.43.5.1.1.17.1|4|TWIN000001\n"
                     "1.3.6.1.2.1.43.10.2.1.4.1.1|65|4242\n";

QJsonArray listJson(const QString &db)
{
    const auto run = runCli({QStringLiteral("list"), QStringLiteral("printers"), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--db"), db});
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).array() : QJsonArray();
}

QJsonObject byKey(const QJsonArray &printers, const char *key, const QString &value)
{
    for (const auto &printer : printers) {
        if (printer.toObject().value(QLatin1String(key)).toString() == value)
            return printer.toObject();
    }
    return {};
}

} // namespace

class TestIdentityCases final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_db;
    QString m_port;

    CliRun discover(const QString &target) const
    {
        return runCli({QStringLiteral("discover"), target, QStringLiteral("--port"), m_port, QStringLiteral("--timeout"),
                       QStringLiteral("300"), QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("--db"),
                       m_db});
    }
    CliRun poll() const
    {
        return runCli({QStringLiteral("poll"), QStringLiteral("--db"), m_db, QStringLiteral("--timeout"),
                       QStringLiteral("300")});
    }
    Storage::DeviceDetail detail(qint64 id) const
    {
        auto db = Storage::Database::open(m_db);
        if (!db)
            return {};
        auto detail = Storage::DeviceDetailRepository(*db).detail(id);
        return detail ? *detail : Storage::DeviceDetail{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("identity.sqlite"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("rec"))));
        for (const char *name : {"rec/twin-a.snmprec", "rec/twin-b.snmprec"}) {
            QFile file(m_dir.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kTwin);
        }
        // Printers at 127.1.4.1-4, then the two recordings at 127.1.4.5 and .6.
        const QString error = m_sim.start({QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--first"),
                                           QStringLiteral("127.1.4.1"), QStringLiteral("--seed"), QStringLiteral("11"),
                                           QStringLiteral("--recordings"), m_dir.filePath(QStringLiteral("rec"))});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_port = QString::number(m_sim.port());
        const auto found = discover(QStringLiteral("127.1.4.1-3"));
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        QCOMPARE(listJson(m_db).size(), 3);
    }

    void ipChangeMovesTheDevice()
    {
        const QJsonObject before = byKey(listJson(m_db), "address", QStringLiteral("127.1.4.1"));
        QVERIFY(!before.isEmpty());
        QCOMPARE(m_sim.command(QStringLiteral("move 127.1.4.1 127.1.4.101")), QStringLiteral("ok"));
        QVERIFY(poll().err.contains(QLatin1String("127.1.4.1: no answer")));
        const auto found = discover(QStringLiteral("127.1.4.101"));
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));

        const QJsonArray after = listJson(m_db);
        QCOMPARE(after.size(), 3);
        const QJsonObject moved = byKey(after, "serial", before.value(QLatin1String("serial")).toString());
        QCOMPARE(moved.value(QLatin1String("id")), before.value(QLatin1String("id")));
        QCOMPARE(moved.value(QLatin1String("address")).toString(), QStringLiteral("127.1.4.101"));
        QCOMPARE(moved.value(QLatin1String("conflicts")).toArray().size(), 0);
        const Storage::DeviceDetail stored = detail(qint64(moved.value(QLatin1String("id")).toDouble()));
        QCOMPARE(stored.addresses.size(), 2);
        QCOMPARE(stored.addresses.at(0).address, QStringLiteral("127.1.4.1"));
        QCOMPARE(stored.addresses.at(1).address, QStringLiteral("127.1.4.101"));
    }

    void replacedPrinterIsANewDeviceWithANotice()
    {
        const QJsonObject old = byKey(listJson(m_db), "address", QStringLiteral("127.1.4.2"));
        QVERIFY(!old.isEmpty());
        // The printer at .2 leaves; a printer never seen before (the one at .4) takes its address.
        QCOMPARE(m_sim.command(QStringLiteral("move 127.1.4.2 127.1.4.102")), QStringLiteral("ok"));
        QCOMPARE(m_sim.command(QStringLiteral("move 127.1.4.4 127.1.4.2")), QStringLiteral("ok"));
        const auto polled = poll();
        QVERIFY2(polled.exitCode == 0, qPrintable(polled.err));

        const QJsonArray after = listJson(m_db);
        QCOMPARE(after.size(), 4);
        const QJsonObject newcomer = byKey(after, "address", QStringLiteral("127.1.4.2"));
        QVERIFY(!newcomer.isEmpty());
        QVERIFY(newcomer.value(QLatin1String("id")) != old.value(QLatin1String("id")));
        QVERIFY(newcomer.value(QLatin1String("serial")) != old.value(QLatin1String("serial")));
        const QJsonArray conflicts = newcomer.value(QLatin1String("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject notice = conflicts.at(0).toObject();
        QCOMPARE(notice.value(QLatin1String("kind")).toString(), QStringLiteral("replaced_at_address"));
        QCOMPARE(notice.value(QLatin1String("other_device_id")), old.value(QLatin1String("id")));
        QCOMPARE(notice.value(QLatin1String("expected")), old.value(QLatin1String("serial")));
        QCOMPARE(notice.value(QLatin1String("observed")), newcomer.value(QLatin1String("serial")));

        const QJsonObject replaced = byKey(after, "serial", old.value(QLatin1String("serial")).toString());
        QCOMPARE(replaced.value(QLatin1String("address")).toString(), QString());
        const Storage::DeviceDetail stored = detail(qint64(old.value(QLatin1String("id")).toDouble()));
        QCOMPARE(stored.addresses.size(), 1); // history kept
        QVERIFY(!stored.counters.isEmpty());
    }

    void sameSerialAtTwoAddressesIsOneDeviceAndAConflict()
    {
        const auto found = discover(QStringLiteral("127.1.4.5-6"));
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        const QJsonArray after = listJson(m_db);
        QCOMPARE(after.size(), 5);
        const QJsonObject twin = byKey(after, "serial", QStringLiteral("TWIN000001"));
        QVERIFY(!twin.isEmpty());
        const QJsonArray conflicts = twin.value(QLatin1String("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("serial_at_two_addresses"));
        const Storage::DeviceDetail stored = detail(qint64(twin.value(QLatin1String("id")).toDouble()));
        QCOMPARE(stored.addresses.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestIdentityCases)
#include "tst_identitycases.moc"
