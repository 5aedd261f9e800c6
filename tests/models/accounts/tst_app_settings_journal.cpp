// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accounts/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace valara;

// The change journal's settings: on by default, 180 days kept; stored values that are not a
// boolean or a number of days in range read as the defaults, and are never stored.
class TestAppSettingsJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaults()
    {
        auto qsettings = open();
        const AppSettings settings(qsettings.get());
        QCOMPARE(settings.journalEnabled(), true);
        QCOMPARE(settings.journalRetentionDays(), 180);
        using Key = AppSettings::Key;
        QCOMPARE(AppSettings::defaultValue(Key::JournalEnabled).toBool(), true);
        QCOMPARE(AppSettings::defaultValue(Key::JournalRetentionDays).toInt(), 180);
    }

    void roundTripThroughTheFile()
    {
        {
            auto qsettings = open();
            AppSettings settings(qsettings.get());
            settings.setJournalEnabled(false);
            settings.setJournalRetentionDays(30);
        }
        auto qsettings = open();
        const AppSettings settings(qsettings.get());
        QCOMPARE(settings.journalEnabled(), false);
        QCOMPARE(settings.journalRetentionDays(), 30);

        AppSettings writable(qsettings.get());
        writable.setJournalEnabled(true);
        writable.setJournalRetentionDays(AppSettings::MaxRetentionDays);
        QCOMPARE(writable.journalEnabled(), true);
        QCOMPARE(writable.journalRetentionDays(), AppSettings::MaxRetentionDays);
        writable.setJournalRetentionDays(AppSettings::MinRetentionDays);
        QCOMPARE(writable.journalRetentionDays(), AppSettings::MinRetentionDays);
    }

    void storedValuesOutOfRange_data()
    {
        QTest::addColumn<QVariant>("enabled");
        QTest::addColumn<QVariant>("days");
        QTest::newRow("zero days") << QVariant(true) << QVariant(0);
        QTest::newRow("negative") << QVariant(true) << QVariant(-5);
        QTest::newRow("too many") << QVariant(true) << QVariant(AppSettings::MaxRetentionDays + 1);
        QTest::newRow("words") << QVariant(QStringLiteral("yes please"))
                               << QVariant(QStringLiteral("forever"));
        QTest::newRow("fraction") << QVariant(QStringLiteral("1"))
                                  << QVariant(QStringLiteral("1.5"));
        QTest::newRow("a list")
            << QVariant(QStringList{QStringLiteral("false"), QStringLiteral("true")})
            << QVariant(QStringList{QStringLiteral("30"), QStringLiteral("40")});
    }

    void storedValuesOutOfRange()
    {
        QFETCH(QVariant, enabled);
        QFETCH(QVariant, days);
        {
            auto qsettings = open();
            qsettings->setValue(AppSettings::settingsKey(AppSettings::Key::JournalEnabled),
                                enabled);
            qsettings->setValue(AppSettings::settingsKey(AppSettings::Key::JournalRetentionDays),
                                days);
        }
        auto qsettings = open();
        const AppSettings settings(qsettings.get());
        if (enabled.typeId() != QMetaType::Bool)
            QCOMPARE(settings.journalEnabled(), true);
        QCOMPARE(settings.journalRetentionDays(), 180);
    }

    void outOfRangeIsNotStored()
    {
        auto qsettings = open();
        AppSettings settings(qsettings.get());
        settings.setJournalRetentionDays(30);
        settings.setJournalRetentionDays(0);
        QCOMPARE(settings.journalRetentionDays(), 180);
        settings.setJournalRetentionDays(AppSettings::MaxRetentionDays + 1);
        QCOMPARE(settings.journalRetentionDays(), 180);
        // The default is not written out: the file says only what differs from it.
        QVERIFY(
            !qsettings->contains(AppSettings::settingsKey(AppSettings::Key::JournalRetentionDays)));
    }

private:
    std::unique_ptr<QSettings> open() const
    {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("valara.ini")),
                                           QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestAppSettingsJournal)
#include "tst_app_settings_journal.moc"
