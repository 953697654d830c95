// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/vendorprofile.h"

#include "snmp/vendors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Printwatch::Snmp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Snmp", text);
}

std::optional<QString> parseFields(const QJsonValue &value, QList<ProfileField> *out)
{
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const auto oid = Oid::fromString(object.value(u"oid").toString());
        if (!oid)
            return tr("bad OID “%1”").arg(object.value(u"oid").toString());
        ProfileField field{*oid};
        if (object.contains(u"pattern")) {
            field.pattern = QRegularExpression(object.value(u"pattern").toString());
            if (!field.pattern.isValid())
                return tr("bad pattern “%1”").arg(object.value(u"pattern").toString());
        }
        field.prefer = object.value(u"prefer").toBool();
        out->append(field);
    }
    return std::nullopt;
}

std::optional<QRegularExpression> regex(const QString &pattern)
{
    QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!expression.isValid())
        return std::nullopt;
    return expression;
}

// Appends each entry of `values` (a profile's sysObjectID prefixes) to `out`; the first entry
// that is not an OID, for the caller's error message.
std::optional<QString> appendOids(const QJsonArray &values, QList<Oid> &out)
{
    for (const QJsonValue &value : values) {
        const auto oid = Oid::fromString(value.toString());
        if (!oid)
            return value.toString();
        out.append(*oid);
    }
    return std::nullopt;
}

// The same for sysDescr patterns, matched without regard to case.
std::optional<QString> appendPatterns(const QJsonArray &values, QList<QRegularExpression> &out)
{
    for (const QJsonValue &value : values) {
        const auto expression = regex(value.toString());
        if (!expression)
            return value.toString();
        out.append(*expression);
    }
    return std::nullopt;
}

// One pattern that matches a string exactly when one of the brands' patterns does, or an empty
// pattern when that cannot be promised. Each pattern goes into a non-capturing group of a top-level
// alternation; that is exact for patterns made only of ASCII letters, digits, spaces, _ - . , and
// the operators | ? * + ( ) (no (? other than (?:, no (*), and the escapes \b \B \s \S \d \D \w \W
// \. \-: no back-references (later patterns' groups are renumbered), no \Q or \c or # that could
// swallow the group's closing parenthesis, no inline options or verbs. The brands' patterns today
// are all of that kind; any other keeps the brand-by-brand loop.
QRegularExpression anyBrandPattern(const QList<ProfileBrand> &brands)
{
    if (brands.size() < 2)
        return {};
    static const QRegularExpression plain(QStringLiteral("^(?:[A-Za-z0-9 _,.|?*+()-]|\\\\[bBsSdDwW.-])*$"));
    QString combined;
    for (const ProfileBrand &brand : brands) {
        const QString pattern = brand.sysDescr.pattern();
        if (!plain.match(pattern).hasMatch() || pattern.contains(QLatin1String("(*"))
            || pattern.count(QLatin1String("(?")) != pattern.count(QLatin1String("(?:"))
            || brand.sysDescr.patternOptions() != QRegularExpression::CaseInsensitiveOption)
            return {};
        if (!combined.isEmpty())
            combined += QLatin1Char('|');
        combined += QStringLiteral("(?:") + pattern + QLatin1Char(')');
    }
    QRegularExpression expression(combined, QRegularExpression::CaseInsensitiveOption);
    return expression.isValid() ? expression : QRegularExpression();
}

} // namespace

QList<Oid> VendorProfile::scalarOids() const
{
    QList<Oid> oids;
    for (const auto *fields : {&model, &serial, &firmware, &assetTag, &hostName}) {
        for (const ProfileField &field : *fields)
            oids.append(field.oid);
    }
    for (const ProfileCounter &counter : counters)
        oids.append(counter.oid);
    return oids;
}

QList<Oid> VendorProfile::walkRoots() const
{
    QList<Oid> roots;
    for (const ProfileCounterTable &table : counterTables)
        roots << table.values << table.labels;
    return roots;
}

