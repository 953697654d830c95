// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/logindialog.h"

#include "views/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Printwatch::Views {

LoginDialog::LoginDialog(Mode mode, QWidget *parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("loginDialog"));
    setModal(true);
    switch (mode) {
    case Mode::Login:
        setWindowTitle(tr("Log in to Printwatch"));
        break;
    case Mode::CreateAdministrator:
        setWindowTitle(tr("Create the first Administrator"));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Printwatch is locked"));
        break;
    }

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(mode == Mode::CreateAdministrator
                       ? tr("This database has no users yet. Choose the name and password of the first "
                            "Administrator; Administrators add further users.")
                   : mode == Mode::Unlock ? tr("The session locked itself after a while without input. Enter your "
                                               "password to continue.")
                                          : tr("Enter your Printwatch user name and password."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    if (mode == Mode::CreateAdministrator) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatPassword"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_demo = new QLabel(this);
    m_demo->setObjectName(QStringLiteral("demoAccount"));
    m_demo->setTextFormat(Qt::PlainText);
    m_demo->setWordWrap(true);
    m_demo->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::translate(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::CreateAdministrator ? tr("&Create") : tr("&Log in"));
    if (mode == Mode::Unlock)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    connect(m_delay, &QTimer::timeout, this, [this] {
        m_message->setText(m_pendingMessage);
        setFormEnabled(true);
        m_password->clear();
        m_password->setFocus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_demo);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    // Room for the intro on two lines and for a long user name, in Norwegian too.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserName(const QString &name)
{
    m_name->setText(name);
    m_name->setReadOnly(m_mode == Mode::Unlock);
    m_password->setFocus();
}

void LoginDialog::setDemoAccount(const QString &name, const QString &password)
{
    m_demo->setText(tr("DEMO MODE — demo account: user “%1”, password “%2”. Not for real fleets.").arg(name, password));
    m_demo->setVisible(true);
}

void LoginDialog::submit()
{
    if (m_repeat && m_repeat->text() != m_password->text()) {
        m_message->setText(tr("The two passwords differ."));
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter a user name."));
        return;
    }
    showBusy(tr("Checking…"));
    Q_EMIT submitted(m_name->text().trimmed(), m_password->text());
}

void LoginDialog::showFailure(const QString &message, int delayMs)
{
    m_pendingMessage = message;
    if (delayMs <= 0) {
        m_delay->stop();
        m_message->setText(message);
        setFormEnabled(true);
        m_password->clear();
        return;
    }
    m_message->setText(tr("Please wait…"));
    setFormEnabled(false);
    m_delay->start(delayMs);
}

void LoginDialog::showBusy(const QString &message)
{
    m_message->setText(message);
    setFormEnabled(false);
}

void LoginDialog::setFormEnabled(bool enabled)
{
    m_name->setEnabled(enabled);
    m_password->setEnabled(enabled);
    if (m_repeat)
        m_repeat->setEnabled(enabled);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(enabled);
}

} // namespace Printwatch::Views
