// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/factlabel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QtMath>

namespace Printwatch::Views {

FactLabel::FactLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), this);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(this->text()); });
    addAction(copy);
}

qreal FactLabel::layoutText(QTextLayout &layout, qreal width) const
{
    QString shown = text();
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(shown);
    layout.setFont(font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax<qreal>(1, width));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

int FactLabel::heightForWidth(int width) const
{
    QTextLayout layout;
    const QMargins margins = contentsMargins();
    return qCeil(layoutText(layout, width - margins.left() - margins.right())) + margins.top() + margins.bottom();
}

QSize FactLabel::sizeHint() const
{
    // As wide as the longest line, up to 40 characters; wider values wrap.
    // Fractional advances, rounded up: the whole-pixel width of QFontMetrics can be a hair short of
    // what QTextLayout needs, and then a short value ("BRN948D3A") breaks inside its last letter.
    const QFontMetricsF metrics(font());
    int widest = 0;
    const QStringList lines = text().split(QLatin1Char('\n'));
    for (const QString &line : lines)
        widest = qMax(widest, qCeil(metrics.horizontalAdvance(line)));
    const QMargins margins = contentsMargins();
    const int width = qMin(widest + 2, fontMetrics().averageCharWidth() * 40) + margins.left() + margins.right();
    return {width, heightForWidth(width)};
}

QSize FactLabel::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 8;
    return {width, fontMetrics().height()};
}

void FactLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    // Layouts inside a scroll area do not always ask for the height at the width they finally give;
    // the label claims the height its wrapped lines need at that width, which relayouts once.
    const int needed = heightForWidth(width());
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
}

void FactLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QTextLayout layout;
    const QRect area = contentsRect();
    layoutText(layout, area.width());
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    layout.draw(&painter, area.topLeft());
}

} // namespace Printwatch::Views
