// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bulk/BulkValues.h"

#include "models/records/EditableRecordsModel.h"

namespace valara {

namespace {
const QString FormRowId = QStringLiteral("bulk-change-values");
} // namespace

BulkValues::BulkValues(EditableRecordsModel *form, const QStringList &offeredKeys, QObject *parent)
    : QObject(parent)
    , m_form(form)
{
    for (const QString &key : offeredKeys) {
        if (form->columnOfKey(key) >= 0)
            m_offered.append(key);
    }
    form->ensureUser(FormRowId);
    form->setServerValues(FormRowId, QJsonObject()); // the defaults, as a new record shows them
    connect(form, &EditableRecordsModel::dataChanged, this, &BulkValues::changed);
}

int BulkValues::row() const
{
    return m_form->rowOf(FormRowId);
}

QString BulkValues::label(const QString &key) const
{
    return m_form->headerData(m_form->columnOfKey(key), Qt::Horizontal).toString();
}

void BulkValues::setTouched(const QString &key, bool touched)
{
    if (!m_offered.contains(key) || touched == m_touched.contains(key))
        return;
    if (touched)
        m_touched.insert(key);
    else
        m_touched.remove(key);
    Q_EMIT changed();
}

QStringList BulkValues::touchedKeys() const
{
    QStringList keys;
    for (const QString &key : m_offered) {
        if (m_touched.contains(key))
            keys.append(key);
    }
    return keys;
}

QJsonObject BulkValues::values() const
{
    return m_form->formValues(row(), touchedKeys());
}

QString BulkValues::problem(const QString &key) const
{
    if (!m_touched.contains(key))
        return {};
    return m_form->index(row(), m_form->columnOfKey(key))
        .data(EditableRecordsModel::ErrorRole)
        .toString();
}

bool BulkValues::isReady() const
{
    if (m_touched.isEmpty())
        return false;
    for (const QString &key : m_touched) {
        if (!problem(key).isEmpty())
            return false;
    }
    return true;
}

} // namespace valara
