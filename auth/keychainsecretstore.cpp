// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace Printwatch::Auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Auth", text);
}

void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

Core::Result<std::unique_ptr<KeychainSecretStore>> KeychainSecretStore::open(const QString &service)
{
    QKeychain::ReadPasswordJob probe(service);
    probe.setKey(QStringLiteral("printwatch-probe-not-a-secret"));
    runJob(probe);
    if (probe.error() != QKeychain::NoError && probe.error() != QKeychain::EntryNotFound)
        return Core::Error{tr("OS keychain unavailable: %1").arg(probe.errorString())};
    return std::unique_ptr<KeychainSecretStore>(new KeychainSecretStore(service));
}

QString KeychainSecretStore::backendName() const
{
    return tr("OS keychain (service “%1”)").arg(m_service);
}

Core::Result<void> KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Core::Error{tr("Cannot store the secret “%1” in the OS keychain: %2").arg(key, job.errorString())};
    return {};
}

Core::Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job.error() != QKeychain::NoError)
        return Core::Error{tr("Cannot read the secret “%1” from the OS keychain: %2").arg(key, job.errorString())};
    return std::optional<QByteArray>(job.binaryData());
}

Core::Result<void> KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Core::Error{tr("Cannot remove the secret “%1” from the OS keychain: %2").arg(key, job.errorString())};
    return {};
}

} // namespace Printwatch::Auth
