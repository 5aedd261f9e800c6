// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ModuleLoader: a module is loaded only when it is there, says its interface's version and
// exports every function asked for; otherwise the problem names every place tried.
#include "models/modules/ModuleLoader.h"

#include <QLibrary>
#include <QTest>

using namespace valara;

class TestModuleLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBuiltModuleLoads()
    {
        QLibrary library;
        QString problem;
        QVERIFY2(ModuleLoader::load(library, QStringLiteral("valara-phonenumber.so"),
                                    QStringLiteral(VALARA_TEST_PHONE_MODULE),
                                    "valara_phone_version", 1, {"valara_phone_check"}, &problem),
                 qPrintable(problem));
        QVERIFY(library.isLoaded());
        QVERIFY(library.resolve("valara_phone_check"));
    }

    void aMissingModuleSaysWhereItWasLookedFor()
    {
        QLibrary library;
        QString problem;
        QVERIFY(!ModuleLoader::load(library, QStringLiteral("valara-nothing.so"),
                                    QStringLiteral("/nonexistent/valara-nothing.so"),
                                    "valara_nothing_version", 1, {}, &problem));
        QVERIFY2(problem.contains(QLatin1String("valara-nothing.so")), qPrintable(problem));
        QVERIFY(problem.contains(QLatin1String("/nonexistent/valara-nothing.so")));
        QVERIFY(!library.isLoaded());
    }

    void anotherVersionIsRefused()
    {
        QLibrary library;
        QString problem;
        QVERIFY(!ModuleLoader::load(library, QStringLiteral("valara-phonenumber.so"),
                                    QStringLiteral(VALARA_TEST_PHONE_MODULE),
                                    "valara_phone_version", 2, {}, &problem));
        QVERIFY2(problem.contains(QLatin1String("is not version 2")), qPrintable(problem));
    }

    void aMissingFunctionIsRefused()
    {
        QLibrary library;
        QString problem;
        QVERIFY(!ModuleLoader::load(library, QStringLiteral("valara-phonenumber.so"),
                                    QStringLiteral(VALARA_TEST_PHONE_MODULE),
                                    "valara_phone_version", 1,
                                    {"valara_phone_check", "valara_phone_format"}, &problem));
        QVERIFY2(problem.contains(QLatin1String("has no function valara_phone_format")),
                 qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestModuleLoader)
#include "tst_module_loader.moc"
