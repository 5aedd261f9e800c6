// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalTestSupport.h"
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "models/journal/ChangeJournal.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace valara::testing {

// A preferences editor signed in (as the broker b1 unless told) against a real sandbox,
// journaling into a journal of its own: what the tests of drafts, of changes sent again and of
// bulk changes start from.
struct JournalEditorFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    QNetworkAccessManager network;
    std::unique_ptr<SandboxHarness> sandbox;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ChangeJournal> journal;
    std::unique_ptr<PreferencesModel> model;
    std::unique_ptr<PreferencesEditor> editor;

    // False, with *error, when the sandbox or the journal cannot start.
    bool setUp(QString *error, const QByteArray &apiKey = "key-broker-b1")
    {
        dir = std::make_unique<QTemporaryDir>();
        sandbox = std::make_unique<SandboxHarness>();
        if (!sandbox->isReady()) {
            *error = sandbox->error();
            return false;
        }
        client = makeTestClient(*sandbox, &network, apiKey);
        journal = std::make_unique<ChangeJournal>(JournalTest::AccountId,
                                                  dir->filePath(QStringLiteral("j.sqlite")));
        if (!journal->open()) {
            *error = journal->lastProblem();
            return false;
        }
        model = std::make_unique<PreferencesModel>();
        editor = std::make_unique<PreferencesEditor>(client.get(), model.get());
        editor->setJournal(journal.get());
        return true;
    }
    // In reverse order of setUp(); what the test built on the editor goes first.
    void tearDown()
    {
        editor.reset();
        model.reset();
        journal.reset();
        client.reset();
        sandbox.reset();
    }
    bool load(const QString &user)
    {
        QSignalSpy loaded(editor.get(), &PreferencesEditor::loaded);
        editor->load(user);
        return loaded.wait(5000);
    }
    bool edit(const QString &user, const QString &key, const QString &value)
    {
        return model->setEditedValue(model->rowOf(user), key, value);
    }
};

} // namespace valara::testing
