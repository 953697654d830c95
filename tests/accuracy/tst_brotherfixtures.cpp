// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus's Brother library fixtures (brother-lib/fixtures/*.json) are not walks: each is the
// handful of OIDs that library GETs, as it stores them (OCTET STRINGs split into hex words, no
// SMI types). They cannot be served, so this test turns each into varbinds, decodes it with the
// profile its private OIDs' enterprise selects (as a poll would), and compares model, firmware,
// serial, MAC, page counter and drum counter with expected/brother-lib__*.json. Fixtures without
// an expected file must decode to plausible values. Mismatches not in known_differences.json fail.
#include "corpuscompare.h"
#include "snmp/printerdecoder.h"
#include "snmp/vendorprofile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>

using namespace Printwatch;

namespace {

// The library's value -> a varbind. The types are inferred, as the corpus README says they must
// be: a list of hex words is one OCTET STRING (the words joined), "aa:bb:..." a MAC, digits a
// Counter32 (TimeTicks for sysUpTime), anything else text.
std::optional<Snmp::VarBind> toVarBind(const QString &oid, const QJsonValue &value)
{
    const auto parsed = Snmp::Oid::fromString(oid);
    if (!parsed)
        return std::nullopt;
    Snmp::VarBind bind{*parsed};
    if (value.isArray()) {
        QByteArray hex;
        for (const QJsonValue &word : value.toArray())
            hex += word.toString().toLatin1();
        bind.type = Snmp::ValueType::OctetString;
        bind.bytes = QByteArray::fromHex(hex);
        return bind;
    }
    const QString text = value.toString();
    static const QRegularExpression mac(QStringLiteral("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (mac.match(text).hasMatch()) {
        bind.type = Snmp::ValueType::OctetString;
        bind.bytes = QByteArray::fromHex(text.toLatin1().replace(':', ""));
    } else if (digits.match(text).hasMatch()) {
        bind.type = oid == QLatin1String("1.3.6.1.2.1.1.3.0") ? Snmp::ValueType::TimeTicks : Snmp::ValueType::Counter32;
        bind.unsignedValue = text.toULongLong();
        bind.integer = qint64(bind.unsignedValue);
    } else {
        bind.type = Snmp::ValueType::OctetString;
        bind.bytes = text.toUtf8();
    }
    return bind;
}

// The enterprise most private OIDs of the fixture sit under: what selects the profile.
quint32 enterpriseOf(const QList<Snmp::VarBind> &rows)
{
    const Snmp::Oid enterprises{1, 3, 6, 1, 4, 1};
    QMap<quint32, int> counts;
    for (const Snmp::VarBind &bind : rows) {
        if (enterprises.contains(bind.oid))
            ++counts[bind.oid.suffixAfter(enterprises).first()];
    }
    quint32 best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best == 0 || it.value() > counts.value(best))
            best = it.key();
    }
    return best;
}

std::optional<qint64> counter(const Core::PollResult &result, const QString &name)
{
    return result.counter(name);
}

} // namespace

