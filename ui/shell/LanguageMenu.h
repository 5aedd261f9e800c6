// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QStringList>

class QActionGroup;

namespace valara {

// View > Language: "Follow my language preference", then each language the interface speaks,
// by its own name, and a line saying which language is in use and why (or that the one asked for
// has no translation). It only says what was chosen; the app acts on it.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Language codes ("en", "de"…), in the order shown.
    void setLanguages(const QStringList &languages);
    // Checks the entry of the choice made on this computer ("" follows the account).
    void setChoice(const QString &language);
    void setNote(const QString &note);
    QString note() const;

Q_SIGNALS:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QActionGroup *m_group;
    QAction *m_follow;
    QAction *m_note;
    QString m_choice;
};

} // namespace valara
