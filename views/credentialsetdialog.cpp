// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/credentialsetdialog.h"

#include "views/credentialeditor.h"
#include "views/dialogbuttons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Printwatch::Views {

CredentialSetDialog::CredentialSetDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_scope(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_editor(new CredentialEditor(this)), m_hasWrite(new QCheckBox(tr("Use a &write credential for actions (reboot)"), this)),
      m_writeEditor(new CredentialEditor(this)), m_problemsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialSetDialog"));
    setWindowTitle(tr("Credential set"));
    m_name->setObjectName(QStringLiteral("setNameEdit"));
    m_scope->setObjectName(QStringLiteral("setScopeEdit"));
    m_scope->setPlaceholderText(tr("All addresses"));
    m_scope->setToolTip(tr("Addresses, CIDR blocks, ranges or names this set is for, e.g. 10.1.0.0/24 10.2.0.5-80. "
                           "Empty: every address. Sets for a range are tried before sets for all addresses."));
    m_list->setObjectName(QStringLiteral("setCredentialList"));
    m_list->setMaximumHeight(110);
    m_editor->setObjectName(QStringLiteral("setCredentialEditor"));
    m_hasWrite->setObjectName(QStringLiteral("writeCheck"));
    m_writeEditor->setObjectName(QStringLiteral("writeCredentialEditor"));
    m_writeEditor->setToolTip(tr("A write community (v1/v2c), or an SNMPv3 user with authentication and privacy"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Applies to:"), m_scope);

    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addSetCredentialButton"));
    add->setText(tr("Add"));
    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeSetCredentialButton"));
    remove->setText(tr("Remove"));
    auto *up = new QToolButton(this);
    up->setObjectName(QStringLiteral("upSetCredentialButton"));
    up->setText(tr("Up"));
    auto *down = new QToolButton(this);
    down->setObjectName(QStringLiteral("downSetCredentialButton"));
    down->setText(tr("Down"));
    connect(add, &QToolButton::clicked, this, &CredentialSetDialog::addCredential);
    connect(remove, &QToolButton::clicked, this, &CredentialSetDialog::removeCredential);
    connect(up, &QToolButton::clicked, this, [this] { moveCredential(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveCredential(1); });
    auto *listButtons = new QVBoxLayout;
    for (QToolButton *button : {add, remove, up, down})
        listButtons->addWidget(button);
    listButtons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);

    auto *read = new QGroupBox(tr("Credentials, tried in this order (the first that answers is used)"), this);
    auto *readLayout = new QVBoxLayout(read);
    readLayout->addLayout(listRow);
    readLayout->addWidget(m_editor);
    auto *write = new QGroupBox(tr("Write credential"), this);
    auto *writeLayout = new QVBoxLayout(write);
    writeLayout->addWidget(m_hasWrite);
    writeLayout->addWidget(m_writeEditor);

    m_problemsLabel->setObjectName(QStringLiteral("setProblemsLabel"));
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::translate(buttons);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("setOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(read);
    layout->addWidget(write);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CredentialSetDialog::validate);
    connect(m_scope, &QLineEdit::textChanged, this, &CredentialSetDialog::validate);
    connect(m_list, &QListWidget::currentRowChanged, this, &CredentialSetDialog::selectCredential);
    connect(m_editor, &CredentialEditor::changed, this, &CredentialSetDialog::credentialEdited);
    connect(m_hasWrite, &QCheckBox::toggled, this, [this](bool on) {
        m_writeEditor->setEnabled(on);
        validate();
    });
    connect(m_writeEditor, &CredentialEditor::changed, this, &CredentialSetDialog::validate);

    Core::SnmpCredential write0;
    write0.community.clear();
    m_writeEditor->setCredential(write0);
    m_writeEditor->setEnabled(false);
    setCredentialSet({});
}

CredentialSetDialog::~CredentialSetDialog() = default;

Core::CredentialSet CredentialSetDialog::credentialSet() const
{
    Core::CredentialSet set;
    set.name = m_name->text().trimmed();
    set.scope = m_scope->text().trimmed();
    set.credentials = m_credentials;
    if (m_hasWrite->isChecked())
        set.writeCredential = m_writeEditor->credential();
    return set;
}

void CredentialSetDialog::setCredentialSet(const Core::CredentialSet &set)
{
    m_loading = true;
    m_name->setText(set.name);
    m_scope->setText(set.scope);
    m_credentials = set.credentials;
    m_hasWrite->setChecked(set.writeCredential.has_value());
    if (set.writeCredential)
        m_writeEditor->setCredential(*set.writeCredential);
    m_writeEditor->setEnabled(set.writeCredential.has_value());
    m_loading = false;
    refreshList();
    m_list->setCurrentRow(m_credentials.isEmpty() ? -1 : 0);
    m_editor->setEnabled(!m_credentials.isEmpty());
    validate();
}

void CredentialSetDialog::addCredential()
{
    Core::SnmpCredential credential;
    credential.community.clear(); // typed by the user; "public" is never assumed in a stored set
    m_credentials.append(credential);
    refreshList();
    m_list->setCurrentRow(int(m_credentials.size()) - 1);
    m_editor->setEnabled(true);
    m_editor->setFocus();
    validate();
}

void CredentialSetDialog::removeCredential()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_credentials.size())
        return;
    m_credentials.removeAt(row);
    refreshList();
    m_list->setCurrentRow(std::min(row, int(m_credentials.size()) - 1));
    m_editor->setEnabled(!m_credentials.isEmpty());
    validate();
}

void CredentialSetDialog::moveCredential(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_credentials.size())
        return;
    m_credentials.swapItemsAt(row, to);
    refreshList();
    m_list->setCurrentRow(to);
    validate();
}

void CredentialSetDialog::selectCredential(int row)
{
    if (row < 0 || row >= m_credentials.size())
        return;
    m_loading = true;
    m_editor->setCredential(m_credentials.at(row));
    m_loading = false;
}

void CredentialSetDialog::credentialEdited()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || row >= m_credentials.size())
        return;
    m_credentials[row] = m_editor->credential(m_credentials.at(row));
    if (QListWidgetItem *item = m_list->item(row))
        item->setText(m_credentials.at(row).describe());
    validate();
}

void CredentialSetDialog::refreshList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Core::SnmpCredential &credential : std::as_const(m_credentials))
        m_list->addItem(credential.describe()); // never the secrets
}

void CredentialSetDialog::validate()
{
    if (m_loading)
        return;
    const Core::CredentialSet set = credentialSet();
    m_problems = set.validate();
    if (m_takenNames.contains(set.name, Qt::CaseInsensitive))
        m_problems += tr("Another credential set is called “%1”: give this one its own name.").arg(set.name);
    m_problemsLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    m_ok->setEnabled(m_problems.isEmpty());
}

} // namespace Printwatch::Views
