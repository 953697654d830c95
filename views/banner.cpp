// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/banner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Printwatch::Views {

Banner::Banner(QWidget *parent) : QFrame(parent), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warning tint derived from the palette, so dark themes stay readable.
    QPalette pal = palette();
    const QColor accent(0xe0, 0xa8, 0x00);
    const QColor base = pal.color(QPalette::Window);
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.8f + accent.redF() * 0.2f,
                                                    base.greenF() * 0.8f + accent.greenF() * 0.2f,
                                                    base.blueF() * 0.8f + accent.blueF() * 0.2f));
    setPalette(pal);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                     style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this))
                        .pixmap(size, size));

    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setTextFormat(Qt::PlainText); // messages quote printer strings
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                      style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this)));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &Banner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

Banner::~Banner() = default;

QString Banner::text() const
{
    return m_text->text();
}

void Banner::showMessage(const QString &text)
{
    m_text->setText(text);
    show();
}

void Banner::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

} // namespace Printwatch::Views
