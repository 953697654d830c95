// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storagereader.h"

#include "storage/database.h"
#include "storage/printerrepository.h"

namespace Printwatch::App {

StorageReader::StorageReader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
}

StorageReader::~StorageReader() = default;

bool StorageReader::ensureOpen()
{
    if (m_db)
        return true;
    auto db = Storage::Database::open(m_path);
    if (!db) {
        Q_EMIT error(db.error());
        return false;
    }
    m_db = std::make_unique<Storage::Database>(std::move(db).value());
    return true;
}

void StorageReader::loadSummaries()
{
    if (!ensureOpen())
        return;
    const auto summaries = Storage::PrinterRepository(*m_db).summaries();
    if (!summaries) {
        Q_EMIT error(summaries.error());
        return;
    }
    Q_EMIT summariesLoaded(summaries.value());
}

void StorageReader::loadTargets(const Core::SnmpCredential &credential)
{
    if (!ensureOpen())
        return;
    const auto targets = Storage::PrinterRepository(*m_db).managedTargets(credential);
    if (!targets) {
        Q_EMIT error(targets.error());
        return;
    }
    Q_EMIT targetsLoaded(targets.value());
}

} // namespace Printwatch::App
