// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/printerstrings.h"

#include "snmp/varbind.h"

#include <QRegularExpression>

namespace Printwatch::Snmp {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// "48 50 20 4C" (pairs separated by single spaces, optional trailing space) -> bytes.
std::optional<QByteArray> spacedHexPairs(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.size() < 2)
        return std::nullopt;
    QByteArray out;
    qsizetype at = 0;
    while (at < trimmed.size()) {
        if (at + 1 >= trimmed.size() || !isHexDigit(trimmed.at(at)) || !isHexDigit(trimmed.at(at + 1)))
            return std::nullopt;
        out.append(char(QByteArray::fromHex(trimmed.mid(at, 2)).at(0)));
        at += 2;
        if (at < trimmed.size()) {
            if (trimmed.at(at) != ' ')
                return std::nullopt;
            ++at;
        }
    }
    return out;
}

bool printable(const QByteArray &bytes)
{
    for (char c : bytes) {
        const auto u = quint8(c);
        if (u < 0x20 && c != '\n' && c != '\t' && c != '\0')
            return false;
    }
    return true;
}

} // namespace

PrinterText decodePrinterString(const QByteArray &bytes)
{
    // Printable ASCII (what nearly every printer sends) has none of the shapes below unless it
    // starts with two hex digits (spaced hex pairs): its text is the bytes without surrounding
    // spaces (decodeText's padding and trimmed() agree there), from one pass over the bytes.
    if (const qsizetype size = bytes.size(); size > 0) {
        const char *data = bytes.constData();
        bool ascii = true;
        for (qsizetype i = 0; i < size && ascii; ++i)
            ascii = quint8(data[i]) >= 0x20 && quint8(data[i]) < 0x7F;
        if (ascii) {
            qsizetype start = 0;
            while (start < size && data[start] == ' ')
                ++start;
            qsizetype end = size;
            while (end > start && data[end - 1] == ' ')
                --end;
            if (end - start < 2 || !isHexDigit(data[start]) || !isHexDigit(data[start + 1]))
                return {QString::fromLatin1(data + start, end - start), end - start != size};
        }
    }

    QByteArray work = bytes;
    bool transformed = false;

    // Two-line hex: the first line as bytes, later lines as hex text of the rest.
    const qsizetype newline = work.indexOf('\n');
    if (newline > 0) {
        QByteArray rebuilt = work.left(newline);
        bool allHex = true;
        for (const QByteArray &line : work.mid(newline + 1).split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const auto decoded = spacedHexPairs(line);
            if (!decoded) {
                allHex = false;
                break;
            }
            rebuilt += *decoded;
        }
        if (allHex && rebuilt.size() > newline) {
            work = rebuilt;
            transformed = true;
        }
    } else if (const auto decoded = spacedHexPairs(work); decoded && work.contains(' ') && printable(*decoded)) {
        // Only the spaced form: "12345678" is a plausible serial, "31 32 33" is not.
        work = *decoded;
        transformed = true;
    }

    // HP PML header: 0x01 then a symbol-set byte, then text.
    if (work.size() >= 2 && work.at(0) == '\x01' && quint8(work.at(1)) < 0x20) {
        work.remove(0, 2);
        transformed = true;
    }
    const QString text = decodeText(work);
    if (!transformed) {
        // Printable ASCII decodes to itself minus padding: comparing lengths is the whole check.
        bool ascii = true;
        for (const char c : bytes)
            ascii = ascii && quint8(c) >= 0x20 && quint8(c) < 0x7F;
        transformed = ascii ? text.size() != bytes.size() : text.toUtf8() != bytes;
    }
    return {text.trimmed(), transformed};
}

QString trimModelName(const QString &model, const QString &vendor)
{
    QString result = model.trimmed();
    static const QRegularExpression series(QStringLiteral("\\s+series$"), QRegularExpression::CaseInsensitiveOption);
    result.remove(series);
    QStringList prefixes{vendor};
    if (vendor == QLatin1String("HP"))
        prefixes << QStringLiteral("Hewlett-Packard") << QStringLiteral("HP");
    if (vendor == QLatin1String("Konica Minolta"))
        prefixes << QStringLiteral("KONICA MINOLTA");
    if (vendor == QLatin1String("Kyocera"))
        prefixes << QStringLiteral("KYOCERA") << QStringLiteral("Kyocera Mita");
    // Longest first: "Kyocera Mita FS-1370DN" must lose "Kyocera Mita", not only "Kyocera".
    std::stable_sort(prefixes.begin(), prefixes.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &prefix : std::as_const(prefixes)) {
        if (prefix.isEmpty())
            continue;
        if (result.startsWith(prefix + u' ', Qt::CaseInsensitive) && result.size() > prefix.size() + 1)
            return result.mid(prefix.size() + 1).trimmed();
    }
    return result;
}

} // namespace Printwatch::Snmp
