// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ordered schema steps. Each step runs in one transaction together with the update of
// schema_version, so a database is always at exactly one known version. Never edit a shipped
// step: add the next one (tests/storage/data/schema_v1.sql is a frozen v1 database to migrate).

#include <QList>
#include <QStringList>

namespace Printwatch::Storage {

struct Migration
{
    int version = 0;
    QStringList statements; // portable DDL/DML, passed through Dialect::ddl()
};

const QList<Migration> &migrations();

} // namespace Printwatch::Storage
