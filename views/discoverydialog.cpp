// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/discoverydialog.h"

#include "models/textformat.h"
#include "views/credentialeditor.h"
#include "views/dialogbuttons.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QHBoxLayout>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Printwatch::Views {

namespace {
// A found printer's row: the address column sorts numerically (127.77.0.9 before 127.77.0.10),
// the others as text.
class ResultItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    static constexpr int SortKeyRole = Qt::UserRole;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == 0)
            return data(0, SortKeyRole).toString() < other.data(0, SortKeyRole).toString();
        return QTreeWidgetItem::operator<(other);
    }
};
constexpr int kMaxOtherDescriptions = 50; // the tool tip lists a sample, not a log
} // namespace

DiscoveryDialog::DiscoveryDialog(QWidget *parent)
    : QDialog(parent), m_settings(new QWidget(this)), m_targets(new QPlainTextEdit(m_settings)),
      m_targetsError(new QLabel(m_settings)), m_targetsHint(new QLabel(m_settings)),
      m_credentialEditor(new CredentialEditor(m_settings)), m_credentialError(new QLabel(m_settings)),
      m_set(new QListWidget(m_settings)), m_testAddress(new QLineEdit(m_settings)),
      m_test(new QPushButton(tr("&Test"), m_settings)), m_testResult(new QLabel(m_settings)), m_port(new QSpinBox(m_settings)),
      m_timeout(new QSpinBox(m_settings)), m_retries(new QSpinBox(m_settings)), m_progress(new QProgressBar(this)),
      m_counters(new QLabel(this)), m_summary(new QLabel(this)), m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("discoveryDialog"));
    setWindowTitle(tr("Discover Printers"));
    m_settings->setObjectName(QStringLiteral("settingsPanel"));

    m_targets->setObjectName(QStringLiteral("targetsEdit"));
    m_targets->setPlaceholderText(tr("192.0.2.0/24, 192.0.2.10-50, printer.example.org"));
    m_targets->setTabChangesFocus(true);
    m_targets->setMaximumHeight(m_targets->fontMetrics().lineSpacing() * 5);
    m_targets->setToolTip(tr("Addresses, CIDR blocks, ranges and host names, separated by commas, spaces or lines"));
    connect(m_targets, &QPlainTextEdit::textChanged, this, &DiscoveryDialog::validateTargets);

    m_targetsError->setObjectName(QStringLiteral("targetsError"));
    m_targetsError->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_targetsError->setWordWrap(true);
    QPalette errorPalette = m_targetsError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xd9, 0x30, 0x25));
    m_targetsError->setPalette(errorPalette);
    m_targetsError->hide();
    m_targetsHint->setObjectName(QStringLiteral("targetsHint"));
    m_targetsHint->setTextFormat(Qt::PlainText);

    m_credentialEditor->setObjectName(QStringLiteral("credentialEditor"));
    connect(m_credentialEditor, &CredentialEditor::changed, this, &DiscoveryDialog::validateCredential);
    m_credentialError->setObjectName(QStringLiteral("credentialError"));
    m_credentialError->setTextFormat(Qt::PlainText);
    m_credentialError->setWordWrap(true);
    m_credentialError->setPalette(errorPalette);

    // Several credentials, tried in order: what a site with v3 on new printers and v2c on old ones needs.
    m_set->setObjectName(QStringLiteral("credentialSet"));
    m_set->setMaximumHeight(m_set->fontMetrics().lineSpacing() * 5);
    m_set->setToolTip(tr("Tried in this order on every address; the first that answers is kept for the printer"));
    auto *addToSet = new QToolButton(m_settings);
    addToSet->setObjectName(QStringLiteral("addCredentialButton"));
    addToSet->setText(tr("Add"));
    addToSet->setToolTip(tr("Add the credential above to the list tried in order"));
    connect(addToSet, &QToolButton::clicked, this, &DiscoveryDialog::addToSet);
    auto *removeFromSet = new QToolButton(m_settings);
    removeFromSet->setObjectName(QStringLiteral("removeCredentialButton"));
    removeFromSet->setText(tr("Remove"));
    connect(removeFromSet, &QToolButton::clicked, this, [this] {
        const int row = m_set->currentRow();
        if (row < 0)
            return;
        m_setCredentials.removeAt(row);
        delete m_set->takeItem(row);
        validateCredential();
    });
    auto *up = new QToolButton(m_settings);
    up->setText(tr("Up"));
    up->setToolTip(tr("Try this credential earlier"));
    connect(up, &QToolButton::clicked, this, [this] { moveInSet(-1); });
    auto *down = new QToolButton(m_settings);
    down->setText(tr("Down"));
    down->setToolTip(tr("Try this credential later"));
    connect(down, &QToolButton::clicked, this, [this] { moveInSet(1); });
    auto *setButtons = new QVBoxLayout;
    for (QToolButton *button : {addToSet, removeFromSet, up, down}) {
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        setButtons->addWidget(button);
    }
    setButtons->addStretch(1);
    auto *setRow = new QHBoxLayout;
    setRow->addWidget(m_set, 1, Qt::AlignTop); // level with Add, not centred on the taller button column
    setRow->addLayout(setButtons);

    m_testAddress->setObjectName(QStringLiteral("testAddressEdit"));
    m_testAddress->setPlaceholderText(tr("one address, e.g. 192.0.2.25"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("Send one request with the credential above and show what the printer answers"));
    connect(m_test, &QPushButton::clicked, this, &DiscoveryDialog::requestTest);
    connect(m_testAddress, &QLineEdit::returnPressed, this, &DiscoveryDialog::requestTest);
    connect(m_testAddress, &QLineEdit::textChanged, this, &DiscoveryDialog::validateCredential);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setTextFormat(Qt::PlainText); // it may quote what the printer sent
    m_testResult->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testAddress, 1);
    testRow->addWidget(m_test);

    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(50, 60000);
    m_timeout->setSingleStep(100);
    m_timeout->setSuffix(tr(" ms"));
    m_retries->setObjectName(QStringLiteral("retriesSpin"));
    m_retries->setRange(0, 10);
    setCredential(Core::SnmpCredential{});

    auto *targetsBox = new QVBoxLayout;
    targetsBox->setContentsMargins(0, 0, 0, 0);
    targetsBox->addWidget(m_targets);
    targetsBox->addWidget(m_targetsError);
    targetsBox->addWidget(m_targetsHint);
    auto *form = new QFormLayout(m_settings);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Targets:"), targetsBox);
    form->addRow(m_credentialEditor);
    form->addRow(QString(), m_credentialError);
    form->addRow(tr("Tried in &order:"), setRow);
    form->addRow(tr("Test on one &address:"), testRow);
    form->addRow(QString(), m_testResult);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(setRow)))
        label->setBuddy(m_set);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(testRow)))
        label->setBuddy(m_testAddress);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("T&imeout:"), m_timeout);
    form->addRow(tr("&Retries:"), m_retries);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(targetsBox)))
        label->setBuddy(m_targets);
    showRow(m_testResult, false); // until a test asks: an empty row would still take its spacing
    showRow(m_credentialError, !m_credentialError->text().isEmpty());

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_counters->setObjectName(QStringLiteral("countersLabel"));
    m_counters->setTextFormat(Qt::PlainText);
    m_counters->setWordWrap(true); // a finished scan's summary can name unresolved hosts and a cancel
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_results->setObjectName(QStringLiteral("resultsList"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(0, Qt::AscendingOrder); // a header sorts descending until told
    m_results->setHeaderLabels({tr("Address"), tr("Vendor"), tr("Model"), tr("Serial")});
    // Addresses, vendors and serials are short and must be read whole; the model takes the rest.
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    DialogButtons::translate(buttons);
    connect(m_start, &QPushButton::clicked, this, &DiscoveryDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &DiscoveryDialog::cancel);
    // Not rejected(): the Close button of a finished scan must not look like a cancel to the app.
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    // During and after a scan the settings give way to one line saying what is scanned, so the
    // results get the height; Change settings opens them again once the scan is over.
    m_scanLine = new QWidget(this);
    m_scanLine->setObjectName(QStringLiteral("scanLine"));
    m_scanSummary = new QLabel(m_scanLine);
    m_scanSummary->setObjectName(QStringLiteral("scanSummary"));
    m_scanSummary->setTextFormat(Qt::PlainText);
    m_scanSummary->setWordWrap(true);
    m_changeSettings = new QPushButton(tr("&Change settings"), m_scanLine);
    m_changeSettings->setObjectName(QStringLiteral("changeSettingsButton"));
    m_changeSettings->setToolTip(tr("Show the targets and credentials again, to scan with other ones"));
    m_changeSettings->setAutoDefault(false);
    connect(m_changeSettings, &QPushButton::clicked, this, [this] {
        m_settingsShown = true;
        setState(m_state);
        m_targets->setFocus();
    });
    auto *scanRow = new QHBoxLayout(m_scanLine);
    scanRow->setContentsMargins(0, 0, 0, 0);
    scanRow->addWidget(m_scanSummary, 1);
    scanRow->addWidget(m_changeSettings, 0, Qt::AlignTop);

    // The fields keep their own height; before a scan the spare height goes below them (the stretch),
    // during and after it to the results (stretch factor 1 wins over the stretch's 0).
    m_settings->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scanLine);
    layout->addWidget(m_settings);
    layout->addWidget(m_progress);
    layout->addWidget(m_counters);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(620, 640);

    // Top to bottom as laid out: the list's buttons were made after the fields below them.
    QWidget *previous = m_targets;
    for (QWidget *next : std::initializer_list<QWidget *>{m_credentialEditor, m_set, addToSet, removeFromSet, up, down,
                                                         m_testAddress, m_test, m_port, m_timeout, m_retries, m_results,
                                                         m_start, m_cancel, m_close}) {
        setTabOrder(previous, next);
        previous = next;
    }
    validateTargets();
    setState(State::Editing);
}

