// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated models' vendor objects, read as the app reads them: each model answers the meters and
// the firmware object its vendor profile (resources/profiles) asks for, and the meters agree with
// prtMarkerLifeCount and with each other, so the demo shows what a real fleet of those models would.
// The simulator runs in this process with its clock all but stopped: every meter of a device is
// read at the same page count.

#include "sim/fleet.h"
#include "snmp/engine.h"
#include "snmp/printerreader.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Printwatch;
using namespace Printwatch::Snmp;

namespace {

QHash<QString, Core::CounterReading> byName(const Core::PollResult &result)
{
    QHash<QString, Core::CounterReading> counters;
    for (const Core::CounterReading &counter : result.counters)
        counters.insert(counter.name, counter);
    return counters;
}

} // namespace

class TestSimVendor : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sim::Fleet> m_fleet;

    // One read of a simulated printer, as the poller makes it; nullopt when it does not finish.
    std::optional<Core::PollResult> read(Engine &engine, const QString &address, int timeoutMs = 3000, int retries = 1)
    {
        Core::PollTarget target;
        target.address = address;
        target.port = m_fleet->port();
        target.credential.community = QStringLiteral("public");
        target.credential.timeoutMs = timeoutMs;
        target.credential.retries = retries;
        PrinterReader reader(&engine, target);
        QSignalSpy finished(&reader, &PrinterReader::finished);
        reader.start();
        if (!finished.wait(10000))
            return std::nullopt;
        return finished.first().first().value<Core::PollResult>();
    }
    // Every printer read once, by model.
    QHash<QString, QList<std::pair<Core::PollResult, qint64>>> m_byModel; // result, the sim's page count

