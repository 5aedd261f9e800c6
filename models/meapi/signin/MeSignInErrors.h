// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/meapi/signin/MeSignIn.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace valara {

struct ApiError;

// What a refusal of the identity service (docs/api-contract.md S9) means to the person signing
// in, in their language: the field it concerns, if any, and one sentence.
class MeSignInErrors
{
    Q_DECLARE_TR_FUNCTIONS(MeSignInErrors)

public:
    struct Explained
    {
        std::optional<MeSignIn::Field> field;
        QString text;
    };
    static Explained explain(const ApiError &error);
};

} // namespace valara
