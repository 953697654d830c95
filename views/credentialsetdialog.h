// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits one stored credential set: its name, the addresses it applies to (empty: every address),
// the credentials tried in order (v1/v2c communities, SNMPv3 users), and an optional write
// credential for actions such as reboot (a write community, or an SNMPv3 authPriv user).
// OK is enabled only when Core::CredentialSet::validate() has nothing to say; its sentences are
// shown under the form as the user types.

#include "core/snmpcredential.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Printwatch::Views {

class CredentialEditor;

class CredentialSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialSetDialog)

public:
    explicit CredentialSetDialog(QWidget *parent = nullptr);
    ~CredentialSetDialog() override;

    Core::CredentialSet credentialSet() const;
    void setCredentialSet(const Core::CredentialSet &set);
    // Other sets' names, so a duplicate is named before OK.
    void setTakenNames(const QStringList &names) { m_takenNames = names; validate(); }
    QStringList problems() const { return m_problems; }

private:
    void addCredential();
    void removeCredential();
    void moveCredential(int delta);
    void selectCredential(int row);
    void credentialEdited();
    void refreshList();
    void validate();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_scope = nullptr;
    QListWidget *m_list = nullptr;
    CredentialEditor *m_editor = nullptr;
    QCheckBox *m_hasWrite = nullptr;
    CredentialEditor *m_writeEditor = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QPushButton *m_ok = nullptr;
    QList<Core::SnmpCredential> m_credentials;
    QStringList m_takenNames;
    QStringList m_problems;
    bool m_loading = false;
};

} // namespace Printwatch::Views
