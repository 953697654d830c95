// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/output.h"

#include "core/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Printwatch::Cli {

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonArray conflictsJson(const QList<Storage::IdentityConflict> &conflicts)
{
    QJsonArray array;
    for (const Storage::IdentityConflict &c : conflicts) {
        QJsonObject o;
        o[QLatin1String("kind")] = Storage::conflictKindKey(c.kind);
        o[QLatin1String("address")] = c.address;
        o[QLatin1String("expected")] = c.expected;
        o[QLatin1String("observed")] = c.observed;
        o[QLatin1String("other_device_id")] = c.otherDeviceId ? QJsonValue(double(c.otherDeviceId)) : QJsonValue();
        o[QLatin1String("detected_at")] = isoTime(c.detectedAt);
        o[QLatin1String("last_seen")] = isoTime(c.lastSeen);
        array.append(o);
    }
    return array;
}

QByteArray json(const QList<Core::PrinterSummary> &printers,
                const QHash<qint64, QList<Storage::IdentityConflict>> &conflicts)
{
    QJsonArray array;
    for (const auto &p : printers) {
        QJsonObject o;
        o[QLatin1String("id")] = double(p.deviceId);
        o[QLatin1String("name")] = p.name;
        o[QLatin1String("address")] = p.address;
        o[QLatin1String("port")] = int(p.port);
        o[QLatin1String("vendor")] = p.vendor;
        o[QLatin1String("model")] = p.model;
        o[QLatin1String("serial")] = p.serial;
        o[QLatin1String("mac")] = p.mac;
        o[QLatin1String("status")] = Core::deviceStatusKey(p.status);
        o[QLatin1String("total_pages")] = optionalNumber(p.totalPages);
        o[QLatin1String("lowest_supply_percent")] =
            p.lowestSupplyPercent ? QJsonValue(*p.lowestSupplyPercent) : QJsonValue(QJsonValue::Null);
        o[QLatin1String("lowest_supply")] = p.lowestSupplyName;
        o[QLatin1String("lowest_supply_state")] = p.lowestSupplyState; // when the percent does not say it
        o[QLatin1String("last_seen")] = isoTime(p.lastSeen);
        o[QLatin1String("last_polled")] = isoTime(p.lastPolled);
        o[QLatin1String("last_error")] = p.lastError;
        o[QLatin1String("conflicts")] = conflictsJson(conflicts.value(p.deviceId));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray csv(const QList<Core::PrinterSummary> &printers)
{
    using Core::csvField;
    QString out = Core::csvRow({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("address"),
                                QStringLiteral("port"), QStringLiteral("vendor"), QStringLiteral("model"),
                                QStringLiteral("serial"), QStringLiteral("mac"), QStringLiteral("status"),
                                QStringLiteral("total_pages"), QStringLiteral("lowest_supply_percent"),
                                QStringLiteral("lowest_supply"), QStringLiteral("last_seen"),
                                QStringLiteral("lowest_supply_state")});
    for (const auto &p : printers) {
        out += Core::csvRow({Core::csvNumber(p.deviceId), csvField(p.name), csvField(p.address),
                             Core::csvNumber(p.port), csvField(p.vendor), csvField(p.model), csvField(p.serial),
                             csvField(p.mac), Core::deviceStatusKey(p.status),
                             p.totalPages ? Core::csvNumber(*p.totalPages) : QString(),
                             p.lowestSupplyPercent ? Core::csvNumber(*p.lowestSupplyPercent) : QString(),
                             csvField(p.lowestSupplyName), isoTime(p.lastSeen), p.lowestSupplyState});
    }
    return out.toUtf8();
}

QByteArray table(const QList<Core::PrinterSummary> &printers)
{
    QList<QStringList> rows;
    rows.append({QStringLiteral("ADDRESS"), QStringLiteral("NAME"), QStringLiteral("VENDOR"), QStringLiteral("MODEL"),
                 QStringLiteral("SERIAL"), QStringLiteral("STATUS"), QStringLiteral("PAGES"), QStringLiteral("LOWEST")});
    for (const auto &p : printers) {
        QString lowest = QStringLiteral("-");
        if (p.lowestSupplyPercent)
            lowest = QStringLiteral("%1 % %2").arg(*p.lowestSupplyPercent).arg(terminalSafe(p.lowestSupplyName));
        else if (!p.lowestSupplyState.isEmpty()) // the level first, as in the app: a long name is cut at 40
            lowest = QStringLiteral("%1: %2").arg(p.lowestSupplyState, terminalSafe(p.lowestSupplyName));
        rows.append({p.address, terminalSafe(p.name), terminalSafe(p.vendor), terminalSafe(p.model),
                     terminalSafe(p.serial), Core::deviceStatusKey(p.status),
                     p.totalPages ? QString::number(*p.totalPages) : QStringLiteral("-"), lowest});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const auto &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], qMin<qsizetype>(row[i].size(), 40));
    }
    QString out;
    for (const auto &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells.append(row[i].left(40).leftJustified(widths[i]));
        out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace

QString terminalSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += QChar(0xFFFD);
        else
            out += c;
    }
    return out;
}

QByteArray formatPrinters(const QList<Core::PrinterSummary> &printers, Format format,
                          const QHash<qint64, QList<Storage::IdentityConflict>> &conflicts)
{
    switch (format) {
    case Format::Json: return json(printers, conflicts);
    case Format::Csv: return csv(printers);
    case Format::Table: return table(printers);
    }
    return {};
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

} // namespace Printwatch::Cli
