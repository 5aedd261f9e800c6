// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/profile/ProfileSchema.h"

#include <QHash>
#include <QWidget>

class QDataWidgetMapper;
class QFormLayout;
class QGroupBox;
class QLabel;

namespace valara {

class FieldErrorLabel;
class ProfileModel;

// Every field of a profile, grouped in sections (Personal, Public contact, Brokerage and license,
// Bio and social, Location, Account), each with its buddy label (the accessible name) and a
// message line for errors and warnings. Shows one ProfileModel row through a QDataWidgetMapper;
// each edit goes to the model as it is made. Locked fields are read-only and say why.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    // `header` (may be null) is shown first in the Personal section, as "Photo".
    ProfileForm(ProfileModel *model, QWidget *header, QWidget *parent = nullptr);

    void setRow(int row);
    int row() const { return m_row; }
    // The editor of a field by its snake_case key; its object name is the camelCase key + "Field".
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    // Errors, warnings, locks and enabled state from the model.
    void refreshState();

Q_SIGNALS:
    void edited(const QString &key); // the user changed a field

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addField(QFormLayout *form, const ProfileSchema::Field &field);
    void commit(const QString &key);

    ProfileModel *m_model;
    QDataWidgetMapper *m_mapper;
    int m_row = -1;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, FieldErrorLabel *> m_messages;
    QLabel *m_adminNote = nullptr;
    QLabel *m_photoLabel = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<int, QGroupBox *> m_groups;
};

} // namespace valara
