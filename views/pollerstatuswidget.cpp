// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/pollerstatuswidget.h"

#include "models/textformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace Printwatch::Views {

PollerStatusWidget::PollerStatusWidget(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("pollerStatus"));
    m_label->setObjectName(QStringLiteral("activityLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("activityProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(m_label->sizeHint().height());
    m_progress->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);
}

PollerStatusWidget::~PollerStatusWidget() = default;

QString PollerStatusWidget::activityText(const Core::PollerActivity &activity)
{
    const QLocale locale;
    if (activity.polling) {
        return tr("Polling %1/%2…").arg(locale.toString(activity.devicesDone), locale.toString(activity.devicesTotal));
    }
    if (activity.lastRoundMs < 0)
        return {};
    const QString seconds = Models::roundSecondsText(activity.lastRoundMs);
    const QString printers = tr("%Ln printer(s)", nullptr, activity.devicesTotal);
    if (activity.devicesFailed == 0)
        return tr("Last round: %1 in %2 s").arg(printers, seconds);
    return tr("Last round: %1 in %2 s, %3 unreachable").arg(printers, seconds, locale.toString(activity.devicesFailed));
}

QString PollerStatusWidget::text() const
{
    return m_label->text();
}

void PollerStatusWidget::setActivity(const Core::PollerActivity &activity)
{
    m_label->setText(activityText(activity));
    m_progress->setVisible(activity.polling);
    if (activity.polling) {
        m_progress->setRange(0, qMax(activity.devicesTotal, 1));
        m_progress->setValue(qBound(0, activity.devicesDone, qMax(activity.devicesTotal, 1)));
    }
}

} // namespace Printwatch::Views
