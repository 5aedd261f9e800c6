#pragma once

#include "ApiError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class ApiJob;
class PreferencesModel;

// Loads and saves users' preferences between a PreferencesModel and the Valara API: GET
// /api/v1/users/{id}/preferences fills a row; PATCH sends only the changed fields and the answer
// refreshes the row. A refusal leaves every edit in place and puts field messages on their fields.
class PreferencesEditor : public QObject
{
    Q_OBJECT

public:
    PreferencesEditor(ApiClient *client, PreferencesModel *model, QObject *parent = nullptr);

    PreferencesModel *model() const { return m_model; }
    void load(const QString &userId);
    // Sends the row's changes; false (and nothing sent) when there is nothing valid to send or a
    // request for this user is already under way.
    bool save(const QString &userId);
    bool isBusy(const QString &userId) const;

    // Which of the sent fields a server message is about: those it names, or the only one sent.
    static QHash<QString, QString> fieldErrorsFor(const ApiError &error, const QStringList &sent);

Q_SIGNALS:
    void busyChanged(const QString &userId, bool busy);
    void loaded(const QString &userId, const QString &requestId);
    void saved(const QString &userId, const QString &requestId);
    void failed(const QString &userId, const ApiError &error);

private:
    void track(const QString &userId, ApiJob *job);

    ApiClient *m_client;
    PreferencesModel *m_model;
    QHash<QString, QPointer<ApiJob>> m_jobs;
};
