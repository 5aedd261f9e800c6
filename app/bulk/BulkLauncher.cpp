// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/BulkLauncher.h"

#include "app/AppLogging.h"
#include "models/bulk/BulkResultsModel.h"
#include "models/profile/ProfileSchema.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/preferences/PreferenceEditors.h"
#include "ui/profile/ProfileFieldEditors.h"
#include "ui/widgets/ChoiceComboBox.h"

namespace valara {

BulkLauncher::BulkLauncher(ApiClient *client, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
{}

BulkLauncher::~BulkLauncher()
{
    closeAll();
}

void BulkLauncher::closeAll()
{
    for (const QPointer<BulkChangeDialog> &dialog : std::exchange(m_dialogs, {}))
        delete dialog.data();
}

BulkChangeDialog *BulkLauncher::open(BulkChange::Kind kind, const BulkPeople &people)
{
    if (!m_client || people.ids.isEmpty() || !m_caller.isValid() ||
        (kind == BulkChange::Kind::Profiles && !m_caller.mayEditAdminFields()))
        return nullptr;
    qCInfo(lcApp) << "bulk change of" << people.ids.size() << "people";
    auto *change = new BulkChange(kind, m_client, m_journal, m_caller, people);
    BulkValuesForm::EditorFactory makeEditor = &PreferenceEditors::create;
    if (kind == BulkChange::Kind::Profiles) {
        makeEditor = [](const QString &key, QWidget *parent) {
            QWidget *editor = ProfileFieldEditors::create(*ProfileSchema::find(key), parent);
            editor->setObjectName(ProfileSchema::camelCase(key) + QStringLiteral("Field"));
            return editor;
        };
    }
    auto *dialog = new BulkChangeDialog(change, makeEditor, m_window);
    BulkValuesForm *form = dialog->valuesForm();
    if (kind == BulkChange::Kind::Preferences) {
        // How each date format and unit reads, as on a person's page.
        const auto showPreviews = [form] {
            PreferenceEditors::showPreviews(
                qobject_cast<ChoiceComboBox *>(form->editor(QStringLiteral("date_time_format"))),
                qobject_cast<ChoiceComboBox *>(form->editor(QStringLiteral("measurement_unit"))),
                QString());
        };
        showPreviews();
        form->setEditorRetranslator([showPreviews](const QString &key, QWidget *editor) {
            PreferenceEditors::retranslate(key, editor);
            showPreviews();
        });
    } else {
        form->setEditorRetranslator([](const QString &key, QWidget *editor) {
            ProfileFieldEditors::retranslate(*ProfileSchema::find(key), editor);
        });
    }
    change->setParent(dialog); // goes with the window, which only closes once nothing is sent
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(change, &BulkChange::stageChanged, this, [this, change](BulkChange::Stage stage) {
        if (stage != BulkChange::Stage::Finished || !m_onApplied)
            return;
        QStringList applied;
        for (const BulkMember &member : change->results()->members()) {
            if (member.outcome == BulkMember::Outcome::Applied)
                applied << member.userId;
        }
        if (!applied.isEmpty())
            m_onApplied(applied);
    });
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace valara
