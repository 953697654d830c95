// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Printer strings are untrusted bytes in many shapes. This turns the shapes seen in the field
// into text while the caller keeps the raw bytes:
//   - trailing NULs and padding (fixed-width fields);
//   - HP's PML strings: a two-byte header (0x01 0x15 = "string, Roman-8/ASCII") before the text;
//   - "two-line hex": a tool wrapped a Hex-STRING after 16 bytes and the second line arrived as
//     hex text ("...MF\n50 20 4D 31 33 30" = "...MFP M130");
//   - a whole value sent as space-separated hex pairs ("48 50 20 4C 4A");
//   - Latin-1 where the bytes are not valid UTF-8; control characters replaced.

#include <QByteArray>
#include <QString>

namespace Printwatch::Snmp {

struct PrinterText
{
    QString text;
    bool transformed = false; // the shown text is not a plain decoding of the bytes
};

PrinterText decodePrinterString(const QByteArray &bytes);

// Removes a vendor prefix and a trailing " series" from a model name: "Brother MFC-L2710DW
// series" -> "MFC-L2710DW" for vendor "Brother". Leaves the text as it is when no prefix matches.
QString trimModelName(const QString &model, const QString &vendor);

} // namespace Printwatch::Snmp
