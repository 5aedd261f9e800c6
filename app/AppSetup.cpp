#include "app/AppSetup.h"

#include "app/AppLogging.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

#ifndef VALARA_APP_ID
#define VALARA_APP_ID "cloud.valara.Desk"
#endif

namespace valara {

void AppSetup::applyIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Valara Desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Valara"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("valara.cloud"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VALARA_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Valara Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(VALARA_APP_ID));
}

int AppSetup::installTranslations(QCoreApplication *app)
{
    int installed = 0;
    const QLocale locale;

    // Whatever translations are embedded (e.g. :/i18n/valara_de.qm): try each base name.
    static const QRegularExpression suffix(
        QStringLiteral("_[A-Za-z]{2,3}([_-][A-Za-z0-9]+)*\\.qm$"));
    QSet<QString> baseNames;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*.qm")});
    for (const QString &file : files) {
        const QRegularExpressionMatch match = suffix.match(file);
        if (match.hasMatch())
            baseNames.insert(file.left(match.capturedStart()));
    }
    for (const QString &baseName : std::as_const(baseNames)) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, baseName, QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(translator);
            ++installed;
            qCDebug(lcApp) << "installed translation" << translator->filePath();
        } else {
            delete translator;
        }
    }

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        ++installed;
    } else {
        delete qtTranslator;
    }
    return installed;
}

void AppSetup::applyWindowIcon()
{
    const QString embedded = QStringLiteral(":/icons/" VALARA_APP_ID ".svg");
    if (QFile::exists(embedded))
        QApplication::setWindowIcon(QIcon(embedded));
    else
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(VALARA_APP_ID)));
}

} // namespace valara
