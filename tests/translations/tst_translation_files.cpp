// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each translation against its source, message by message: the same placeholders (%1, %n, %L1…),
// a mnemonic where the source has one, and the ellipsis where the source ends with one. What the
// translations_complete test does not see: a finished translation can still be wrong in these.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool finished = true;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, true};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            message.finished = type.isEmpty();
            // A plural message holds <numerusform>s; a plain one, its text.
            QStringList forms;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            message.translations = forms.isEmpty() ? QStringList{text} : forms;
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

bool hasMnemonic(const QString &text)
{
    // "&&" is a literal ampersand; "&x" marks a mnemonic.
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return pattern.match(text).hasMatch();
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachTranslationKeepsWhatItsSourceNeeds_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "es", "fr", "en"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void eachTranslationKeepsWhatItsSourceNeeds()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(VALARA_TRANSLATIONS_DIR "/valara_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &message : messages) {
            if (!message.finished)
                continue; // translations_complete reports those
            const QString where = message.context + QStringLiteral(": \"") + message.source + u'"';
            for (const QString &translation : message.translations) {
                if (translation.isEmpty())
                    problems.append(where + QStringLiteral(" has an empty form"));
                else if (placeholders(translation) != placeholders(message.source))
                    problems.append(
                        where + QStringLiteral(" → \"%1\": placeholders differ").arg(translation));
                else if (hasMnemonic(message.source) != hasMnemonic(translation))
                    problems.append(where + QStringLiteral(" → \"%1\": mnemonic").arg(translation));
                else if (message.source.endsWith(QChar(0x2026)) &&
                         !translation.endsWith(QChar(0x2026)))
                    problems.append(where + QStringLiteral(" → \"%1\": ellipsis").arg(translation));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theCheckCatchesAMismatch()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %n at %L2")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%L2"), QStringLiteral("%n")}));
        QVERIFY(hasMnemonic(QStringLiteral("&Save")));
        QVERIFY(hasMnemonic(QStringLiteral("Sa&ve")));
        QVERIFY(!hasMnemonic(QStringLiteral("Tom && Jerry")));
        QVERIFY(!hasMnemonic(QStringLiteral("A & B")));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translation_files.moc"