Core::Result<VendorProfile> ProfileSet::parse(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Core::Error{tr("vendor profile %1: %2 at offset %3").arg(origin, error.errorString()).arg(error.offset)};
    const QJsonObject root = document.object();
    VendorProfile profile;
    profile.origin = origin;
    profile.id = root.value(u"id").toString();
    profile.vendor = root.value(u"vendor").toString();
    if (profile.id.isEmpty() || profile.vendor.isEmpty())
        return Core::Error{tr("vendor profile %1: “id” and “vendor” are required").arg(origin)};
    auto fail = [&origin](const QString &what) { return Core::Error{tr("vendor profile %1: %2").arg(origin, what)}; };

    const QJsonObject match = root.value(u"match").toObject();
    for (const QJsonValue &value : match.value(u"enterprises").toArray())
        profile.enterprises.append(quint32(value.toInteger()));
    if (const auto bad = appendOids(match.value(u"sysObjectIdPrefixes").toArray(), profile.sysObjectIdPrefixes))
        return fail(tr("bad sysObjectID prefix “%1”").arg(*bad));
    if (const auto bad = appendPatterns(match.value(u"sysDescr").toArray(), profile.sysDescrPatterns))
        return fail(tr("bad sysDescr pattern “%1”").arg(*bad));
    for (const QJsonValue &value : root.value(u"brands").toArray()) {
        const QJsonObject object = value.toObject();
        const auto expression = regex(object.value(u"sysDescr").toString());
        if (!expression)
            return fail(tr("bad brand pattern “%1”").arg(object.value(u"sysDescr").toString()));
        profile.brands.append({*expression, object.value(u"vendor").toString()});
    }
    profile.anyBrand = anyBrandPattern(profile.brands);

    const QJsonObject identity = root.value(u"identity").toObject();
    const std::pair<const char16_t *, QList<ProfileField> *> fields[] = {
        {u"model", &profile.model}, {u"serial", &profile.serial}, {u"firmware", &profile.firmware},
        {u"assetTag", &profile.assetTag}, {u"hostName", &profile.hostName}};
    for (const auto &[key, list] : fields) {
        if (const auto problem = parseFields(identity.value(QStringView(key)), list))
            return fail(*problem);
    }

    for (const QJsonValue &value : root.value(u"counters").toArray()) {
        const QJsonObject object = value.toObject();
        ProfileCounter counter;
        counter.name = object.value(u"name").toString();
        const auto oid = Oid::fromString(object.value(u"oid").toString());
        if (counter.name.isEmpty() || !oid)
            return fail(tr("a counter needs “name” and a valid “oid”"));
        counter.oid = *oid;
        counter.unit = object.value(u"unit").toString(counter.unit);
        counter.scale = object.value(u"scale").toDouble(1.0);
        counter.billing = object.value(u"billing").toBool();
        counter.prefer = object.value(u"prefer").toBool();
        counter.label = object.value(u"label").toString();
        counter.tlvCode = object.value(u"tlvCode").toInt(-1);
        if (object.contains(u"tlvCode") && (counter.tlvCode < 0 || counter.tlvCode > 255))
            return fail(tr("bad counter tlvCode (0..255)"));
        if (object.contains(u"pattern")) {
            counter.pattern = QRegularExpression(object.value(u"pattern").toString(),
                                                 QRegularExpression::CaseInsensitiveOption);
            if (!counter.pattern.isValid())
                return fail(tr("bad counter pattern “%1”").arg(object.value(u"pattern").toString()));
        }
        profile.counters.append(counter);
    }
    for (const QJsonValue &value : root.value(u"counterTables").toArray()) {
        const QJsonObject object = value.toObject();
        ProfileCounterTable table;
        const auto values = Oid::fromString(object.value(u"values").toString());
        const auto labels = Oid::fromString(object.value(u"labels").toString());
        if (!values || !labels)
            return fail(tr("a counter table needs valid “values” and “labels” OIDs"));
        table.values = *values;
        table.labels = *labels;
        table.unit = object.value(u"unit").toString(table.unit);
        for (const QJsonValue &ruleValue : object.value(u"rules").toArray()) {
            const QJsonObject rule = ruleValue.toObject();
            const auto expression = regex(rule.value(u"label").toString());
            if (!expression)
                return fail(tr("bad counter label pattern “%1”").arg(rule.value(u"label").toString()));
            table.rules.append({*expression, rule.value(u"name").toString(), rule.value(u"billing").toBool()});
        }
        profile.counterTables.append(table);
    }
    const QJsonObject printerWhen = root.value(u"printerWhen").toObject();
    if (const auto bad = appendOids(printerWhen.value(u"sysObjectIdPrefixes").toArray(),
                                    profile.printerSysObjectIdPrefixes))
        return fail(tr("bad printerWhen sysObjectID prefix “%1”").arg(*bad));
    if (const auto bad = appendPatterns(printerWhen.value(u"sysDescr").toArray(), profile.printerSysDescr))
        return fail(tr("bad printerWhen sysDescr pattern “%1”").arg(*bad));
    const QJsonObject supplies = root.value(u"supplies").toObject();
    profile.clampLevelOverCapacity = supplies.value(u"clampLevelOverCapacity").toBool();
    return profile;
}

QString ProfileSet::defaultUserDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Printwatch/profiles");
}

void ProfileSet::add(VendorProfile profile)
{
    for (VendorProfile &existing : m_profiles) {
        if (existing.id == profile.id) {
            existing = std::move(profile);
            return;
        }
    }
    m_profiles.append(std::move(profile));
}

ProfileSet ProfileSet::load(const QStringList &userDirs)
{
    ProfileSet set;
    QStringList files;
    const QDir builtIn(QStringLiteral(":/printwatch/profiles"));
    for (const QString &name : builtIn.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(builtIn.filePath(name));
    for (const QString &dirPath : userDirs) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            set.m_warnings.append(tr("cannot read vendor profile %1: %2").arg(path, file.errorString()));
            continue;
        }
        auto profile = parse(file.readAll(), path);
        if (!profile) {
            set.m_warnings.append(profile.error());
            continue;
        }
        set.add(std::move(profile).value());
    }
    return set;
}

const VendorProfile *ProfileSet::match(const QString &sysObjectId, const QString &sysDescr) const
{
    const auto objectId = Oid::fromString(sysObjectId);
    const quint32 enterprise = objectId ? enterpriseNumber(*objectId) : 0;
    const VendorProfile *best = nullptr;
    qsizetype bestScore = 0;
    for (const VendorProfile &profile : m_profiles) {
        qsizetype score = 0;
        for (const Oid &prefix : profile.sysObjectIdPrefixes) {
            if (objectId && prefix.isPrefixOf(*objectId))
                score = qMax(score, 1000 + prefix.size());
        }
        for (const QRegularExpression &pattern : profile.sysDescrPatterns) {
            if (!sysDescr.isEmpty() && pattern.match(sysDescr).hasMatch())
                score = qMax<qsizetype>(score, 100);
        }
        if (enterprise != 0 && profile.enterprises.contains(enterprise))
            score = qMax<qsizetype>(score, 10);
        if (score > bestScore) {
            best = &profile;
            bestScore = score;
        }
    }
    return best;
}

} // namespace Printwatch::Snmp
