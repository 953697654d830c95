// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Settings page: polling, SNMP defaults, scheduled discovery, the database and the language.
// Problems are listed under the form as the user types; Apply is enabled only when there are none.

#include "views/consolesettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
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

public Q_SLOTS:
    void apply();
    void restoreDefaults();

Q_SIGNALS:
    void applied(const Printwatch::Views::ConsoleSettings &settings);

private:
    void validate();
    void browseDatabase();

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
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Printwatch::Views
