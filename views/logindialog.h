// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who is at the keyboard: the login at start, the first Administrator on a new database, and the
// unlock after the session locked itself when idle. It only collects a name and a password and
// shows the answer; the check happens below the GUI (auth/), reached through the app.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Printwatch::Views {

class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    enum class Mode { Login, CreateAdministrator, Unlock };

    explicit LoginDialog(Mode mode, QWidget *parent = nullptr);
    ~LoginDialog() override;

    Mode mode() const { return m_mode; }
    void setUserName(const QString &name); // Unlock: fixed to the locked session's user
    // The demo mode's account, shown plainly so nobody mistakes it for a real one.
    void setDemoAccount(const QString &name, const QString &password);

public Q_SLOTS:
    // The answer was "no": shown after `delayMs`, during which the form stays disabled.
    void showFailure(const QString &message, int delayMs);
    void showBusy(const QString &message);

Q_SIGNALS:
    void submitted(const QString &name, const QString &password);

private:
    void submit();
    void setFormEnabled(bool enabled);

    Mode m_mode;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr; // CreateAdministrator only
    QLabel *m_message = nullptr;
    QLabel *m_demo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_delay = nullptr;
    QString m_pendingMessage;
};

} // namespace Printwatch::Views
