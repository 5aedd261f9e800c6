// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/DemoPeople.h"

#include "app/demo/DemoBackend.h"
#include "models/i18n/LanguageChangeWatch.h"
#include "ui/accounts/AccountSwitcher.h"
#include "ui/shell/MainWindow.h"

namespace valara {

void DemoPeople::offer(MainWindow *window, const SignIn &signIn)
{
    const QList<DemoBackend::Person> people = DemoBackend::people(DemoBackend::fixture());
    const auto labelOf = [](const DemoBackend::Person &person) {
        return tr("%1 — %2").arg(person.name, Caller::roleDisplayName(person.role));
    };
    QList<AccountSwitcher::Entry> entries;
    for (const DemoBackend::Person &person : people)
        entries.append({person.userId, labelOf(person)});
    AccountSwitcher *switcher = window->accountSwitcher();
    switcher->setAccounts(entries, people.isEmpty() ? QString() : people.constFirst().userId,
                          false);
    // The roles in the labels follow the language.
    QObject::connect(new LanguageChangeWatch(switcher), &LanguageChangeWatch::changed, switcher,
                     [switcher, people, labelOf] {
                         for (const DemoBackend::Person &person : people)
                             switcher->setItemText(switcher->findData(person.userId),
                                                   labelOf(person));
                     });
    QObject::connect(switcher, &AccountSwitcher::switchRequested, window,
                     [window, people, switcher, signIn](const QString &id) {
                         if (!window->maybeLeavePages())
                             return;
                         for (const DemoBackend::Person &person : people) {
                             if (person.userId == id) {
                                 switcher->setCurrent(id);
                                 signIn(person.apiKey);
                             }
                         }
                     });
}

} // namespace valara
