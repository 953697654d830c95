// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Settings page: polling, SNMP defaults, scheduled discovery, the database and the language.
// Problems are listed under the form as the user types; Apply is enabled only when there are none.

#include "views/consolesettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Printwatch::Views {

class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    ConsoleSettings settings() const;
    void setSettings(const ConsoleSettings &settings);
    QStringList problems() const { return m_problems; }

    // Opens the set editor for a new set or the selected one (not modal; the page finds it by name).
    void addCredentialSet();
    void editCredentialSet();

public Q_SLOTS:
    void apply();
    void restoreDefaults();
    // The answer to testRequested(): the engine's own words for what went wrong, or what answered.
    void setTestResult(bool ok, const QString &message);
    // A sentence above the credential sets: where their secrets are kept, or why they cannot be.
    void setSecretStoreText(const QString &text, bool problem);

Q_SIGNALS:
    void applied(const Printwatch::Views::ConsoleSettings &settings);
    // "Test on one address": one GET per credential of the selected set, in order, until one answers.
    void testRequested(const QString &address, quint16 port, const Printwatch::Core::SnmpCredential &credential);

private:
    void validate();
    void browseDatabase();
    void openSetEditor(int row);
    void removeCredentialSet();
    void moveCredentialSet(int delta);
    void refreshSets(int select);
    void testSelectedSet();
    void testNext();

    ConsoleSettings m_applied;
    QStringList m_problems;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_version = nullptr;
    QLineEdit *m_community = nullptr;
    QSpinBox *m_port = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_discoveryHours = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_language = nullptr;
    QListWidget *m_sets = nullptr;
    QList<Core::CredentialSet> m_credentialSets;
    QLabel *m_secretStore = nullptr;
    QLineEdit *m_testAddress = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QList<Core::SnmpCredential> m_testQueue; // still to try for the running test
    int m_testIndex = 0;
    QStringList m_testLines;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Printwatch::Views
