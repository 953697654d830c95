// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/printerjson.h"

#include <QJsonArray>

namespace Printwatch::Snmp {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject trayJson(const Core::TrayInfo &tray)
{
    return {{u"index"_qs, tray.index},       {u"name"_qs, tray.name},
            {u"description"_qs, tray.description}, {u"media"_qs, tray.mediaName},
            {u"level"_qs, tray.level},       {u"max_capacity"_qs, tray.maxCapacity},
            {u"kind"_qs, tray.kind},         {u"status"_qs, tray.status}};
}

} // namespace

QJsonObject pollResultToJson(const Core::PollResult &result)
{
    const Core::Identity &id = result.identity;
    QJsonObject raw;
    for (auto it = id.rawStrings.cbegin(); it != id.rawStrings.cend(); ++it)
        raw.insert(it.key(), QString::fromLatin1(it.value().toHex()));
    QJsonObject sources;
    for (auto it = id.sources.cbegin(); it != id.sources.cend(); ++it)
        sources.insert(it.key(), it.value());
    const QJsonObject identity{
        {u"vendor"_qs, textOrNull(id.vendor)},       {u"model"_qs, textOrNull(id.model)},
        {u"serial"_qs, textOrNull(id.serial)},       {u"firmware"_qs, textOrNull(id.firmware)},
        {u"sys_descr"_qs, id.sysDescr},              {u"sys_object_id"_qs, id.sysObjectId},
        {u"sys_name"_qs, id.sysName},                {u"sys_contact"_qs, id.sysContact},
        {u"sys_location"_qs, id.sysLocation},        {u"mac"_qs, textOrNull(id.mac)},
        {u"device_type"_qs, textOrNull(id.deviceType)}, {u"asset_tag"_qs, textOrNull(id.assetTag)},
        {u"printer_name"_qs, textOrNull(id.printerName)}, {u"ip"_qs, textOrNull(id.ipAddress)},
        {u"subnet_mask"_qs, textOrNull(id.subnetMask)}, {u"gateway"_qs, textOrNull(id.gateway)},
        {u"dns_name"_qs, textOrNull(id.dnsName)},    {u"engine_id"_qs, textOrNull(id.engineId)},
        {u"profile"_qs, textOrNull(id.profileId)},   {u"raw_strings_hex"_qs, raw},
        {u"sources"_qs, sources}};

    QJsonArray counters;
    for (const Core::CounterReading &c : result.counters) {
        QJsonArray alternatives;
        for (const Core::CounterSourceValue &alt : c.alternatives)
            alternatives.append(QJsonObject{{u"source"_qs, alt.source}, {u"value"_qs, alt.value}, {u"unit"_qs, alt.unit}});
        counters.append(QJsonObject{{u"name"_qs, c.name},         {u"value"_qs, c.value},
                                    {u"raw_value"_qs, c.rawValue}, {u"scale"_qs, c.scale},
                                    {u"unit"_qs, c.unit},          {u"source"_qs, c.source},
                                    {u"label"_qs, c.label},        {u"billing"_qs, c.billing},
                                    {u"profile"_qs, textOrNull(c.profileId)},
                                    {u"conflict"_qs, c.conflict},  {u"alternatives"_qs, alternatives}});
    }
    QJsonArray supplies;
    for (const Core::SupplyReading &s : result.supplies) {
        const auto percent = s.percent();
        supplies.append(QJsonObject{{u"index"_qs, s.index},
                                    {u"description"_qs, s.description},
                                    {u"kind"_qs, s.kind},
                                    {u"colour"_qs, textOrNull(s.colour)},
                                    {u"level"_qs, s.level},
                                    {u"max_capacity"_qs, s.maxCapacity},
                                    {u"percent"_qs, percent ? QJsonValue(*percent) : QJsonValue()},
                                    {u"state"_qs, s.state()},
                                    {u"receptacle"_qs, s.receptacle},
                                    {u"unit"_qs, textOrNull(s.unit)},
                                    {u"quirk"_qs, textOrNull(s.quirk)},
                                    {u"source"_qs, s.source},
                                    {u"capacity_source"_qs, textOrNull(s.capacitySource)}});
    }
    const Core::StatusDetail &d = result.statusDetail;
    QJsonArray covers;
    for (const Core::CoverInfo &cover : d.covers)
        covers.append(QJsonObject{{u"index"_qs, cover.index}, {u"description"_qs, cover.description}, {u"status"_qs, cover.status}});
    const QJsonObject status{{u"summary"_qs, Core::deviceStatusKey(result.status)},
                             {u"hr_device_status"_qs, d.hrDeviceStatus},
                             {u"hr_printer_status"_qs, d.hrPrinterStatus},
                             {u"detected_error_state"_qs, qint64(result.detectedErrorState)},
                             {u"error_states"_qs, strings(d.errorStates)},
                             {u"console_display"_qs, strings(d.consoleDisplay)},
                             {u"covers"_qs, covers},
                             {u"uptime_cs"_qs, result.uptimeCentiseconds}};
    QJsonArray alerts;
    for (const Core::AlertEntry &a : result.alerts) {
        alerts.append(QJsonObject{{u"index"_qs, a.index},       {u"severity"_qs, a.severity},
                                  {u"group"_qs, a.groupText},   {u"group_index"_qs, a.groupIndex},
                                  {u"location"_qs, a.location}, {u"code"_qs, a.code},
                                  {u"code_text"_qs, a.codeText}, {u"description"_qs, a.description},
                                  {u"training_level"_qs, a.trainingLevel}, {u"time"_qs, a.time}});
    }
    const Core::Capabilities &caps = result.capabilities;
    QJsonArray inputs, outputs, components;
    for (const auto &tray : caps.inputs)
        inputs.append(trayJson(tray));
    for (const auto &tray : caps.outputs)
        outputs.append(trayJson(tray));
    for (const auto &c : caps.components)
        components.append(QJsonObject{{u"index"_qs, c.index}, {u"type"_qs, c.type}, {u"description"_qs, c.description}, {u"status"_qs, c.status}});
    auto optionalBool = [](const std::optional<bool> &value) { return value ? QJsonValue(*value) : QJsonValue(); };
    QJsonArray ports;
    for (const auto &port : caps.ports)
        ports.append(QJsonObject{{u"printer_index"_qs, port.printerIndex}, {u"index"_qs, port.index},
                                 {u"name"_qs, port.name}, {u"uri"_qs, port.uri}, {u"protocol"_qs, port.protocol},
                                 {u"protocol_type"_qs, port.protocolType}, {u"tcp_port"_qs, port.tcpPort},
                                 {u"enabled"_qs, optionalBool(port.enabled)}, {u"source"_qs, port.source}});
    const QJsonObject capabilities{{u"ports"_qs, ports},
                                   {u"ieee1284_device_id"_qs, caps.ieee1284DeviceId},
                                   {u"inputs"_qs, inputs},
                                   {u"outputs"_qs, outputs},
                                   {u"components"_qs, components},
                                   {u"interpreters"_qs, strings(caps.interpreters)},
                                   {u"media_paths"_qs, strings(caps.mediaPaths)},
                                   {u"markers"_qs, strings(caps.markers)},
                                   {u"colorants"_qs, caps.colorants},
                                   {u"colour"_qs, optionalBool(caps.colour)},
                                   {u"duplex"_qs, optionalBool(caps.duplex)},
                                   {u"memory_kb"_qs, caps.memoryKb},
                                   {u"storage_kb"_qs, caps.storageKb}};
    return {{u"address"_qs, result.address},   {u"port"_qs, result.port},
            {u"reachable"_qs, result.reachable}, {u"error"_qs, textOrNull(result.error)},
            {u"identity"_qs, identity},        {u"counters"_qs, counters},
            {u"supplies"_qs, supplies},        {u"status"_qs, status},
            {u"alerts"_qs, alerts},            {u"capabilities"_qs, capabilities}};
}

} // namespace Printwatch::Snmp