DiscoveryDialog::~DiscoveryDialog() = default;

QString DiscoveryDialog::targetsText() const
{
    return m_targets->toPlainText();
}

void DiscoveryDialog::setTargetsText(const QString &text)
{
    m_targets->setPlainText(text);
}

Core::SnmpCredential DiscoveryDialog::credential() const
{
    Core::SnmpCredential credential = m_credentialEditor->credential();
    credential.port = static_cast<quint16>(m_port->value());
    credential.timeoutMs = m_timeout->value();
    credential.retries = m_retries->value();
    return credential;
}

void DiscoveryDialog::setCredential(const Core::SnmpCredential &credential)
{
    m_credentialEditor->setCredential(credential);
    m_port->setValue(credential.port);
    m_timeout->setValue(credential.timeoutMs);
    m_retries->setValue(credential.retries);
}

Core::Result<Core::DiscoveryRequest> DiscoveryDialog::request() const
{
    const QString text = targetsText();
    auto targets = Core::parseTargets(text);
    if (!targets)
        return Core::Error{targets.error()};
    Core::DiscoveryRequest request;
    request.targetsText = text;
    request.targets = std::move(targets).value();
    request.credential = credential();
    request.credentialSet = credentialSet();
    if (request.credentialSet.credentials.isEmpty()) {
        if (const QString problem = m_credentialEditor->problem(); !problem.isEmpty())
            return Core::Error{problem};
    }
    return request;
}

