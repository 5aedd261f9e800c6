// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profile/ProfileModel.h"

namespace valara {

namespace {

const ProfileSchema::Field &fieldOf(int column)
{
    return ProfileSchema::fields().at(column);
}

} // namespace

ProfileModel::ProfileModel(QObject *parent)
    : EditableRecordsModel(parent)
{}

int ProfileModel::columnOf(const QString &fieldKey)
{
    const auto &fields = ProfileSchema::fields();
    for (int column = 0; column < fields.size(); ++column) {
        if (fields.at(column).key == fieldKey)
            return column;
    }
    return -1;
}

QString ProfileModel::fieldAt(int column)
{
    const auto &fields = ProfileSchema::fields();
    return column >= 0 && column < fields.size() ? fields.at(column).key : QString();
}

void ProfileModel::setCaller(const Caller &caller)
{
    if (caller == m_caller)
        return;
    m_caller = caller;
    refreshAll();
}

void ProfileModel::setPhoneRegion(const QString &region)
{
    if (region == m_phoneRegion)
        return;
    m_phoneRegion = region;
    refreshAll();
}

QString ProfileModel::profileLockReason(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    if (!m_caller.mayEditProfileOf(userAt(row)))
        return tr("Only the person themselves or an administrator can change this profile.");
    return {};
}

bool ProfileModel::changesAdminFields(int row) const
{
    const QJsonObject body = changes(row);
    for (auto it = body.begin(); it != body.end(); ++it) {
        const ProfileSchema::Field *field = ProfileSchema::find(it.key());
        if (field && field->adminOnly)
            return true;
    }
    return false;
}

int ProfileModel::fieldCount() const
{
    return int(ProfileSchema::fields().size());
}

QString ProfileModel::fieldLabel(int column) const
{
    return ProfileSchema::label(fieldAt(column));
}

QJsonValue ProfileModel::fromForm(int column, const QVariant &input) const
{
    if (fieldOf(column).kind == ProfileSchema::Kind::Bool)
        return input.toBool();
    return input.toString();
}

QString ProfileModel::problem(int column, const QJsonValue &edited) const
{
    return ProfileSchema::problem(fieldOf(column), edited, m_phoneRegion);
}

QString ProfileModel::warning(int column, const QJsonValue &edited) const
{
    return ProfileSchema::warning(fieldOf(column), edited, m_phoneRegion);
}

QJsonValue ProfileModel::wireValue(int column, const QJsonValue &edited) const
{
    return ProfileSchema::normalised(fieldOf(column), edited, m_phoneRegion);
}

QString ProfileModel::lockReason(int row, int column) const
{
    const QString profile = profileLockReason(row);
    if (!profile.isEmpty())
        return profile;
    if (fieldOf(column).adminOnly && !m_caller.mayEditAdminFields())
        return tr("Only administrators can change this field.");
    return {};
}

} // namespace valara
