// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/modules/ModuleLoader.h"

#include "models/ModelsLogging.h"
#include "models/modules/ModuleExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <algorithm>

namespace valara {

bool ModuleLoader::load(QLibrary &library, const QString &fileName, const QString &buildPath,
                        const char *versionSymbol, int version,
                        std::initializer_list<const char *> functions, QString *problem)
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
        const auto versionOf =
            reinterpret_cast<ModuleVersionFunction>(library.resolve(versionSymbol));
        const auto missing =
            std::find_if(functions.begin(), functions.end(),
                         [&library](const char *name) { return !library.resolve(name); });
        if (versionOf && versionOf() == version && missing == functions.end()) {
            qCDebug(lcModels) << "module" << place;
            return true;
        }
        problems.append(missing == functions.end() || !versionOf || versionOf() != version
                            ? QStringLiteral("%1 is not version %2").arg(place).arg(version)
                            : QStringLiteral("%1 has no function %2")
                                  .arg(place, QString::fromLatin1(*missing)));
        library.unload();
    }
    *problem = problems.join(QStringLiteral("; "));
    qCWarning(lcModels).noquote() << "module" << fileName << "not loaded:" << *problem;
    return false;
}

} // namespace valara
