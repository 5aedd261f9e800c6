// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accounts/CredentialStore.h"

namespace valara {

QString CredentialStore::notFoundError()
{
    return tr("No key is stored for this account.");
}

QString CredentialStore::emptyKeyError()
{
    return tr("The account has no identifier, so its key cannot be stored.");
}

QString CredentialStore::emptySecretError()
{
    return tr("The key is empty.");
}

} // namespace valara
