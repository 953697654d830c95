// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/alertcodes.h"

#include <QCoreApplication>
#include <QHash>

namespace Printwatch::Models {

namespace {

// lupdate reads only literal contexts, so each translate() below spells it out.
constexpr const char *kContext = "Printwatch::Models::AlertCodes";

const QHash<int, const char *> &codeNames()
{
    static const QHash<int, const char *> names = {
        {1, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Other")},
        {2, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Unknown")},
        {3, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Cover open")},
        {4, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Cover closed")},
        {5, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Interlock open")},
        {6, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Interlock closed")},
        {7, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Configuration changed")},
        {8, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Paper jam")},
        {9, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Component missing")},
        {10, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Component life almost over")},
        {11, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Component life over")},
        {12, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Almost empty")},
        {13, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Empty")},
        {14, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Almost full")},
        {15, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Full")},
        {16, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Near limit")},
        {17, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "At limit")},
        {18, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Opened")},
        {19, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Closed")},
        {20, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Turned on")},
        {21, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Turned off")},
        {22, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Offline")},
        {23, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Power saver")},
        {24, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Warming up")},
        {25, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Component added")},
        {26, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Component removed")},
        {29, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Recoverable failure")},
        {30, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Unrecoverable failure")},
        {33, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Motor failure")},
        {34, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Memory exhausted")},
        {36, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Over temperature")},
        {501, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Door open")},
        {502, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Door closed")},
        {503, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Powered up")},
        {504, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Powered down")},
        {505, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Reset over the network")},
        {506, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Reset by hand")},
        {507, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Ready to print")},
        {801, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Input tray missing")},
        {807, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Paper low")},
        {808, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Paper out")},
        {809, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Media change requested")},
        {810, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Manual feed requested")},
        {901, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Output tray missing")},
        {902, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Output tray almost full")},
        {903, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Output tray full")},
        {1001, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Fuser under temperature")},
        {1002, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Fuser over temperature")},
        {1101, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Toner empty")},
        {1102, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Ink empty")},
        {1104, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Toner low")},
        {1105, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Ink low")},
        {1107, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Waste toner almost full")},
        {1108, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Waste ink almost full")},
        {1109, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Waste toner full")},
        {1110, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Waste ink full")},
        {1111, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Drum life almost over")},
        {1112, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Drum life over")},
        {1113, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Developer almost empty")},
        {1114, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Developer empty")},
        {1115, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Toner cartridge missing")},
        {1301, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Media path tray missing")},
        {1304, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Cannot duplex the selected media")},
        {1501, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Interpreter memory increased")},
        {1502, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Interpreter memory decreased")},
        {1507, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Interpreter resource unavailable")},
        {1509, QT_TRANSLATE_NOOP("Printwatch::Models::AlertCodes", "Complex page")},
    };
    return names;
}

} // namespace

QString alertCodeText(int code)
{
    const auto found = codeNames().constFind(code);
    if (found != codeNames().constEnd())
        return QCoreApplication::translate(kContext, *found);
    return QCoreApplication::translate("Printwatch::Models::AlertCodes", "Alert code %1").arg(code);
}

QString alertSeverityText(int severity)
{
    switch (severity) {
    case 3:
        return QCoreApplication::translate("Printwatch::Models::AlertCodes", "Critical");
    case 4:
    case 5:
        return QCoreApplication::translate("Printwatch::Models::AlertCodes", "Warning");
    default:
        return QCoreApplication::translate("Printwatch::Models::AlertCodes", "Information");
    }
}

int alertSeverityRank(int severity)
{
    switch (severity) {
    case 3:
        return 2;
    case 4:
    case 5:
        return 1;
    default:
        return 0;
    }
}

} // namespace Printwatch::Models
