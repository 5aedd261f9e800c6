#include "SandboxCommandLine.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("valara-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VALARA_VERSION));
    return SandboxCommandLine::run(QCoreApplication::arguments());
}
