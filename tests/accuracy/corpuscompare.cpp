// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscompare.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Printwatch::Test {

QString corpusDirectory()
{
    for (const QString &dir : {qEnvironmentVariable("PRINTWATCH_CORPUS"), QStringLiteral(PRINTWATCH_CORPUS_BESIDE),
                               QStringLiteral("/work/shared/corpus")}) {
        if (!dir.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/MANIFEST.tsv")))
            return QDir(dir).absolutePath();
    }
    return {};
}

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// Expected entries are {"value": ..., "from": ...}; null means the tool found nothing.
QJsonValue expectedValue(const QJsonObject &expected, const QString &key)
{
    const QJsonValue entry = expected.value(key);
    return entry.isObject() ? entry.toObject().value(u"value") : QJsonValue(QJsonValue::Undefined);
}

QString normalised(QString text)
{
    text = text.toLower();
    text.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral(" "));
    return text.simplified();
}

bool containsEither(const QString &a, const QString &b)
{
    const QString x = normalised(a), y = normalised(b);
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
}

QString stripDot(QString oid)
{
    if (oid.startsWith(u'.'))
        oid.remove(0, 1);
    return oid;
}

void add(QList<FieldCheck> &checks, const QString &device, const QString &field, const QString &expected,
         const QString &ours, bool match)
{
    checks.append({device, field, expected, ours, match, {}});
}

} // namespace

