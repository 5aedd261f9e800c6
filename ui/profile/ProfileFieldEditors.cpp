// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ProfileFieldEditors.h"

#include "models/values/UsState.h"
#include "ui/widgets/ChoiceComboBox.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace valara {

namespace {
using Kind = ProfileSchema::Kind;
} // namespace

QWidget *ProfileFieldEditors::create(const ProfileSchema::Field &field, QWidget *parent)
{
    QWidget *editor = nullptr;
    switch (field.kind) {
    case Kind::Multiline: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 6);
        editor = edit;
        break;
    }
    case Kind::Bool:
        editor = new QCheckBox(parent);
        break;
    case Kind::UsState:
    case Kind::Role:
    case Kind::AccountStatus: {
        auto *choice = new ChoiceComboBox(parent);
        if (field.kind == Kind::UsState) {
            choice->addChoice(QString(), QString());
            for (const UsState::Entry &state : UsState::all())
                choice->addChoice(state.code, QString());
        } else {
            const QStringList values = field.kind == Kind::Role ? ProfileSchema::roles()
                                                                : ProfileSchema::accountStatuses();
            for (const QString &value : values)
                choice->addChoice(value, QString());
        }
        editor = choice;
        break;
    }
    default: {
        auto *line = new QLineEdit(parent);
        if (field.kind == Kind::Phone)
            line->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        else if (field.kind == Kind::Url)
            line->setInputMethodHints(Qt::ImhUrlCharactersOnly);
        else if (field.kind == Kind::Email)
            line->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        editor = line;
        break;
    }
    }
    retranslate(field, editor);
    return editor;
}

void ProfileFieldEditors::retranslate(const ProfileSchema::Field &field, QWidget *editor)
{
    if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setText(ProfileSchema::label(field.key));
    } else if (auto *choice = qobject_cast<ChoiceComboBox *>(editor)) {
        if (field.kind == Kind::UsState) {
            choice->setChoiceLabel(QString(), tr("(none)"));
            for (const UsState::Entry &state : UsState::all())
                choice->setChoiceLabel(state.code, tr("%1 — %2").arg(state.code, state.name));
        } else {
            for (int i = 0; i < choice->count(); ++i) {
                const QString value = choice->itemData(i).toString();
                choice->setChoiceLabel(value, ProfileSchema::valueLabel(field.key, value));
            }
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (field.kind == Kind::Phone)
            line->setPlaceholderText(tr("+1 650 253 0000"));
        else if (field.kind == Kind::Url)
            line->setPlaceholderText(QStringLiteral("https://"));
        else if (field.kind == Kind::Email)
            line->setPlaceholderText(tr("name@example.com"));
        else if (field.kind == Kind::Date)
            line->setPlaceholderText(tr("YYYY-MM-DD"));
    }
}

} // namespace valara
