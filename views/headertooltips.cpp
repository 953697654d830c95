// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/headertooltips.h"

#include "models/textformat.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QToolTip>

namespace Printwatch::Views {

HeaderToolTips::HeaderToolTips(QHeaderView *header) : QObject(header), m_header(header)
{
}

void HeaderToolTips::install(QHeaderView *header)
{
    header->viewport()->installEventFilter(new HeaderToolTips(header));
}

bool HeaderToolTips::isTitleCut(const QHeaderView *header, int logical)
{
    // sectionSizeHint() is the room the title, sort arrow and margins need.
    return logical >= 0 && header->sectionSize(logical) < header->sectionSizeHint(logical);
}

bool HeaderToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !m_header->model())
        return QObject::eventFilter(watched, event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int logical = m_header->logicalIndexAt(m_header->orientation() == Qt::Horizontal ? help->pos().x() : help->pos().y());
    if (logical < 0 || m_header->model()->headerData(logical, m_header->orientation(), Qt::ToolTipRole).isValid())
        return false; // the header shows the model's own tooltip
    if (!isTitleCut(m_header, logical)) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // Plain text always: a title may carry a printer's own meter name.
    const QString title = m_header->model()->headerData(logical, m_header->orientation(), Qt::DisplayRole).toString();
    QToolTip::showText(help->globalPos(), Models::plainToolTip(title), m_header);
    return true;
}

} // namespace Printwatch::Views
