// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A change of language reaches the models: LanguageChangeWatch says so when a translator is
// installed or removed, and a model that owns one announces its headers and cells as changed, so
// that views show them in the new language (UserListModel: its headers, roles and "No team").
#include "models/i18n/LanguageChangeWatch.h"
#include "models/i18n/PseudoTranslator.h"
#include "models/people/UserListModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace valara;

class TestLanguageChangeWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhenATranslatorComesOrGoes()
    {
        LanguageChangeWatch watch;
        QSignalSpy changed(&watch, &LanguageChangeWatch::changed);
        PseudoTranslator pseudo;
        QVERIFY(QCoreApplication::installTranslator(&pseudo));
        QCOMPARE(changed.size(), 1);
        QVERIFY(QCoreApplication::removeTranslator(&pseudo));
        QCOMPARE(changed.size(), 2);
        // Other events of the application are not a change of language.
        QEvent other(QEvent::User);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &other);
        QCOMPARE(changed.size(), 2);
    }

    void aModelShowsTheNewLanguage()
    {
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setUsers(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                                              {QStringLiteral("name"), QStringLiteral("Ada Agent")},
                                              {QStringLiteral("role"), QStringLiteral("agent")}},
                                  QJsonObject{{QStringLiteral("id"), QStringLiteral("u2")},
                                              {QStringLiteral("name"), QStringLiteral("Bo Broker")},
                                              {QStringLiteral("role"), QStringLiteral("broker")},
                                              {QStringLiteral("team_id"), QStringLiteral("t1")}}});
        const QModelIndex role = model.index(0, UserListModel::RoleColumn);
        const QModelIndex noTeam = model.index(0, UserListModel::TeamColumn);
        QCOMPARE(model.headerData(UserListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(role.data().toString(), QStringLiteral("Agent"));
        QCOMPARE(noTeam.data(Qt::ToolTipRole).toString(), QStringLiteral("No team"));

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        PseudoTranslator pseudo;
        QVERIFY(QCoreApplication::installTranslator(&pseudo));
        QVERIFY(!headers.isEmpty());
        QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(headers.first().at(1).toInt(), 0);
        QCOMPARE(headers.first().at(2).toInt(), UserListModel::ColumnCount - 1);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.first().at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(cells.first().at(1).toModelIndex(),
                 model.index(1, UserListModel::ColumnCount - 1));
        QVERIFY(PseudoTranslator::wrapped(
            model.headerData(UserListModel::NameColumn, Qt::Horizontal).toString()));
        QVERIFY(PseudoTranslator::wrapped(role.data().toString()));
        QVERIFY(PseudoTranslator::wrapped(noTeam.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.index(1, UserListModel::TeamColumn).data().toString(),
                 QStringLiteral("t1")); // data stays as it is

        QVERIFY(QCoreApplication::removeTranslator(&pseudo));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(model.headerData(UserListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(role.data().toString(), QStringLiteral("Agent"));
        QCOMPARE(noTeam.data(Qt::ToolTipRole).toString(), QStringLiteral("No team"));
    }

    void anEmptyModelAnnouncesOnlyItsHeaders()
    {
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        PseudoTranslator pseudo;
        QVERIFY(QCoreApplication::installTranslator(&pseudo));
        QVERIFY(QCoreApplication::removeTranslator(&pseudo));
        QCOMPARE(headers.size(), 2);
        QCOMPARE(cells.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLanguageChangeWatch)
#include "tst_language_change_watch.moc"
