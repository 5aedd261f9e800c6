// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace valara {

// Writes an export (a CSV...) to a file all at once: through a QSaveFile, so the file appears
// only when complete, and a failed export leaves none (an earlier file of that name stays whole).
class FileExport
{
public:
    // `write` fills the device, or returns false with why in its error. False, with why in
    // *error, when the file could not be opened, written or committed.
    using Writer = std::function<bool(QIODevice *device, QString *error)>;
    static bool save(const QString &path, const Writer &write, QString *error);
};

} // namespace valara
