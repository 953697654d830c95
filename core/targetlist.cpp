// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/targetlist.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Printwatch::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Core", text);
}

bool isHostName(const QString &text)
{
    // RFC 1123 labels; at least one letter so that a mistyped address is not taken for a name.
    static const QRegularExpression re(QStringLiteral(
        "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    return re.match(text).hasMatch() && letter.match(text).hasMatch();
}

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Core::Builder)
public:
    Result<void> add(quint32 first, quint32 last, const QString &item)
    {
        const quint64 count = quint64(last) - quint64(first) + 1;
        if (quint64(m_list.ipv4.size()) + count > quint64(MaxTargetAddresses)) {
            return Error{tr("“%1” would make more than %2 addresses; split it into smaller blocks")
                             .arg(item)
                             .arg(MaxTargetAddresses)};
        }
        for (quint64 a = first; a <= last; ++a) {
            if (!m_seen.contains(quint32(a))) {
                m_seen.insert(quint32(a));
                m_list.ipv4.append(quint32(a));
            }
        }
        return {};
    }
    void addName(const QString &name)
    {
        if (!m_list.hostNames.contains(name, Qt::CaseInsensitive))
            m_list.hostNames.append(name);
    }
    TargetList take() { return std::move(m_list); }

private:
    TargetList m_list;
    QSet<quint32> m_seen;
};

Result<void> parseOne(const QString &item, Builder &builder)
{
    if (const int slash = item.indexOf(QLatin1Char('/')); slash >= 0) {
        const auto base = ipv4FromString(item.left(slash));
        bool ok = false;
        const int prefix = item.mid(slash + 1).toInt(&ok);
        if (!base)
            return Error{tr("“%1” is not a CIDR block: “%2” is not an IPv4 address").arg(item, item.left(slash))};
        if (!ok || prefix < 0 || prefix > 32)
            return Error{tr("“%1” is not a CIDR block: the prefix length must be 0 to 32").arg(item)};
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        const quint32 network = *base & mask;
        const quint32 broadcast = network | ~mask;
        if (prefix >= 31)
            return builder.add(network, broadcast, item);
        return builder.add(network + 1, broadcast - 1, item);
    }
    if (const int dash = item.indexOf(QLatin1Char('-')); dash > 0 && ipv4FromString(item.left(dash))) {
        const quint32 first = *ipv4FromString(item.left(dash));
        const QString rest = item.mid(dash + 1);
        std::optional<quint32> last = ipv4FromString(rest);
        if (!last) {
            bool ok = false;
            const int octet = rest.toInt(&ok);
            if (ok && octet >= 0 && octet <= 255 && !rest.contains(QLatin1Char('.')))
                last = (first & 0xFFFFFF00u) | quint32(octet);
        }
        if (!last)
            return Error{tr("“%1” is not a range: “%2” is neither an address nor a last octet").arg(item, rest)};
        if (*last < first)
            return Error{tr("“%1” is not a range: it ends before it starts").arg(item)};
        return builder.add(first, *last, item);
    }
    if (const auto address = ipv4FromString(item))
        return builder.add(*address, *address, item);
    if (isHostName(item)) {
        builder.addName(item);
        return {};
    }
    return Error{tr("“%1” is neither an address, a CIDR block, a range nor a host name").arg(item)};
}

} // namespace

std::optional<quint32> ipv4FromString(const QString &text)
{
    const auto parts = QStringView(text).split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (const auto part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        const int value = part.toInt();
        if (value > 255)
            return std::nullopt;
        address = (address << 8) | quint32(value);
    }
    return address;
}

QString ipv4ToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xFF)
        .arg((address >> 8) & 0xFF)
        .arg(address & 0xFF);
}

Result<TargetList> parseTargets(const QStringList &items)
{
    Builder builder;
    bool any = false;
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        any = true;
        if (auto result = parseOne(item, builder); !result)
            return Error{result.error()};
    }
    if (!any)
        return Error{tr("No targets given: enter addresses, CIDR blocks, ranges or host names")};
    return builder.take();
}

Result<TargetList> parseTargets(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return parseTargets(text.split(separators, Qt::SkipEmptyParts));
}

} // namespace Printwatch::Core
