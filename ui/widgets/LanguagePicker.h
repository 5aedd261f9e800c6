// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace valara {

// A searchable language choice: every locale Qt knows, shown by its native name and its BCP 47
// tag ("português (Brasil) — pt-BR"). Typing filters by name or tag; a tag that is not listed can
// be typed as it is. `languageTag` is the USER property, so a QDataWidgetMapper binds it; it
// follows the text as it is typed (languageTagChanged on every change).
class LanguagePicker : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QString languageTag READ languageTag WRITE setLanguageTag NOTIFY languageTagChanged
                   USER true)

public:
    explicit LanguagePicker(QWidget *parent = nullptr);

    QString languageTag() const;
    void setLanguageTag(const QString &tag);
    // The BCP 47 tag of a locale with its region kept (QLocale::bcp47Name() drops default
    // regions: pt_BR would become "pt").
    static QString tagOf(const QLocale &locale);

Q_SIGNALS:
    void languageTagChanged(const QString &tag); // user changes only

private:
    // The tag a text stands for: a listed entry's (by its label or tag), or the text itself.
    QString tagOfText(const QString &text) const;
    void commitText();
    QString m_tag;
};

} // namespace valara
