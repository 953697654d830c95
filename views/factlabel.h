// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A plain-text value label that never forces its panel wider: it wraps at word boundaries, and
// inside a word when one word (an OID, a MAC, a long contact string) is wider than the room, so a
// narrow panel shows every character without a sideways scroll bar. Right-click copies the text.

#include <QLabel>

class QTextLayout;

namespace Printwatch::Views {

class FactLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactLabel)

public:
    explicit FactLabel(const QString &text, QWidget *parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Lays the text out `width` wide; returns its height.
    qreal layoutText(QTextLayout &layout, qreal width) const;
};

} // namespace Printwatch::Views
