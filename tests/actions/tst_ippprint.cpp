// SPDX-License-Identifier: GPL-3.0-or-later
// An IPP test page against a real IPP printer: ippeveprinter (cups-ipp-utils) on loopback, started
// by the test on a free port, keeping its spool files so the job's bytes can be compared.
#include "simfixture.h"

#include "actions/actionexecutor.h"
#include "actions/ippclient.h"
#include "actions/testpage.h"
#include "storage/auditrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Printwatch;
using namespace Printwatch::Actions;

class TestIppPrint : public QObject
{
    Q_OBJECT

    TestUtil::AuthFixture m_fixture;
    QTemporaryDir m_spool;
    QProcess m_bus;
    QProcess m_printer;
    quint16 m_port = 0;
    qint64 m_device = 0;

    static quint16 freePort()
    {
        QTcpServer server;
        return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
    }

    QStringList spooledFiles() const
    {
        QStringList files;
        QDir dir(m_spool.path());
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            for (const QString &f : QDir(dir.filePath(sub)).entryList(QDir::Files))
                files << dir.filePath(sub + QLatin1Char('/') + f);
        for (const QString &f : dir.entryList(QDir::Files))
            files << dir.filePath(f);
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString ippeveprinter = QStandardPaths::findExecutable(QStringLiteral("ippeveprinter"),
                                                                    {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (ippeveprinter.isEmpty())
            QFAIL("ippeveprinter is missing: install cups-ipp-utils (scripts/bootstrap.sh does)");
        QVERIFY(m_fixture.setUp().isEmpty());
        m_device = m_fixture.addDevice(QStringLiteral("127.0.0.1"), 161, QStringLiteral("ipp-everywhere"));
        m_port = freePort();
        // Debian's ippeveprinter insists on a D-Bus system bus for Avahi (even with -r off): give it a
        // private, empty bus of its own; without an Avahi daemon there it simply does not advertise.
        // "-n localhost" makes it listen on 127.0.0.1 and ::1 only (it needs both families).
        const QString busPath = m_spool.filePath(QStringLiteral("bus"));
        m_bus.setProcessChannelMode(QProcess::MergedChannels);
        m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                   QStringLiteral("--address=unix:path=") + busPath});
        QVERIFY2(m_bus.waitForStarted(5000), "dbus-daemon (package dbus) is needed to start ippeveprinter");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(busPath), 5000);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("unix:path=") + busPath);
        m_printer.setProcessEnvironment(env);
        m_printer.setProcessChannelMode(QProcess::MergedChannels);
        m_printer.start(ippeveprinter, {QStringLiteral("-n"), QStringLiteral("localhost"), QStringLiteral("-p"),
                                        QString::number(m_port), QStringLiteral("-r"), QStringLiteral("off"),
                                        QStringLiteral("-f"), QStringLiteral("application/pdf,text/plain"),
                                        QStringLiteral("-k"), QStringLiteral("-d"), m_spool.path(),
                                        QStringLiteral("Printwatch Test")});
        QVERIFY(m_printer.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
                return probe.waitForConnected(200);
            }(),
            15000);
    }

    void cleanupTestCase()
    {
        for (QProcess *process : {&m_printer, &m_bus}) {
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
        }
    }

    void printerAdvertisesItsFormats()
    {
        IppJob job{QStringLiteral("127.0.0.1"), m_port, QStringLiteral("/ipp/print"), QStringLiteral("pat"),
                   QStringLiteral("probe"), 5000};
        auto formats = ippSupportedFormats(job);
        QVERIFY2(formats.ok(), qPrintable(formats.error()));
        QVERIFY2(formats->contains(QStringLiteral("application/pdf")), qPrintable(formats->join(u',')));
    }

    void testPageIsAcceptedAsAJob()
    {
        ActionSettings settings;
        settings.ippPort = m_port;
        ActionExecutor executor(*m_fixture.db, settings);
        ActionRequest request;
        request.action = Auth::Action::PrintTestPage;
        request.protocol = TestPageProtocol::Ipp;
        request.entryPoint = QStringLiteral("test");
        const ActionResult result = executor.run(m_fixture.power, request, PrinterRef{m_device, {}, {}, 0});
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("IPP job")), qPrintable(result.message));
        // The spooled document is our PDF.
        QTRY_VERIFY_WITH_TIMEOUT(!spooledFiles().isEmpty(), 10000);
        bool found = false;
        for (const QString &path : spooledFiles()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            if (data.startsWith("%PDF-1.4") && data.contains("Printwatch test page") && data.contains("ipp-everywhere"))
                found = true;
        }
        QVERIFY2(found, qPrintable(spooledFiles().join(u',')));
        auto rows = Storage::AuditRepository(*m_fixture.db).entries();
        QCOMPARE(rows->last().action, QStringLiteral("test-page"));
        QCOMPARE(rows->last().result, QStringLiteral("ok"));
        QVERIFY(rows->last().detail.contains(QLatin1String("ipp")));
    }

    void aClosedPortFailsClearly()
    {
        ActionSettings settings;
        settings.ippPort = freePort();
        settings.connectTimeoutMs = 2000;
        ActionExecutor executor(*m_fixture.db, settings);
        ActionRequest request;
        request.action = Auth::Action::PrintTestPage;
        request.protocol = TestPageProtocol::Ipp;
        const ActionResult result = executor.run(m_fixture.power, request, PrinterRef{m_device, {}, {}, 0});
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("ipp://127.0.0.1")), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(TestIppPrint)
#include "tst_ippprint.moc"
