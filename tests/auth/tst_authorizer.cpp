// SPDX-License-Identifier: GPL-3.0-or-later
// The permission matrix in one place: every role x every action, device groups that limit what a
// user sees and acts on, and the administrator's per-action switches (fleet-wide and per group).
#include "authtestutil.h"

#include "auth/authorizer.h"
#include "storage/accessrepository.h"

#include <QSqlQuery>

#include <QStandardPaths>

using namespace Printwatch;
using namespace Printwatch::Auth;

class TestAuthorizer : public QObject
{
    Q_OBJECT

    TestUtil::AuthFixture m_fixture;
    qint64 m_office = 0;
    qint64 m_lab = 0;

    Session sessionOf(int role) const
    {
        return role == 0 ? m_fixture.admin : role == 1 ? m_fixture.power : m_fixture.viewer;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = {};
        QVERIFY(m_fixture.setUp().isEmpty());
        m_office = m_fixture.addDevice(QStringLiteral("127.0.0.10"), 161, QStringLiteral("office"));
        m_lab = m_fixture.addDevice(QStringLiteral("127.0.0.11"), 161, QStringLiteral("lab"));
        QVERIFY(m_office > 0 && m_lab > 0);
    }

    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        // The expected matrix, written out independently of roleAllows().
        const QList<QList<bool>> expected = {
            // refresh test-page reboot firmware troubleshoot web-page users settings audit discover
            {true, true, true, true, true, true, true, true, true, true},         // Administrator
            {true, true, true, false, true, true, false, false, false, true},     // Power user
            {true, false, false, false, true, true, false, false, false, false},  // Viewer
        };
        const char *roles[] = {"admin", "power", "viewer"};
        for (int role = 0; role < 3; ++role) {
            for (int action = 0; action < int(std::size(AllActions)); ++action) {
                QTest::addRow("%s %s", roles[role], qPrintable(actionKey(AllActions[action])))
                    << role << action << expected[role][action];
            }
        }
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        const Session session = sessionOf(role);
        const Action a = AllActions[action];
        QCOMPARE(roleAllows(session.role, a), allowed);
        const auto device = isPrinterAction(a) ? std::optional<qint64>(m_office) : std::nullopt;
        auto checked = Authorizer(*m_fixture.db).check(session, a, device, QStringLiteral("office"));
        QCOMPARE(checked.ok(), allowed);
        if (!allowed) {
            QVERIFY2(checked.error().startsWith(QLatin1String("Refused")), qPrintable(checked.error()));
            QVERIFY2(checked.error().contains(session.userName), qPrintable(checked.error()));
        }
    }

    void nobodyLoggedInIsRefused()
    {
        auto checked = Authorizer(*m_fixture.db).check(Session{}, Action::RefreshStatus, m_office, QStringLiteral("x"));
        QVERIFY(!checked.ok());
    }

    void deviceGroupsLimitWhatAUserSeesAndActsOn()
    {
        Storage::AccessRepository access(*m_fixture.db);
        const qint64 group = access.addGroup(QStringLiteral("Office")).value();
        QVERIFY(access.setGroupDevices(group, {m_office}).ok());
        AuthService auth(*m_fixture.db, HashParameters::minimal());
        QVERIFY(auth.setRole(m_fixture.admin, QStringLiteral("pat"), Role::PowerUser, false).ok());
        QVERIFY(auth.setUserGroups(m_fixture.admin, QStringLiteral("pat"), {group}).ok());
        const Session pat = auth.sessionFor(QStringLiteral("pat")).value();
        const Authorizer authorizer(*m_fixture.db);
        QVERIFY(authorizer.canSee(pat, m_office).value());
        QVERIFY(!authorizer.canSee(pat, m_lab).value());
        QVERIFY(authorizer.check(pat, Action::Reboot, m_office, QStringLiteral("office")).ok());
        auto refused = authorizer.check(pat, Action::Reboot, m_lab, QStringLiteral("lab"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("device group")), qPrintable(refused.error()));
    }

    void visibleDevicesFollowRoleGroupsAndChanges()
    {
        AuthService auth(*m_fixture.db, HashParameters::minimal());
        const qint64 office = auth.addGroup(m_fixture.admin, QStringLiteral("Office")).value();
        QVERIFY(auth.setGroupDevices(m_fixture.admin, office, {m_office}).ok());
        const Authorizer authorizer(*m_fixture.db);
        // No group limit: every printer (std::nullopt), for every role.
        QVERIFY(!authorizer.visibleDevices(m_fixture.viewer).value().has_value());
        // The session was taken before the change; the Authorizer reads the groups again.
        QVERIFY(auth.setUserScope(m_fixture.admin, QStringLiteral("vic"), false, {office}).ok());
        QCOMPARE(authorizer.visibleDevices(m_fixture.viewer).value(), std::optional<QSet<qint64>>(QSet<qint64>{m_office}));
        QVERIFY(!authorizer.canSee(m_fixture.viewer, m_lab).value());
        QVERIFY(auth.addGroupDevices(m_fixture.admin, office, {m_lab}).ok());
        QCOMPARE(authorizer.visibleDevices(m_fixture.viewer).value(),
                 std::optional<QSet<qint64>>(QSet<qint64>{m_office, m_lab}));
        // An Administrator sees all even when limited to a group.
        QVERIFY(auth.setUserScope(m_fixture.admin, QStringLiteral("alice"), false, {office}).ok());
        QVERIFY(!authorizer.visibleDevices(m_fixture.admin).value().has_value());
        // Deleting the group leaves the Viewer limited to nothing; nobody logged in sees nothing.
        QVERIFY(auth.removeGroup(m_fixture.admin, office).ok());
        QCOMPARE(authorizer.visibleDevices(m_fixture.viewer).value(), std::optional<QSet<qint64>>(QSet<qint64>{}));
        QCOMPARE(authorizer.visibleDevices(Session{}).value(), std::optional<QSet<qint64>>(QSet<qint64>{}));
        // A removed user sees nothing either.
        QVERIFY(auth.removeUser(m_fixture.admin, QStringLiteral("pat")).ok());
        QCOMPARE(authorizer.visibleDevices(m_fixture.power).value(), std::optional<QSet<qint64>>(QSet<qint64>{}));
    }

    void groupManagementIsForAdministratorsAndAudited()
    {
        AuthService auth(*m_fixture.db, HashParameters::minimal());
        auto refused = auth.addGroup(m_fixture.power, QStringLiteral("Lab"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().startsWith(QLatin1String("Refused")), qPrintable(refused.error()));
        QVERIFY(!auth.groups(m_fixture.viewer).ok());
        QVERIFY(!AuthService::checkGroupName(QStringLiteral("two\nlines")).ok());
        QVERIFY(!AuthService::checkGroupName(QString()).ok());
        const qint64 lab = auth.addGroup(m_fixture.admin, QStringLiteral("Lab")).value();
        QVERIFY(!auth.addGroup(m_fixture.admin, QStringLiteral("Lab")).ok()); // names are unique
        QVERIFY(!auth.renameGroup(m_fixture.viewer, lab, QStringLiteral("X")).ok());
        QVERIFY(auth.renameGroup(m_fixture.admin, lab, QStringLiteral("Lab 2")).ok());
        QVERIFY(!auth.removeGroup(m_fixture.power, lab).ok());
        QSqlQuery rows(m_fixture.db->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT user_name, action, result FROM audit_log WHERE action LIKE 'group-%'"
                                         " ORDER BY id")));
        QStringList seen;
        while (rows.next())
            seen << rows.value(0).toString() + QLatin1Char(' ') + rows.value(1).toString() + QLatin1Char(' ')
                        + rows.value(2).toString();
        QCOMPARE(seen, (QStringList{QStringLiteral("pat group-add refused"), QStringLiteral("alice group-add ok"),
                                    QStringLiteral("alice group-add failed"), QStringLiteral("vic group-rename refused"),
                                    QStringLiteral("alice group-rename ok"), QStringLiteral("pat group-remove refused")}));
    }

    void switchedOffActionsAreRefusedForEveryone()
    {
        Authorizer authorizer(*m_fixture.db);
        // Only an administrator switches.
        QVERIFY(!authorizer.setActionEnabled(m_fixture.power, Action::Reboot, 0, false).ok());
        QVERIFY(authorizer.setActionEnabled(m_fixture.admin, Action::Reboot, 0, false).ok());
        auto refused = authorizer.check(m_fixture.admin, Action::Reboot, m_office, QStringLiteral("office"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("switched off")), qPrintable(refused.error()));
        QVERIFY(authorizer.check(m_fixture.admin, Action::PrintTestPage, m_office, QStringLiteral("office")).ok());
        QVERIFY(authorizer.setActionEnabled(m_fixture.admin, Action::Reboot, 0, true).ok());
        QVERIFY(authorizer.check(m_fixture.admin, Action::Reboot, m_office, QStringLiteral("office")).ok());

        // Per group: firmware off for the lab group only.
        Storage::AccessRepository access(*m_fixture.db);
        const qint64 lab = access.addGroup(QStringLiteral("Lab")).value();
        QVERIFY(access.setGroupDevices(lab, {m_lab}).ok());
        QVERIFY(authorizer.setActionEnabled(m_fixture.admin, Action::UpgradeFirmware, lab, false).ok());
        QVERIFY(!authorizer.check(m_fixture.admin, Action::UpgradeFirmware, m_lab, QStringLiteral("lab")).ok());
        QVERIFY(authorizer.check(m_fixture.admin, Action::UpgradeFirmware, m_office, QStringLiteral("office")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuthorizer)
#include "tst_authorizer.moc"
