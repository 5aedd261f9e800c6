// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTranslator>

namespace valara {

// The pseudo-locale (VALARA_PSEUDO_LOCALE=1): every string of Valara Desk comes back about 40 %
// longer, between markers ("⟦Save·····⟧"), so a screenshot shows at once a string that does not go
// through tr() (no markers), one clipped by its widget (no closing marker) and the space a longer
// language needs. Placeholders, mnemonics and the text itself are kept, so the app still works.
// Qt's own strings (contexts of Qt classes, such as key names) are left alone.
class PseudoTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit PseudoTranslator(QObject *parent = nullptr);

    // Where the English text comes from first (the English plural forms), if anywhere.
    void setBase(QTranslator *base);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    // The pseudo form of an English text; wrapped() tells whether a text already is one.
    static QString expand(const QString &text);
    static bool wrapped(const QString &text);

    static constexpr QChar open = QChar(0x27E6);  // ⟦
    static constexpr QChar close = QChar(0x27E7); // ⟧

private:
    static bool isQtContext(const char *context);

    QPointer<QTranslator> m_base;
};

} // namespace valara
