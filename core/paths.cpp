// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace Printwatch::Core {

namespace {
QString dataDir()
{
    // Not AppDataLocation: that depends on QCoreApplication's names, which the CLI and GUI must agree on anyway.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/Printwatch");
}
} // namespace

QString defaultDatabasePath()
{
    return dataDir() + QStringLiteral("/printwatch.sqlite");
}

QString demoDatabasePath()
{
    return dataDir() + QStringLiteral("/demo.sqlite");
}

} // namespace Printwatch::Core
