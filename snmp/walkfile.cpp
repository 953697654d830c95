// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/walkfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace Printwatch::Snmp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Snmp", text);
}

std::optional<VarBind> unsignedBind(const Oid &oid, ValueType type, QByteArrayView text)
{
    bool ok = false;
    const quint64 value = text.trimmed().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    VarBind bind{oid, type};
    bind.unsignedValue = value;
    bind.integer = value <= quint64(std::numeric_limits<qint64>::max()) ? qint64(value) : 0;
    return bind;
}

// One snmprec record: "oid|tag|value". Tags per snmpsim: 2 INTEGER, 4 OCTET STRING, 5 NULL,
// 6 OID, 64 IpAddress, 65 Counter32, 66 Gauge32, 67 TimeTicks, 68 Opaque, 70 Counter64; an
// "x" suffix means the value is hex.
std::optional<VarBind> snmprecRecord(const QByteArray &line, QString *why)
{
    const qsizetype first = line.indexOf('|');
    const qsizetype second = first < 0 ? -1 : line.indexOf('|', first + 1);
    if (second < 0) {
        *why = tr("not “oid|tag|value”");
        return std::nullopt;
    }
    const auto oid = Oid::fromString(QString::fromLatin1(line.left(first)));
    if (!oid) {
        *why = tr("bad OID");
        return std::nullopt;
    }
    QByteArray tag = line.mid(first + 1, second - first - 1);
    QByteArray value = line.mid(second + 1);
    if (tag.endsWith('x')) {
        tag.chop(1);
        value = QByteArray::fromHex(value);
    } else if (tag.contains(':') || tag.endsWith('e')) {
        *why = tr("snmpsim variation tag %1 is not supported").arg(QString::fromLatin1(tag));
        return std::nullopt;
    }
    bool tagOk = false;
    const int code = tag.toInt(&tagOk);
    if (!tagOk) {
        *why = tr("bad tag");
        return std::nullopt;
    }
    VarBind bind{*oid};
    switch (code) {
    case 2: {
        bool ok = false;
        bind.type = ValueType::Integer;
        bind.integer = value.trimmed().toLongLong(&ok);
        if (!ok) {
            *why = tr("INTEGER “%1” is not a number").arg(QString::fromLatin1(value));
            return std::nullopt;
        }
        return bind;
    }
    case 4:
        bind.type = ValueType::OctetString;
        bind.bytes = value;
        return bind;
    case 5:
        bind.type = ValueType::Null;
        return bind;
    case 6: {
        const auto target = Oid::fromString(QString::fromLatin1(value));
        if (!target && !value.isEmpty()) {
            *why = tr("bad OID value");
            return std::nullopt;
        }
        bind.type = ValueType::ObjectId;
        bind.oidValue = target.value_or(Oid{});
        return bind;
    }
    case 64:
        bind.type = ValueType::IpAddress;
        if (value.size() != 4) {
            QByteArray bytes;
            for (const QByteArray &part : value.split('.'))
                bytes.append(char(part.toInt()));
            value = bytes;
        }
        bind.bytes = value;
        return bind;
    case 65:
    case 66:
    case 67:
    case 70: {
        const ValueType type = code == 65 ? ValueType::Counter32
                               : code == 66 ? ValueType::Gauge32
                               : code == 67 ? ValueType::TimeTicks
                                            : ValueType::Counter64;
        auto result = unsignedBind(*oid, type, value);
        if (!result)
            *why = tr("“%1” is not a number").arg(QString::fromLatin1(value));
        return result;
    }
    case 68:
        bind.type = ValueType::Opaque;
        bind.bytes = value;
        return bind;
    default:
        *why = tr("unknown tag %1").arg(code);
        return std::nullopt;
    }
}

