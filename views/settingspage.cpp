// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/settingspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Printwatch::Views {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent), m_interval(new QSpinBox(this)), m_version(new QComboBox(this)),
      m_community(new QLineEdit(this)), m_port(new QSpinBox(this)), m_timeout(new QSpinBox(this)),
      m_retries(new QSpinBox(this)), m_discoveryHours(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_problemsLabel(new QLabel(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));

    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 86400);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("Time from the end of one poll round to the start of the next"));
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_version->addItem(tr("SNMP v1"), int(Core::SnmpVersion::V1));
    m_version->addItem(tr("SNMP v2c"), int(Core::SnmpVersion::V2c));
    m_community->setObjectName(QStringLiteral("communityEdit"));
    m_community->setEchoMode(QLineEdit::Password);
    m_community->setToolTip(tr("Kept in memory for this session only; never written to disk"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 60000);
    m_timeout->setSingleStep(100);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setToolTip(tr("How long to wait for one answer before trying again"));
    m_retries->setObjectName(QStringLiteral("retriesSpin"));
    m_retries->setRange(0, 20);
    m_retries->setToolTip(tr("Extra tries after the first, before a printer counts as not answering"));
    m_discoveryHours->setObjectName(QStringLiteral("discoverySpin"));
    m_discoveryHours->setRange(0, 24 * 60);
    m_discoveryHours->setSuffix(tr(" h"));
    m_discoveryHours->setSpecialValueText(tr("Only when I ask"));
    m_discoveryHours->setToolTip(tr("Repeat the last discovery this often, to find new printers"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("Default location"));
    m_database->setToolTip(tr("The SQLite file with the fleet's history; used from the next start"));
    auto *browse = new QToolButton(this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &SettingsPage::browseDatabase);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));

    auto *polling = new QGroupBox(tr("Polling"), this);
    auto *pollingForm = new QFormLayout(polling);
    pollingForm->addRow(tr("Poll &every:"), m_interval);
    pollingForm->addRow(tr("&Discover again every:"), m_discoveryHours);
    auto *snmp = new QGroupBox(tr("SNMP defaults"), this);
    auto *snmpForm = new QFormLayout(snmp);
    snmpForm->addRow(tr("&Version:"), m_version);
    snmpForm->addRow(tr("&Community:"), m_community);
    snmpForm->addRow(tr("&Port:"), m_port);
    snmpForm->addRow(tr("&Timeout:"), m_timeout);
    snmpForm->addRow(tr("&Retries:"), m_retries);
    auto *general = new QGroupBox(tr("Database and language"), this);
    auto *generalForm = new QFormLayout(general);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);
    generalForm->addRow(tr("Data&base:"), databaseRow);
    generalForm->addRow(tr("&Language:"), m_language);
    if (auto *label = qobject_cast<QLabel *>(generalForm->labelForField(databaseRow)))
        label->setBuddy(m_database);

    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(QDialogButtonBox::Apply);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_revert = buttons->addButton(QDialogButtonBox::Reset);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Show the settings in use again"));
    QPushButton *defaults = buttons->addButton(QDialogButtonBox::RestoreDefaults);
    defaults->setObjectName(QStringLiteral("defaultsButton"));
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] { setSettings(m_applied); });
    connect(defaults, &QPushButton::clicked, this, &SettingsPage::restoreDefaults);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(polling);
    layout->addWidget(snmp);
    layout->addWidget(general);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    layout->addStretch(1);
    content->setMaximumWidth(720);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (QSpinBox *spin : {m_interval, m_port, m_timeout, m_retries, m_discoveryHours})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::validate);
    connect(m_version, &QComboBox::currentIndexChanged, this, &SettingsPage::validate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::validate);
    connect(m_community, &QLineEdit::textChanged, this, &SettingsPage::validate);
    connect(m_database, &QLineEdit::textChanged, this, &SettingsPage::validate);

    setSettings(ConsoleSettings{});
}

SettingsPage::~SettingsPage() = default;

ConsoleSettings SettingsPage::settings() const
{
    ConsoleSettings settings;
    settings.pollIntervalSeconds = m_interval->value();
    settings.credential.version = static_cast<Core::SnmpVersion>(m_version->currentData().toInt());
    settings.credential.community = m_community->text();
    settings.credential.port = static_cast<quint16>(m_port->value());
    settings.credential.timeoutMs = m_timeout->value();
    settings.credential.retries = m_retries->value();
    settings.discoveryIntervalHours = m_discoveryHours->value();
    settings.databasePath = m_database->text().trimmed();
    settings.language = m_language->currentData().toString();
    return settings;
}

void SettingsPage::setSettings(const ConsoleSettings &settings)
{
    m_applied = settings;
    m_interval->setValue(settings.pollIntervalSeconds);
    const int version = m_version->findData(int(settings.credential.version));
    m_version->setCurrentIndex(version >= 0 ? version : 1);
    m_community->setText(settings.credential.community);
    m_port->setValue(settings.credential.port);
    m_timeout->setValue(settings.credential.timeoutMs);
    m_retries->setValue(settings.credential.retries);
    m_discoveryHours->setValue(settings.discoveryIntervalHours);
    m_database->setText(settings.databasePath);
    const int language = m_language->findData(settings.language);
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    validate();
}

void SettingsPage::restoreDefaults()
{
    const ConsoleSettings applied = m_applied;
    setSettings(ConsoleSettings{});
    m_applied = applied; // defaults are a proposal until applied
    validate();
}

void SettingsPage::validate()
{
    const ConsoleSettings current = settings();
    m_problems = current.validate();
    m_problemsLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    const bool changed = !(current == m_applied);
    m_apply->setEnabled(m_problems.isEmpty() && changed);
    m_revert->setEnabled(changed);
    QStringList notes;
    if (current.language != m_applied.language)
        notes += tr("The language changes when Printwatch starts again.");
    if (current.databasePath != m_applied.databasePath)
        notes += tr("The database location is used from the next start.");
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

void SettingsPage::apply()
{
    validate();
    if (!m_problems.isEmpty())
        return;
    m_applied = settings();
    validate();
    Q_EMIT applied(m_applied);
}

void SettingsPage::browseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database location"), m_database->text(),
                                                      tr("SQLite databases (*.sqlite *.db)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(path);
}

} // namespace Printwatch::Views