void DiscoveryDialog::validateTargets()
{
    const QString text = targetsText();
    if (text.trimmed().isEmpty()) {
        m_targetsValid = false;
        m_targetsError->hide();
        m_targetsHint->setText(tr("Enter addresses, CIDR blocks, ranges or host names."));
        m_targetsHint->show();
    } else if (const auto targets = Core::parseTargets(text); !targets) {
        m_targetsValid = false;
        m_targetsError->setText(targets.error());
        m_targetsError->show();
        m_targetsHint->hide();
    } else {
        m_targetsValid = true;
        const QString hint = countText(*targets);
        m_targetsHint->setText(hint);
        m_targetsError->hide();
        m_targetsHint->show();
    }
    validateCredential();
}

void DiscoveryDialog::validateCredential()
{
    if (!m_start)
        return; // still being built
    // The edited credential only matters when no list is given (or when it is about to be added).
    const QString problem = m_credentialEditor->problem();
    m_credentialError->setText(problem);
    showRow(m_credentialError, !problem.isEmpty());
    const bool credentialsOk = !m_setCredentials.isEmpty() || problem.isEmpty();
    m_start->setEnabled(m_targetsValid && credentialsOk && m_state != State::Running);
    m_test->setEnabled(problem.isEmpty() && !m_testAddress->text().trimmed().isEmpty());
}

