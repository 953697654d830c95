// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's standard buttons get their texts from our catalogue (Debian has no Bokmål qtbase one): a
// translator that knows only DialogButtons' context must reach every standard button of our
// dialogs and pages, and of the message and input boxes they open.

#include "viewtestutil.h"
#include "views/actionprogressdialog.h"
#include "views/dialogbuttons.h"
#include "views/discoverydialog.h"
#include "views/groupsdialog.h"
#include "views/masterpassworddialog.h"
#include "views/settingspage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Printwatch;
using Views::DialogButtons;

namespace {

// Marks every text of DialogButtons' context, and nothing else, so a button that still shows Qt's
// own text (or a text of another context) is caught.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Printwatch::Views::DialogButtons") != 0)
            return {};
        return QStringLiteral("nb:") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QString textOf(QDialogButtonBox *box, QDialogButtonBox::StandardButton which)
{
    QPushButton *button = box->button(which);
    return button ? button->text() : QStringLiteral("<missing>");
}

} // namespace

class TestDialogButtons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = ViewTest::isolateSettings();
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void everyStandardButtonHasATranslatedText()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                             | QDialogButtonBox::Reset | QDialogButtonBox::RestoreDefaults | QDialogButtonBox::Close
                             | QDialogButtonBox::Yes | QDialogButtonBox::No);
        QPushButton *own = box.addButton(QStringLiteral("&Start"), QDialogButtonBox::ActionRole);
        DialogButtons::translate(&box);
        QCOMPARE(textOf(&box, QDialogButtonBox::Ok), QStringLiteral("nb:OK"));
        QCOMPARE(textOf(&box, QDialogButtonBox::Cancel), QStringLiteral("nb:Cancel"));
        QCOMPARE(textOf(&box, QDialogButtonBox::Apply), QStringLiteral("nb:Apply"));
        QCOMPARE(textOf(&box, QDialogButtonBox::Reset), QStringLiteral("nb:Reset"));
        QCOMPARE(textOf(&box, QDialogButtonBox::RestoreDefaults), QStringLiteral("nb:Restore Defaults"));
        QCOMPARE(textOf(&box, QDialogButtonBox::Close), QStringLiteral("nb:Close"));
        QCOMPARE(textOf(&box, QDialogButtonBox::Yes), QStringLiteral("nb:&Yes"));
        QCOMPARE(textOf(&box, QDialogButtonBox::No), QStringLiteral("nb:&No"));
        QCOMPARE(own->text(), QStringLiteral("&Start")); // our own buttons keep their own tr() text
    }

    void theEnglishTextsAreQtsOwn()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QDialogButtonBox plain(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                               | QDialogButtonBox::Reset | QDialogButtonBox::RestoreDefaults | QDialogButtonBox::Close);
        QDialogButtonBox ours(plain.standardButtons());
        DialogButtons::translate(&ours);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        for (QAbstractButton *button : plain.buttons())
            QCOMPARE(textOf(&ours, plain.standardButton(button)), button->text());
    }

    void settingsPageButtons()
    {
        Views::SettingsPage page;
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("applyButton"))->text(), QStringLiteral("nb:Apply"));
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("revertButton"))->text(), QStringLiteral("nb:Reset"));
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("defaultsButton"))->text(),
                 QStringLiteral("nb:Restore Defaults"));
    }

    void discoveryDialogButtons()
    {
        Views::DiscoveryDialog dialog;
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->text(), QStringLiteral("nb:Cancel"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("closeButton"))->text(), QStringLiteral("nb:Close"));
    }

    void groupsAndMasterPasswordDialogs()
    {
        Views::GroupsDialog groups;
        auto *box = groups.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QCOMPARE(textOf(box, QDialogButtonBox::Close), QStringLiteral("nb:Close"));

        Views::MasterPasswordDialog unlock(Views::MasterPasswordDialog::Mode::Unlock, QStringLiteral("no keychain"),
                                           QStringLiteral("/tmp/secrets.json"));
        box = unlock.findChild<QDialogButtonBox *>();
        QCOMPARE(textOf(box, QDialogButtonBox::Ok), QStringLiteral("nb:OK"));
        QCOMPARE(textOf(box, QDialogButtonBox::Cancel), QStringLiteral("nb:Cancel"));
    }

    // Cancel while running, Close once finished: the box is rebuilt, and the new button is ours too.
    void progressDialogCancelThenClose()
    {
        Views::ActionProgressDialog dialog(QStringLiteral("Reboot"), {{1, QStringLiteral("Office-2 (10.0.0.5)")}});
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QCOMPARE(textOf(box, QDialogButtonBox::Cancel), QStringLiteral("nb:Cancel"));
        dialog.finish(QStringLiteral("Done"));
        QCOMPARE(textOf(box, QDialogButtonBox::Close), QStringLiteral("nb:Close"));
    }

    void questionBoxHasTranslatedYesAndNo()
    {
        QStringList seen;
        QTimer::singleShot(0, this, [&seen] { answer(&seen, QMessageBox::No); });
        const bool yes = DialogButtons::askYesNo(nullptr, QStringLiteral("Printwatch"),
                                                 QStringLiteral("Remove the user <b>alice</b>?"));
        QVERIFY(!yes);
        QCOMPARE(seen, (QStringList{QStringLiteral("nb:&Yes"), QStringLiteral("nb:&No")}));

        seen.clear();
        QTimer::singleShot(0, this, [&seen] { answer(&seen, QMessageBox::Yes); });
        QVERIFY(DialogButtons::askYesNo(nullptr, QStringLiteral("Printwatch"), QStringLiteral("Reboot?")));
    }

    void inputDialogHasTranslatedOkAndCancel()
    {
        QString ok;
        QString cancel;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog); // shown by exec() before its event loop runs this
            ok = dialog->okButtonText();
            cancel = dialog->cancelButtonText();
            dialog->setTextValue(QStringLiteral("typed"));
            dialog->accept();
        });
        bool accepted = false;
        const QString text = DialogButtons::getText(nullptr, QStringLiteral("Change password"),
                                                    QStringLiteral("Current password:"), QLineEdit::Password, &accepted);
        QVERIFY(accepted);
        QCOMPARE(text, QStringLiteral("typed"));
        QCOMPARE(ok, QStringLiteral("nb:OK"));
        QCOMPARE(cancel, QStringLiteral("nb:Cancel"));
    }

private:
    static void answer(QStringList *seen, QMessageBox::StandardButton which)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) { // not shown yet: look again
            QTimer::singleShot(10, [seen, which] { answer(seen, which); });
            return;
        }
        if (box->textFormat() == Qt::RichText) // the question may quote untrusted names
            *seen << QStringLiteral("rich text");
        for (QMessageBox::StandardButton b : {QMessageBox::Yes, QMessageBox::No})
            *seen << (box->button(b) ? box->button(b)->text() : QStringLiteral("<missing>"));
        box->button(which)->click();
    }

    MarkingTranslator m_translator;
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestDialogButtons)
#include "tst_dialogbuttons.moc"
