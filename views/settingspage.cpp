// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/settingspage.h"

#include "views/credentialsetdialog.h"
#include "views/dialogbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
      m_language(new QComboBox(this)), m_sets(new QListWidget(this)), m_secretStore(new QLabel(this)),
      m_testAddress(new QLineEdit(this)), m_test(new QPushButton(tr("&Test"), this)), m_testResult(new QLabel(this)),
      m_problemsLabel(new QLabel(this)), m_note(new QLabel(this))
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
    m_community->setToolTip(tr("Kept in the OS keychain or the encrypted secret file, never in plain text"));
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

    auto *sets = new QGroupBox(tr("Credential sets"), this);
    sets->setObjectName(QStringLiteral("credentialSetsGroup"));
    auto *setsLayout = new QVBoxLayout(sets);
    auto *setsHint = new QLabel(tr("Tried in this order: sets for an address range first, then sets for all "
                                   "addresses, then the default community above. Each set may carry the write "
                                   "credential that reboots its printers."),
                                sets);
    setsHint->setWordWrap(true);
    m_secretStore->setObjectName(QStringLiteral("secretStoreLabel"));
    m_secretStore->setTextFormat(Qt::PlainText);
    m_secretStore->setWordWrap(true);
    m_secretStore->hide();
    m_sets->setObjectName(QStringLiteral("credentialSetsList"));
    m_sets->setMaximumHeight(130);
    connect(m_sets, &QListWidget::itemDoubleClicked, this, &SettingsPage::editCredentialSet);
    auto *setButtons = new QVBoxLayout;
    const auto addButton = [this, setButtons](const QString &name, const QString &text, auto slot) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QToolButton::clicked, this, slot);
        setButtons->addWidget(button);
        return button;
    };
    addButton(QStringLiteral("addSetButton"), tr("Add…"), [this] { addCredentialSet(); });
    addButton(QStringLiteral("editSetButton"), tr("Edit…"), [this] { editCredentialSet(); });
    addButton(QStringLiteral("removeSetButton"), tr("Remove"), [this] { removeCredentialSet(); });
    addButton(QStringLiteral("upSetButton"), tr("Up"), [this] { moveCredentialSet(-1); });
    addButton(QStringLiteral("downSetButton"), tr("Down"), [this] { moveCredentialSet(1); });
    setButtons->addStretch(1);
    auto *setsRow = new QHBoxLayout;
    setsRow->addWidget(m_sets, 1);
    setsRow->addLayout(setButtons);
    m_testAddress->setObjectName(QStringLiteral("testAddressEdit"));
    m_testAddress->setPlaceholderText(tr("one printer's address"));
    m_test->setObjectName(QStringLiteral("testSetButton"));
    m_test->setToolTip(tr("Ask one address with each credential of the selected set, in order, and say what happened"));
    connect(m_test, &QPushButton::clicked, this, &SettingsPage::testSelectedSet);
    connect(m_testAddress, &QLineEdit::returnPressed, this, &SettingsPage::testSelectedSet);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(new QLabel(tr("Test on:"), sets));
    testRow->addWidget(m_testAddress, 1);
    testRow->addWidget(m_test);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setTextFormat(Qt::PlainText); // the printer's sysDescr is untrusted text
    m_testResult->setWordWrap(true);
    m_testResult->hide();
    setsLayout->addWidget(setsHint);
    setsLayout->addWidget(m_secretStore);
    setsLayout->addLayout(setsRow);
    setsLayout->addLayout(testRow);
    setsLayout->addWidget(m_testResult);

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
    DialogButtons::translate(buttons);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] { setSettings(m_applied); });
    connect(defaults, &QPushButton::clicked, this, &SettingsPage::restoreDefaults);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(polling);
    layout->addWidget(snmp);
    layout->addWidget(sets);
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
    settings.credentialSets = m_credentialSets;
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
    m_credentialSets = settings.credentialSets;
    refreshSets(m_credentialSets.isEmpty() ? -1 : 0);
    validate();
}

void SettingsPage::restoreDefaults()
{
    const ConsoleSettings applied = m_applied;
    ConsoleSettings defaults;
    defaults.credentialSets = applied.credentialSets; // the defaults are about polling, not the stored sets
    setSettings(defaults);
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
    const QString path = DialogButtons::getSaveFileName(this, tr("Database location"), m_database->text(),
                                                        tr("SQLite databases (*.sqlite *.db)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(path);
}

void SettingsPage::addCredentialSet()
{
    openSetEditor(-1);
}

void SettingsPage::editCredentialSet()
{
    if (m_sets->currentRow() >= 0)
        openSetEditor(m_sets->currentRow());
}

void SettingsPage::openSetEditor(int row)
{
    auto *dialog = new CredentialSetDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (int i = 0; i < m_credentialSets.size(); ++i) {
        if (i != row)
            taken += m_credentialSets.at(i).name;
    }
    if (row >= 0) {
        dialog->setCredentialSet(m_credentialSets.at(row));
    } else {
        Core::CredentialSet fresh;
        fresh.name = tr("Set %1").arg(m_credentialSets.size() + 1);
        dialog->setCredentialSet(fresh);
    }
    dialog->setTakenNames(taken);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= 0 && row < m_credentialSets.size()) {
            m_credentialSets[row] = dialog->credentialSet();
            refreshSets(row);
        } else {
            m_credentialSets.append(dialog->credentialSet());
            refreshSets(int(m_credentialSets.size()) - 1);
        }
        validate();
    });
    dialog->open();
}

