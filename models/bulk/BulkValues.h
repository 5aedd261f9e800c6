// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace valara {

class EditableRecordsModel;

// The values of a bulk change as the user chooses them. They are typed into a row of their own in
// a model of the members' kind (a PreferencesModel, a ProfileModel), so the form uses the same
// editors, conversions and checks as a single person's page. Only the fields the user touched
// (ticked) are part of the change; the others are never sent.
class BulkValues : public QObject
{
    Q_OBJECT

public:
    // `form` (not owned) gets a row of its own, with no server values behind it but the defaults.
    // `offeredKeys`: the fields the change may set, in the order the form shows them.
    BulkValues(EditableRecordsModel *form, const QStringList &offeredKeys,
               QObject *parent = nullptr);

    EditableRecordsModel *form() const { return m_form; }
    int row() const;
    const QStringList &offeredKeys() const { return m_offered; }
    QString label(const QString &key) const;

    void setTouched(const QString &key, bool touched);
    bool isTouched(const QString &key) const { return m_touched.contains(key); }
    // In the form's order.
    QStringList touchedKeys() const;
    // The touched fields with the values to send (wire form).
    QJsonObject values() const;
    // What is wrong with a touched field's value, or empty.
    QString problem(const QString &key) const;
    // Something is touched and nothing touched has a problem.
    bool isReady() const;

Q_SIGNALS:
    // A value or the set of touched fields changed.
    void changed();

private:
    EditableRecordsModel *m_form;
    QStringList m_offered;
    QSet<QString> m_touched;
};

} // namespace valara
