// SPDX-License-Identifier: GPL-3.0-or-later
// Local users: the first Administrator, login, the growing delay and the lockout an administrator
// lifts, equal timing for unknown and known names, password changes, user administration by role.
#include "authtestutil.h"

#include "storage/accessrepository.h"
#include "storage/auditrepository.h"

#include <QStandardPaths>

#include <algorithm>

#include <time.h>

using namespace Printwatch;
using namespace Printwatch::Auth;

class TestAuthService : public QObject
{
    Q_OBJECT

    TestUtil::AuthFixture m_fixture;

    static qint64 threadCpuNanoseconds()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

    static double median(QList<qint64> values)
    {
        std::sort(values.begin(), values.end());
        return values.size() % 2 ? double(values[values.size() / 2])
                                 : (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2.0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = {};
        const QString failed = m_fixture.setUp();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void firstAdministratorOnlyOnce()
    {
        AuthService auth(*m_fixture.db, HashParameters::minimal());
        auto again = auth.createFirstAdministrator(QStringLiteral("mallory"), QStringLiteral("long-enough-1"));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QLatin1String("users exist")), qPrintable(again.error()));
    }

    void passwordsAreStoredAsArgon2idHashes()
    {
        auto users = Storage::AccessRepository(*m_fixture.db).users();
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 3);
        for (const auto &user : users.value()) {
            QVERIFY2(user.passwordHash.startsWith(QLatin1String("$argon2id$")), qPrintable(user.passwordHash));
            QVERIFY(!user.passwordHash.contains(TestUtil::kAdminPassword));
        }
    }

    void productionCostIsInteractive()
    {
        qunsetenv("PRINTWATCH_TEST_HASH");
        const HashParameters production = HashParameters::fromEnvironment();
        QCOMPARE(production.opsLimit, HashParameters::interactive().opsLimit);
        QCOMPARE(production.memLimit, HashParameters::interactive().memLimit);
        QVERIFY(production.memLimit >= 64ull * 1024 * 1024);
    }

    void loginSucceedsAndResetsTheCounter()
    {
        AuthService auth(*m_fixture.db, HashParameters::minimal(), LoginPolicy{5, 100, 1000});
        QVERIFY(!auth.login(QStringLiteral("pat"), QStringLiteral("wrong")).session);
        const LoginOutcome ok = auth.login(QStringLiteral("pat"), TestUtil::kPowerPassword);
        QVERIFY2(ok.session.has_value(), qPrintable(ok.error));
        QCOMPARE(ok.session->role, Role::PowerUser);
        QCOMPARE(ok.delayMs, 0);
        auto stored = Storage::AccessRepository(*m_fixture.db).user(QStringLiteral("pat"));
        QCOMPARE(stored->value().failedAttempts, 0);
    }

    void bruteForceLocksTheAccountAndAnAdministratorUnlocksIt()
    {
        AuthService auth(*m_fixture.db, HashParameters::minimal(), LoginPolicy{5, 100, 1600});
        QList<int> delays;
        for (int i = 1; i <= 5; ++i) {
            const LoginOutcome outcome = auth.login(QStringLiteral("vic"), QStringLiteral("guess-%1").arg(i));
            QVERIFY(!outcome.session);
            delays << outcome.delayMs;
            QCOMPARE(outcome.locked, i == 5);
        }
        QCOMPARE(delays, (QList<int>{100, 200, 400, 800, 1600})); // grows, capped
        // Locked: even the right password is refused, with the same kind of answer.
        const LoginOutcome right = auth.login(QStringLiteral("vic"), TestUtil::kViewerPassword);
        QVERIFY(!right.session);
        QVERIFY(right.locked);
        QVERIFY2(right.error.contains(QLatin1String("locked")), qPrintable(right.error));

        // Only an Administrator lifts it.
        QVERIFY(!auth.unlock(m_fixture.power, QStringLiteral("vic")).ok());
        auto unlocked = auth.unlock(m_fixture.admin, QStringLiteral("vic"));
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error()));
        QVERIFY(auth.login(QStringLiteral("vic"), TestUtil::kViewerPassword).session.has_value());

        // Every attempt is in the audit log.
        auto rows = Storage::AuditRepository(*m_fixture.db).entries();
        int failures = 0;
        for (const auto &row : rows.value())
            failures += row.action == QLatin1String("login") && row.target == QLatin1String("vic")
                        && row.result == QLatin1String("failed");
        QCOMPARE(failures, 5);
    }

    void unknownNamesGetTheSameAnswersAndLock()
    {
        AuthService auth(*m_fixture.db, HashParameters::minimal(), LoginPolicy{3, 50, 1000});
        const LoginOutcome known = auth.login(QStringLiteral("vic"), QStringLiteral("nope"));
        const LoginOutcome unknown = auth.login(QStringLiteral("nobody"), QStringLiteral("nope"));
        QCOMPARE(unknown.error, known.error);
        QCOMPARE(unknown.delayMs, known.delayMs);
        auth.login(QStringLiteral("nobody"), QStringLiteral("nope"));
        const LoginOutcome third = auth.login(QStringLiteral("nobody"), QStringLiteral("nope"));
        QVERIFY(third.locked);
    }

    void unknownUsersCostTheSameHashWorkAsKnownOnes()
    {
        // An unknown user name must cost a full password hash too, or login timing tells an attacker
        // which names exist. Measured in this thread's CPU time, not wall time: on a loaded 2-core CI
        // machine wall time swings with the scheduler, while the hash's CPU work does not. Skipping
        // the hash would make the unknown path almost free (100 % apart); a quarter is the margin.
        const HashParameters cost{2, 16ull * 1024 * 1024};
        TestUtil::AuthFixture fixture;
        QVERIFY(fixture.setUp(cost).isEmpty());
        AuthService auth(*fixture.db, cost, LoginPolicy{1000, 0, 0});
        QList<qint64> known, unknown;
        for (int i = 0; i < 15; ++i) {
            qint64 start = threadCpuNanoseconds();
            QVERIFY(!auth.login(QStringLiteral("vic"), QStringLiteral("wrong-%1").arg(i)).session);
            known << threadCpuNanoseconds() - start;
            start = threadCpuNanoseconds();
            QVERIFY(!auth.login(QStringLiteral("ghost-%1").arg(i % 3), QStringLiteral("wrong-%1").arg(i)).session);
            unknown << threadCpuNanoseconds() - start;
        }
        const double k = median(known);
        const double u = median(unknown);
        qInfo("median login CPU time: known user %.1f ms, unknown user %.1f ms (%.1f %%)", k / 1e6, u / 1e6,
              100.0 * (u - k) / k);
        QVERIFY2(std::abs(u - k) / k < 0.25,
                 qPrintable(QStringLiteral("known %1 ms, unknown %2 ms of CPU").arg(k / 1e6).arg(u / 1e6)));
    }

    void changePasswordNeedsTheOldOne()
    {
        AuthService auth(*m_fixture.db, HashParameters::minimal());
        QVERIFY(!auth.changePassword(m_fixture.viewer, QStringLiteral("wrong"), QStringLiteral("new-pass-123")).ok());
        QVERIFY(!auth.changePassword(m_fixture.viewer, TestUtil::kViewerPassword, QStringLiteral("short")).ok());
        QVERIFY(auth.changePassword(m_fixture.viewer, TestUtil::kViewerPassword, QStringLiteral("new-pass-123")).ok());
        QVERIFY(auth.login(QStringLiteral("vic"), QStringLiteral("new-pass-123")).session.has_value());
    }

    void onlyAdministratorsManageUsers_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin") << 0 << true;
        QTest::newRow("power user") << 1 << false;
        QTest::newRow("viewer") << 2 << false;
    }

    void onlyAdministratorsManageUsers()
    {
        QFETCH(int, who);
        QFETCH(bool, allowed);
        const Session actor = who == 0 ? m_fixture.admin : who == 1 ? m_fixture.power : m_fixture.viewer;
        AuthService auth(*m_fixture.db, HashParameters::minimal());
        auto added = auth.addUser(actor, QStringLiteral("newbie"), Role::Administrator, QStringLiteral("newbie-pass-1"));
        QCOMPARE(added.ok(), allowed);
        if (!allowed)
            QVERIFY2(added.error().startsWith(QLatin1String("Refused")), qPrintable(added.error()));
        QCOMPARE(auth.users(actor).ok(), allowed);
        QCOMPARE(auth.setRole(actor, QStringLiteral("vic"), Role::Administrator, true).ok(), allowed);
        auto rows = Storage::AuditRepository(*m_fixture.db).entries();
        QCOMPARE(rows->last().result, allowed ? QStringLiteral("ok") : QStringLiteral("refused"));
    }

    void demoAccountIsMarked()
    {
        AuthService auth(*m_fixture.db, HashParameters::minimal());
        auto demo = auth.ensureDemoAccount();
        QVERIFY2(demo.ok(), qPrintable(demo.error()));
        QVERIFY(demo->demo);
        QVERIFY(auth.login(QStringLiteral("demo"), QStringLiteral("demo")).session->demo);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