void SettingsPage::removeCredentialSet()
{
    const int row = m_sets->currentRow();
    if (row < 0 || row >= m_credentialSets.size())
        return;
    m_credentialSets.removeAt(row);
    refreshSets(std::min(row, int(m_credentialSets.size()) - 1));
    validate();
}

void SettingsPage::moveCredentialSet(int delta)
{
    const int row = m_sets->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_credentialSets.size())
        return;
    m_credentialSets.swapItemsAt(row, to);
    refreshSets(to);
    validate();
}

void SettingsPage::refreshSets(int select)
{
    m_sets->clear();
    for (const Core::CredentialSet &set : std::as_const(m_credentialSets)) {
        QStringList kinds;
        for (const Core::SnmpCredential &credential : set.credentials)
            kinds += credential.version == Core::SnmpVersion::V3 ? QString(QStringLiteral("v3 ") + credential.user)
                                                                  : QString(u'v' + Core::snmpVersionKey(credential.version));
        const QString scope = set.isGlobal() ? tr("all addresses") : set.scope;
        QString text = tr("%1 — %2 — %3").arg(set.name, scope, kinds.join(QStringLiteral(", ")));
        if (set.writeCredential)
            text += tr(" — write: %1").arg(set.writeCredential->version == Core::SnmpVersion::V3
                                               ? QString(QStringLiteral("v3 ") + set.writeCredential->user)
                                               : tr("community"));
        auto *item = new QListWidgetItem(text, m_sets); // names only, never a secret
        item->setToolTip(text);
    }
    if (select >= 0 && select < m_sets->count())
        m_sets->setCurrentRow(select);
}

void SettingsPage::testSelectedSet()
{
    const int row = m_sets->currentRow();
    const QString address = m_testAddress->text().trimmed();
    QString problem;
    if (row < 0 || row >= m_credentialSets.size())
        problem = tr("Select the credential set to test.");
    else if (address.isEmpty())
        problem = tr("Enter the address of one printer to test the set on.");
    else if (m_credentialSets.at(row).credentials.isEmpty())
        problem = tr("The set has no credentials to test.");
    if (!problem.isEmpty()) {
        m_testResult->setText(problem);
        m_testResult->setVisible(true);
        return;
    }
    m_testQueue = m_credentialSets.at(row).credentials;
    m_testIndex = 0;
    m_testLines.clear();
    m_test->setEnabled(false);
    testNext();
}

void SettingsPage::testNext()
{
    const Core::SnmpCredential &credential = m_testQueue.at(m_testIndex);
    m_testResult->setText(m_testLines.join(QLatin1Char('\n')) + (m_testLines.isEmpty() ? QString() : QStringLiteral("\n"))
                          + tr("Asking %1 with %2…").arg(m_testAddress->text().trimmed(), credential.describe()));
    m_testResult->setVisible(true);
    Core::SnmpCredential withTransport = credential;
    withTransport.port = static_cast<quint16>(m_port->value());
    withTransport.timeoutMs = m_timeout->value();
    withTransport.retries = m_retries->value();
    Q_EMIT testRequested(m_testAddress->text().trimmed(), withTransport.port, withTransport);
}

void SettingsPage::setTestResult(bool ok, const QString &message)
{
    if (m_testQueue.isEmpty())
        return;
    const Core::SnmpCredential &credential = m_testQueue.at(m_testIndex);
    m_testLines += (ok ? tr("%1 answers: %2") : tr("%1 failed: %2")).arg(credential.describe(), message);
    ++m_testIndex;
    if (ok || m_testIndex >= m_testQueue.size()) {
        if (!ok)
            m_testLines += tr("No credential of this set worked on %1.").arg(m_testAddress->text().trimmed());
        m_testQueue.clear();
        m_test->setEnabled(true);
        m_testResult->setText(m_testLines.join(QLatin1Char('\n')));
        return;
    }
    testNext();
}

void SettingsPage::setSecretStoreText(const QString &text, bool problem)
{
    m_secretStore->setText(text);
    m_secretStore->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_secretStore->setVisible(!text.isEmpty());
}

} // namespace Printwatch::Views
