// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/alertcodes.h"

#include <QCoreApplication>

namespace Printwatch::Snmp::PrinterMib {

namespace {
struct Text
{
    int code;
    const char *text;
};

template<size_t N>
const char *find(const Text (&table)[N], int code)
{
    for (const Text &entry : table) {
        if (entry.code == code)
            return entry.text;
    }
    return nullptr;
}

// PrtAlertCodeTC (IANA-PRINTER-MIB), the codes printers send.
constexpr Text kAlertCodes[] = {
    {1, QT_TRANSLATE_NOOP("AlertCode", "other")},
    {2, QT_TRANSLATE_NOOP("AlertCode", "unknown")},
    {3, QT_TRANSLATE_NOOP("AlertCode", "cover open")},
    {4, QT_TRANSLATE_NOOP("AlertCode", "cover closed")},
    {5, QT_TRANSLATE_NOOP("AlertCode", "interlock open")},
    {6, QT_TRANSLATE_NOOP("AlertCode", "interlock closed")},
    {7, QT_TRANSLATE_NOOP("AlertCode", "configuration change")},
    {8, QT_TRANSLATE_NOOP("AlertCode", "jam")},
    {9, QT_TRANSLATE_NOOP("AlertCode", "sub-unit missing")},
    {10, QT_TRANSLATE_NOOP("AlertCode", "sub-unit life almost over")},
    {11, QT_TRANSLATE_NOOP("AlertCode", "sub-unit life over")},
    {12, QT_TRANSLATE_NOOP("AlertCode", "sub-unit almost empty")},
    {13, QT_TRANSLATE_NOOP("AlertCode", "sub-unit empty")},
    {14, QT_TRANSLATE_NOOP("AlertCode", "sub-unit almost full")},
    {15, QT_TRANSLATE_NOOP("AlertCode", "sub-unit full")},
    {16, QT_TRANSLATE_NOOP("AlertCode", "sub-unit near limit")},
    {17, QT_TRANSLATE_NOOP("AlertCode", "sub-unit at limit")},
    {18, QT_TRANSLATE_NOOP("AlertCode", "sub-unit opened")},
    {19, QT_TRANSLATE_NOOP("AlertCode", "sub-unit closed")},
    {20, QT_TRANSLATE_NOOP("AlertCode", "sub-unit turned on")},
    {21, QT_TRANSLATE_NOOP("AlertCode", "sub-unit turned off")},
    {22, QT_TRANSLATE_NOOP("AlertCode", "sub-unit offline")},
    {23, QT_TRANSLATE_NOOP("AlertCode", "sub-unit power saver")},
    {24, QT_TRANSLATE_NOOP("AlertCode", "sub-unit warming up")},
    {25, QT_TRANSLATE_NOOP("AlertCode", "sub-unit added")},
    {26, QT_TRANSLATE_NOOP("AlertCode", "sub-unit removed")},
    {27, QT_TRANSLATE_NOOP("AlertCode", "sub-unit resource added")},
    {28, QT_TRANSLATE_NOOP("AlertCode", "sub-unit resource removed")},
    {29, QT_TRANSLATE_NOOP("AlertCode", "sub-unit recoverable failure")},
    {30, QT_TRANSLATE_NOOP("AlertCode", "sub-unit unrecoverable failure")},
    {31, QT_TRANSLATE_NOOP("AlertCode", "sub-unit recoverable storage error")},
    {32, QT_TRANSLATE_NOOP("AlertCode", "sub-unit unrecoverable storage error")},
    {33, QT_TRANSLATE_NOOP("AlertCode", "sub-unit motor failure")},
    {34, QT_TRANSLATE_NOOP("AlertCode", "sub-unit memory exhausted")},
    {35, QT_TRANSLATE_NOOP("AlertCode", "sub-unit under temperature")},
    {36, QT_TRANSLATE_NOOP("AlertCode", "sub-unit over temperature")},
    {37, QT_TRANSLATE_NOOP("AlertCode", "sub-unit timing failure")},
    {38, QT_TRANSLATE_NOOP("AlertCode", "sub-unit thermistor failure")},
    {501, QT_TRANSLATE_NOOP("AlertCode", "door open")},
    {502, QT_TRANSLATE_NOOP("AlertCode", "door closed")},
    {503, QT_TRANSLATE_NOOP("AlertCode", "power up")},
    {504, QT_TRANSLATE_NOOP("AlertCode", "power down")},
    {505, QT_TRANSLATE_NOOP("AlertCode", "printer taken offline by operator")},
    {506, QT_TRANSLATE_NOOP("AlertCode", "printer brought online by operator")},
    {507, QT_TRANSLATE_NOOP("AlertCode", "printer manual reset")},
    {508, QT_TRANSLATE_NOOP("AlertCode", "printer NMS reset")},
    {509, QT_TRANSLATE_NOOP("AlertCode", "printer ready to print")},
    {801, QT_TRANSLATE_NOOP("AlertCode", "input media tray missing")},
    {802, QT_TRANSLATE_NOOP("AlertCode", "input media size change")},
    {803, QT_TRANSLATE_NOOP("AlertCode", "input media weight change")},
    {804, QT_TRANSLATE_NOOP("AlertCode", "input media type change")},
    {805, QT_TRANSLATE_NOOP("AlertCode", "input media color change")},
    {806, QT_TRANSLATE_NOOP("AlertCode", "input media form parts change")},
    {807, QT_TRANSLATE_NOOP("AlertCode", "input media supply low")},
    {808, QT_TRANSLATE_NOOP("AlertCode", "input media supply empty")},
    {809, QT_TRANSLATE_NOOP("AlertCode", "input media change request")},
    {810, QT_TRANSLATE_NOOP("AlertCode", "input manual input request")},
    {811, QT_TRANSLATE_NOOP("AlertCode", "input tray position failure")},
    {812, QT_TRANSLATE_NOOP("AlertCode", "input tray elevation failure")},
    {813, QT_TRANSLATE_NOOP("AlertCode", "input cannot feed size selected")},
    {901, QT_TRANSLATE_NOOP("AlertCode", "output media tray missing")},
    {902, QT_TRANSLATE_NOOP("AlertCode", "output media tray almost full")},
    {903, QT_TRANSLATE_NOOP("AlertCode", "output media tray full")},
    {904, QT_TRANSLATE_NOOP("AlertCode", "output mailbox select failure")},
    {1001, QT_TRANSLATE_NOOP("AlertCode", "marker fuser under temperature")},
    {1002, QT_TRANSLATE_NOOP("AlertCode", "marker fuser over temperature")},
    {1003, QT_TRANSLATE_NOOP("AlertCode", "marker fuser timing failure")},
    {1004, QT_TRANSLATE_NOOP("AlertCode", "marker fuser thermistor failure")},
    {1005, QT_TRANSLATE_NOOP("AlertCode", "marker adjusting print quality")},
    {1101, QT_TRANSLATE_NOOP("AlertCode", "marker toner empty")},
    {1102, QT_TRANSLATE_NOOP("AlertCode", "marker ink empty")},
    {1103, QT_TRANSLATE_NOOP("AlertCode", "marker print ribbon empty")},
    {1104, QT_TRANSLATE_NOOP("AlertCode", "marker toner almost empty")},
    {1105, QT_TRANSLATE_NOOP("AlertCode", "marker ink almost empty")},
    {1106, QT_TRANSLATE_NOOP("AlertCode", "marker print ribbon almost empty")},
    {1107, QT_TRANSLATE_NOOP("AlertCode", "marker waste toner receptacle almost full")},
    {1108, QT_TRANSLATE_NOOP("AlertCode", "marker waste ink receptacle almost full")},
    {1109, QT_TRANSLATE_NOOP("AlertCode", "marker waste toner receptacle full")},
    {1110, QT_TRANSLATE_NOOP("AlertCode", "marker waste ink receptacle full")},
    {1111, QT_TRANSLATE_NOOP("AlertCode", "marker OPC life almost over")},
    {1112, QT_TRANSLATE_NOOP("AlertCode", "marker OPC life over")},
    {1113, QT_TRANSLATE_NOOP("AlertCode", "marker developer almost empty")},
    {1114, QT_TRANSLATE_NOOP("AlertCode", "marker developer empty")},
    {1115, QT_TRANSLATE_NOOP("AlertCode", "marker toner cartridge missing")},
    {1301, QT_TRANSLATE_NOOP("AlertCode", "media path media tray missing")},
    {1302, QT_TRANSLATE_NOOP("AlertCode", "media path media tray almost full")},
    {1303, QT_TRANSLATE_NOOP("AlertCode", "media path media tray full")},
    {1304, QT_TRANSLATE_NOOP("AlertCode", "media path cannot duplex media selected")},
    {1501, QT_TRANSLATE_NOOP("AlertCode", "interpreter memory increase")},
    {1502, QT_TRANSLATE_NOOP("AlertCode", "interpreter memory decrease")},
    {1503, QT_TRANSLATE_NOOP("AlertCode", "interpreter cartridge added")},
    {1504, QT_TRANSLATE_NOOP("AlertCode", "interpreter cartridge deleted")},
    {1505, QT_TRANSLATE_NOOP("AlertCode", "interpreter resource added")},
    {1506, QT_TRANSLATE_NOOP("AlertCode", "interpreter resource deleted")},
    {1507, QT_TRANSLATE_NOOP("AlertCode", "interpreter resource unavailable")},
    {1509, QT_TRANSLATE_NOOP("AlertCode", "interpreter complex page encountered")},
    {1801, QT_TRANSLATE_NOOP("AlertCode", "alert removal of binary change entry")},
};

constexpr Text kGroups[] = {
    {1, "other"},           {3, "hostResourcesMIBStorageTable"}, {4, "hostResourcesMIBDeviceTable"},
    {5, "generalPrinter"},  {6, "cover"},          {7, "localization"},   {8, "input"},
    {9, "output"},          {10, "marker"},        {11, "markerSupplies"}, {12, "markerColorant"},
    {13, "mediaPath"},      {14, "channel"},       {15, "interpreter"},   {16, "consoleDisplayBuffer"},
    {17, "consoleLights"},  {18, "alert"},         {30, "finDevice"},     {31, "finSupply"},
    {32, "finSupplyMediaInput"}, {33, "finAttribute"},
};

constexpr Text kCovers[] = {
    {1, "other"}, {3, "open"}, {4, "closed"}, {5, "interlockOpen"}, {6, "interlockClosed"},
};

constexpr Text kInputTypes[] = {
    {1, "other"}, {2, "unknown"}, {3, "sheetFeedAutoRemovableTray"}, {4, "sheetFeedAutoNonRemovableTray"},
    {5, "sheetFeedManual"}, {6, "continuousRoll"}, {7, "continuousFanFold"},
};

constexpr Text kMarkTech[] = {
    {1, "other"}, {2, "unknown"}, {3, "electrophotographicLED"}, {4, "electrophotographicLaser"},
    {5, "electrophotographicOther"}, {6, "impactMovingHeadDotMatrix9pin"}, {7, "impactMovingHeadDotMatrix24pin"},
    {8, "impactMovingHeadDotMatrixOther"}, {9, "impactMovingHeadFullyFormed"}, {10, "impactBand"},
    {11, "impactOther"}, {12, "inkjetAqueous"}, {13, "inkjetSolid"}, {14, "inkjetOther"}, {15, "pen"},
    {16, "thermalTransfer"}, {17, "thermalSensitive"}, {18, "thermalDiffusion"}, {19, "thermalOther"},
    {20, "electroerosion"}, {21, "electrostatic"}, {22, "photographicMicrofiche"}, {23, "photographicImagesetter"},
    {24, "photographicOther"}, {25, "ionDeposition"}, {26, "eBeam"}, {27, "typesetter"},
};

constexpr Text kDeviceTypes[] = {
    {1, "other"}, {2, "unknown"}, {3, "processor"}, {4, "network"}, {5, "printer"}, {6, "diskStorage"},
    {10, "video"}, {11, "audio"}, {12, "coprocessor"}, {13, "keyboard"}, {14, "modem"}, {15, "parallelPort"},
    {16, "pointing"}, {17, "serialPort"}, {18, "tape"}, {19, "clock"}, {20, "volatileMemory"},
    {21, "nonVolatileMemory"},
};

QString keyOrNumber(const char *key, int code)
{
    return key ? QLatin1String(key) : QString::number(code);
}
} // namespace

QString alertCodeText(int prtAlertCode)
{
    if (const char *text = find(kAlertCodes, prtAlertCode))
        return QCoreApplication::translate("AlertCode", text);
    return QCoreApplication::translate("AlertCode", "alert code %1").arg(prtAlertCode);
}

QString alertGroupKey(int prtAlertGroup)
{
    return keyOrNumber(find(kGroups, prtAlertGroup), prtAlertGroup);
}

QString coverStatusKey(int prtCoverStatus)
{
    return keyOrNumber(find(kCovers, prtCoverStatus), prtCoverStatus);
}

QString subUnitStatusText(int status)
{
    // PrtSubUnitStatusTC: bits 0-2 availability, bit 3 non-critical alert, bit 4 critical alert,
    // bit 5 off-line, bit 6 transitioning.
    static const char *const availability[] = {"available, idle", "available, standby", "available, active",
                                               "available, busy", "unavailable, on request",
                                               "unavailable, broken", "unknown", "unknown"};
    QString text = QLatin1String(availability[status & 7]);
    if (status & 8)
        text += QStringLiteral(", non-critical alert");
    if (status & 16)
        text += QStringLiteral(", critical alert");
    if (status & 32)
        text += QStringLiteral(", off-line");
    if (status & 64)
        text += QStringLiteral(", transitioning");
    return text;
}

QString inputTypeKey(int prtInputType)
{
    return keyOrNumber(find(kInputTypes, prtInputType), prtInputType);
}

QString markTechKey(int prtMarkerMarkTech)
{
    return keyOrNumber(find(kMarkTech, prtMarkerMarkTech), prtMarkerMarkTech);
}

QString hrDeviceTypeKey(quint32 lastArc)
{
    return keyOrNumber(find(kDeviceTypes, int(lastArc)), int(lastArc));
}

} // namespace Printwatch::Snmp::PrinterMib
