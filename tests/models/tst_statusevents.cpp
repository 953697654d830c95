// SPDX-License-Identifier: GPL-3.0-or-later
// The activity log's lines for a printer's state changes (Models::statusEvents): transitions only,
// an error state named by its conditions, again when they change, and its clearing, also after a
// silence in between.
#include "models/statusevents.h"

#include <QTest>

using namespace Printwatch;
using Core::DeviceStatus;
using Models::EventSeverity;
using Models::StatusMark;

namespace {

constexpr quint32 Jammed = 0x0400;
constexpr quint32 DoorOpen = 0x0800;
constexpr quint32 TonerLow = 0x2000;

Core::PrinterSummary summary(DeviceStatus status, quint32 errorState = 0, const QString &lastError = {})
{
    Core::PrinterSummary s;
    s.deviceId = 7;
    s.status = status;
    s.detectedErrorState = errorState;
    s.lastError = lastError;
    return s;
}

QStringList expect(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out += QString::fromUtf8(text);
    return out;
}

// One event as "severity|source|message", so that a row of the table reads as the log would.
QStringList lines(const QList<Models::StatusEvent> &events)
{
    QStringList out;
    for (const auto &e : events)
        out += QStringLiteral("%1|%2|%3").arg(Models::eventSeverityText(e.severity), e.source, e.message);
    return out;
}

} // namespace

class TestStatusEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<QList<Core::PrinterSummary>>("polls"); // in order; the first is new to the log
        QTest::addColumn<QStringList>("expected");              // every line of every poll, in order

        QTest::newRow("new printer") << QList{summary(DeviceStatus::Idle)}
                                     << expect({"Information|Discovery|New printer"});
        QTest::newRow("new printer in an error state")
            << QList{summary(DeviceStatus::Down, Jammed)}
            << expect({"Information|Discovery|New printer", "Error|Poll|Reports an error state: jammed"});
        QTest::newRow("steady polls say nothing")
            << QList{summary(DeviceStatus::Idle), summary(DeviceStatus::Printing), summary(DeviceStatus::Idle)}
            << expect({"Information|Discovery|New printer"});
        QTest::newRow("a warning's conditions are not an error")
            << QList{summary(DeviceStatus::Idle), summary(DeviceStatus::Warning, TonerLow)}
            << expect({"Information|Discovery|New printer"});
        QTest::newRow("into an error state, named, and out of it")
            << QList{summary(DeviceStatus::Idle), summary(DeviceStatus::Down, DoorOpen | Jammed),
                     summary(DeviceStatus::Down, DoorOpen | Jammed), summary(DeviceStatus::Idle)}
            << expect({"Information|Discovery|New printer",
                           "Error|Poll|Reports an error state: door open, jammed",
                           "Information|Poll|Error state cleared, now Idle"});
        QTest::newRow("conditions change while in error")
            << QList{summary(DeviceStatus::Idle), summary(DeviceStatus::Down, DoorOpen | Jammed),
                     summary(DeviceStatus::Down, DoorOpen)}
            << expect({"Information|Discovery|New printer",
                           "Error|Poll|Reports an error state: door open, jammed",
                           "Error|Poll|Reports an error state: door open"});
        QTest::newRow("an error state without conditions")
            << QList{summary(DeviceStatus::Idle), summary(DeviceStatus::Down)}
            << expect({"Information|Discovery|New printer", "Error|Poll|Reports an error state"});
        QTest::newRow("silence and back")
            << QList{summary(DeviceStatus::Idle),
                     summary(DeviceStatus::Unreachable, 0, QStringLiteral("no answer after 2 tries")),
                     summary(DeviceStatus::Unreachable, 0, QStringLiteral("no answer after 2 tries")),
                     summary(DeviceStatus::Idle)}
            << expect({"Information|Discovery|New printer",
                           "Warning|Poll|Stopped answering: no answer after 2 tries",
                           "Information|Poll|Answering again"});
        QTest::newRow("silent while in error, back without it")
            << QList{summary(DeviceStatus::Idle), summary(DeviceStatus::Down, Jammed),
                     summary(DeviceStatus::Unreachable, Jammed), summary(DeviceStatus::Printing)}
            << expect({"Information|Discovery|New printer", "Error|Poll|Reports an error state: jammed",
                           "Warning|Poll|Stopped answering", "Information|Poll|Answering again",
                           "Information|Poll|Error state cleared, now Printing"});
        QTest::newRow("silent while in error, back still in it")
            << QList{summary(DeviceStatus::Idle), summary(DeviceStatus::Down, Jammed),
                     summary(DeviceStatus::Unreachable, Jammed), summary(DeviceStatus::Down, Jammed)}
            << expect({"Information|Discovery|New printer", "Error|Poll|Reports an error state: jammed",
                           "Warning|Poll|Stopped answering", "Information|Poll|Answering again"});
        QTest::newRow("never answered, then in error")
            << QList{summary(DeviceStatus::Unknown), summary(DeviceStatus::Down, Jammed)}
            << expect({"Information|Discovery|New printer", "Information|Poll|Answering again",
                           "Error|Poll|Reports an error state: jammed"});
    }

    void transitions()
    {
        QFETCH(QList<Core::PrinterSummary>, polls);
        QFETCH(QStringList, expected);
        std::optional<StatusMark> mark;
        QStringList got;
        for (const Core::PrinterSummary &poll : polls) {
            got += lines(Models::statusEvents(mark, poll));
            mark = StatusMark::after(mark, poll);
        }
        QCOMPARE(got, expected);
    }

    // Every condition has its words, in the bit order of RFC 2790 (bit 0 is 0x8000).
    void errorStateTextsFollowTheBits()
    {
        QCOMPARE(Core::errorStateTexts(0), QStringList());
        QCOMPARE(Core::errorStateTexts(0x8000), QStringList{QStringLiteral("paper low")});
        QCOMPARE(Core::errorStateTexts(0x0002), QStringList{QStringLiteral("maintenance overdue")});
        QCOMPARE(Core::errorStateTexts(0x0001), QStringList()); // bit 15 is not assigned
        QCOMPARE(Core::errorStateTexts(0xFFFF).size(), 15);
        QCOMPARE(Core::errorStateTexts(DoorOpen | Jammed | TonerLow),
                 (QStringList{QStringLiteral("toner low"), QStringLiteral("door open"), QStringLiteral("jammed")}));
    }
};

QTEST_GUILESS_MAIN(TestStatusEvents)
#include "tst_statusevents.moc"
