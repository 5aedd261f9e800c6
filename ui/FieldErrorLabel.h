#pragma once

#include <QWidget>

class QLabel;

// A message next to a form field: a warning icon from the style and the text in the palette's
// colours. Hidden while there is nothing to say.
class FieldErrorLabel : public QWidget
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};
