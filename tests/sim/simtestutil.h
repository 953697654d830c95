// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the simulator tests: run net-snmp's command-line tools (the real peer) and
// read their numeric output (-On -Ox -Ot -Oe: OIDs, octet strings in hex, raw ticks, numeric enums).

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Printwatch::Sim::Test {

struct ToolResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline bool haveSnmpTools()
{
    return !QStandardPaths::findExecutable(QStringLiteral("snmpget")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("snmpbulkwalk")).isEmpty();
}

inline ToolResult runTool(const QString &program, const QStringList &arguments, int timeoutMs = 30000)
{
    // The tools keep state under SNMP_PERSISTENT_DIR and read the user's snmp.conf: isolate both.
    static QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SNMP_PERSISTENT_DIR"), home.path());
    environment.insert(QStringLiteral("SNMPCONFPATH"), home.path());
    environment.insert(QStringLiteral("HOME"), home.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForStarted(5000))
        return result;
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Runs one net-snmp tool against `address:port` with numeric output and one try of 1 s.
inline ToolResult snmp(const QString &tool, const QString &version, const QString &address, quint16 port,
                       const QStringList &oids, const QString &community = QStringLiteral("public"),
                       const QStringList &extra = {})
{
    QStringList args{QStringLiteral("-v") + version, QStringLiteral("-c"), community, QStringLiteral("-On"),
                     QStringLiteral("-Ox"), QStringLiteral("-Ot"), QStringLiteral("-Oe"), QStringLiteral("-t"),
                     QStringLiteral("1"), QStringLiteral("-r"), QStringLiteral("1")};
    args << extra << (address + u':' + QString::number(port)) << oids;
    return runTool(tool, args);
}

struct Varbind
{
    QString oid;   // dotted, no leading dot
    QString type;  // "INTEGER", "Hex-STRING", "OID", "" for bare ticks/empty strings, ...
    QString value; // hex without spaces for strings; as printed otherwise
};

// Splits tool output into varbinds; hex strings may continue on following lines.
inline QList<Varbind> parseVarbinds(const QByteArray &output)
{
    QList<Varbind> list;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype eq = line.indexOf(QLatin1String(" = "));
        if (line.startsWith(u'.') && eq > 0) {
            Varbind vb;
            vb.oid = line.left(eq).mid(1);
            QString rest = line.mid(eq + 3).trimmed();
            if (rest.startsWith(QLatin1String("No Such ")) || rest.startsWith(QLatin1String("No more variables"))) {
                vb.type = rest; // an exception: noSuchObject, noSuchInstance, endOfMibView
                list << vb;
                continue;
            }
            const qsizetype colon = rest.indexOf(QLatin1String(": "));
            if (colon > 0 && !rest.startsWith(u'"')) {
                vb.type = rest.left(colon);
                rest = rest.mid(colon + 2).trimmed();
            } else if (rest.endsWith(u':') && !rest.contains(u' ')) { // "Hex-STRING:" with nothing after
                vb.type = rest.chopped(1);
                rest.clear();
            }
            if (vb.type == u"Hex-STRING")
                rest.remove(u' ');
            if (rest == u"\"\"")
                rest.clear();
            vb.value = rest;
            list << vb;
        } else if (!list.isEmpty() && list.last().type == u"Hex-STRING") {
            list.last().value += line.trimmed().remove(u' ');
        } else if (!list.isEmpty() && !line.trimmed().isEmpty()) {
            list.last().value += u'\n' + line;
        }
    }
    return list;
}

inline bool isException(const Varbind &vb)
{
    return vb.type.startsWith(QLatin1String("No Such ")) || vb.type.startsWith(QLatin1String("No more variables"));
}

// The varbinds of a walk without the endOfMibView that net-snmp prints when a walk reaches the end.
inline QList<Varbind> walked(const QByteArray &output)
{
    QList<Varbind> list = parseVarbinds(output);
    list.removeIf(isException);
    return list;
}

inline QString hexText(const QString &hex)
{
    return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()));
}

} // namespace Printwatch::Sim::Test
