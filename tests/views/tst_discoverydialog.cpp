// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestutil.h"
#include "views/discoverydialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QWidget>

using namespace Printwatch;
using Views::DiscoveryDialog;

class TestDiscoveryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void invalidCidrDisablesStart();
    void validCidrStartsWithParsedTargets();
    void hostNamesAreCounted();
    void communityIsHiddenUntilShown();
    void progressAndResults();
    void cancelEmitsAndFinishAllowsClose();
    void escapeWhileRunningCancels();
    void v3CredentialIsValidatedWithItsReason();
    void credentialSetIsTriedInOrder();
    void testOnOneAddressAsksAndShowsTheAnswer();
    void tabGoesTopToBottom();
    void settingsKeepTheirHeightBeforeAScan();
    void aScanShowsOneLineInsteadOfTheSettings();

private:
    template <class T> T *child(const char *name) const
    {
        auto *found = m_dialog->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void typeTargets(const QString &text)
    {
        auto *edit = child<QPlainTextEdit>("targetsEdit");
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    DiscoveryDialog *m_dialog = nullptr;
};

void TestDiscoveryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDiscoveryDialog::init()
{
    m_dialog = new DiscoveryDialog;
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestDiscoveryDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

void TestDiscoveryDialog::invalidCidrDisablesStart()
{
    auto *start = child<QPushButton>("startButton");
    auto *error = child<QLabel>("targetsError");
    QVERIFY(!start->isEnabled()); // nothing typed yet

    typeTargets(QStringLiteral("127.1.0.0/33"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("127.1.0.0/33")), qPrintable(error->text()));
    QVERIFY(!start->isEnabled());
    QVERIFY(!m_dialog->request().ok());

    QSignalSpy started(m_dialog, &DiscoveryDialog::startRequested);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(started.isEmpty());

    // Fixing the typo clears the error as you type.
    auto *edit = child<QPlainTextEdit>("targetsEdit");
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("30"));
    QTRY_VERIFY(!error->isVisible());
    QVERIFY(start->isEnabled());
    QVERIFY(ViewTest::sameCountText(child<QLabel>("targetsHint")->text(), QStringLiteral("2 addresses")));
}

void TestDiscoveryDialog::validCidrStartsWithParsedTargets()
{
    typeTargets(QStringLiteral("127.1.0.0/24"));
    auto *hint = child<QLabel>("targetsHint");
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(ViewTest::sameCountText(hint->text(), QStringLiteral("254 addresses")), qPrintable(hint->text()));
    QVERIFY(!child<QLabel>("targetsError")->isVisible());

    auto *community = child<QLineEdit>("communityEdit");
    community->clear();
    QTest::keyClicks(community, QStringLiteral("s3cret"));
    child<QComboBox>("versionCombo")->setCurrentIndex(0);
    child<QSpinBox>("portSpin")->setValue(1161);
    child<QSpinBox>("timeoutSpin")->setValue(300);
    child<QSpinBox>("retriesSpin")->setValue(2);

    QSignalSpy started(m_dialog, &DiscoveryDialog::startRequested);
    auto *start = child<QPushButton>("startButton");
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(started.count(), 1);

    const auto request = started.at(0).at(0).value<Core::DiscoveryRequest>();
    QCOMPARE(request.targetsText, QStringLiteral("127.1.0.0/24"));
    QCOMPARE(request.targets.ipv4.size(), 254);
    QCOMPARE(request.targets.ipv4.constFirst(), *Core::ipv4FromString(QStringLiteral("127.1.0.1")));
    QCOMPARE(request.targets.ipv4.constLast(), *Core::ipv4FromString(QStringLiteral("127.1.0.254")));
    QVERIFY(request.targets.hostNames.isEmpty());
    QCOMPARE(request.credential.version, Core::SnmpVersion::V1);
    QCOMPARE(request.credential.community, QStringLiteral("s3cret"));
    QCOMPARE(request.credential.port, quint16(1161));
    QCOMPARE(request.credential.timeoutMs, 300);
    QCOMPARE(request.credential.retries, 2);

    QCOMPARE(m_dialog->state(), DiscoveryDialog::State::Running);
    QVERIFY(!child<QWidget>("settingsPanel")->isEnabled());
    QVERIFY(!start->isEnabled());
    QVERIFY(child<QPushButton>("cancelButton")->isVisible());
    QVERIFY(child<QProgressBar>("progressBar")->isVisible());
    QCOMPARE(child<QProgressBar>("progressBar")->maximum(), 254);

    // A second click while running sends nothing.
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(started.count(), 1);
}

void TestDiscoveryDialog::hostNamesAreCounted()
{
    typeTargets(QStringLiteral("127.0.0.1, printer.example.org"));
    QTest::keyClick(child<QPlainTextEdit>("targetsEdit"), Qt::Key_Return);
    QTest::keyClicks(child<QPlainTextEdit>("targetsEdit"), QStringLiteral("laser.example.org"));
    QCOMPARE(m_dialog->targetsText(), QStringLiteral("127.0.0.1, printer.example.org\nlaser.example.org"));
    QTRY_VERIFY2(ViewTest::sameCountText(child<QLabel>("targetsHint")->text(), QStringLiteral("1 address and 2 host names")),
                 qPrintable(child<QLabel>("targetsHint")->text()));
    QVERIFY(child<QPushButton>("startButton")->isEnabled());
}

void TestDiscoveryDialog::communityIsHiddenUntilShown()
{
    auto *community = child<QLineEdit>("communityEdit");
    QCOMPARE(community->text(), QStringLiteral("public"));
    QCOMPARE(community->echoMode(), QLineEdit::Password);
    auto *show = child<QAction>("showCommunityAction");
    show->trigger();
    QCOMPARE(community->echoMode(), QLineEdit::Normal);
    show->trigger();
    QCOMPARE(community->echoMode(), QLineEdit::Password);

    Core::SnmpCredential remembered;
    remembered.community = QStringLiteral("other");
    remembered.port = 10161;
    remembered.version = Core::SnmpVersion::V1;
    m_dialog->setCredential(remembered);
    QCOMPARE(m_dialog->credential(), remembered);
}

void TestDiscoveryDialog::progressAndResults()
{
    typeTargets(QStringLiteral("127.1.0.0/24"));
    QTRY_VERIFY(child<QPushButton>("startButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);

    m_dialog->setProgress(12, 254);
    auto *bar = child<QProgressBar>("progressBar");
    QCOMPARE(bar->value(), 12);
    QCOMPARE(bar->maximum(), 254);

    Core::PollResult found;
    found.address = QStringLiteral("127.1.0.7");
    found.reachable = true;
    found.identity.vendor = QStringLiteral("HP");
    found.identity.model = QStringLiteral("<b>LaserJet</b>\n4250");
    found.identity.serial = QStringLiteral("CNB123");
    m_dialog->addPrinter(found);
    m_dialog->addOtherDevice(QStringLiteral("127.1.0.9"), QStringLiteral("Linux router <img src=x>"));

    auto *results = child<QTreeWidget>("resultsList");
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("127.1.0.7"));
    QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("HP"));
    QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("<b>LaserJet</b> 4250"));
    QCOMPARE(results->topLevelItem(0)->text(3), QStringLiteral("CNB123"));
    // The address is read whole (it was cut to "127.77.0.9:4..." beside a wide serial column).
    QTRY_VERIFY(results->header()->sectionSize(0)
                >= results->fontMetrics().horizontalAdvance(results->topLevelItem(0)->text(0)));
    QVERIFY(results->header()->sectionSize(2) > results->header()->sectionSize(3)); // the model has the room
    auto *counters = child<QLabel>("countersLabel");
    QVERIFY2(ViewTest::sameCountText(counters->text(), QStringLiteral("1 printer found, 1 other device answered")),
             qPrintable(counters->text()));
    QVERIFY(counters->toolTip().contains(QStringLiteral("&lt;img src=x&gt;")));

    m_dialog->addOtherDevice(QStringLiteral("127.1.0.10"), {});
    QVERIFY2(ViewTest::sameCountText(counters->text(), QStringLiteral("1 printer found, 2 other devices answered")),
             qPrintable(counters->text()));
    QCOMPARE(m_dialog->printersFound(), 1);
    QCOMPARE(m_dialog->otherDevicesFound(), 2);

    m_dialog->setProgress(254, 254);
    QCOMPARE(bar->value(), 254);

    // Found printers are listed by address as people read them, not as text (".10" before ".7").
    for (const char *address : {"127.1.0.10", "127.1.0.9", "127.1.0.100"}) {
        Core::PollResult more = found;
        more.address = QString::fromLatin1(address);
        m_dialog->addPrinter(more);
    }
    QStringList order;
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        order << results->topLevelItem(i)->text(0);
    QCOMPARE(order, (QStringList{u"127.1.0.7"_qs, u"127.1.0.9"_qs, u"127.1.0.10"_qs, u"127.1.0.100"_qs}));
}

