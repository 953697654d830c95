// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/masterpassworddialog.h"

#include "views/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Printwatch::Views {

MasterPasswordDialog::MasterPasswordDialog(Mode mode, const QString &reason, const QString &filePath, QWidget *parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("masterPasswordDialog"));
    setWindowTitle(tr("Master password for SNMP credentials"));
    setModal(true);

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("masterPasswordIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    const QString file = QDir::toNativeSeparators(filePath);
    intro->setText(mode == Mode::Create
                       ? tr("%1\n\nPrintwatch keeps SNMP communities and SNMPv3 passwords in an encrypted file instead, "
                            "%2, which does not exist yet. Choose its master password and type it twice; without it "
                            "the saved credentials cannot be read again.")
                             .arg(reason, file)
                       : tr("%1\n\nPrintwatch keeps SNMP communities and SNMPv3 passwords in the encrypted file %2 "
                            "instead. Enter its master password.")
                             .arg(reason, file));
    auto *cancelNote = new QLabel(tr("Cancel: saved SNMP credentials are not loaded, polling uses the default community "
                                     "\"public\", and credential changes are not saved in this session."),
                                  this);
    cancelNote->setTextFormat(Qt::PlainText);
    cancelNote->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("masterPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Master &password:"), m_password);
    if (mode == Mode::Create) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("masterPasswordRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("masterPasswordMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::translate(buttons);
    if (mode == Mode::Create)
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MasterPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(cancelNote);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // the intro names a file path
    m_password->setFocus();
}

MasterPasswordDialog::~MasterPasswordDialog() = default;

QString MasterPasswordDialog::password() const
{
    return m_password->text();
}

void MasterPasswordDialog::accept()
{
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Enter the master password."));
        m_password->setFocus();
        return;
    }
    if (m_repeat && m_repeat->text() != m_password->text()) {
        m_message->setText(tr("The two passwords differ. Type the same master password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Printwatch::Views
