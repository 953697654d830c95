// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <memory>

#include <qt6keychain/keychain.h>

namespace Printwatch::Auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Auth", text);
}

// A keychain that never answers (a locked daemon waiting for a prompt nobody sees) must not hang
// the caller: the wait is bounded, and a job still running then deletes itself when it ends.
constexpr int kJobTimeoutMs = 30000;

template<typename JobType>
std::unique_ptr<JobType, void (*)(JobType *)> runJob(const QString &service, const QString &key,
                                                     const std::function<void(JobType &)> &prepare = {})
{
    auto *job = new JobType(service);
    job->setAutoDelete(false);
    job->setKey(key);
    if (prepare)
        prepare(*job);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kJobTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        return {nullptr, [](JobType *) {}};
    }
    return {job, [](JobType *j) { delete j; }};
}

QString timeoutText()
{
    return tr("the OS keychain did not answer within %1 s (is it locked, waiting for a password prompt?)")
        .arg(kJobTimeoutMs / 1000);
}

} // namespace

Core::Result<std::unique_ptr<KeychainSecretStore>> KeychainSecretStore::open(const QString &service)
{
    auto probe = runJob<QKeychain::ReadPasswordJob>(service, QStringLiteral("printwatch-probe-not-a-secret"));
    if (!probe)
        return Core::Error{tr("OS keychain unavailable: %1").arg(timeoutText())};
    if (probe->error() != QKeychain::NoError && probe->error() != QKeychain::EntryNotFound)
        return Core::Error{tr("OS keychain unavailable: %1").arg(probe->errorString())};
    return std::unique_ptr<KeychainSecretStore>(new KeychainSecretStore(service));
}

QString KeychainSecretStore::backendName() const
{
    return tr("OS keychain (service “%1”)").arg(m_service);
}

Core::Result<void> KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto job = runJob<QKeychain::WritePasswordJob>(m_service, key,
                                                   [&secret](QKeychain::WritePasswordJob &j) { j.setBinaryData(secret); });
    if (!job || job->error() != QKeychain::NoError)
        return Core::Error{tr("Cannot store the secret “%1” in the OS keychain: %2")
                               .arg(key, job ? job->errorString() : timeoutText())};
    return {};
}

Core::Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString &key)
{
    auto job = runJob<QKeychain::ReadPasswordJob>(m_service, key);
    if (!job)
        return Core::Error{tr("Cannot read the secret “%1” from the OS keychain: %2").arg(key, timeoutText())};
    if (job->error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job->error() != QKeychain::NoError)
        return Core::Error{tr("Cannot read the secret “%1” from the OS keychain: %2").arg(key, job->errorString())};
    return std::optional<QByteArray>(job->binaryData());
}

Core::Result<void> KeychainSecretStore::remove(const QString &key)
{
    auto job = runJob<QKeychain::DeletePasswordJob>(m_service, key);
    if (!job || (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound))
        return Core::Error{tr("Cannot remove the secret “%1” from the OS keychain: %2")
                               .arg(key, job ? job->errorString() : timeoutText())};
    return {};
}

} // namespace Printwatch::Auth
