// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/LanguageMenu.h"

#include "models/i18n/UiLanguage.h"

#include <QActionGroup>
#include <QEvent>

namespace valara {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
    , m_follow(new QAction(this))
    , m_note(new QAction(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_follow->setObjectName(QStringLiteral("languageFollowAccount"));
    m_follow->setCheckable(true);
    m_group->addAction(m_follow);
    connect(m_follow, &QAction::triggered, this, [this] { Q_EMIT languageChosen(QString()); });
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setEnabled(false);
    addAction(m_follow);
    addSeparator();
    addSeparator();
    addAction(m_note);
    retranslateUi();
    setChoice(QString());
}

void LanguageMenu::setLanguages(const QStringList &languages)
{
    for (QAction *action : m_group->actions()) {
        if (action != m_follow)
            delete action;
    }
    QAction *before = actions().at(2); // the separator above the note
    for (const QString &language : languages) {
        // Each language by its own name, so that anyone can find theirs.
        auto *action = new QAction(UiLanguage::nativeName(language), this);
        action->setObjectName(QStringLiteral("language_") + language);
        action->setProperty("valaraData", true); // a name in its own language, never translated
        action->setCheckable(true);
        action->setData(language);
        connect(action, &QAction::triggered, this,
                [this, language] { Q_EMIT languageChosen(language); });
        m_group->addAction(action);
        insertAction(before, action);
    }
    setChoice(m_choice);
}

void LanguageMenu::setChoice(const QString &language)
{
    m_choice = language;
    for (QAction *action : m_group->actions())
        action->setChecked(action == m_follow ? language.isEmpty()
                                              : action->data().toString() == language);
}

void LanguageMenu::setNote(const QString &note)
{
    m_note->setText(note);
}

QString LanguageMenu::note() const
{
    return m_note->text();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    m_follow->setText(tr("&Follow my language preference"));
}

} // namespace valara
