// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the page tests: settings isolated in a temporary folder (pages save their layout), and
// rows for the fleet models.

#include "../models/fleetrows.h"

#include <QSettings>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace Printwatch::ViewTest {

// Call from initTestCase(); keep the returned folder alive for the test's lifetime.
inline std::unique_ptr<QTemporaryDir> isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    auto dir = std::make_unique<QTemporaryDir>();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir->path());
    return dir;
}

// Count strings are tr("%Ln printer(s)", nullptr, n); the English catalogue that spells "(s)" out is
// loaded by the app, not by the tests. `expected` is the English text ("1 printer found, 2 other
// devices answered"); `actual` matches it spelled out, or in the catalogue's source form.
inline bool sameCountText(const QString &actual, const QString &expected)
{
    if (actual == expected)
        return true;
    static const QRegularExpression marker(QStringLiteral("\\((e?s)\\)"));
    QString pattern = QRegularExpression::escape(actual);
    pattern.replace(QStringLiteral("\\(s\\)"), QStringLiteral("s?")).replace(QStringLiteral("\\(es\\)"), QStringLiteral("(es)?"));
    return actual.contains(marker) && QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')).match(expected).hasMatch();
}

} // namespace Printwatch::ViewTest
