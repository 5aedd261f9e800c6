#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace valara {

// A message shown inside a window (never a modal box): an icon, a text that can be selected and
// copied (request ids), and an optional action button. Colours come from the palette only.
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
    // An empty text hides the button.
    void setActionText(const QString &text);
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

    // Its own texts in the current language (subclasses add theirs).
    virtual void retranslateUi();

private:
    void updateIcon();

    Kind m_kind;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace valara
