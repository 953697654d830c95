// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/snmprec.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <limits>

namespace Printwatch::Sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Sim::Snmprec", text);
}

QString snippet(QByteArrayView raw)
{
    return QString::fromLatin1(raw.first(std::min<qsizetype>(raw.size(), 40)));
}

std::optional<QByteArray> decodeHex(QByteArrayView hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    for (const char c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toByteArray());
}

std::optional<std::uint64_t> parseUnsigned(QByteArrayView text, std::uint64_t max)
{
    bool ok = false;
    const qulonglong v = text.trimmed().toULongLong(&ok, 10);
    if (!ok || v > max || text.trimmed().startsWith('-') || text.trimmed().startsWith('+'))
        return std::nullopt;
    return v;
}

// Decodes one VALUE for a TAG, or says why it cannot.
Core::Result<SnmpValue> decodeValue(int tag, bool hex, QByteArrayView raw)
{
    QByteArray bytes;
    if (hex) {
        const auto decoded = decodeHex(raw.trimmed());
        if (!decoded)
            return Core::Error{tr("value \"%1\" is not hexadecimal").arg(snippet(raw))};
        bytes = *decoded;
    }
    SnmpValue value;
    switch (tag) {
    case 2: {
        if (hex)
            return Core::Error{tr("tag 2x (hex Integer) is not supported")};
        bool ok = false;
        const qlonglong v = raw.trimmed().toLongLong(&ok, 10);
        if (!ok || v < std::numeric_limits<std::int32_t>::min() || v > std::numeric_limits<std::int32_t>::max())
            return Core::Error{tr("Integer value \"%1\" is not a 32-bit number").arg(snippet(raw))};
        return SnmpValue::integer(v);
    }
    case 4:
        return SnmpValue::octets(hex ? bytes : raw.toByteArray());
    case 5:
        value.type = ValueType::Null;
        return value;
    case 6: {
        if (hex)
            return Core::Error{tr("tag 6x (hex OBJECT IDENTIFIER) is not supported")};
        auto oid = parseOid(QString::fromLatin1(raw.trimmed()));
        if (!oid)
            return Core::Error{oid.error()};
        return SnmpValue::objectId(std::move(oid).value());
    }
    case 64: {
        if (!hex) {
            const QList<QByteArray> parts = raw.trimmed().toByteArray().split('.');
            if (parts.size() != 4)
                return Core::Error{tr("IpAddress \"%1\" is not a dotted quad").arg(snippet(raw))};
            for (const QByteArray &part : parts) {
                const auto octet = parseUnsigned(part, 255);
                if (!octet)
                    return Core::Error{tr("IpAddress \"%1\" is not a dotted quad").arg(snippet(raw))};
                bytes.append(char(*octet));
            }
        }
        if (bytes.size() != 4)
            return Core::Error{tr("IpAddress must have 4 octets, not %1").arg(bytes.size())};
        value.type = ValueType::IpAddress;
        value.bytes = bytes;
        return value;
    }
    case 65:
    case 66:
    case 67: {
        if (hex)
            return Core::Error{tr("tag %1x (hex number) is not supported").arg(tag)};
        const auto v = parseUnsigned(raw, std::numeric_limits<std::uint32_t>::max());
        if (!v)
            return Core::Error{tr("value \"%1\" is not an unsigned 32-bit number").arg(snippet(raw))};
        value.type = static_cast<ValueType>(tag);
        value.number = std::int64_t(*v);
        return value;
    }
    case 68:
        value.type = ValueType::Opaque;
        value.bytes = hex ? bytes : raw.toByteArray();
        return value;
    case 70: {
        if (hex)
            return Core::Error{tr("tag 70x (hex Counter64) is not supported")};
        const auto v = parseUnsigned(raw, std::numeric_limits<std::uint64_t>::max());
        if (!v)
            return Core::Error{tr("value \"%1\" is not an unsigned 64-bit number").arg(snippet(raw))};
        return SnmpValue::counter64Value(*v);
    }
    default:
        return Core::Error{tr("unknown type tag %1").arg(tag)};
    }
}

} // namespace

Core::Result<std::shared_ptr<const Recording>> parseSnmprec(const QByteArray &text, const QString &name)
{
    auto recording = std::make_shared<Recording>();
    recording->path = name;
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        QByteArrayView line(text.constData() + pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
            continue;
        const auto fail = [&](const QString &why) {
            return Core::Error{QStringLiteral("%1:%2: %3").arg(name).arg(lineNumber).arg(why)};
        };
        const qsizetype bar1 = line.indexOf('|');
        const qsizetype bar2 = bar1 < 0 ? -1 : line.sliced(bar1 + 1).indexOf('|');
        if (bar1 < 0 || bar2 < 0)
            return fail(tr("expected OID|TYPE|VALUE"));
        const QByteArrayView oidText = line.first(bar1).trimmed();
        QByteArrayView tagText = line.sliced(bar1 + 1, bar2).trimmed();
        const QByteArrayView valueText = line.sliced(bar1 + 1 + bar2 + 1);

        auto oid = parseOid(QString::fromLatin1(oidText));
        if (!oid)
            return fail(oid.error());
        if (tagText.contains(':'))
            return fail(tr("type \"%1\" uses an snmpsim variation module, which is not supported")
                            .arg(QString::fromLatin1(tagText)));
        bool hex = false;
        if (tagText.endsWith('x') || tagText.endsWith('X')) {
            hex = true;
            tagText.chop(1);
        }
        bool ok = false;
        const int tag = tagText.toInt(&ok);
        if (!ok)
            return fail(tr("type \"%1\" is not a numeric tag").arg(QString::fromLatin1(line.sliced(bar1 + 1, bar2))));
        auto value = decodeValue(tag, hex, valueText);
        if (!value)
            return fail(value.error());
        recording->entries.emplace_back(std::move(oid).value(), std::move(value).value());
    }
    std::stable_sort(recording->entries.begin(), recording->entries.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    // Keep the first of duplicated OIDs; a walk could not serve both anyway.
    const auto last = std::unique(recording->entries.begin(), recording->entries.end(),
                                  [](const auto &a, const auto &b) { return a.first == b.first; });
    recording->entries.erase(last, recording->entries.end());
    if (recording->entries.empty())
        return Core::Error{tr("%1: no records").arg(name)};
    return std::shared_ptr<const Recording>(std::move(recording));
}

Core::Result<std::shared_ptr<const Recording>> loadSnmprec(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("cannot read recording %1: %2").arg(path, file.errorString())};
    return parseSnmprec(file.readAll(), path);
}

Core::Result<QStringList> findSnmprecFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {QStringLiteral("*.snmprec")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            if (found.isEmpty())
                return Core::Error{tr("no .snmprec files in %1").arg(path)};
            found.sort();
            files << found;
        } else if (info.isFile()) {
            files << path;
        } else {
            return Core::Error{tr("recording %1 does not exist").arg(path)};
        }
    }
    return files;
}

Core::Result<Oid> parseOid(QStringView text)
{
    auto oid = Oid::fromString(text);
    if (!oid || oid->size() < 2)
        return Core::Error{QCoreApplication::translate("Printwatch::Sim", "invalid OID \"%1\": expected 2 to 128 "
                                                                          "dot-separated numbers up to 4294967295")
                               .arg(text.left(80).toString())};
    return std::move(*oid);
}

} // namespace Printwatch::Sim
