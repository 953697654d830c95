// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/credentialeditor.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QIcon>
#include <QLineEdit>

namespace Printwatch::Views {

CredentialEditor::CredentialEditor(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_version(new QComboBox(this)),
      m_community(secretEdit(this, QStringLiteral("communityEdit"), tr("Show community"))),
      m_user(new QLineEdit(this)), m_level(new QComboBox(this)), m_auth(new QComboBox(this)),
      m_authPassword(secretEdit(this, QStringLiteral("authPasswordEdit"), tr("Show password"))),
      m_priv(new QComboBox(this)),
      m_privPassword(secretEdit(this, QStringLiteral("privPasswordEdit"), tr("Show password"))),
      m_context(new QLineEdit(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_version->addItem(tr("SNMP v1"), static_cast<int>(Core::SnmpVersion::V1));
    m_version->addItem(tr("SNMP v2c"), static_cast<int>(Core::SnmpVersion::V2c));
    m_version->addItem(tr("SNMP v3"), static_cast<int>(Core::SnmpVersion::V3));
    m_community->setToolTip(tr("Never written in plain text; saved credential sets keep it in the OS keychain or the encrypted secret file"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_level->addItem(tr("No authentication, no privacy"), static_cast<int>(Core::SnmpSecurityLevel::NoAuthNoPriv));
    m_level->addItem(tr("Authentication, no privacy"), static_cast<int>(Core::SnmpSecurityLevel::AuthNoPriv));
    m_level->addItem(tr("Authentication and privacy (encrypted)"), static_cast<int>(Core::SnmpSecurityLevel::AuthPriv));
    m_auth->setObjectName(QStringLiteral("authCombo"));
    for (const auto protocol : {Core::SnmpAuthProtocol::Md5, Core::SnmpAuthProtocol::Sha1, Core::SnmpAuthProtocol::Sha224,
                                Core::SnmpAuthProtocol::Sha256, Core::SnmpAuthProtocol::Sha384,
                                Core::SnmpAuthProtocol::Sha512}) {
        m_auth->addItem(Core::snmpAuthProtocolKey(protocol), static_cast<int>(protocol));
        m_auth->setItemData(m_auth->count() - 1, Core::snmpAuthProtocolExplanation(protocol), Qt::ToolTipRole);
    }
    m_priv->setObjectName(QStringLiteral("privCombo"));
    for (const auto protocol : {Core::SnmpPrivProtocol::Des, Core::SnmpPrivProtocol::Aes128, Core::SnmpPrivProtocol::Aes192,
                                Core::SnmpPrivProtocol::Aes256, Core::SnmpPrivProtocol::Aes192Reeder,
                                Core::SnmpPrivProtocol::Aes256Reeder}) {
        m_priv->addItem(Core::snmpPrivProtocolKey(protocol), static_cast<int>(protocol));
        m_priv->setItemData(m_priv->count() - 1, Core::snmpPrivProtocolExplanation(protocol), Qt::ToolTipRole);
    }
    m_context->setObjectName(QStringLiteral("contextEdit"));
    m_context->setPlaceholderText(tr("usually empty"));

    m_form->addRow(tr("SNMP &version:"), m_version);
    m_form->addRow(tr("&Community:"), m_community);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("&Security:"), m_level);
    m_form->addRow(tr("&Authentication:"), m_auth);
    m_form->addRow(tr("Authentication &password:"), m_authPassword);
    m_form->addRow(tr("Pri&vacy:"), m_priv);
    m_form->addRow(tr("Privacy pass&word:"), m_privPassword);
    m_form->addRow(tr("Conte&xt:"), m_context);

    const auto notify = [this] {
        updateVisibility();
        Q_EMIT changed();
    };
    connect(m_version, &QComboBox::currentIndexChanged, this, notify);
    connect(m_level, &QComboBox::currentIndexChanged, this, notify);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this, notify] {
        m_auth->setToolTip(m_auth->currentData(Qt::ToolTipRole).toString());
        notify();
    });
    connect(m_priv, &QComboBox::currentIndexChanged, this, [this, notify] {
        m_priv->setToolTip(m_priv->currentData(Qt::ToolTipRole).toString());
        notify();
    });
    for (QLineEdit *edit : {m_community, m_user, m_authPassword, m_privPassword, m_context})
        connect(edit, &QLineEdit::textChanged, this, notify);
    setCredential(Core::SnmpCredential{});
}

CredentialEditor::~CredentialEditor() = default;

QLineEdit *CredentialEditor::secretEdit(QWidget *parent, const QString &objectName, const QString &showText)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    QAction *show = edit->addAction(QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    show->setObjectName(objectName == QLatin1String("communityEdit") ? QStringLiteral("showCommunityAction")
                                                                      : objectName + QStringLiteral("Show"));
    show->setCheckable(true);
    show->setText(showText);
    show->setToolTip(showText);
    connect(show, &QAction::toggled, edit,
            [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    return edit;
}

Core::SnmpCredential CredentialEditor::credential(const Core::SnmpCredential &base) const
{
    Core::SnmpCredential credential = base;
    credential.version = static_cast<Core::SnmpVersion>(m_version->currentData().toInt());
    credential.community = m_community->text();
    credential.user = m_user->text();
    credential.securityLevel = static_cast<Core::SnmpSecurityLevel>(m_level->currentData().toInt());
    const bool auth = credential.securityLevel != Core::SnmpSecurityLevel::NoAuthNoPriv;
    const bool priv = credential.securityLevel == Core::SnmpSecurityLevel::AuthPriv;
    credential.authProtocol = auth ? static_cast<Core::SnmpAuthProtocol>(m_auth->currentData().toInt())
                                   : Core::SnmpAuthProtocol::None;
    credential.authPassword = auth ? m_authPassword->text() : QString();
    credential.privProtocol = priv ? static_cast<Core::SnmpPrivProtocol>(m_priv->currentData().toInt())
                                   : Core::SnmpPrivProtocol::None;
    credential.privPassword = priv ? m_privPassword->text() : QString();
    credential.contextName = m_context->text();
    return credential;
}

void CredentialEditor::setCredential(const Core::SnmpCredential &credential)
{
    const auto select = [](QComboBox *combo, int value) {
        const int at = combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
    };
    select(m_version, static_cast<int>(credential.version));
    m_community->setText(credential.community);
    m_user->setText(credential.user);
    select(m_level, static_cast<int>(credential.securityLevel));
    select(m_auth, static_cast<int>(credential.authProtocol == Core::SnmpAuthProtocol::None
                                        ? Core::SnmpAuthProtocol::Sha256
                                        : credential.authProtocol));
    m_authPassword->setText(credential.authPassword);
    select(m_priv, static_cast<int>(credential.privProtocol == Core::SnmpPrivProtocol::None
                                        ? Core::SnmpPrivProtocol::Aes128
                                        : credential.privProtocol));
    m_privPassword->setText(credential.privPassword);
    m_context->setText(credential.contextName);
    updateVisibility();
}

QString CredentialEditor::problem() const
{
    const Core::SnmpCredential edited = credential();
    if (edited.version != Core::SnmpVersion::V3 && edited.community.isEmpty())
        return tr("Enter the community (printers usually answer to \"public\").");
    return edited.validate();
}

void CredentialEditor::updateVisibility()
{
    const bool v3 = static_cast<Core::SnmpVersion>(m_version->currentData().toInt()) == Core::SnmpVersion::V3;
    const auto level = static_cast<Core::SnmpSecurityLevel>(m_level->currentData().toInt());
    const bool auth = v3 && level != Core::SnmpSecurityLevel::NoAuthNoPriv;
    const bool priv = v3 && level == Core::SnmpSecurityLevel::AuthPriv;
    m_form->setRowVisible(m_community, !v3);
    m_form->setRowVisible(m_user, v3);
    m_form->setRowVisible(m_level, v3);
    m_form->setRowVisible(m_auth, auth);
    m_form->setRowVisible(m_authPassword, auth);
    m_form->setRowVisible(m_priv, priv);
    m_form->setRowVisible(m_privPassword, priv);
    m_form->setRowVisible(m_context, v3);
}

} // namespace Printwatch::Views
