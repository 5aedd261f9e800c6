// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace valara {

// A message shown inside a window (never a modal box): an icon, a text that can be selected and
// copied (request ids), an optional action button and, where the message may be dismissed, a
// Close button. Colours come from the palette only. Buttons exist only while they are offered,
// so a screen reader never meets an empty one.
class InlineBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Error
    };

    explicit InlineBanner(Kind kind, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // An empty text removes the button.
    void setActionText(const QString &text);
    // A Close button that hides the banner (and emits closed()).
    void setClosable(bool closable);
    bool isClosable() const { return m_close != nullptr; }
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void actionTriggered();
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

    // Its own texts in the current language (subclasses add theirs).
    virtual void retranslateUi();

private:
    void updateIcon();

    Kind m_kind;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_layout = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    bool m_iconStale = true; // the icons wait for the banner to be shown
};

} // namespace valara