private slots:
    void initTestCase()
    {
        Sim::FleetConfig config;
        config.printerCount = 60; // every model several times over (models follow from the seed)
        config.firstAddress = QStringLiteral("127.36.0.1");
        config.speed = 0.00001;
        auto fleet = Sim::Fleet::start(config);
        QVERIFY2(fleet, qPrintable(fleet ? QString() : fleet.error()));
        m_fleet = std::move(fleet).value();

        Engine engine;
        for (const QString &address : m_fleet->addresses()) {
            const std::optional<Core::PollResult> read = this->read(engine, address);
            QVERIFY2(read, qPrintable(address));
            const Core::PollResult &result = *read;
            QVERIFY2(result.reachable, qPrintable(address + u": "_qs + result.error));
            const std::optional<Sim::DeviceSnapshot> device = m_fleet->device(address);
            QVERIFY(device);
            m_byModel[device->model].append({result, device->pageCount});
        }
    }

    void modelsAnswerTheirVendorMeters_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("billing");
        // Meters besides the total: mono + colour (or print_mono + print_colour) make the total.
        QTest::newRow("HP mono") << u"HP LaserJet Pro M404dn"_qs << QStringList{u"total"_qs, u"mono"_qs, u"duplex"_qs}
                                 << u"1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0"_qs;
        QTest::newRow("HP colour") << u"HP Color LaserJet Pro M479fdw"_qs
                                   << QStringList{u"total"_qs, u"mono"_qs, u"colour"_qs, u"duplex"_qs}
                                   << u"1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0"_qs;
        QTest::newRow("Brother with drum") << u"Brother HL-L2350DW series"_qs
                                           << QStringList{u"total"_qs, u"drum_pages"_qs}
                                           << u"1.3.6.1.4.1.2435.2.3.9.4.2.1.5.5.10.0"_qs;
        QTest::newRow("Brother colour") << u"Brother MFC-L3770CDW series"_qs << QStringList{u"total"_qs}
                                        << u"1.3.6.1.4.1.2435.2.3.9.4.2.1.5.5.10.0"_qs;
        QTest::newRow("Kyocera") << u"ECOSYS P3145dn"_qs
                                 << QStringList{u"total"_qs, u"print"_qs, u"print_mono"_qs}
                                 << u"1.3.6.1.2.1.43.10.2.1.4.1.1"_qs; // no vendor total: the Printer-MIB's
        QTest::newRow("Xerox") << u"Xerox VersaLink C405"_qs << QStringList{u"total"_qs, u"mono"_qs, u"colour"_qs}
                               << u"1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.1"_qs;
        // Rows of a labelled table, named by the profile's label rules.
        QTest::newRow("Ricoh") << u"RICOH SP C261DNw"_qs
                               << QStringList{u"total"_qs, u"print_mono"_qs, u"print_colour"_qs}
                               << u"1.3.6.1.4.1.367.3.2.1.2.19.5.1.9.1"_qs;
    }

    void modelsAnswerTheirVendorMeters()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, names);
        QFETCH(QString, billing);
        const auto printers = m_byModel.value(model);
        QVERIFY2(printers.size() >= 2, qPrintable(u"%1 printers of %2"_qs.arg(printers.size()).arg(model)));
        for (const auto &[result, pages] : printers) {
            const auto counters = byName(result);
            const QStringList got = [&] {
                QStringList list = counters.keys();
                list.sort();
                return list;
            }();
            QStringList want = names;
            want.sort();
            QCOMPARE(got, want);
            for (const Core::CounterReading &counter : result.counters)
                QVERIFY2(!counter.conflict, qPrintable(result.address + u" "_qs + counter.name));

            const qint64 total = counters.value(u"total"_qs).value;
            QCOMPARE(total, pages); // the simulator's own count
            QVERIFY(counters.value(u"total"_qs).billing);
            QVERIFY2(counters.value(u"total"_qs).source.contains(billing) ||
                         std::any_of(counters.value(u"total"_qs).alternatives.cbegin(),
                                     counters.value(u"total"_qs).alternatives.cend(),
                                     [&](const Core::CounterSourceValue &a) { return a.source == billing; }),
                     qPrintable(counters.value(u"total"_qs).source));
            const auto value = [&](const char *name) { return counters.value(QLatin1String(name)).value; };
            if (counters.contains(u"colour"_qs)) {
                QCOMPARE(value("mono") + value("colour"), total);
                QVERIFY(value("colour") > 0 && value("mono") > 0);
            } else if (counters.contains(u"mono"_qs)) {
                QCOMPARE(value("mono"), total);
            }
            if (counters.contains(u"print_colour"_qs))
                QCOMPARE(value("print_mono") + value("print_colour"), total);
            if (counters.contains(u"print"_qs)) {
                QCOMPARE(value("print"), total);
                QCOMPARE(value("print_mono"), total);
            }
            if (counters.contains(u"duplex"_qs)) {
                QCOMPARE(counters.value(u"duplex"_qs).unit, u"sheets"_qs);
                QVERIFY(value("duplex") > 0 && value("duplex") <= total / 2);
            }
            if (counters.contains(u"drum_pages"_qs))
                QVERIFY(value("drum_pages") >= 0 && value("drum_pages") < 12000); // the drum's life
        }
    }

    // The firmware field comes from the vendor's own object, written as that vendor writes it (HP's
    // PML header, Brother's "Firmware Ver." text); Xerox's profile names none.
    void modelsAnswerTheirFirmware_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("firmware");
        QTest::newRow("HP mono") << u"HP LaserJet Pro M404dn"_qs << u"002_2236A"_qs;
        QTest::newRow("HP colour") << u"HP Color LaserJet Pro M479fdw"_qs << u"002_2240B"_qs;
        QTest::newRow("Brother") << u"Brother HL-L2350DW series"_qs << u"1.44"_qs;
        QTest::newRow("Brother colour") << u"Brother MFC-L3770CDW series"_qs << u"ZC"_qs;
        QTest::newRow("Kyocera") << u"ECOSYS P3145dn"_qs << u"2V6_S000.002.203"_qs;
        QTest::newRow("Xerox") << u"Xerox VersaLink C405"_qs << QString();
        QTest::newRow("Ricoh") << u"RICOH SP C261DNw"_qs << u"1.06"_qs;
    }
    void modelsAnswerTheirFirmware()
    {
        QFETCH(QString, model);
        QFETCH(QString, firmware);
        const auto printers = m_byModel.value(model);
        QVERIFY(!printers.isEmpty());
        for (const auto &[result, pages] : printers)
            QCOMPARE(result.identity.firmware, firmware);
    }

    // A firmware job's new version shows in the firmware field after the printer's restart.
    void installedFirmwareIsReported()
    {
        const auto printers = m_byModel.value(u"HP LaserJet Pro M404dn"_qs);
        QVERIFY(!printers.isEmpty());
        const QString address = printers.first().first.address;
        QVERIFY(m_fleet->installFirmware(address, "002_2310A"));
        Engine engine;
        const auto readFirmware = [&] {
            const auto result = read(engine, address, 300, 0); // rebooting: short tries
            return result ? result->identity.firmware : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(readFirmware(), u"002_2310A"_qs, 30000);
    }

    // Pages printed move every meter, and none goes down.
    void metersGrowWithPages()
    {
        const auto printers = m_byModel.value(u"HP Color LaserJet Pro M479fdw"_qs);
        QVERIFY(!printers.isEmpty());
        const Core::PollResult &before = printers.first().first;
        QVERIFY(m_fleet->addPages(before.address, 1000));
        Engine engine;
        const std::optional<Core::PollResult> read = this->read(engine, before.address);
        QVERIFY(read);
        const auto after = byName(*read);
        const auto was = byName(before);
        QCOMPARE(after.value(u"total"_qs).value, was.value(u"total"_qs).value + 1000);
        QCOMPARE(after.value(u"mono"_qs).value + after.value(u"colour"_qs).value, after.value(u"total"_qs).value);
        for (const QString &name : {u"mono"_qs, u"colour"_qs, u"duplex"_qs})
            QVERIFY2(after.value(name).value >= was.value(name).value, qPrintable(name));
        QVERIFY(after.value(u"mono"_qs).value > was.value(u"mono"_qs).value);
        QVERIFY(after.value(u"colour"_qs).value > was.value(u"colour"_qs).value);
        QVERIFY(after.value(u"duplex"_qs).value > was.value(u"duplex"_qs).value);
    }
};

QTEST_GUILESS_MAIN(TestSimVendor)
#include "tst_simvendor.moc"