Core::CredentialSet DiscoveryDialog::credentialSet() const
{
    Core::CredentialSet set;
    set.credentials = m_setCredentials;
    for (auto &credential : set.credentials) {
        // One port, timeout and retry policy for the scan; the list varies who is asking.
        credential.port = static_cast<quint16>(m_port->value());
        credential.timeoutMs = m_timeout->value();
        credential.retries = m_retries->value();
    }
    return set;
}

void DiscoveryDialog::setCredentialSet(const Core::CredentialSet &set)
{
    m_setCredentials = set.credentials;
    m_set->clear();
    for (const auto &credential : set.credentials)
        m_set->addItem(credential.describe());
    validateCredential();
}

void DiscoveryDialog::addToSet()
{
    if (!m_credentialEditor->problem().isEmpty())
        return;
    const Core::SnmpCredential credential = m_credentialEditor->credential();
    m_setCredentials.append(credential);
    m_set->addItem(credential.describe());
    m_set->setCurrentRow(m_set->count() - 1);
    validateCredential();
}

void DiscoveryDialog::moveInSet(int delta)
{
    const int row = m_set->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_set->count())
        return;
    m_setCredentials.swapItemsAt(row, to);
    QListWidgetItem *item = m_set->takeItem(row);
    m_set->insertItem(to, item);
    m_set->setCurrentRow(to);
}

void DiscoveryDialog::showRow(QLabel *field, bool visible)
{
    // The row's empty label stays visible when only the field is hidden, and keeps the row's spacing.
    if (auto *form = qobject_cast<QFormLayout *>(m_settings->layout()))
        form->setRowVisible(field, visible);
    else
        field->setVisible(visible); // not laid out yet
}

void DiscoveryDialog::requestTest()
{
    const QString address = m_testAddress->text().trimmed();
    if (address.isEmpty() || !m_credentialEditor->problem().isEmpty())
        return;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Asking %1…").arg(address));
    showRow(m_testResult, true);
    Q_EMIT testRequested(address, static_cast<quint16>(m_port->value()), credential());
}

void DiscoveryDialog::setTestResult(bool ok, const QString &message)
{
    m_testResult->setText(ok ? tr("Answered: %1").arg(Models::singleLine(message))
                             : tr("Failed: %1").arg(Models::singleLine(message)));
    QPalette palette = m_testResult->palette();
    palette.setColor(QPalette::WindowText, ok ? QColor(0x2e, 0x9d, 0x4a) : QColor(0xd9, 0x30, 0x25));
    m_testResult->setPalette(palette);
    showRow(m_testResult, true);
    validateCredential();
}

void DiscoveryDialog::start()
{
    if (m_state == State::Running)
        return;
    auto built = request();
    if (!built) {
        validateTargets();
        return;
    }
    m_printersFound = 0;
    m_otherDevices = 0;
    m_otherDescriptions.clear();
    m_results->clear();
    m_summary->clear();
    m_progress->setRange(0, static_cast<int>(qMax<qsizetype>(built->targets.size(), 1)));
    m_progress->setValue(0);
    m_settingsShown = false;
    updateScanLine(built.value());
    setState(State::Running);
    updateCounters();
    Q_EMIT startRequested(built.value());
}

void DiscoveryDialog::cancel()
{
    if (m_state != State::Running)
        return;
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
    Q_EMIT cancelRequested();
}

void DiscoveryDialog::reject()
{
    // Escape or the window's close button during a scan: stop it rather than leave it running unseen.
    if (m_state == State::Running && m_cancel->isEnabled())
        cancel();
    QDialog::reject();
}

