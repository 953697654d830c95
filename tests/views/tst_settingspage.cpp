// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestutil.h"
#include "views/settingspage.h"
#include "views/credentialeditor.h"
#include "views/credentialsetdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QToolButton>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Printwatch;
using Views::ConsoleSettings;
using Views::SettingsPage;

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settings = ViewTest::isolateSettings(); }

    void defaultsAreValid() { QVERIFY(ConsoleSettings{}.validate().isEmpty()); }

    void problemsAreNamedAndBlockApply()
    {
        SettingsPage page;
        auto *apply = page.findChild<QPushButton *>(QStringLiteral("applyButton"));
        auto *problems = page.findChild<QLabel *>(QStringLiteral("problemsLabel"));
        QVERIFY(!apply->isEnabled()); // nothing changed yet

        page.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(20000);
        page.findChild<QSpinBox *>(QStringLiteral("retriesSpin"))->setValue(3);
        QVERIFY(!apply->isEnabled());
        QVERIFY2(problems->text().contains(QLatin1String("80 s")), qPrintable(problems->text()));
        QCOMPARE(problems->textFormat(), Qt::PlainText);

        page.findChild<QSpinBox *>(QStringLiteral("intervalSpin"))->setValue(120);
        QVERIFY(page.problems().isEmpty());
        QVERIFY(apply->isEnabled());

        page.findChild<QLineEdit *>(QStringLiteral("communityEdit"))->clear();
        QVERIFY(page.problems().join(QLatin1Char(' ')).contains(QLatin1String("community")));
        QVERIFY(!apply->isEnabled());
        page.findChild<QLineEdit *>(QStringLiteral("communityEdit"))->setText(QStringLiteral("ops"));

        page.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("relative.sqlite"));
        QVERIFY(page.problems().join(QLatin1Char(' ')).contains(QLatin1String("full path")));
        page.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("/no/such/folder/x.sqlite"));
        QVERIFY(page.problems().join(QLatin1Char(' ')).contains(QLatin1String("/no/such/folder")));
        page.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(m_settings->filePath(QStringLiteral("p.sqlite")));
        QVERIFY(page.problems().isEmpty());

        QSignalSpy applied(&page, &SettingsPage::applied);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        const auto settings = applied.at(0).at(0).value<ConsoleSettings>();
        QCOMPARE(settings.pollIntervalSeconds, 120);
        QCOMPARE(settings.credential.timeoutMs, 20000);
        QCOMPARE(settings.credential.community, QStringLiteral("ops"));
        QVERIFY(!apply->isEnabled()); // applied: nothing pending
    }

    void saveAndLoadKeepSecretsOut()
    {
        ConsoleSettings settings;
        settings.pollIntervalSeconds = 300;
        settings.credential.community = QStringLiteral("s3cret");
        settings.credential.retries = 3;
        settings.language = QStringLiteral("nb");
        QSettings store;
        settings.save(store);
        const ConsoleSettings loaded = ConsoleSettings::load(store);
        QCOMPARE(loaded.pollIntervalSeconds, 300);
        QCOMPARE(loaded.credential.retries, 3);
        QCOMPARE(loaded.language, QStringLiteral("nb"));
        const QStringList keys = store.allKeys();
        for (const QString &key : keys)
            QVERIFY(store.value(key).toString() != QStringLiteral("s3cret"));
    }

    void credentialSetsAreAddedEditedReorderedAndTested()
    {
        SettingsPage page;
        auto *apply = page.findChild<QPushButton *>(QStringLiteral("applyButton"));
        auto *list = page.findChild<QListWidget *>(QStringLiteral("credentialSetsList"));
        QVERIFY(list);

        // Add: the set editor opens; an empty community is named and blocks OK.
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("addSetButton")), Qt::LeftButton);
        auto *dialog = page.findChild<Views::CredentialSetDialog *>();
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("setOkButton"));
        QVERIFY(!ok->isEnabled()); // no credentials yet
        QVERIFY(dialog->problems().join(QLatin1Char(' ')).contains(QLatin1String("no credentials")));
        QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("addSetCredentialButton")), Qt::LeftButton);
        QVERIFY(dialog->problems().join(QLatin1Char(' ')).contains(QLatin1String("enter the community")));
        auto *editor = dialog->findChild<Views::CredentialEditor *>(QStringLiteral("setCredentialEditor"));
        editor->findChild<QLineEdit *>(QStringLiteral("communityEdit"))->setText(QStringLiteral("floor-ro"));
        dialog->findChild<QLineEdit *>(QStringLiteral("setNameEdit"))->setText(QStringLiteral("floor 3"));
        auto *scope = dialog->findChild<QLineEdit *>(QStringLiteral("setScopeEdit"));
        scope->setText(QStringLiteral("10.3.0.0/33"));
        QVERIFY2(dialog->problems().join(QLatin1Char(' ')).contains(QLatin1String("10.3.0.0/33")),
                 qPrintable(dialog->problems().join(QLatin1Char(' '))));
        QVERIFY(!ok->isEnabled());
        scope->setText(QStringLiteral("10.3.0.0/24"));
        // A second credential, v3, then moved first.
        QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("addSetCredentialButton")), Qt::LeftButton);
        auto *version = editor->findChild<QComboBox *>(QStringLiteral("versionCombo"));
        version->setCurrentIndex(version->findData(int(Core::SnmpVersion::V3)));
        editor->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("ops"));
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char(' '))));
        QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("upSetCredentialButton")), Qt::LeftButton);
        // A v3 write user must be authPriv.
        dialog->findChild<QCheckBox *>(QStringLiteral("writeCheck"))->setChecked(true);
        auto *write = dialog->findChild<Views::CredentialEditor *>(QStringLiteral("writeCredentialEditor"));
        write->findChild<QLineEdit *>(QStringLiteral("communityEdit"))->setText(QStringLiteral("floor-rw"));
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char(' '))));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QLatin1String("floor 3")), qPrintable(list->item(0)->text()));
        QVERIFY(!list->item(0)->text().contains(QLatin1String("floor-r"))); // never a secret in the list

        // A second, global set with the same name is refused with a sentence.
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("addSetButton")), Qt::LeftButton);
        QTRY_VERIFY(page.findChildren<Views::CredentialSetDialog *>().size() == 1); // the first one closed
        dialog = page.findChild<Views::CredentialSetDialog *>();
        dialog->findChild<QLineEdit *>(QStringLiteral("setNameEdit"))->setText(QStringLiteral("Floor 3"));
        QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("addSetCredentialButton")), Qt::LeftButton);
        dialog->findChild<Views::CredentialEditor *>(QStringLiteral("setCredentialEditor"))
            ->findChild<QLineEdit *>(QStringLiteral("communityEdit"))
            ->setText(QStringLiteral("everyone"));
        QVERIFY(dialog->problems().join(QLatin1Char(' ')).contains(QLatin1String("Another credential set")));
        dialog->findChild<QLineEdit *>(QStringLiteral("setNameEdit"))->setText(QStringLiteral("everywhere"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("setOkButton")), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("upSetButton")), Qt::LeftButton);
        QVERIFY(page.problems().isEmpty());
        QVERIFY(apply->isEnabled());

        QSignalSpy applied(&page, &SettingsPage::applied);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        const auto sets = applied.at(0).at(0).value<ConsoleSettings>().credentialSets;
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets.at(0).name, QStringLiteral("everywhere"));
        QVERIFY(sets.at(0).isGlobal());
        QCOMPARE(sets.at(1).scope, QStringLiteral("10.3.0.0/24"));
        QCOMPARE(sets.at(1).credentials.size(), 2);
        QCOMPARE(sets.at(1).credentials.at(0).user, QStringLiteral("ops")); // moved up
        QCOMPARE(sets.at(1).credentials.at(1).community, QStringLiteral("floor-ro"));
        QCOMPARE(sets.at(1).writeCredential->community, QStringLiteral("floor-rw"));

        // Test on one address: each credential in order until one answers; the engine's words shown.
        list->setCurrentRow(1);
        QSignalSpy test(&page, &SettingsPage::testRequested);
        auto *result = page.findChild<QLabel *>(QStringLiteral("testResultLabel"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("testSetButton")), Qt::LeftButton);
        QCOMPARE(test.count(), 0);
        QVERIFY(result->text().contains(QLatin1String("address")));
        page.findChild<QLineEdit *>(QStringLiteral("testAddressEdit"))->setText(QStringLiteral("10.3.0.7"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("testSetButton")), Qt::LeftButton);
        QCOMPARE(test.count(), 1);
        QCOMPARE(test.at(0).at(0).toString(), QStringLiteral("10.3.0.7"));
        QCOMPARE(test.at(0).at(2).value<Core::SnmpCredential>().user, QStringLiteral("ops"));
        page.setTestResult(false, QStringLiteral("10.3.0.7 does not know the SNMPv3 user 'ops': check the user name"));
        QCOMPARE(test.count(), 2);
        QCOMPARE(test.at(1).at(2).value<Core::SnmpCredential>().community, QStringLiteral("floor-ro"));
        page.setTestResult(true, QStringLiteral("<b>HP</b> LaserJet"));
        QVERIFY2(result->text().contains(QLatin1String("does not know the SNMPv3 user")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String("<b>HP</b> LaserJet")));
        QCOMPARE(result->textFormat(), Qt::PlainText);
        QVERIFY(!result->text().contains(QLatin1String("floor-ro")));

        // Remove.
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("removeSetButton")), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(page.settings().credentialSets.size(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

Q_DECLARE_METATYPE(Printwatch::Views::ConsoleSettings)
QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
