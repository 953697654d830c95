// SPDX-License-Identifier: GPL-3.0-or-later
// printwatch-sim: serves a fleet of simulated printers on loopback until SIGINT/SIGTERM (or, with
// --stdin-control, until stdin closes or says "quit").

#include "sim/fleet.h"
#include "sim/jobsink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Printwatch;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("printwatch-sim", text);
}

void printLine(const QString &line, FILE *stream = stdout)
{
    std::fputs(line.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int fail(const QString &message)
{
    printLine(QStringLiteral("printwatch-sim: ") + message, stderr);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("printwatch-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Serves simulated SNMP printers on loopback addresses (127.0.0.0/8)."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), tr("Number of generated printers."), tr("N"),
                                   QStringLiteral("10"));
    const QCommandLineOption first(QStringLiteral("first"), tr("First address (in 127.0.0.0/8)."), tr("ADDR"),
                                   QStringLiteral("127.1.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), tr("UDP port; 0 picks a free one."), tr("P"),
                                  QStringLiteral("0"));
    const QCommandLineOption community(QStringLiteral("community"), tr("SNMP v1/v2c community."), tr("C"),
                                       QStringLiteral("public"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of serials, MACs and the vendor mix."), tr("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption nonPrinters(QStringLiteral("non-printers"), tr("Number of network switches."), tr("K"),
                                         QStringLiteral("0"));
    const QCommandLineOption recordings(QStringLiteral("recordings"),
                                        tr(".snmprec file or directory; repeat it, or list more paths after it."),
                                        tr("PATH"));
    const QCommandLineOption speed(QStringLiteral("speed"), tr("Simulated seconds per real second."), tr("X"),
                                   QStringLiteral("1"));
    const QCommandLineOption ppm(QStringLiteral("pages-per-minute"), tr("Average pages per printer per simulated minute."),
                                 tr("R"), QStringLiteral("2"));
    const QCommandLineOption stdinControl(QStringLiteral("stdin-control"),
                                          tr("Read commands from stdin (move A B, silence A, wake A, pages A N, behave RANGE SPEC, stats, quit); "
                                             "quit when stdin closes."));
    const QCommandLineOption behave(QStringLiteral("behave"),
                                    tr("Misbehaviour for a range, RANGE:SPEC, e.g. 127.1.0.5-9:latency=200,loss=30 "
                                       "(latency=MS, loss=PERCENT, toobig=BYTES, walk-loop, malformed, asleep, "
                                       "silent, same-engine-id, normal). Repeatable."),
                                    tr("RANGE:SPEC"));
    const QCommandLineOption v3User(QStringLiteral("v3-user"),
                                    tr("SNMPv3 user name:auth:authpass:priv:privpass (auth none|MD5|SHA|SHA-224|"
                                       "SHA-256|SHA-384|SHA-512, priv none|DES|AES|AES-192|AES-256|AES-192-C|"
                                       "AES-256-C). Repeatable; replaces the default users."),
                                    tr("SPEC"));
    const QCommandLineOption stride(QStringLiteral("stride"),
                                    tr("Addresses from one device to the next (256: one printer per /24)."), tr("S"),
                                    QStringLiteral("1"));
    const QCommandLineOption noV3(QStringLiteral("no-v3"), tr("Do not answer SNMPv3."));
    const QCommandLineOption jobSinks(QStringLiteral("job-sinks"),
                                      tr("Accept raw (9100-style) and LPR jobs on every printer address; prints the ports "
                                         "after the ready line. Firmware jobs change the version (see sim/jobsink.h)."));
    parser.addOptions({count, first, port, community, seed, nonPrinters, recordings, speed, ppm, stdinControl, behave,
                       v3User, noV3, stride, jobSinks});
    parser.addPositionalArgument(tr("paths"), tr("More recordings."), tr("[PATH...]"));
    parser.process(app);

    Sim::FleetConfig config;
    bool ok = false;
    config.printerCount = parser.value(count).toInt(&ok);
    if (!ok || config.printerCount < 0)
        return fail(tr("--count needs a number, not \"%1\"").arg(parser.value(count)));
    config.nonPrinterCount = parser.value(nonPrinters).toInt(&ok);
    if (!ok || config.nonPrinterCount < 0)
        return fail(tr("--non-printers needs a number, not \"%1\"").arg(parser.value(nonPrinters)));
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(tr("--port needs a number from 0 to 65535, not \"%1\"").arg(parser.value(port)));
    config.port = quint16(portNumber);
    config.firstAddress = parser.value(first);
    config.community = parser.value(community);
    config.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed needs a number, not \"%1\"").arg(parser.value(seed)));
    config.speed = parser.value(speed).toDouble(&ok);
    if (!ok || !(config.speed > 0))
        return fail(tr("--speed needs a positive number, not \"%1\"").arg(parser.value(speed)));
    config.pagesPerMinute = parser.value(ppm).toDouble(&ok);
    if (!ok || config.pagesPerMinute < 0)
        return fail(tr("--pages-per-minute needs a number, not \"%1\"").arg(parser.value(ppm)));
    config.recordings = parser.values(recordings) + parser.positionalArguments();
    config.behaviours = parser.values(behave);
    config.addressStride = parser.value(stride).toInt(&ok);
    if (!ok || config.addressStride < 1)
        return fail(tr("--stride needs a positive number, not \"%1\"").arg(parser.value(stride)));
    if (!parser.isSet(noV3)) {
        if (parser.isSet(v3User)) {
            for (const QString &spec : parser.values(v3User)) {
                auto user = Sim::parseV3User(spec);
                if (!user)
                    return fail(user.error());
                config.v3Users << user.value();
            }
        } else {
            config.v3Users = Sim::defaultV3Users();
        }
    }

    auto fleet = Sim::Fleet::start(config);
    if (!fleet)
        return fail(fleet.error());
    // net-snmp logs every undecodable datagram to stderr; a simulator on a busy loopback only drops them.
    snmp_disable_log();
    std::unique_ptr<Sim::JobSink> sinks;
    if (parser.isSet(jobSinks)) {
        Sim::Fleet *served = fleet->get();
        auto started = Sim::JobSink::start({served->addresses(), 0, 0, 512},
                                           [served](const QString &address, const QByteArray &version) {
                                               static_cast<void>(served->installFirmware(address, version));
                                           });
        if (!started)
            return fail(started.error());
        sinks = std::move(started.value());
    }

    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return fail(tr("cannot create the signal pipe"));
    struct sigaction action{};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    // A reader that went away must not kill the simulator in the middle of an "ok".
    std::signal(SIGPIPE, SIG_IGN);
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);

    std::unique_ptr<QSocketNotifier> stdinNotifier;
    QByteArray pending;
    if (parser.isSet(stdinControl)) {
        stdinNotifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(stdinNotifier.get(), &QSocketNotifier::activated, &app, [&] {
            char buffer[4096];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0) {
                if (n < 0 && errno == EINTR)
                    return;
                stdinNotifier->setEnabled(false);
                QCoreApplication::quit();
                return;
            }
            pending.append(buffer, n);
            if (pending.size() > 65536 && !pending.contains('\n')) {
                printLine(QStringLiteral("error: ") + tr("command line longer than 64 KiB"));
                pending.clear();
                return;
            }
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
                pending.remove(0, newline + 1);
                if (line.isEmpty())
                    continue;
                if (line == u"quit") {
                    printLine(QStringLiteral("ok"));
                    stdinNotifier->setEnabled(false);
                    QCoreApplication::quit();
                    return;
                }
                if (line == u"stats") {
                    // One line for scripts (printwatch-bench sizes its UDP floor with it).
                    const Sim::Fleet::Traffic t = (*fleet)->traffic();
                    printLine(QStringLiteral("stats requests=%1 request_bytes=%2 answers=%3 answer_bytes=%4")
                                  .arg(t.requests)
                                  .arg(t.requestBytes)
                                  .arg(t.answers)
                                  .arg(t.answerBytes));
                    continue;
                }
                const auto result = (*fleet)->executeCommand(line);
                printLine(result ? QStringLiteral("ok") : QStringLiteral("error: ") + result.error());
            }
        });
    }

    printLine(QStringLiteral("printwatch-sim ready port=%1 printers=%2 first=%3")
                  .arg((*fleet)->port())
                  .arg((*fleet)->printerCount())
                  .arg((*fleet)->firstAddress()));
    if (sinks)
        printLine(QStringLiteral("printwatch-sim job sinks raw=%1 lpr=%2").arg(sinks->rawPort()).arg(sinks->lprPort()));
    const int code = app.exec();
    (*fleet)->stop();
    return code;
}
