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
    switch (field.kind) {
    case Kind::Multiline: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 6);
        return edit;
    }
    case Kind::Bool: {
        return new QCheckBox(ProfileSchema::label(field.key), parent);
    }
    case Kind::UsState:
    case Kind::Role:
    case Kind::AccountStatus: {
        auto *choice = new ChoiceComboBox(parent);
        if (field.kind == Kind::UsState) {
            choice->addChoice(QString(), tr("(none)"));
            for (const UsState::Entry &state : UsState::all())
                choice->addChoice(state.code, tr("%1 — %2").arg(state.code, state.name));
        } else {
            const QStringList values = field.kind == Kind::Role ? ProfileSchema::roles()
                                                                : ProfileSchema::accountStatuses();
            for (const QString &value : values)
                choice->addChoice(value, ProfileSchema::valueLabel(field.key, value));
        }
        return choice;
    }
    default:
        break;
    }
    auto *line = new QLineEdit(parent);
    switch (field.kind) {
    case Kind::Phone:
        line->setPlaceholderText(tr("+1 650 253 0000"));
        line->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        break;
    case Kind::Url:
        line->setPlaceholderText(QStringLiteral("https://"));
        line->setInputMethodHints(Qt::ImhUrlCharactersOnly);
        break;
    case Kind::Email:
        line->setPlaceholderText(tr("name@example.com"));
        line->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        break;
    case Kind::Date:
        line->setPlaceholderText(tr("YYYY-MM-DD"));
        break;
    default:
        break;
    }
    return line;
}

} // namespace valara
