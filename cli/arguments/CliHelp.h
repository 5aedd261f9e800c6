#pragma once

#include <QString>

namespace valara {

// The text of valara-cli --help: commands, options, the FIELD=VALUE rules, every field with its
// allowed values (read from PreferenceSchema and ProfileSchema), environment and exit codes.
class CliHelp
{
public:
    static QString text();
    static QString versionText();

private:
    static QString preferenceFields();
    static QString profileFields();
};

} // namespace valara
