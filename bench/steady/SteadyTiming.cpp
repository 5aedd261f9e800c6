// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/steady/SteadyTiming.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace valara::SteadyTiming {

namespace {
double median(Samples values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

Samples keystrokes(QWidget *window, QLineEdit *edit, int count)
{
    edit->setFocus(Qt::OtherFocusReason);
    QCoreApplication::processEvents();
    Samples samples;
    for (int i = 0; i < count; ++i) {
        const char key = char('a' + i % 26);
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(edit, key);
        QCoreApplication::processEvents();
        window->repaint();
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    return samples;
}

QList<QLineEdit *> textFields(QWidget *window)
{
    QList<QLineEdit *> fields;
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (!edit->isVisible() || !edit->isEnabled() || edit->isReadOnly())
            continue;
        if (edit->objectName().isEmpty() || edit->objectName().startsWith(QLatin1String("qt_"))) {
            auto *combo = qobject_cast<QComboBox *>(edit->parentWidget());
            if (!combo || combo->objectName().isEmpty())
                continue;
            edit->setObjectName(combo->objectName() + QStringLiteral("Text"));
        }
        fields.append(edit);
    }
    return fields;
}

bool report(const QString &what, Samples samples, Samples baseline, double goalMs)
{
    const double m = median(samples), b = median(baseline);
    const auto worstAt = std::max_element(samples.cbegin(), samples.cend());
    const double worst = samples.isEmpty() ? 0 : *worstAt;
    const bool met = worst <= goalMs;
    std::printf("%s: median %.2f ms, worst %.2f ms (#%d of %d); bare median %.2f ms, ratio %.1f; "
                "goal <= %.0f ms %s\n",
                qPrintable(what), m, worst, int(worstAt - samples.cbegin()) + 1,
                int(samples.size()), b, b > 0 ? m / b : 0, goalMs, met ? "met" : "NOT met");
    std::fflush(stdout);
    return met;
}

AnswerClock::AnswerClock(QNetworkAccessManager *network, const QString &pathEnd)
    : m_pathEnd(pathEnd)
{
    connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (m_armed && reply->url().path().endsWith(m_pathEnd)) {
            m_clock.start();
            m_armed = false;
            m_answered = true;
        }
    });
}

void AnswerClock::arm()
{
    m_armed = true;
    m_answered = false;
}

} // namespace valara::SteadyTiming
