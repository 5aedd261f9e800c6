// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/export/FileExport.h"

#include <QSaveFile>

namespace valara {

bool FileExport::save(const QString &path, const Writer &write, QString *error)
{
    QSaveFile file(path);
    QString why;
    bool ok = file.open(QIODevice::WriteOnly);
    if (!ok)
        why = file.errorString();
    else if (!(ok = write(&file, &why)))
        file.cancelWriting();
    else if (!(ok = file.commit()))
        why = file.errorString();
    if (!ok && error)
        *error = why;
    return ok;
}

} // namespace valara
