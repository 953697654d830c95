// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/welcomedialog.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QPushButton>
#include <QTest>

using namespace Printwatch;
using Views::WelcomeDialog;

class TestWelcomeDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachChoiceIsReported_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<WelcomeDialog::Choice>("choice");
        QTest::addColumn<int>("result");
        QTest::newRow("demo") << QStringLiteral("demoButton") << WelcomeDialog::Choice::Demo << int(QDialog::Accepted);
        QTest::newRow("scan") << QStringLiteral("scanButton") << WelcomeDialog::Choice::ScanNetwork << int(QDialog::Accepted);
        QTest::newRow("later") << QStringLiteral("laterButton") << WelcomeDialog::Choice::Later << int(QDialog::Rejected);
    }

    void eachChoiceIsReported()
    {
        QFETCH(QString, button);
        WelcomeDialog dialog;
        dialog.open();
        auto *clicked = dialog.findChild<QAbstractButton *>(button);
        QVERIFY(clicked);
        QTest::mouseClick(clicked, Qt::LeftButton);
        QTEST(dialog.choice(), "choice");
        QTEST(dialog.result(), "result");
        QVERIFY(!dialog.isVisible());
    }

    void tabFollowsTheButtonsAsShown()
    {
        WelcomeDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("scanButton"));
        QStringList visited;
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited += QApplication::focusWidget()->objectName();
        }
        QCOMPARE(visited, (QStringList{QStringLiteral("demoButton"), QStringLiteral("laterButton"),
                                       QStringLiteral("scanButton")}));
    }
};

QTEST_MAIN(TestWelcomeDialog)
#include "tst_welcomedialog.moc"
