// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/textformat.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace Printwatch::Models {

QString singleLine(const QString &untrusted)
{
    QString out;
    out.reserve(untrusted.size());
    bool pendingSpace = false;
    for (const QChar c : untrusted) {
        // Category Other_Control covers C0/C1 (NUL, CR, LF, TAB, ESC...); separators cover U+2028/2029.
        const bool blank = c.isSpace() || c.category() == QChar::Other_Control ||
                           c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
        if (blank) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

QString displayAddress(const QString &untrustedAddress, quint16 port)
{
    constexpr quint16 kSnmpPort = 161;
    QString address = singleLine(untrustedAddress);
    if (address.isEmpty() || port == kSnmpPort)
        return address;
    const bool ipv6 = address.contains(QLatin1Char(':'));
    return ipv6 ? QStringLiteral("[%1]:%2").arg(address).arg(port) : QStringLiteral("%1:%2").arg(address).arg(port);
}

QString unknownText()
{
    return QCoreApplication::translate("Printwatch::Models", "—", "unknown value in a table cell");
}

} // namespace Printwatch::Models

namespace Printwatch::Models {

QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QLatin1String("<qt>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")) +
           QLatin1String("</qt>");
}

} // namespace Printwatch::Models
