// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv.h"

namespace Printwatch::Core {

QString csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value.contains(QLatin1Char(';'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString csvNumber(qint64 value)
{
    return QString::number(value);
}

QString csvRow(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace Printwatch::Core
