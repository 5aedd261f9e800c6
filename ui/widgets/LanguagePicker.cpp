// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/LanguagePicker.h"

#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSet>

namespace valara {

LanguagePicker::LanguagePicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // As wide as a long name, not measured over every entry: measuring them all would load a
    // fallback font for each script the native names are written in (start-up, bench_startup).
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    setProperty("valaraData", true); // languages by their own names, in their own language
    QSet<QString> seen;
    QList<QPair<QString, QString>> entries; // label, tag
    const QList<QLocale> locales =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : locales) {
        if (locale.language() == QLocale::C)
            continue;
        const QString tag = tagOf(locale);
        if (seen.contains(tag))
            continue;
        seen.insert(tag);
        QString name = locale.nativeLanguageName();
        if (!locale.nativeTerritoryName().isEmpty())
            name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        entries.append({QStringLiteral("%1 — %2").arg(name, tag), tag});
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[label, tag] : entries)
        addItem(label, tag);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    // Rows of one height, so that neither list measures every name (see above). The combo box's
    // own list and the completer's each lay out all the rows otherwise, on every style change.
    for (QAbstractItemView *list : {view(), completer()->popup()}) {
        if (auto *listView = qobject_cast<QListView *>(list))
            listView->setUniformItemSizes(true);
    }
    connect(this, &QComboBox::activated, this, [this](int index) {
        m_tag = itemData(index).toString();
        Q_EMIT languageTagChanged(m_tag);
    });
    // The text shown is the value, as it is typed or highlighted in the completions: a save never
    // reads an older one, and a model refresh never replaces the text (the value it would write
    // is the one shown). Programmatic changes set m_tag first, so they are not user changes.
    connect(lineEdit(), &QLineEdit::textChanged, this, &LanguagePicker::commitText);
}

QString LanguagePicker::tagOf(const QLocale &locale)
{
    QString tag = QLocale::languageToCode(locale.language());
    const QStringList parts = locale.name().split(QLatin1Char('_'));
    if (locale.script() != QLocale::AnyScript && locale.name().count(QLatin1Char('_')) > 1)
        tag += QLatin1Char('-') + QLocale::scriptToCode(locale.script());
    if (locale.territory() != QLocale::AnyTerritory && parts.size() > 1)
        tag += QLatin1Char('-') + QLocale::territoryToCode(locale.territory());
    return tag;
}

QString LanguagePicker::languageTag() const
{
    return m_tag;
}

void LanguagePicker::setLanguageTag(const QString &tag)
{
    if (tag == m_tag && tagOfText(currentText()) == tag)
        return; // already shown, perhaps as typed: the text and the cursor stay
    m_tag = tag;
    const int index = findData(tag);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(tag); // kept as it is, even when Qt has no locale for it
}

QString LanguagePicker::tagOfText(const QString &typed) const
{
    const QString text = typed.trimmed();
    int index = findText(text);
    if (index < 0)
        index = findData(text);
    return index >= 0 ? itemData(index).toString() : text;
}

void LanguagePicker::commitText()
{
    const QString tag = tagOfText(currentText());
    if (tag == m_tag)
        return;
    m_tag = tag;
    Q_EMIT languageTagChanged(m_tag);
}

} // namespace valara
