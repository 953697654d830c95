// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks what to scan and how, then shows the scan's progress and the printers it finds.
// It never scans itself: Start emits startRequested() and the app feeds progress back through
// the slots. Last-used targets and credentials go in and out through setters/getters; the app
// persists them.

#include "core/printer.h"
#include "core/snmpcredential.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QWidget;

namespace Printwatch::Views {

class CredentialEditor;

class DiscoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryDialog)

public:
    enum class State
    {
        Editing,
        Running,
        Finished
    };

    explicit DiscoveryDialog(QWidget *parent = nullptr);
    ~DiscoveryDialog() override;

    State state() const { return m_state; }

    QString targetsText() const;
    void setTargetsText(const QString &text);
    Core::SnmpCredential credential() const;
    void setCredential(const Core::SnmpCredential &credential);
    // Credentials tried in order (first answer wins); empty means the single credential above.
    Core::CredentialSet credentialSet() const;
    void setCredentialSet(const Core::CredentialSet &set);

    // The request Start would send, or why it cannot be sent.
    Core::Result<Core::DiscoveryRequest> request() const;

    int printersFound() const { return m_printersFound; }
    int otherDevicesFound() const { return m_otherDevices; }

public Q_SLOTS:
    void setProgress(int done, int total);
    void addPrinter(const Printwatch::Core::PollResult &result);
    void addOtherDevice(const QString &address, const QString &description);
    void setFinished(const QString &summary);
    // The answer to testRequested(): the engine's own words for what went wrong, or what answered.
    void setTestResult(bool ok, const QString &message);
    void reject() override;

Q_SIGNALS:
    void startRequested(const Printwatch::Core::DiscoveryRequest &request);
    void cancelRequested();
    // "Test on one address": one GET with the credential being edited.
    void testRequested(const QString &address, quint16 port, const Printwatch::Core::SnmpCredential &credential);

private:
    void validateTargets();
    void validateCredential();
    void requestTest();
    void showRow(QLabel *field, bool visible);
    void addToSet();
    void moveInSet(int delta);
    void start();
    void cancel();
    void setState(State state);
    void updateCounters();
    void updateScanLine(const Core::DiscoveryRequest &request);
    static QString countText(const Core::TargetList &targets); // "254 addresses and 2 host names"

    State m_state = State::Editing;
    bool m_targetsValid = false;
    bool m_settingsShown = false; // a finished scan's settings, opened again with Change settings
    int m_printersFound = 0;
    int m_otherDevices = 0;
    QStringList m_otherDescriptions;

    QWidget *m_settings = nullptr;
    QPlainTextEdit *m_targets = nullptr;
    QLabel *m_targetsError = nullptr;
    QLabel *m_targetsHint = nullptr;
    CredentialEditor *m_credentialEditor = nullptr;
    QLabel *m_credentialError = nullptr;
    QListWidget *m_set = nullptr;
    QList<Core::SnmpCredential> m_setCredentials;
    QLineEdit *m_testAddress = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QSpinBox *m_port = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QWidget *m_scanLine = nullptr; // during and after a scan, instead of the settings
    QLabel *m_scanSummary = nullptr;
    QPushButton *m_changeSettings = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_results = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Printwatch::Views
