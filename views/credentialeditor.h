// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits one SNMP credential: the version, the community (v1/v2c), or the SNMPv3 user, security
// level, protocols (named plainly, with what each means), passwords and context. Passwords are
// hidden until shown and never leave memory. Port, timeout and retries belong to the caller.

#include "core/snmpcredential.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace Printwatch::Views {

class CredentialEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialEditor)

public:
    explicit CredentialEditor(QWidget *parent = nullptr);
    ~CredentialEditor() override;

    // The edited fields over `base` (its port, timeout and retries are kept).
    Core::SnmpCredential credential(const Core::SnmpCredential &base = {}) const;
    void setCredential(const Core::SnmpCredential &credential);
    // Empty when usable, else why not (Core::SnmpCredential::validate, plus the community).
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();
    static QLineEdit *secretEdit(QWidget *parent, const QString &objectName, const QString &showText);

    QFormLayout *m_form = nullptr;
    QComboBox *m_version = nullptr;
    QLineEdit *m_community = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_authPassword = nullptr;
    QComboBox *m_priv = nullptr;
    QLineEdit *m_privPassword = nullptr;
    QLineEdit *m_context = nullptr;
};

} // namespace Printwatch::Views
