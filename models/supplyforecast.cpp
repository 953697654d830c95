// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supplyforecast.h"

namespace Printwatch::Models {

QList<LevelPoint> levelSeries(const QList<Storage::SupplyRecord> &history, int supplyIndex)
{
    QList<LevelPoint> series;
    for (const auto &record : history) {
        if (record.reading.index != supplyIndex)
            continue;
        if (const auto percent = record.reading.percent())
            series.append({record.readAt, *percent});
    }
    return series;
}

std::optional<double> daysToEmpty(const QList<LevelPoint> &series, const QDateTime &now)
{
    if (series.isEmpty())
        return std::nullopt;
    if (series.constLast().percent == 0)
        return 0.0;
    // Readings since the last replacement: a rise of more than a few points is a new cartridge.
    qsizetype start = 0;
    for (qsizetype i = 1; i < series.size(); ++i) {
        if (series.at(i).percent > series.at(i - 1).percent + 2)
            start = i;
    }
    const qsizetype n = series.size() - start;
    if (n < 3)
        return std::nullopt;
    const QDateTime origin = series.at(start).at;
    double sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
    for (qsizetype i = start; i < series.size(); ++i) {
        const double x = origin.msecsTo(series.at(i).at) / 86'400'000.0; // days
        const double y = series.at(i).percent;
        sumX += x;
        sumY += y;
        sumXX += x * x;
        sumXY += x * y;
    }
    const double span = origin.msecsTo(series.constLast().at) / 3'600'000.0;
    const double denominator = n * sumXX - sumX * sumX;
    if (span < 1.0 || denominator <= 0)
        return std::nullopt;
    const double slope = (n * sumXY - sumX * sumY) / denominator; // percent per day
    if (slope >= -1e-9)
        return std::nullopt;
    const double intercept = (sumY - slope * sumX) / n;
    const double nowX = origin.msecsTo(now.isValid() ? now : series.constLast().at) / 86'400'000.0;
    const double remaining = -(intercept + slope * nowX) / slope;
    return qMax(0.0, remaining);
}

} // namespace Printwatch::Models