class TestBrotherFixtures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures()
    {
        const QString root = Test::corpusDirectory();
        if (root.isEmpty())
            QSKIP("the shared corpus (../shared/corpus) is not here");
        const QDir dir(root + QStringLiteral("/brother-lib/fixtures"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "no fixtures");
        const Snmp::ProfileSet profiles = Snmp::ProfileSet::load({});
        QString error;
        const auto known = Test::loadKnownDifferences(QStringLiteral(PRINTWATCH_KNOWN_DIFFERENCES), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QList<Test::FieldCheck> all;
        int withExpected = 0;
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QJsonObject fixture = QJsonDocument::fromJson(file.readAll()).object();
            QList<Snmp::VarBind> rows;
            for (auto it = fixture.begin(); it != fixture.end(); ++it) {
                const auto bind = toVarBind(it.key(), it.value());
                QVERIFY2(bind, qPrintable(name + QStringLiteral(": bad OID ") + it.key()));
                rows.append(*bind);
            }
            const quint32 enterprise = enterpriseOf(rows);
            const Snmp::VendorProfile *profile =
                profiles.match(QStringLiteral("1.3.6.1.4.1.%1").arg(enterprise), QString());
            Core::PollResult result;
            result.reachable = true;
            Snmp::decodePrinter(rows, profile, {}, result);

            const QString device = QStringLiteral("brother-lib__") + QFileInfo(name).completeBaseName();
            QFile expectedFile(root + QStringLiteral("/expected/") + device + QStringLiteral(".json"));
            QList<Test::FieldCheck> checks;
            auto add = [&checks, &device](const QString &field, const QString &expected, const QString &ours, bool match) {
                checks.append({device, field, expected, ours, match, {}});
            };
            if (expectedFile.open(QIODevice::ReadOnly)) {
                ++withExpected;
                const QJsonObject e = QJsonDocument::fromJson(expectedFile.readAll()).object();
                // model, firmware, serial, vendor: the same rules as the served recordings.
                for (const Test::FieldCheck &check : Test::compareWithExpected(device, e, result)) {
                    if (check.field != QLatin1String("reachable"))
                        checks.append(check);
                }
                const QString mac = e.value(u"mac").toObject().value(u"value").toString();
                if (!mac.isEmpty())
                    add(QStringLiteral("mac"), mac, result.identity.mac, mac == result.identity.mac);
                if (const QJsonValue total = e.value(u"total_pages").toObject().value(u"value"); total.isDouble()) {
                    const auto ours = counter(result, QStringLiteral("total"));
                    add(QStringLiteral("total_pages"), QString::number(total.toInteger()),
                        ours ? QString::number(*ours) : QStringLiteral("null"), ours == total.toInteger());
                }
                const QJsonObject decoded = e.value(u"decoded_values").toObject().value(u"value").toObject();
                if (const QJsonValue drum = decoded.value(u"drum_counter"); drum.isDouble()) {
                    const auto ours = counter(result, QStringLiteral("drum_pages"));
                    add(QStringLiteral("drum_counter"), QString::number(drum.toInteger()),
                        ours ? QString::number(*ours) : QStringLiteral("null"), ours == drum.toInteger());
                }
            } else {
                add(QStringLiteral("plausible.profile"), QStringLiteral("a profile"), profile ? profile->id : QString(), profile != nullptr);
                add(QStringLiteral("plausible.model"), QStringLiteral("non-empty"), result.identity.model, !result.identity.model.isEmpty());
                for (const Core::CounterReading &c : result.counters)
                    add(QStringLiteral("plausible.counter[%1]").arg(c.name), QStringLiteral(">= 0"), QString::number(c.value), c.value >= 0);
            }
            Test::explain(checks, known, QStringLiteral("decoder"));
            all += checks;
        }

        int matched = 0, explained = 0;
        QStringList unexplained;
        std::printf("%-34s %-22s %-22s %-26s %s\n", "device", "field", "expected", "ours", "match");
        for (const Test::FieldCheck &check : std::as_const(all)) {
            const char *verdict = check.match ? "yes" : check.explanation.isEmpty() ? "NO" : "explained";
            std::printf("%-34s %-22s %-22s %-26s %s\n", qPrintable(check.device), qPrintable(check.field),
                        qPrintable(check.expected.left(22)), qPrintable(check.ours.left(26)), verdict);
            matched += check.match ? 1 : 0;
            explained += !check.match && !check.explanation.isEmpty() ? 1 : 0;
            if (!check.match && check.explanation.isEmpty())
                unexplained.append(check.device + u' ' + check.field + QStringLiteral(": expected ") + check.expected
                                   + QStringLiteral(", ours ") + check.ours);
        }
        std::printf("brother-lib fixtures: %lld files (%d with expected values), %lld fields, %d match, %d explained, %lld unexplained\n",
                    qlonglong(files.size()), withExpected, qlonglong(all.size()), matched, explained, qlonglong(unexplained.size()));
        std::fflush(stdout);
        QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestBrotherFixtures)
#include "tst_brotherfixtures.moc"