QList<FieldCheck> compareWithExpected(const QString &device, const QJsonObject &e, const Core::PollResult &r)
{
    QList<FieldCheck> checks;
    const Core::Identity &id = r.identity;
    add(checks, device, QStringLiteral("reachable"), QStringLiteral("true"), r.reachable ? QStringLiteral("true") : r.error, r.reachable);
    if (!r.reachable)
        return checks;

    auto exact = [&](const QString &key, const QString &ours, const QString &field) {
        const QJsonValue value = expectedValue(e, key);
        if (value.isUndefined())
            return;
        if (value.isNull()) {
            // The tool found nothing: ours matches when it found nothing too, otherwise it is extra data.
            add(checks, device, field, QStringLiteral("null"), ours.isEmpty() ? QStringLiteral("null") : ours, ours.isEmpty());
            return;
        }
        add(checks, device, field, valueText(value), ours, valueText(value) == ours);
    };
    exact(QStringLiteral("sysDescr"), id.sysDescr, QStringLiteral("sys_descr"));
    if (const QJsonValue oid = expectedValue(e, QStringLiteral("sysObjectID")); oid.isString())
        add(checks, device, QStringLiteral("sys_object_id"), stripDot(oid.toString()), id.sysObjectId, stripDot(oid.toString()) == id.sysObjectId);
    exact(QStringLiteral("sysName"), id.sysName, QStringLiteral("sys_name"));
    exact(QStringLiteral("serial"), id.serial, QStringLiteral("serial"));
    exact(QStringLiteral("firmware_version"), id.firmware, QStringLiteral("firmware"));
    exact(QStringLiteral("device_type"), id.deviceType, QStringLiteral("device_type"));
    if (const QJsonValue model = expectedValue(e, QStringLiteral("model")); model.isString())
        add(checks, device, QStringLiteral("model"), model.toString(), id.model, containsEither(model.toString(), id.model));
    else if (model.isNull())
        add(checks, device, QStringLiteral("model"), QStringLiteral("null"), id.model.isEmpty() ? QStringLiteral("null") : id.model, id.model.isEmpty());
    if (const QJsonValue hint = expectedValue(e, QStringLiteral("model_hint")); hint.isString()) {
        // A curator's reading: every word of it must appear in what we show (model, then sysDescr).
        const QString shown = normalised(id.vendor + u' ' + id.model + u' ' + id.sysDescr);
        bool all = true;
        for (const QString &word : normalised(hint.toString().section(u'(', 0, 0)).split(u' ', Qt::SkipEmptyParts))
            all = all && shown.contains(word);
        add(checks, device, QStringLiteral("model_hint"), hint.toString(), id.model.isEmpty() ? id.sysDescr : id.model, all);
    }
    if (const QJsonValue vendor = expectedValue(e, QStringLiteral("vendor")); vendor.isString()) {
        const QString brand = normalised(vendor.toString());
        const QString ours = normalised(id.vendor);
        add(checks, device, QStringLiteral("vendor"), vendor.toString(), id.vendor,
            !ours.isEmpty() && (brand.contains(ours) || ours.contains(brand)));
    }

    const QJsonArray macs = e.value(u"interface_macs").toArray();
    if (!macs.isEmpty()) {
        QStringList list;
        for (const QJsonValue &mac : macs)
            list.append(mac.toObject().value(u"mac").toString());
        add(checks, device, QStringLiteral("mac"), list.join(u' '), id.mac, list.contains(id.mac));
    }

    for (const QJsonValue &value : e.value(u"supplies").toArray()) {
        const QJsonObject s = value.toObject();
        const int index = s.value(u"index").toInt();
        const bool input = s.value(u"type").toString() == QLatin1String("input");
        const QString field = (input ? QStringLiteral("input[%1]") : QStringLiteral("supply[%1]")).arg(index);
        const int rawLevel = s.value(u"raw_level_in_recording").toInt(INT_MIN);
        const int rawMax = s.value(u"raw_max_capacity_in_recording").toInt(INT_MIN);
        int level = INT_MIN, max = INT_MIN;
        std::optional<int> percent;
        QString description;
        bool found = false;
        if (input) {
            for (const Core::TrayInfo &tray : r.capabilities.inputs) {
                if (tray.index == index) {
                    found = true;
                    level = tray.level;
                    max = tray.maxCapacity;
                    description = tray.name.isEmpty() ? tray.description : tray.name;
                    if (level >= 0 && max > 0)
                        percent = int((qint64(qMin(level, max)) * 100 + max / 2) / max);
                }
            }
        } else {
            for (const Core::SupplyReading &supply : r.supplies) {
                if (supply.index == index) {
                    found = true;
                    level = supply.level;
                    max = supply.maxCapacity;
                    percent = supply.percent();
                    description = supply.description;
                }
            }
        }
        add(checks, device, field + QStringLiteral(".present"), s.value(u"description").toString(), found ? description : QStringLiteral("missing"), found);
        if (!found)
            continue;
        const QString expectedDescription = s.value(u"description").toString();
        add(checks, device, field + QStringLiteral(".description"), expectedDescription, description,
            description == expectedDescription || description.startsWith(expectedDescription));
        if (rawLevel != INT_MIN)
            add(checks, device, field + QStringLiteral(".level"), QString::number(rawLevel), QString::number(level), rawLevel == level);
        if (rawMax != INT_MIN)
            add(checks, device, field + QStringLiteral(".max_capacity"), QString::number(rawMax), QString::number(max), rawMax == max);
        const QJsonValue expectedPercent = s.value(u"percent");
        if (!expectedPercent.isUndefined()) {
            const QString ours = percent ? QString::number(*percent) : QStringLiteral("null");
            add(checks, device, field + QStringLiteral(".percent"), valueText(expectedPercent), ours, valueText(expectedPercent) == ours);
        }
    }

    for (const QJsonValue &value : e.value(u"status_sensors").toArray()) {
        const QJsonObject s = value.toObject();
        const QString oid = stripDot(s.value(u"oid").toString());
        if (oid.startsWith(QLatin1String("1.3.6.1.2.1.25.3.2.1.5"))) {
            add(checks, device, QStringLiteral("status.hr_device_status"), QString::number(s.value(u"value").toInt()),
                QString::number(r.statusDetail.hrDeviceStatus), s.value(u"value").toInt() == r.statusDetail.hrDeviceStatus);
        } else if (oid.startsWith(QLatin1String("1.3.6.1.2.1.25.3.5.1.2"))) {
            const QString text = s.value(u"state_text").toString();
            const QStringList states = r.statusDetail.errorStates;
            const bool match = text == QLatin1String("Normal") ? states.isEmpty()
                               : text == QLatin1String("Service Needed") ? states.contains(QLatin1String("serviceRequested"))
                               : text.contains(QLatin1String("Paper"), Qt::CaseInsensitive) ? (states.join(u' ').contains(QLatin1String("Paper")))
                               : !states.isEmpty();
            add(checks, device, QStringLiteral("status.error_state"), text, states.isEmpty() ? QStringLiteral("none") : states.join(u','), match);
        }
    }

    auto counterWithSource = [&r](const QString &oid) -> std::optional<qint64> {
        for (const Core::CounterReading &c : r.counters) {
            if (c.source == oid)
                return c.value;
            for (const Core::CounterSourceValue &alt : c.alternatives) {
                if (alt.source == oid)
                    return alt.value;
            }
        }
        return std::nullopt;
    };
    if (const QJsonValue total = expectedValue(e, QStringLiteral("total_pages_prtMarkerLifeCount")); total.isDouble()) {
        const auto ours = r.counter(QStringLiteral("total"));
        add(checks, device, QStringLiteral("counter.total"), valueText(total), ours ? QString::number(*ours) : QStringLiteral("missing"),
            ours && *ours == qint64(total.toDouble()));
    }
    for (const QJsonValue &value : e.value(u"page_counters").toArray()) {
        const QJsonObject c = value.toObject();
        const QString oid = stripDot(c.value(u"oid").toString());
        if (oid.startsWith(QLatin1String("1.3.6.1.2.1.43.10.2.1.5")))
            continue; // "since power on" is not a meter Printwatch keeps
        const auto ours = counterWithSource(oid);
        add(checks, device, QStringLiteral("counter[%1]").arg(c.value(u"descr").toString()), valueText(c.value(u"value")),
            ours ? QString::number(*ours) : QStringLiteral("missing"), ours && *ours == qint64(c.value(u"value").toDouble()));
    }

    const QJsonObject recorded = e.value(u"recording_values").toObject();
    if (!recorded.isEmpty()) {
        add(checks, device, QStringLiteral("recording.sysDescr"), recorded.value(u"sysDescr").toString(), id.sysDescr,
            recorded.value(u"sysDescr").toString() == id.sysDescr);
        add(checks, device, QStringLiteral("recording.serial"), recorded.value(u"prtGeneralSerialNumber.1").toString(), id.serial,
            recorded.value(u"prtGeneralSerialNumber.1").toString() == id.serial);
        add(checks, device, QStringLiteral("recording.model"), recorded.value(u"hrDeviceDescr.1").toString(), id.model,
            containsEither(recorded.value(u"hrDeviceDescr.1").toString(), id.model));
        const auto total = r.counter(QStringLiteral("total"));
        add(checks, device, QStringLiteral("recording.total"), recorded.value(u"prtMarkerLifeCount.1.1").toString(),
            total ? QString::number(*total) : QStringLiteral("missing"),
            total && QString::number(*total) == recorded.value(u"prtMarkerLifeCount.1.1").toString());
    }
    return checks;
}

