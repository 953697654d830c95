// SPDX-License-Identifier: GPL-3.0-or-later
// Creating the encrypted secrets file asks for its master password twice and refuses two that
// differ; unlocking an existing file asks once.

#include "viewtestutil.h"
#include "views/masterpassworddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Printwatch;
using Views::MasterPasswordDialog;

class TestMasterPasswordDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settings = ViewTest::isolateSettings(); }

    void createAsksTwiceAndRefusesAMismatch()
    {
        MasterPasswordDialog dialog(MasterPasswordDialog::Mode::Create, QStringLiteral("No keychain answered."),
                                    QStringLiteral("/home/a/.local/share/Printwatch/secrets.json"));
        dialog.show();
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("masterPassword"));
        auto *repeat = dialog.findChild<QLineEdit *>(QStringLiteral("masterPasswordRepeat"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("masterPasswordMessage"));
        QVERIFY(password && repeat && message);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(repeat->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("masterPasswordIntro"))->text().contains(QStringLiteral("secrets.json")));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClicks(password, QStringLiteral("correct horse"));
        QTest::keyClicks(repeat, QStringLiteral("correct hrose"));
        ok->click();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(message->text().contains(QStringLiteral("differ")));
        QVERIFY(repeat->text().isEmpty()); // typed again, not corrected in place

        QTest::keyClicks(repeat, QStringLiteral("correct horse"));
        ok->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.password(), QStringLiteral("correct horse"));
    }

    void anEmptyPasswordIsRefused()
    {
        MasterPasswordDialog dialog(MasterPasswordDialog::Mode::Create, QString(), QStringLiteral("/tmp/s.json"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("masterPasswordMessage"))->text().isEmpty());
    }

    void unlockAsksOnce()
    {
        MasterPasswordDialog dialog(MasterPasswordDialog::Mode::Unlock, QStringLiteral("No keychain answered."),
                                    QStringLiteral("/tmp/s.json"));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("masterPasswordRepeat")));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("masterPassword")), QStringLiteral("secret"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.password(), QStringLiteral("secret"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestMasterPasswordDialog)
#include "tst_masterpassworddialog.moc"
