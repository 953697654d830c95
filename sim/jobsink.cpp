// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/jobsink.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <sys/socket.h>

namespace Printwatch::Sim {

namespace {

QString simTr(const char *text)
{
    return QCoreApplication::translate("Sim", text);
}

const QByteArray kUel("\x1b%-12345X");

// One LPR connection's progress through RFC 1179's receive-job subcommands.
struct LprState
{
    enum Stage { Command, Subcommand, ControlFile, DataFile } stage = Command;
    QByteArray buffer;
    qint64 expected = 0;
    ReceivedJob job;
    bool gotControl = false;
    bool gotData = false;
};

} // namespace

class JobSink::Worker final : public QObject
{
public:
    JobSink::FirmwareHook hook;
    quint16 rawPort = 0;
    quint16 lprPort = 0;

    mutable QMutex mutex; // guards jobs, connections, cuts
    QList<ReceivedJob> jobs;
    QHash<QString, int> connections;
    QHash<QString, qint64> cuts;

    Core::Result<void> listen(const JobSinkConfig &config)
    {
        const QStringList addresses = config.addresses.mid(0, config.maxAddresses);
        if (addresses.isEmpty())
            return Core::Error{simTr("job sink: no address to listen on")};
        for (const QString &address : addresses) {
            if (!QHostAddress(address).isLoopback())
                return Core::Error{simTr("job sink: %1 is not a loopback address").arg(address)};
        }
        for (int attempt = 0; attempt < 8; ++attempt) {
            auto raw = listenAll(addresses, config.rawPort, false);
            if (!raw) {
                if (config.rawPort != 0)
                    return Core::Error{raw.error()};
                continue;
            }
            auto lpr = listenAll(addresses, config.lprPort, true);
            if (!lpr) {
                closeAll();
                if (config.lprPort != 0)
                    return Core::Error{lpr.error()};
                continue;
            }
            rawPort = *raw;
            lprPort = *lpr;
            return {};
        }
        return Core::Error{simTr("job sink: no free port number is free on all %1 addresses").arg(addresses.size())};
    }

    void closeAll()
    {
        for (QTcpServer *server : findChildren<QTcpServer *>())
            delete server;
    }

    void record(const ReceivedJob &job)
    {
        {
            QMutexLocker lock(&mutex);
            jobs.append(job);
        }
        if (job.protocol == QLatin1String("raw") && job.complete && hook) {
            const QByteArray version = JobSink::firmwareVersion(job.data);
            if (!version.isEmpty())
                hook(job.address, version);
        }
    }

private:
    Core::Result<quint16> listenAll(const QStringList &addresses, quint16 port, bool lpr)
    {
        QList<QTcpServer *> servers;
        for (const QString &address : addresses) {
            auto *server = new QTcpServer(this);
            if (!server->listen(QHostAddress(address), port)) {
                const QString error = server->errorString();
                qDeleteAll(servers);
                delete server;
                return Core::Error{simTr("job sink: cannot listen on %1:%2: %3").arg(address).arg(port).arg(error)};
            }
            port = server->serverPort();
            servers << server;
            connect(server, &QTcpServer::newConnection, this, [this, server, lpr, address] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    {
                        QMutexLocker lock(&mutex);
                        ++connections[address];
                    }
                    if (lpr)
                        serveLpr(socket, address);
                    else
                        serveRaw(socket, address);
                }
            });
        }
        return port;
    }

    void serveRaw(QTcpSocket *socket, const QString &address)
    {
        auto job = std::make_shared<ReceivedJob>();
        job->address = address;
        job->protocol = QStringLiteral("raw");
        auto done = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, job, done, address] {
            job->data += socket->readAll();
            qint64 cut = -1;
            {
                QMutexLocker lock(&mutex);
                cut = cuts.value(address, -1);
            }
            if (cut >= 0 && job->data.size() >= cut && !*done) {
                job->data.truncate(cut);
                *done = true;
                record(*job); // complete = false: the transfer was cut
                // A reset, as a printer that fails mid-flash: linger 0 makes close() send RST even
                // when every byte already arrived (a plain close would then send a clean FIN).
                const linger hard{1, 0};
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                socket->abort();
                socket->deleteLater();
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, job, done] {
            if (*done)
                return;
            *done = true;
            job->data += socket->readAll();
            job->complete = true;
            record(*job);
            socket->deleteLater();
        });
    }

    void serveLpr(QTcpSocket *socket, const QString &address)
    {
        auto state = std::make_shared<LprState>();
        state->job.address = address;
        state->job.protocol = QStringLiteral("lpr");
        connect(socket, &QTcpSocket::readyRead, this, [socket, state] {
            state->buffer += socket->readAll();
            for (;;) {
                if (state->stage == LprState::Command || state->stage == LprState::Subcommand) {
                    const qsizetype eol = state->buffer.indexOf('\n');
                    if (eol < 0)
                        return;
                    const QByteArray line = state->buffer.left(eol);
                    state->buffer.remove(0, eol + 1);
                    if (line.isEmpty()) {
                        socket->write(QByteArray(1, '\1'));
                        continue;
                    }
                    const char code = line.at(0);
                    if (state->stage == LprState::Command) {
                        if (code != '\2') { // only "receive a printer job"
                            socket->write(QByteArray(1, '\1'));
                            socket->disconnectFromHost();
                            return;
                        }
                        state->job.queue = QString::fromLatin1(line.mid(1));
                        state->stage = LprState::Subcommand;
                        socket->write(QByteArray(1, '\0'));
                        continue;
                    }
                    if (code == '\1') { // abort job
                        state->gotControl = state->gotData = false;
                        state->job.control.clear();
                        state->job.data.clear();
                        continue;
                    }
                    bool ok = false;
                    state->expected = line.mid(1, line.indexOf(' ') - 1).toLongLong(&ok);
                    if ((code != '\2' && code != '\3') || !ok || state->expected < 0) {
                        socket->write(QByteArray(1, '\1'));
                        continue;
                    }
                    state->stage = code == '\2' ? LprState::ControlFile : LprState::DataFile;
                    socket->write(QByteArray(1, '\0'));
                    continue;
                }
                // A file: `expected` bytes, then one NUL.
                if (state->buffer.size() < state->expected + 1)
                    return;
                const QByteArray file = state->buffer.left(state->expected);
                const bool terminated = state->buffer.at(state->expected) == '\0';
                state->buffer.remove(0, state->expected + 1);
                if (state->stage == LprState::ControlFile) {
                    state->job.control = file;
                    state->gotControl = terminated;
                } else {
                    state->job.data = file;
                    state->gotData = terminated;
                }
                state->stage = LprState::Subcommand;
                socket->write(QByteArray(1, terminated ? '\0' : '\1'));
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, state] {
            state->job.complete = state->gotControl && state->gotData;
            if (state->gotControl || state->gotData || !state->job.queue.isEmpty())
                record(state->job);
            socket->deleteLater();
        });
    }
};

