// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The event log's front door: any thread calls log(); entries are handed to the GUI thread in
// batches through one queued call, so a poll round of 10,000 failures costs one model insert,
// not 10,000 signals. The EventLog object lives on the GUI thread.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>

namespace Printwatch::Models {

enum class EventSeverity : quint8 { Info = 0, Warning = 1, Error = 2 };
QString eventSeverityText(EventSeverity severity);

struct EventEntry
{
    QDateTime time;
    EventSeverity severity = EventSeverity::Info;
    QString source;  // translated area: "Poll", "Discovery", "Storage"...
    qint64 deviceId = 0;
    QString printer; // name or address; untrusted, shown as plain text
    QString message;

    bool operator==(const EventEntry &) const = default;
};

class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    explicit EventLog(QObject *parent = nullptr);
    ~EventLog() override;

    // Thread-safe. An invalid time means now.
    void log(EventEntry entry);
    void log(EventSeverity severity, const QString &source, const QString &message, const QString &printer = {},
             qint64 deviceId = 0);

Q_SIGNALS:
    // On the EventLog's thread, oldest first.
    void entriesAdded(const QList<Printwatch::Models::EventEntry> &entries);

private:
    void deliver();

    QMutex m_mutex;
    QList<EventEntry> m_pending;
    bool m_scheduled = false;
};

} // namespace Printwatch::Models

Q_DECLARE_METATYPE(Printwatch::Models::EventEntry)
