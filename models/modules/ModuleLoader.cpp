// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/modules/ModuleLoader.h"

#include "models/ModelsLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace valara {

bool ModuleLoader::load(QLibrary &library, const QString &fileName, const QString &buildPath,
                        const char *versionSymbol, int version, QString *problem)
{
    QStringList places;
    if (QCoreApplication::instance())
        places.append(QDir(QCoreApplication::applicationDirPath())
                          .filePath(QStringLiteral(VALARA_MODULE_DIR_FROM_BIN "/") + fileName));
    places.append(buildPath);
    QStringList problems;
    for (const QString &place : places) {
        if (!QFile::exists(place)) {
            problems.append(QStringLiteral("no %1").arg(place));
            continue;
        }
        library.setFileName(place);
        if (!library.load()) {
            problems.append(library.errorString());
            continue;
        }
        using VersionFunction = int (*)();
        const auto versionOf = reinterpret_cast<VersionFunction>(library.resolve(versionSymbol));
        if (versionOf && versionOf() == version) {
            qCDebug(lcModels) << "module" << place;
            return true;
        }
        problems.append(QStringLiteral("%1 is not version %2").arg(place).arg(version));
        library.unload();
    }
    *problem = problems.join(QStringLiteral("; "));
    qCWarning(lcModels).noquote() << "module" << fileName << "not loaded:" << *problem;
    return false;
}

} // namespace valara
