// SPDX-License-Identifier: GPL-3.0-or-later
// The login dialogs offscreen: a new database asks for the first Administrator; later starts ask
// for a login, show a failure only after the delay, and let the right password in.
#include "app/actionscontroller.h"
#include "models/printertablemodel.h"
#include "views/logindialog.h"
#include "views/mainwindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;

class TestLoginFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Gui
    {
        Models::PrinterTableModel model;
        Views::MainWindow window{&model};
        std::unique_ptr<App::ActionsController> controller;
    };

    std::unique_ptr<Gui> start()
    {
        auto gui = std::make_unique<Gui>();
        App::ActionsController::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("login.sqlite"));
        options.lockMinutes = 0;
        gui->controller = std::make_unique<App::ActionsController>(&gui->window, &gui->model, options);
        gui->window.show();
        gui->controller->start();
        return gui;
    }

    static void fill(Views::LoginDialog *dialog, const QString &name, const QString &password)
    {
        dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->setText(name);
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        if (auto *repeat = dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassword")))
            repeat->setText(password);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PRINTWATCH_TEST_HASH", "minimal");
    }

    void firstStartCreatesTheAdministrator()
    {
        auto gui = start();
        QTRY_VERIFY_WITH_TIMEOUT(gui->controller->loginDialog() && gui->controller->loginDialog()->isVisible(), 10000);
        QCOMPARE(gui->controller->loginDialog()->mode(), Views::LoginDialog::Mode::CreateAdministrator);
        QSignalSpy changed(gui->controller.get(), &App::ActionsController::sessionChanged);
        fill(gui->controller->loginDialog(), QStringLiteral("root"), QStringLiteral("first-admin-1"));
        QVERIFY(changed.wait(10000));
        QCOMPARE(gui->controller->session().role, Auth::Role::Administrator);
        QVERIFY(gui->controller->menuAction(Auth::Action::UpgradeFirmware)->isEnabled());
    }

    void laterStartsAskForALoginAndDelayFailures()
    {
        auto gui = start();
        QTRY_VERIFY_WITH_TIMEOUT(gui->controller->loginDialog() && gui->controller->loginDialog()->isVisible(), 10000);
        Views::LoginDialog *dialog = gui->controller->loginDialog();
        QCOMPARE(dialog->mode(), Views::LoginDialog::Mode::Login);
        QSignalSpy failed(gui->controller.get(), &App::ActionsController::loginFailed);
        fill(dialog, QStringLiteral("root"), QStringLiteral("wrong-password"));
        QVERIFY(failed.wait(10000));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("loginMessage"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // The answer waits (1 s after the first failure) with the form disabled.
        QVERIFY(!ok->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 5000);
        QVERIFY2(message->text().contains(QLatin1String("Wrong user name or password")), qPrintable(message->text()));
        QVERIFY(!gui->controller->session().valid());
        QSignalSpy changed(gui->controller.get(), &App::ActionsController::sessionChanged);
        fill(dialog, QStringLiteral("root"), QStringLiteral("first-admin-1"));
        QVERIFY(changed.wait(10000));
        QCOMPARE(gui->controller->session().userName, QStringLiteral("root"));
    }
};

QTEST_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"
