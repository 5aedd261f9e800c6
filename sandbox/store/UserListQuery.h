// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace valara::sandbox {

// One page of GET /api/v1/users as SQL (docs/api-contract.md, "GET /api/v1/users"): who the
// caller may see (R4), the filters, the order and the page. Every order ends with the id, so
// pages never overlap or skip a user.
class UserListQuery
{
public:
    enum class SortKey
    {
        Name,
        Email,
        Role,
        Team,
        CreatedAt,
        UpdatedAt
    };

    // R4: everyone (admins), or the caller and the members of the teams they manage.
    bool everyone = true;
    QString callerId;
    QStringList managedTeamIds;

    QString text; // q, trimmed; matched case-insensitively
    std::optional<QString> teamId;
    std::optional<QString> role;
    SortKey sortKey = SortKey::Name;
    bool descending = false;
    int limit = 50;
    int offset = 0;

    // "name", "-name", "email", ... as the query and the answer spell them.
    QString sortName() const;
    // Reads a `sort` value; false when it is not one of sortNames().
    bool setSort(const QString &value);
    static const QStringList &sortNames();

    // The WHERE clause (without the keyword; "1" when nothing restricts) and its bound values.
    QString whereClause(QVariantList *values) const;
    // The ORDER BY clause, without the keywords.
    QString orderClause() const;

    // The text q is compared with: the folded id, name, first, last and display names and e-mail.
    static QString searchText(const QString &id, const QStringList &fields);
    // How names and e-mails are compared (case-insensitively, Unicode-aware).
    static QString foldCase(const QString &text) { return text.toCaseFolded(); }
};

} // namespace valara::sandbox
