// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/varbind.h"

#include <QStringDecoder>

namespace Printwatch::Snmp {

// Every varbind a poll receives is moved into its walk on the engine's thread: keep it at two
// cache lines (the OBJECT IDENTIFIER value lives out of line, see OidValue).
static_assert(sizeof(VarBind) <= 128);

bool VarBind::isNumber() const
{
    switch (type) {
    case ValueType::Integer:
    case ValueType::Counter32:
    case ValueType::Gauge32:
    case ValueType::TimeTicks:
    case ValueType::Counter64:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> VarBind::toInt() const
{
    switch (type) {
    case ValueType::Integer:
        return integer;
    case ValueType::Counter32:
    case ValueType::Gauge32:
    case ValueType::TimeTicks:
    case ValueType::Counter64:
        if (unsignedValue > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(unsignedValue);
    default:
        return std::nullopt;
    }
}

QString VarBind::toText() const
{
    switch (type) {
    case ValueType::OctetString:
    case ValueType::Opaque:
        return decodeText(bytes);
    case ValueType::ObjectId:
        return oidValue.toString();
    case ValueType::IpAddress:
        if (bytes.size() == 4) {
            return QStringLiteral("%1.%2.%3.%4")
                .arg(quint8(bytes[0]))
                .arg(quint8(bytes[1]))
                .arg(quint8(bytes[2]))
                .arg(quint8(bytes[3]));
        }
        return {};
    case ValueType::Integer:
        return QString::number(integer);
    case ValueType::Counter32:
    case ValueType::Gauge32:
    case ValueType::TimeTicks:
    case ValueType::Counter64:
        return QString::number(unsignedValue);
    default:
        return {};
    }
}

QString VarBind::toDebugString() const
{
    return oid.toString() + u" = " + valueTypeName(type) + u": " + toText();
}

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Null: return QStringLiteral("NULL");
    case ValueType::Integer: return QStringLiteral("INTEGER");
    case ValueType::OctetString: return QStringLiteral("STRING");
    case ValueType::ObjectId: return QStringLiteral("OID");
    case ValueType::IpAddress: return QStringLiteral("IpAddress");
    case ValueType::Counter32: return QStringLiteral("Counter32");
    case ValueType::Gauge32: return QStringLiteral("Gauge32");
    case ValueType::TimeTicks: return QStringLiteral("Timeticks");
    case ValueType::Opaque: return QStringLiteral("Opaque");
    case ValueType::Counter64: return QStringLiteral("Counter64");
    case ValueType::NoSuchObject: return QStringLiteral("noSuchObject");
    case ValueType::NoSuchInstance: return QStringLiteral("noSuchInstance");
    case ValueType::EndOfMibView: return QStringLiteral("endOfMibView");
    case ValueType::Other: return QStringLiteral("other");
    }
    return {};
}

QString decodeText(const QByteArray &bytes)
{
    qsizetype end = bytes.size();
    // Fixed-width fields arrive padded with NULs or spaces.
    while (end > 0 && (bytes.at(end - 1) == '\0' || bytes.at(end - 1) == ' '))
        --end;
    // Printable ASCII, what nearly every printer sends: the text is the bytes without the
    // padding and leading spaces, with no decoder, replacement pass or trim copies.
    const char *data = bytes.constData();
    bool ascii = true;
    for (qsizetype i = 0; i < end && ascii; ++i)
        ascii = quint8(data[i]) >= 0x20 && quint8(data[i]) < 0x7F;
    if (ascii) {
        qsizetype start = 0;
        while (start < end && data[start] == ' ')
            ++start;
        return QString::fromLatin1(data + start, end - start);
    }
    const QByteArray trimmed = bytes.left(end);

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(trimmed);
    if (utf8.hasError())
        text = QString::fromLatin1(trimmed);

    for (QChar &ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != u'\n' && c != u'\t') || c == 0x7F || (c >= 0x80 && c < 0xA0))
            ch = u' ';
    }
    text.replace(QStringLiteral(" \n"), QStringLiteral("\n")); // CR LF became " \n"
    return text.trimmed();
}

QString macText(const QByteArray &bytes)
{
    if (bytes.size() != 6)
        return {};
    return QString::fromLatin1(bytes.toHex(':')).toLower();
}

} // namespace Printwatch::Snmp
