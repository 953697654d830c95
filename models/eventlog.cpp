// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventlog.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace Printwatch::Models {

QString eventSeverityText(EventSeverity severity)
{
    switch (severity) {
    case EventSeverity::Info:
        return QCoreApplication::translate("Printwatch::Models::EventLog", "Information");
    case EventSeverity::Warning:
        return QCoreApplication::translate("Printwatch::Models::EventLog", "Warning");
    case EventSeverity::Error:
        return QCoreApplication::translate("Printwatch::Models::EventLog", "Error");
    }
    return {};
}

EventLog::EventLog(QObject *parent) : QObject(parent) {}

EventLog::~EventLog() = default;

void EventLog::log(EventEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    QMutexLocker lock(&m_mutex);
    m_pending.append(std::move(entry));
    if (m_scheduled)
        return;
    m_scheduled = true;
    lock.unlock();
    QMetaObject::invokeMethod(this, &EventLog::deliver, Qt::QueuedConnection);
}

void EventLog::log(EventSeverity severity, const QString &source, const QString &message, const QString &printer,
                   qint64 deviceId)
{
    EventEntry entry;
    entry.severity = severity;
    entry.source = source;
    entry.message = message;
    entry.printer = printer;
    entry.deviceId = deviceId;
    log(std::move(entry));
}

void EventLog::deliver()
{
    QList<EventEntry> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_scheduled = false;
    }
    if (!batch.isEmpty())
        Q_EMIT entriesAdded(batch);
}

} // namespace Printwatch::Models