void TestDiscoveryDialog::cancelEmitsAndFinishAllowsClose()
{
    typeTargets(QStringLiteral("127.1.0.1-20"));
    QTRY_VERIFY(child<QPushButton>("startButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);

    QSignalSpy cancelled(m_dialog, &DiscoveryDialog::cancelRequested);
    auto *cancel = child<QPushButton>("cancelButton");
    QVERIFY(!child<QPushButton>("closeButton")->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(m_dialog->isVisible()); // stays until the app reports the scan finished

    m_dialog->setFinished(QStringLiteral("Cancelled after 5 of 20 addresses."));
    QCOMPARE(m_dialog->state(), DiscoveryDialog::State::Finished);
    // Said once: on the counters' line, not again below the list.
    QCOMPARE(child<QLabel>("countersLabel")->text(), QStringLiteral("Cancelled after 5 of 20 addresses."));
    QVERIFY(child<QLabel>("countersLabel")->isVisible());
    QVERIFY(!child<QLabel>("summaryLabel")->isVisible());
    QVERIFY(!cancel->isVisible());
    auto *close = child<QPushButton>("closeButton");
    QVERIFY(close->isVisible());
    QVERIFY(child<QPushButton>("startButton")->isEnabled());
    QVERIFY(child<QWidget>("settingsPanel")->isEnabled());

    QSignalSpy accepted(m_dialog, &QDialog::accepted);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(cancelled.count(), 1);
}

void TestDiscoveryDialog::escapeWhileRunningCancels()
{
    typeTargets(QStringLiteral("127.1.0.5"));
    QTRY_VERIFY(child<QPushButton>("startButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
    QSignalSpy cancelled(m_dialog, &DiscoveryDialog::cancelRequested);
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!m_dialog->isVisible());
}

void TestDiscoveryDialog::v3CredentialIsValidatedWithItsReason()
{
    typeTargets(QStringLiteral("127.0.0.1"));
    auto *start = child<QPushButton>("startButton");
    QVERIFY(start->isEnabled());
    auto *version = child<QComboBox>("versionCombo");
    version->setCurrentIndex(version->findData(int(Core::SnmpVersion::V3)));
    QVERIFY(!child<QLineEdit>("communityEdit")->isVisible());
    QVERIFY(child<QLineEdit>("userEdit")->isVisible());
    QVERIFY(!start->isEnabled()); // no user yet
    QVERIFY(child<QLabel>("credentialError")->text().contains(QLatin1String("user")));
    QVERIFY(child<QLabel>("credentialError")->isVisible());
    QTest::keyClicks(child<QLineEdit>("userEdit"), QStringLiteral("ops"));
    QVERIFY(start->isEnabled());
    QVERIFY(!child<QLabel>("credentialError")->isVisible());
    auto *level = child<QComboBox>("levelCombo");
    level->setCurrentIndex(level->findData(int(Core::SnmpSecurityLevel::AuthPriv)));
    QVERIFY(child<QLineEdit>("privPasswordEdit")->isVisible());
    QVERIFY(!start->isEnabled());
    QTest::keyClicks(child<QLineEdit>("authPasswordEdit"), QStringLiteral("authpass1"));
    QTest::keyClicks(child<QLineEdit>("privPasswordEdit"), QStringLiteral("short"));
    QVERIFY(child<QLabel>("credentialError")->text().contains(QLatin1String("8 characters")));
    QVERIFY(!start->isEnabled());
    QTest::keyClicks(child<QLineEdit>("privPasswordEdit"), QStringLiteral("-longer"));
    QVERIFY(start->isEnabled());
    const auto request = m_dialog->request();
    QVERIFY(request.ok());
    QCOMPARE(request->credential.user, QStringLiteral("ops"));
    QCOMPARE(request->credential.securityLevel, Core::SnmpSecurityLevel::AuthPriv);
    QCOMPARE(request->credential.privPassword, QStringLiteral("short-longer"));
}

void TestDiscoveryDialog::credentialSetIsTriedInOrder()
{
    typeTargets(QStringLiteral("127.0.0.1"));
    auto *version = child<QComboBox>("versionCombo");
    version->setCurrentIndex(version->findData(int(Core::SnmpVersion::V3)));
    QTest::keyClicks(child<QLineEdit>("userEdit"), QStringLiteral("ops"));
    QTest::mouseClick(child<QToolButton>("addCredentialButton"), Qt::LeftButton);
    version->setCurrentIndex(version->findData(int(Core::SnmpVersion::V2c)));
    child<QLineEdit>("communityEdit")->setText(QStringLiteral("public"));
    QTest::mouseClick(child<QToolButton>("addCredentialButton"), Qt::LeftButton);
    QCOMPARE(child<QListWidget>("credentialSet")->count(), 2);
    child<QSpinBox>("portSpin")->setValue(1161);
    const auto request = m_dialog->request();
    QVERIFY(request.ok());
    QCOMPARE(request->credentialSet.credentials.size(), 2);
    QCOMPARE(request->credentialSet.credentials.at(0).version, Core::SnmpVersion::V3);
    QCOMPARE(request->credentialSet.credentials.at(1).version, Core::SnmpVersion::V2c);
    QCOMPARE(request->credentialSet.credentials.at(0).port, 1161);
    QCOMPARE(request->credentialsToTry().size(), 2);
    // With a list, an unfinished credential in the editor does not block the scan.
    version->setCurrentIndex(version->findData(int(Core::SnmpVersion::V3)));
    child<QLineEdit>("userEdit")->clear();
    QVERIFY(child<QPushButton>("startButton")->isEnabled());
}

void TestDiscoveryDialog::testOnOneAddressAsksAndShowsTheAnswer()
{
    auto *test = child<QPushButton>("testButton");
    QVERIFY(!test->isEnabled()); // no address yet
    QVERIFY(!child<QLabel>("testResult")->isVisible()); // its row appears with the first test
    QTest::keyClicks(child<QLineEdit>("testAddressEdit"), QStringLiteral("127.0.0.9"));
    QVERIFY(test->isEnabled());
    QSignalSpy asked(m_dialog, &DiscoveryDialog::testRequested);
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("127.0.0.9"));
    QCOMPARE(asked.at(0).at(2).value<Core::SnmpCredential>().community, QStringLiteral("public"));
    m_dialog->setTestResult(false, QStringLiteral("unknown user \"<b>ops</b>\": the printer has no such SNMPv3 user"));
    auto *result = child<QLabel>("testResult");
    QVERIFY(result->isVisible());
    QCOMPARE(result->textFormat(), Qt::PlainText);
    QVERIFY(result->text().contains(QLatin1String("<b>ops</b>")));
    QVERIFY(result->text().startsWith(QLatin1String("Failed")));
}

void TestDiscoveryDialog::tabGoesTopToBottom()
{
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    typeTargets(QStringLiteral("127.1.0.1"));
    QTest::keyClicks(child<QLineEdit>("testAddressEdit"), QStringLiteral("127.1.0.1"));
    child<QPlainTextEdit>("targetsEdit")->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(child<QPlainTextEdit>("targetsEdit")->hasFocus());
    QStringList visited;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited += QApplication::focusWidget()->objectName();
    }
    // The credential list's buttons come right after the list, before the test row below them.
    const QStringList expected{QStringLiteral("credentialSet"),  QStringLiteral("addCredentialButton"),
                               QStringLiteral("removeCredentialButton"), QStringLiteral("testAddressEdit"),
                               QStringLiteral("testButton"),     QStringLiteral("portSpin"),
                               QStringLiteral("timeoutSpin"),    QStringLiteral("retriesSpin"),
                               QStringLiteral("startButton"),    QStringLiteral("targetsEdit")};
    qsizetype from = 0;
    for (const QString &name : expected) {
        const qsizetype at = visited.indexOf(name, from);
        QVERIFY2(at >= 0, qPrintable(name + QLatin1String(" not reached in order: ") + visited.join(QLatin1Char(' '))));
        from = at + 1;
    }
}

// Before a scan the dialog is taller than its fields: the spare height goes below them, not
// between the rows (it opened with gaps above the address count, around the credential list and
// above "Test on one address"), and the list starts level with its Add button.
void TestDiscoveryDialog::settingsKeepTheirHeightBeforeAScan()
{
    auto *settings = child<QWidget>("settingsPanel");
    for (const QSize size : {QSize(620, 640), QSize(620, 900)}) {
        m_dialog->resize(size);
        QTRY_COMPARE(m_dialog->size(), size);
        QVERIFY2(settings->height() <= settings->sizeHint().height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(settings->height()).arg(settings->sizeHint().height())));
        QCOMPARE(child<QListWidget>("credentialSet")->y(), child<QToolButton>("addCredentialButton")->y());
    }
    // Once a scan shows its results, they take the spare height.
    typeTargets(QStringLiteral("192.0.2.0/30"));
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QTreeWidget>("resultsList")->isVisible());
    QTRY_VERIFY(child<QTreeWidget>("resultsList")->height() > 200);
}

