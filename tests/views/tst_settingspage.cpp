// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestutil.h"
#include "views/settingspage.h"

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

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

Q_DECLARE_METATYPE(Printwatch::Views::ConsoleSettings)
QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