JobSink::JobSink() = default;

Core::Result<std::unique_ptr<JobSink>> JobSink::start(const JobSinkConfig &config, FirmwareHook hook)
{
    std::unique_ptr<JobSink> sink(new JobSink);
    sink->m_thread = std::make_unique<QThread>();
    sink->m_thread->setObjectName(QStringLiteral("printwatch-sim-jobsink"));
    sink->m_worker = new Worker;
    sink->m_worker->hook = std::move(hook);
    sink->m_worker->moveToThread(sink->m_thread.get());
    QObject::connect(sink->m_thread.get(), &QThread::finished, sink->m_worker, &QObject::deleteLater);
    sink->m_thread->start();
    Core::Result<void> listening;
    QMetaObject::invokeMethod(
        sink->m_worker, [&] { listening = sink->m_worker->listen(config); }, Qt::BlockingQueuedConnection);
    if (!listening)
        return Core::Error{listening.error()};
    return sink;
}

JobSink::~JobSink()
{
    if (m_thread) {
        QMetaObject::invokeMethod(m_worker, [this] { m_worker->closeAll(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

quint16 JobSink::rawPort() const
{
    return m_worker->rawPort;
}

quint16 JobSink::lprPort() const
{
    return m_worker->lprPort;
}

QList<ReceivedJob> JobSink::jobs(const QString &address) const
{
    QMutexLocker lock(&m_worker->mutex);
    if (address.isEmpty())
        return m_worker->jobs;
    QList<ReceivedJob> list;
    for (const ReceivedJob &job : m_worker->jobs) {
        if (job.address == address)
            list << job;
    }
    return list;
}

int JobSink::connectionCount(const QString &address) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->connections.value(address);
}

void JobSink::setCutAfter(const QString &address, qint64 bytes)
{
    QMutexLocker lock(&m_worker->mutex);
    if (bytes < 0)
        m_worker->cuts.remove(address);
    else
        m_worker->cuts.insert(address, bytes);
}

QByteArray JobSink::firmwareVersion(const QByteArray &data)
{
    static const QRegularExpression header(
        QStringLiteral("^\\x1b%-12345X@PJL COMMENT PRINTWATCH-FIRMWARE VERSION=\"([^\"\\r\\n]{1,64})\" LENGTH=(\\d{1,12})\\r\\n"));
    const QString head = QString::fromLatin1(data.left(160));
    const auto match = header.match(head);
    if (!match.hasMatch())
        return {};
    const qint64 length = match.captured(2).toLongLong();
    const qint64 start = match.capturedEnd(0);
    if (data.size() != start + length + kUel.size() || !data.endsWith(kUel))
        return {};
    return match.captured(1).toLatin1();
}

QByteArray JobSink::makeFirmware(const QByteArray &version, const QByteArray &image)
{
    return kUel + "@PJL COMMENT PRINTWATCH-FIRMWARE VERSION=\"" + version + "\" LENGTH="
           + QByteArray::number(image.size()) + "\r\n" + image + kUel;
}

} // namespace Printwatch::Sim
