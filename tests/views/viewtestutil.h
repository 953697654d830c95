// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the page tests: settings isolated in a temporary folder (pages save their layout), and
// rows for the fleet models.

#include "../models/fleetrows.h"

#include <QSettings>
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

} // namespace Printwatch::ViewTest
