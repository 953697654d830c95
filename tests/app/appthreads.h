// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The app's worker threads for the controller tests, set up as Application::startThreads does
// (the tests wire controllers without Application, so they cannot call it): the writer and the
// reader on a storage thread, the poller and discovery on a poller thread, each object deleted
// on its own thread once that thread's loop ends.

#include "app/storagereader.h"
#include "snmp/discovery.h"
#include "snmp/poller.h"
#include "storage/storagewriter.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace Printwatch::TestUtil {

// A new writer and reader for `databasePath` on `thread`, which is started.
inline void startStorageThread(QThread &thread, const QString &databasePath, Storage::StorageWriter *&writer,
                               App::StorageReader *&reader)
{
    writer = new Storage::StorageWriter;
    reader = new App::StorageReader(databasePath);
    writer->moveToThread(&thread);
    reader->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
    QObject::connect(&thread, &QThread::finished, reader, &QObject::deleteLater);
    thread.start();
}

// A new poller and a discovery sharing its engine (one socket) on `thread`, which is started.
// Discovery is deleted before the poller that owns the engine.
inline void startPollerThread(QThread &thread, Snmp::Poller *&poller, Snmp::Discovery *&discovery)
{
    poller = new Snmp::Poller;
    discovery = new Snmp::Discovery(poller->engine());
    poller->moveToThread(&thread);
    discovery->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, discovery, &QObject::deleteLater);
    QObject::connect(&thread, &QThread::finished, poller, &QObject::deleteLater);
    thread.start();
}

// Opens `path` on the writer's thread; true once it said so within `waitMs`. The spy records on
// the writer's thread (a direct connection), so the signal can land before a wait() would start:
// its count is polled instead.
inline bool openWriter(Storage::StorageWriter *writer, const QString &path, int waitMs = 10000)
{
    QSignalSpy opened(writer, &Storage::StorageWriter::opened);
    QMetaObject::invokeMethod(writer, [writer, path] { writer->open(path); });
    return QTest::qWaitFor([&opened] { return !opened.isEmpty(); }, waitMs);
}

} // namespace Printwatch::TestUtil
