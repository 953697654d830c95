// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/textformat.h"

#include "core/targetlist.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace Printwatch::Models {

namespace {

// Already one clean line: printable ASCII, no leading, trailing or doubled spaces. The common case,
// returned without a copy (tables ask for the same cells again and again).
bool isCleanAscii(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    if (data[0] == QLatin1Char(' ') || data[size - 1] == QLatin1Char(' '))
        return false;
    char16_t previous = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        if (c < 0x20 || c >= 0x7f || (c == u' ' && previous == u' '))
            return false;
        previous = c;
    }
    return true;
}

} // namespace

QString singleLine(const QString &untrusted)
{
    if (isCleanAscii(untrusted))
        return untrusted;
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

QString addressSortKey(const QString &address, quint16 port)
{
    if (address.isEmpty())
        return {};
    const QString portKey = port == 0 ? QString() : QLatin1Char(':') + QString::number(port).rightJustified(5, QLatin1Char('0'));
    if (const auto ipv4 = Core::ipv4FromString(address))
        return QLatin1String("4:") + QString::number(*ipv4).rightJustified(10, QLatin1Char('0')) + portKey;
    return QLatin1String("6:") + address.toLower() + portKey;
}

QString roundSecondsText(qint64 milliseconds)
{
    const QLocale locale;
    if (milliseconds < 100)
        return locale.toString(double(qMax<qint64>(milliseconds, 10)) / 1000.0, 'f', 2);
    return locale.toString(double(milliseconds) / 1000.0, 'f', 1);
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