// One `snmpwalk -On` value after " = ". Quoted strings may span lines (the caller joins them).
std::optional<VarBind> snmpwalkValue(const Oid &oid, const QByteArray &typed, QString *why)
{
    VarBind bind{oid};
    if (typed == "\"\"" || typed.isEmpty()) {
        bind.type = ValueType::OctetString;
        return bind;
    }
    if (typed.startsWith("No Such Instance")) {
        bind.type = ValueType::NoSuchInstance;
        return bind;
    }
    if (typed.startsWith("No Such Object")) {
        bind.type = ValueType::NoSuchObject;
        return bind;
    }
    const qsizetype colon = typed.indexOf(": ");
    const QByteArray type = colon < 0 ? typed : typed.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : typed.mid(colon + 2);
    if (type == "STRING") {
        bind.type = ValueType::OctetString;
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
            value = value.mid(1, value.size() - 2);
            value.replace("\\\"", "\"");
            value.replace("\\\\", "\\");
        }
        bind.bytes = value;
        return bind;
    }
    if (type == "Hex-STRING" || type == "BITS") {
        bind.type = ValueType::OctetString;
        // "BITS: 80 00 jammed(0)": the hex pairs only.
        QByteArray clean;
        for (const QByteArray &part : value.simplified().split(' ')) {
            if (part.size() != 2)
                break;
            clean += part;
        }
        bind.bytes = QByteArray::fromHex(clean);
        return bind;
    }
    if (type == "INTEGER") {
        // "5", "running(2)", "-3"
        static const QRegularExpression number(QStringLiteral("(-?\\d+)\\)?\\s*$"));
        const auto match = number.match(QString::fromLatin1(value));
        if (!match.hasMatch()) {
            *why = tr("INTEGER “%1” is not a number").arg(QString::fromLatin1(value));
            return std::nullopt;
        }
        bind.type = ValueType::Integer;
        bind.integer = match.captured(1).toLongLong();
        return bind;
    }
    if (type == "OID") {
        bind.type = ValueType::ObjectId;
        bind.oidValue = Oid::fromString(QString::fromLatin1(value.trimmed())).value_or(Oid{});
        return bind;
    }
    if (type == "IpAddress") {
        bind.type = ValueType::IpAddress;
        for (const QByteArray &part : value.trimmed().split('.'))
            bind.bytes.append(char(part.toInt()));
        return bind;
    }
    if (type == "Timeticks") {
        const qsizetype open = value.indexOf('(');
        const qsizetype close = value.indexOf(')');
        return unsignedBind(oid, ValueType::TimeTicks,
                            open >= 0 && close > open ? value.mid(open + 1, close - open - 1) : value);
    }
    if (type == "Counter32" || type == "Gauge32" || type == "Counter64" || type == "Wrong Type (should be Counter32)") {
        const ValueType t = type == "Counter32" ? ValueType::Counter32
                            : type == "Gauge32" ? ValueType::Gauge32
                                                : ValueType::Counter64;
        return unsignedBind(oid, t, value);
    }
    if (type == "NULL") {
        bind.type = ValueType::Null;
        return bind;
    }
    *why = tr("unknown type “%1”").arg(QString::fromLatin1(type));
    return std::nullopt;
}

bool quotedOpen(const QByteArray &typed)
{
    // A STRING whose closing quote is on a later line.
    if (!typed.startsWith("STRING: \""))
        return false;
    const QByteArray body = typed.mid(9);
    int quotes = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == '\\') {
            ++i;
            continue;
        }
        if (body.at(i) == '"')
            ++quotes;
    }
    return quotes % 2 == 0;
}

} // namespace

Core::Result<WalkFile> readWalkFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("cannot read the walk %1: %2").arg(path, file.errorString())};
    return parseWalk(file.readAll(), path);
}

Core::Result<WalkFile> parseWalk(const QByteArray &content, const QString &name)
{
    QList<QByteArray> lines = content.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    bool snmpwalk = false;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        snmpwalk = line.contains(" = ");
        break;
    }

    QMap<Oid, VarBind> rows;
    WalkFile result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        QString why;
        std::optional<VarBind> bind;
        const int lineNumber = int(i + 1);
        if (snmpwalk) {
            const qsizetype eq = line.indexOf(" = ");
            if (eq < 0) {
                result.warnings.append(tr("%1 line %2: no “ = ”, skipped").arg(name).arg(lineNumber));
                continue;
            }
            const auto oid = Oid::fromString(QString::fromLatin1(line.left(eq).trimmed()));
            QByteArray typed = line.mid(eq + 3);
            // Continuations: a quoted string that spans lines, or Hex-STRING wrapped after 16 bytes.
            while (i + 1 < lines.size() && !lines.at(i + 1).contains(" = ")
                   && (quotedOpen(typed) || typed.startsWith("Hex-STRING:"))) {
                if (typed.startsWith("Hex-STRING:") && lines.at(i + 1).trimmed().isEmpty())
                    break;
                ++i;
                typed += (typed.startsWith("Hex-STRING:") ? QByteArray(" ") : QByteArray("\n")) + lines.at(i);
            }
            if (typed.startsWith("No more variables") || typed.startsWith("End of MIB"))
                continue;
            if (!oid) {
                result.warnings.append(tr("%1 line %2: bad OID (was the walk made with -On?)").arg(name).arg(lineNumber));
                continue;
            }
            bind = snmpwalkValue(*oid, typed, &why);
        } else {
            bind = snmprecRecord(line, &why);
        }
        if (!bind) {
            result.warnings.append(tr("%1 line %2: %3, skipped").arg(name).arg(lineNumber).arg(why));
            continue;
        }
        if (!rows.contains(bind->oid))
            rows.insert(bind->oid, *bind);
    }
    if (rows.isEmpty())
        return Core::Error{tr("the walk %1 holds no readable OID (neither .snmprec nor snmpwalk -On output)").arg(name)};
    result.rows = rows.values();
    return result;
}

} // namespace Printwatch::Snmp
