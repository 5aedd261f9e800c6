// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemModel;

namespace valara {

// Tells a model (which gets no changeEvent()) that the interface language changed: installing or
// removing a QTranslator sends QEvent::LanguageChange to the application, which this watch sees
// through an event filter on it and passes on as changed(). A model then announces that its
// translated texts (headers, display texts, tooltips, messages) changed.
class LanguageChangeWatch : public QObject
{
    Q_OBJECT

public:
    explicit LanguageChangeWatch(QObject *parent = nullptr);

    // A watch owned by `model` that, on each change, announces every header section and every
    // top-level cell of it as changed, so that views read their texts again.
    static LanguageChangeWatch *announceOnChange(QAbstractItemModel *model);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace valara