void DiscoveryDialog::setState(State state)
{
    m_state = state;
    const bool running = state == State::Running;
    m_settings->setEnabled(!running);
    const bool settingsShown = state == State::Editing || (state == State::Finished && m_settingsShown);
    m_settings->setVisible(settingsShown);
    m_scanLine->setVisible(!settingsShown);
    m_changeSettings->setVisible(state == State::Finished);
    m_start->setEnabled(!running && m_targetsValid &&
                        (!m_setCredentials.isEmpty() || m_credentialEditor->problem().isEmpty()));
    m_start->setText(state == State::Finished ? tr("&Start again") : tr("&Start"));
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_close->setVisible(!running);
    const bool showProgress = state != State::Editing;
    m_progress->setVisible(showProgress);
    m_counters->setVisible(showProgress);
    m_results->setVisible(showProgress);
    m_summary->setVisible(running); // "Cancelling…"; a finished scan's summary is on the counters' line
}

QString DiscoveryDialog::countText(const Core::TargetList &targets)
{
    const auto addresses = static_cast<int>(targets.ipv4.size());
    const auto names = static_cast<int>(targets.hostNames.size());
    const QString addressText = tr("%Ln address(es)", nullptr, addresses);
    const QString nameText = tr("%Ln host name(s)", nullptr, names);
    if (addresses > 0 && names > 0)
        return tr("%1 and %2").arg(addressText, nameText);
    return names > 0 ? nameText : addressText;
}

void DiscoveryDialog::updateScanLine(const Core::DiscoveryRequest &request)
{
    // Targets as typed, on one line and cut short (the tooltip has them whole), then how many
    // addresses that is and what is asked of them.
    const QString typed = request.targetsText.simplified();
    constexpr qsizetype kShown = 80;
    const QString targets = typed.size() > kShown ? typed.left(kShown - 1) + QChar(0x2026) : typed;
    const qsizetype inSet = request.credentialSet.credentials.size();
    const QString credentials = inSet == 0 ? request.credential.describe()
                                           : tr("%n credential(s) tried in order", nullptr, int(inSet));
    m_scanSummary->setText(tr("%1 (%2), %3, port %4")
                               .arg(targets, countText(request.targets), credentials,
                                    QString::number(request.credential.port)));
    m_scanSummary->setToolTip(request.targetsText);
}

void DiscoveryDialog::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(qBound(0, done, qMax(total, 1)));
}

void DiscoveryDialog::addPrinter(const Core::PollResult &result)
{
    auto *item = new ResultItem(m_results);
    item->setText(0, Models::displayAddress(result.address, result.port));
    item->setData(0, ResultItem::SortKeyRole, Models::addressSortKey(result.address, result.port));
    item->setText(1, Models::singleLine(result.identity.vendor));
    item->setText(2, Models::singleLine(result.identity.model));
    item->setText(3, Models::singleLine(result.identity.serial));
    ++m_printersFound;
    updateCounters();
}

void DiscoveryDialog::addOtherDevice(const QString &address, const QString &description)
{
    ++m_otherDevices;
    if (m_otherDescriptions.size() < kMaxOtherDescriptions) {
        const QString what = Models::singleLine(description);
        m_otherDescriptions += what.isEmpty() ? Models::singleLine(address)
                                              : tr("%1: %2").arg(Models::singleLine(address), what.left(120));
    }
    updateCounters();
}

void DiscoveryDialog::setFinished(const QString &summary)
{
    // The summary repeats the counters and adds what the whole scan took: it replaces them on
    // their line (which keeps the other devices' tool tip) rather than saying them twice.
    if (!summary.isEmpty())
        m_counters->setText(summary);
    m_summary->clear();
    setState(State::Finished);
    m_close->setFocus();
}

void DiscoveryDialog::updateCounters()
{
    const QString printers = tr("%Ln printer(s) found", nullptr, m_printersFound);
    const QString others = tr("%Ln other device(s) answered", nullptr, m_otherDevices);
    m_counters->setText(tr("%1, %2").arg(printers, others));
    // QLabel tool tips would render markup; the descriptions come from devices.
    QStringList escaped;
    escaped.reserve(m_otherDescriptions.size());
    for (const QString &line : std::as_const(m_otherDescriptions))
        escaped += line.toHtmlEscaped();
    m_counters->setToolTip(escaped.isEmpty()
                               ? QString()
                               : QLatin1String("<qt>") + escaped.join(QLatin1String("<br>")) + QLatin1String("</qt>"));
}

} // namespace Printwatch::Views
