#pragma once

class QCoreApplication;

namespace valara {

// Process-wide set-up of valara-desk, done once in main().
class AppSetup
{
public:
    // Application name, organization, version and desktop file name. Safe before the
    // application object exists.
    static void applyIdentity();
    // Installs the app's translations from :/i18n for the system locale, and Qt's own.
    // Returns how many translators were installed.
    static int installTranslations(QCoreApplication *app);
    // The window icon from :/icons, or the icon theme.
    static void applyWindowIcon();
};

} // namespace valara
