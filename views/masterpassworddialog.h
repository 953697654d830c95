// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks for the master password of the encrypted secrets file when no OS keychain answers. The
// first time, the password typed creates the file, and a typo there would lock the saved SNMP
// credentials away for good, so creating asks twice; unlocking an existing file asks once (a wrong
// password is told by the store and asked again).

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Printwatch::Views {

class MasterPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasterPasswordDialog)

public:
    enum class Mode { Create, Unlock };

    // `reason`: why the keychain is not used (plain text); `filePath`: the encrypted file.
    MasterPasswordDialog(Mode mode, const QString &reason, const QString &filePath, QWidget *parent = nullptr);
    ~MasterPasswordDialog() override;

    Mode mode() const { return m_mode; }
    QString password() const;

    void accept() override; // refuses an empty password and, when creating, two that differ

private:
    Mode m_mode;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr; // Create only
    QLabel *m_message = nullptr;
};

} // namespace Printwatch::Views
