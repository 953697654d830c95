// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/detailcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Printwatch::Storage::DetailCodec {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QJsonArray trays(const QList<Core::TrayInfo> &list)
{
    QJsonArray array;
    for (const Core::TrayInfo &tray : list) {
        array.append(QJsonObject{{QStringLiteral("index"), tray.index},
                                 {QStringLiteral("name"), tray.name},
                                 {QStringLiteral("description"), tray.description},
                                 {QStringLiteral("media"), tray.mediaName},
                                 {QStringLiteral("level"), tray.level},
                                 {QStringLiteral("max"), tray.maxCapacity},
                                 {QStringLiteral("kind"), tray.kind},
                                 {QStringLiteral("status"), tray.status}});
    }
    return array;
}

QList<Core::TrayInfo> trays(const QJsonValue &value)
{
    QList<Core::TrayInfo> list;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        Core::TrayInfo tray;
        tray.index = o.value(QStringLiteral("index")).toInt();
        tray.name = o.value(QStringLiteral("name")).toString();
        tray.description = o.value(QStringLiteral("description")).toString();
        tray.mediaName = o.value(QStringLiteral("media")).toString();
        tray.level = o.value(QStringLiteral("level")).toInt(Core::SupplyUnknown);
        tray.maxCapacity = o.value(QStringLiteral("max")).toInt(Core::SupplyUnknown);
        tray.kind = o.value(QStringLiteral("kind")).toString();
        tray.status = o.value(QStringLiteral("status")).toString();
        list.append(tray);
    }
    return list;
}

} // namespace

QString capabilitiesToJson(const Core::Capabilities &capabilities)
{
    QJsonArray components;
    for (const Core::DeviceComponent &component : capabilities.components) {
        components.append(QJsonObject{{QStringLiteral("index"), component.index},
                                      {QStringLiteral("type"), component.type},
                                      {QStringLiteral("description"), component.description},
                                      {QStringLiteral("status"), component.status}});
    }
    QJsonArray ports;
    for (const Core::PortInfo &port : capabilities.ports) {
        QJsonObject o{{QStringLiteral("printer_index"), port.printerIndex},
                      {QStringLiteral("index"), port.index},
                      {QStringLiteral("name"), port.name},
                      {QStringLiteral("uri"), port.uri},
                      {QStringLiteral("protocol"), port.protocol},
                      {QStringLiteral("protocol_type"), port.protocolType},
                      {QStringLiteral("tcp_port"), port.tcpPort},
                      {QStringLiteral("source"), port.source}};
        if (port.enabled)
            o.insert(QStringLiteral("enabled"), *port.enabled);
        ports.append(o);
    }
    return compact({{QStringLiteral("inputs"), trays(capabilities.inputs)},
                    {QStringLiteral("outputs"), trays(capabilities.outputs)},
                    {QStringLiteral("components"), components},
                    {QStringLiteral("interpreters"), strings(capabilities.interpreters)},
                    {QStringLiteral("media_paths"), strings(capabilities.mediaPaths)},
                    {QStringLiteral("markers"), strings(capabilities.markers)},
                    {QStringLiteral("ports"), ports},
                    {QStringLiteral("ieee1284_device_id"), capabilities.ieee1284DeviceId}});
}

void capabilitiesFromJson(const QString &json, Core::Capabilities &capabilities)
{
    const QJsonObject o = parse(json);
    capabilities.inputs = trays(o.value(QStringLiteral("inputs")));
    capabilities.outputs = trays(o.value(QStringLiteral("outputs")));
    capabilities.components.clear();
    for (const QJsonValue &item : o.value(QStringLiteral("components")).toArray()) {
        const QJsonObject c = item.toObject();
        capabilities.components.append({c.value(QStringLiteral("index")).toInt(), c.value(QStringLiteral("type")).toString(),
                                        c.value(QStringLiteral("description")).toString(),
                                        c.value(QStringLiteral("status")).toInt()});
    }
    capabilities.interpreters = strings(o.value(QStringLiteral("interpreters")));
    capabilities.mediaPaths = strings(o.value(QStringLiteral("media_paths")));
    capabilities.markers = strings(o.value(QStringLiteral("markers")));
    capabilities.ports.clear();
    for (const QJsonValue &item : o.value(QStringLiteral("ports")).toArray()) {
        const QJsonObject p = item.toObject();
        Core::PortInfo port;
        port.printerIndex = p.value(QStringLiteral("printer_index")).toInt();
        port.index = p.value(QStringLiteral("index")).toInt();
        port.name = p.value(QStringLiteral("name")).toString();
        port.uri = p.value(QStringLiteral("uri")).toString();
        port.protocol = p.value(QStringLiteral("protocol")).toString();
        port.protocolType = p.value(QStringLiteral("protocol_type")).toInt();
        port.tcpPort = p.value(QStringLiteral("tcp_port")).toInt();
        if (p.value(QStringLiteral("enabled")).isBool())
            port.enabled = p.value(QStringLiteral("enabled")).toBool();
        port.source = p.value(QStringLiteral("source")).toString();
        capabilities.ports.append(port);
    }
    capabilities.ieee1284DeviceId = o.value(QStringLiteral("ieee1284_device_id")).toString();
}

QString statusDetailToJson(const Core::StatusDetail &detail)
{
    QJsonArray covers;
    for (const Core::CoverInfo &cover : detail.covers) {
        covers.append(QJsonObject{{QStringLiteral("index"), cover.index},
                                  {QStringLiteral("description"), cover.description},
                                  {QStringLiteral("status"), cover.status}});
    }
    return compact({{QStringLiteral("console"), strings(detail.consoleDisplay)},
                    {QStringLiteral("covers"), covers},
                    {QStringLiteral("console_language"), detail.consoleLanguage}});
}

void statusDetailFromJson(const QString &json, Core::StatusDetail &detail)
{
    const QJsonObject o = parse(json);
    detail.consoleDisplay = strings(o.value(QStringLiteral("console")));
    detail.covers.clear();
    for (const QJsonValue &item : o.value(QStringLiteral("covers")).toArray()) {
        const QJsonObject c = item.toObject();
        detail.covers.append({c.value(QStringLiteral("index")).toInt(), c.value(QStringLiteral("description")).toString(),
                              c.value(QStringLiteral("status")).toString()});
    }
    detail.consoleLanguage = o.value(QStringLiteral("console_language")).toString();
}

QString alternativesToJson(const QList<Core::CounterSourceValue> &alternatives)
{
    if (alternatives.isEmpty())
        return QStringLiteral("");
    QJsonArray array;
    for (const Core::CounterSourceValue &alternative : alternatives) {
        // Counters exceed 2^31 on big fleets' engines: doubles hold them exactly up to 2^53.
        array.append(QJsonObject{{QStringLiteral("source"), alternative.source},
                                 {QStringLiteral("value"), double(alternative.value)},
                                 {QStringLiteral("unit"), alternative.unit}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Core::CounterSourceValue> alternativesFromJson(const QString &json)
{
    QList<Core::CounterSourceValue> list;
    if (json.isEmpty())
        return list;
    for (const QJsonValue &item : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = item.toObject();
        list.append({o.value(QStringLiteral("source")).toString(), qint64(o.value(QStringLiteral("value")).toDouble()),
                     o.value(QStringLiteral("unit")).toString()});
    }
    return list;
}

} // namespace Printwatch::Storage::DetailCodec