QList<FieldCheck> plausibility(const QString &device, const Core::PollResult &r)
{
    QList<FieldCheck> checks;
    add(checks, device, QStringLiteral("reachable"), QStringLiteral("true"), r.reachable ? QStringLiteral("true") : r.error, r.reachable);
    if (!r.reachable)
        return checks;
    add(checks, device, QStringLiteral("plausible.sys_object_id"), QStringLiteral("non-empty"), r.identity.sysObjectId, !r.identity.sysObjectId.isEmpty());
    add(checks, device, QStringLiteral("plausible.vendor"), QStringLiteral("non-empty"), r.identity.vendor, !r.identity.vendor.isEmpty());
    for (const Core::SupplyReading &s : r.supplies) {
        const auto p = s.percent();
        const bool ok = (!p || (*p >= 0 && *p <= 100)) && !s.state().isEmpty() && !s.kind.isEmpty();
        add(checks, device, QStringLiteral("plausible.supply[%1]").arg(s.index), QStringLiteral("0..100 or null"),
            p ? QString::number(*p) : QStringLiteral("null"), ok);
    }
    for (const Core::CounterReading &c : r.counters)
        add(checks, device, QStringLiteral("plausible.counter[%1]").arg(c.name), QStringLiteral(">= 0"), QString::number(c.value), c.value >= 0);
    return checks;
}

QList<KnownDifference> loadKnownDifferences(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<KnownDifference> known;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value(u"differences").toArray()) {
        const QJsonObject o = value.toObject();
        known.append({o.value(u"device").toString(), o.value(u"field").toString(), o.value(u"reason").toString(), o.value(u"peer").toString()});
    }
    return known;
}

void explain(QList<FieldCheck> &checks, const QList<KnownDifference> &known, const QString &peer)
{
    for (FieldCheck &check : checks) {
        if (check.match)
            continue;
        for (const KnownDifference &difference : known) {
            if (!difference.peer.isEmpty() && difference.peer != peer)
                continue;
            const QRegularExpression device(QRegularExpression::wildcardToRegularExpression(difference.device));
            const QRegularExpression field(QRegularExpression::wildcardToRegularExpression(difference.field));
            if (device.match(check.device).hasMatch() && field.match(check.field).hasMatch() && !difference.reason.isEmpty()) {
                check.explanation = difference.reason;
                break;
            }
        }
    }
}

} // namespace Printwatch::Test
