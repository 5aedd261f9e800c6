// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/i18n/LanguageChangeWatch.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

namespace valara {

LanguageChangeWatch::LanguageChangeWatch(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

LanguageChangeWatch *LanguageChangeWatch::announceOnChange(QAbstractItemModel *model)
{
    auto *watch = new LanguageChangeWatch(model);
    connect(watch, &LanguageChangeWatch::changed, model, [model] {
        const int rows = model->rowCount();
        const int columns = model->columnCount();
        if (columns > 0)
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (rows > 0)
            Q_EMIT model->headerDataChanged(Qt::Vertical, 0, rows - 1);
        if (rows > 0 && columns > 0)
            Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
    });
    return watch;
}

bool LanguageChangeWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        Q_EMIT changed();
    return QObject::eventFilter(watched, event);
}

} // namespace valara
