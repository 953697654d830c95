// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/oid.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Printwatch::Sim {

Core::Result<Oid> parseOid(QStringView text)
{
    if (text.startsWith(u'.'))
        text = text.mid(1);
    const auto bad = [&](const QString &why) {
        return Core::Error{QCoreApplication::translate("Printwatch::Sim", "invalid OID \"%1\": %2")
                               .arg(text.left(80).toString(), why)};
    };
    if (text.isEmpty())
        return bad(QCoreApplication::translate("Printwatch::Sim", "empty"));
    Oid oid;
    oid.reserve(16);
    std::uint64_t current = 0;
    bool digits = false;
    for (const QChar c : text) {
        if (c == u'.') {
            if (!digits)
                return bad(QCoreApplication::translate("Printwatch::Sim", "empty sub-identifier"));
            oid.push_back(static_cast<std::uint32_t>(current));
            current = 0;
            digits = false;
        } else if (c >= u'0' && c <= u'9') {
            current = current * 10 + static_cast<std::uint64_t>(c.unicode() - u'0');
            if (current > std::numeric_limits<std::uint32_t>::max())
                return bad(QCoreApplication::translate("Printwatch::Sim", "sub-identifier above 4294967295"));
            digits = true;
        } else {
            return bad(QCoreApplication::translate("Printwatch::Sim", "unexpected character '%1'").arg(c));
        }
    }
    if (!digits)
        return bad(QCoreApplication::translate("Printwatch::Sim", "empty sub-identifier"));
    oid.push_back(static_cast<std::uint32_t>(current));
    if (oid.size() < 2 || oid.size() > 128)
        return bad(QCoreApplication::translate("Printwatch::Sim", "needs 2 to 128 sub-identifiers"));
    return oid;
}

QString oidToString(const Oid &oid)
{
    QString text;
    text.reserve(int(oid.size()) * 3);
    for (std::size_t i = 0; i < oid.size(); ++i) {
        if (i)
            text += u'.';
        text += QString::number(oid[i]);
    }
    return text;
}

bool oidStartsWith(const Oid &oid, const Oid &prefix)
{
    return prefix.size() <= oid.size() && std::equal(prefix.begin(), prefix.end(), oid.begin());
}

} // namespace Printwatch::Sim
