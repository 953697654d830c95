// SPDX-License-Identifier: GPL-3.0-or-later
// printwatch-cli against printwatch-sim, both as real processes: discover -> poll -> list,
// a printer that moves to another address, a silent printer, and bad input.
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch::Tests;

namespace {
QJsonArray listJson(const QString &db)
{
    const auto run = runCli({QStringLiteral("list"), QStringLiteral("printers"), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--db"), db});
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject bySerial(const QJsonArray &printers, const QString &serial)
{
    for (const auto &value : printers) {
        if (value.toObject().value(QLatin1String("serial")).toString() == serial)
            return value.toObject();
    }
    return {};
}
} // namespace

class TestCliRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_db;
    QString m_port;

    QStringList discoverArgs(const QString &target) const
    {
        return {QStringLiteral("discover"), target, QStringLiteral("--port"), m_port, QStringLiteral("--timeout"),
                QStringLiteral("300"), QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("--db"), m_db};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("fleet.sqlite"));
        // 30 printers and 2 switches in 127.1.3.0/24; --speed makes pages print while the test runs.
        const QString error = m_sim.start({QStringLiteral("--count"), QStringLiteral("30"), QStringLiteral("--first"),
                                           QStringLiteral("127.1.3.1"), QStringLiteral("--non-printers"),
                                           QStringLiteral("2"), QStringLiteral("--speed"), QStringLiteral("3600"),
                                           QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_port = QString::number(m_sim.port());
    }

    void discoverPollList()
    {
        const auto discovered = runCli(discoverArgs(QStringLiteral("127.1.3.0/24")));
        QVERIFY2(discovered.exitCode == 0, qPrintable(discovered.err));
        QCOMPARE(discovered.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 30);
        QVERIFY2(discovered.err.contains(QLatin1String("30 printer(s) found, 2 other device(s) answered")),
                 qPrintable(discovered.err));

        const QJsonArray before = listJson(m_db);
        QCOMPARE(before.size(), 30);
        int named = 0;
        for (const auto &value : before) {
            const QJsonObject printer = value.toObject();
            QVERIFY(printer.value(QLatin1String("address")).toString().startsWith(QLatin1String("127.1.3.")));
            QVERIFY(!printer.value(QLatin1String("serial")).toString().isEmpty());
            QVERIFY(printer.value(QLatin1String("total_pages")).isDouble());
            QCOMPARE(printer.value(QLatin1String("status")).toString().isEmpty(), false);
            // Every simulated printer has supplies: the lowest is named with a percent, or with the
            // state the printer reports instead (a Brother's "some remaining").
            const QString serial = printer.value(QLatin1String("serial")).toString();
            QVERIFY2(!printer.value(QLatin1String("lowest_supply")).toString().isEmpty(), qPrintable(serial));
            QVERIFY2(printer.value(QLatin1String("lowest_supply_percent")).isDouble()
                         != !printer.value(QLatin1String("lowest_supply_state")).toString().isEmpty(),
                     qPrintable(serial));
            named += printer.value(QLatin1String("lowest_supply_state")).toString().isEmpty() ? 0 : 1;
        }
        QVERIFY2(named > 0, "no simulated printer without percentages");

        QTest::qWait(1200); // simulated time passes: at --speed 3600 every printer prints more pages
        const auto polled = runCli({QStringLiteral("poll"), QStringLiteral("--db"), m_db, QStringLiteral("--timeout"),
                                    QStringLiteral("300")});
        QVERIFY2(polled.exitCode == 0, qPrintable(polled.err));
        QVERIFY2(polled.err.contains(QLatin1String("30 answered, 0 did not")), qPrintable(polled.err));

        const QJsonArray after = listJson(m_db);
        QCOMPARE(after.size(), 30);
        int grew = 0;
        for (const auto &value : before) {
            const QString serial = value.toObject().value(QLatin1String("serial")).toString();
            const QJsonObject now = bySerial(after, serial);
            QVERIFY2(!now.isEmpty(), qPrintable(serial));
            const double was = value.toObject().value(QLatin1String("total_pages")).toDouble();
            const double is = now.value(QLatin1String("total_pages")).toDouble();
            QVERIFY2(is >= was, qPrintable(QStringLiteral("%1: %2 -> %3").arg(serial).arg(was).arg(is)));
            grew += is > was ? 1 : 0;
        }
        QVERIFY2(grew > 0, "no counter grew between two polls");
    }

    void csvIsSafe()
    {
        const auto run = runCli({QStringLiteral("list"), QStringLiteral("printers"), QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("--db"), m_db});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 31);
        QVERIFY(lines.first().startsWith(QLatin1String("id,name,address")));
    }

    void movedPrinterStaysOneDevice()
    {
        const QJsonArray before = listJson(m_db);
        QJsonObject moving;
        for (const auto &value : before) {
            if (value.toObject().value(QLatin1String("address")).toString() == QLatin1String("127.1.3.5"))
                moving = value.toObject();
        }
        QVERIFY(!moving.isEmpty());
        QCOMPARE(m_sim.command(QStringLiteral("move 127.1.3.5 127.1.3.200")), QStringLiteral("ok"));

        // The poller finds the old address silent; that is what tells a move from a clone.
        const auto polled = runCli({QStringLiteral("poll"), QStringLiteral("--db"), m_db, QStringLiteral("--timeout"),
                                    QStringLiteral("300")});
        QCOMPARE(polled.exitCode, 0);
        QVERIFY2(polled.err.contains(QLatin1String("127.1.3.5: no answer")), qPrintable(polled.err));

        const auto again = runCli(discoverArgs(QStringLiteral("127.1.3.0/24")));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QJsonArray after = listJson(m_db);
        QCOMPARE(after.size(), 30); // the same device, not a duplicate
        const QJsonObject moved = bySerial(after, moving.value(QLatin1String("serial")).toString());
        QCOMPARE(moved.value(QLatin1String("id")), moving.value(QLatin1String("id")));
        QCOMPARE(moved.value(QLatin1String("address")).toString(), QStringLiteral("127.1.3.200"));
        QCOMPARE(moved.value(QLatin1String("mac")), moving.value(QLatin1String("mac")));
    }

    void silentPrinterIsReportedAndDoesNotStopTheRest()
    {
        QCOMPARE(m_sim.command(QStringLiteral("silence 127.1.3.7")), QStringLiteral("ok"));
        const auto polled = runCli({QStringLiteral("poll"), QStringLiteral("--db"), m_db, QStringLiteral("--timeout"),
                                    QStringLiteral("300"), QStringLiteral("--retries"), QStringLiteral("1")});
        QCOMPARE(polled.exitCode, 0);
        QVERIFY2(polled.err.contains(QLatin1String("29 answered, 1 did not")), qPrintable(polled.err));
        QVERIFY2(polled.err.contains(QLatin1String("127.1.3.7")), qPrintable(polled.err));
        QCOMPARE(m_sim.command(QStringLiteral("wake 127.1.3.7")), QStringLiteral("ok"));

        const QJsonArray printers = listJson(m_db);
        bool sawUnreachable = false;
        for (const auto &value : printers) {
            const QJsonObject p = value.toObject();
            if (p.value(QLatin1String("address")).toString() == QLatin1String("127.1.3.7")) {
                QCOMPARE(p.value(QLatin1String("status")).toString(), QStringLiteral("unreachable"));
                QVERIFY(!p.value(QLatin1String("last_error")).toString().isEmpty());
                sawUnreachable = true;
            }
        }
        QVERIFY(sawUnreachable);
    }

    void nothingAnswering()
    {
        const auto run = runCli(discoverArgs(QStringLiteral("127.1.9.0/29")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no printer answered")), qPrintable(run.err));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad cidr") << QStringList{QStringLiteral("discover"), QStringLiteral("127.1.3.0/33")}
                                  << "prefix length";
        QTest::newRow("no target") << QStringList{QStringLiteral("discover")} << "at least one target";
        QTest::newRow("bad port") << QStringList{QStringLiteral("discover"), QStringLiteral("127.0.0.1"),
                                                 QStringLiteral("--port"), QStringLiteral("70000")}
                                  << "--port";
        QTest::newRow("bad version") << QStringList{QStringLiteral("discover"), QStringLiteral("127.0.0.1"),
                                                    QStringLiteral("--snmp-version"), QStringLiteral("4")}
                                     << "--snmp-version";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
        QTest::newRow("list what") << QStringList{QStringLiteral("list"), QStringLiteral("toasters")} << "list what";
        QTest::newRow("bad format") << QStringList{QStringLiteral("list"), QStringLiteral("printers"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")}
                                    << "--format";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const auto run = runCli(arguments + QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    }

    void unreadableDatabase()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const auto run = runCli({QStringLiteral("list"), QStringLiteral("printers"), QStringLiteral("--db"), junk});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(junk), qPrintable(run.err));

        const auto missing = runCli({QStringLiteral("poll"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QLatin1String("no database")), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestCliRoundTrip)
#include "tst_cliroundtrip.moc"