// During and after a scan the results get the dialog: the settings give way to one line naming
// what is scanned, and a finished scan can open them again to scan something else.
void TestDiscoveryDialog::aScanShowsOneLineInsteadOfTheSettings()
{
    m_dialog->resize(620, 640);
    QTRY_COMPARE(m_dialog->size(), QSize(620, 640));
    auto *settings = child<QWidget>("settingsPanel");
    auto *line = child<QWidget>("scanLine");
    auto *change = child<QPushButton>("changeSettingsButton");
    QVERIFY(settings->isVisible());
    QVERIFY(!line->isVisible());

    typeTargets(QStringLiteral("127.1.0.0/24, printer.example.org"));
    QTRY_VERIFY(child<QPushButton>("startButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->state(), DiscoveryDialog::State::Running);
    QVERIFY(!settings->isVisible());
    QVERIFY(line->isVisible());
    QVERIFY(!change->isVisible()); // nothing to change while it runs
    const QString summary = child<QLabel>("scanSummary")->text();
    QVERIFY2(summary.contains(u"127.1.0.0/24, printer.example.org"_qs), qPrintable(summary));
    QVERIFY2(ViewTest::sameCountText(summary, u"127.1.0.0/24, printer.example.org (254 addresses and 1 host name), v2c, port 161"_qs),
             qPrintable(summary));
    auto *results = child<QTreeWidget>("resultsList");
    QTRY_VERIFY2(results->height() > m_dialog->height() / 2, qPrintable(QString::number(results->height())));

    m_dialog->setFinished(QStringLiteral("Done."));
    QVERIFY(!settings->isVisible());
    QVERIFY(change->isVisible());
    QTest::mouseClick(change, Qt::LeftButton);
    QVERIFY(settings->isVisible());
    QVERIFY(settings->isEnabled());
    QVERIFY(!line->isVisible());
    QVERIFY(results->isVisible()); // the last scan's printers stay in view
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>("targetsEdit"));

    // Scanning again folds them away again, and a long target list is cut short on the line.
    typeTargets(QStringLiteral("127.2.0.1, 127.2.0.2, 127.2.0.3, 127.2.0.4, 127.2.0.5, 127.2.0.6, 127.2.0.7, 127.2.0.8"));
    QTRY_VERIFY(child<QPushButton>("startButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
    QVERIFY(!settings->isVisible());
    QVERIFY(line->isVisible());
    QVERIFY(child<QLabel>("scanSummary")->text().contains(QChar(0x2026)));
    QVERIFY(child<QLabel>("scanSummary")->toolTip().endsWith(u"127.2.0.8"_qs));
}

QTEST_MAIN(TestDiscoveryDialog)

#include "tst_discoverydialog.moc"
