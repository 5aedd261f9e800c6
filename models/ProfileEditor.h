#pragma once

#include "RecordEditor.h"

class ProfileModel;

// Loads and saves users' profiles (seed 001). GET /api/v1/users/{id} fills a row. A save with
// only ordinary fields PATCHes the changed fields in snake_case. A save that changes admin-only
// fields (admins only) fetches the user again just before and PUTs that full representation with
// the changes applied, so nothing the form did not change is wiped; when a field being saved was
// changed on the server meanwhile, nothing is sent, the edits stay and the conflict is reported.
class ProfileEditor : public RecordEditor
{
    Q_OBJECT

public:
    ProfileEditor(ApiClient *client, ProfileModel *model, QObject *parent = nullptr);

    ProfileModel *model() const { return m_model; }
    bool save(const QString &userId) override;
    // Says so when the save is a GET then a PUT of the whole profile.
    QString savePreview(const QString &userId) const override;

    // The body of a PUT: every updatable and admin-only field of `fresh` (the user as just read),
    // with `changes` applied. Read-only fields are left out.
    static QJsonObject fullRepresentation(const QJsonObject &fresh, const QJsonObject &changes);

protected:
    QString recordPath(const QString &userId) const override;
    ResponseShape answerShape() const override { return ResponseShape::user(); }

private:
    void putWithFreshCopy(const EditableRecordsModel::SaveTicket &ticket, const QJsonObject &base,
                          const ApiResult &fresh);

    ProfileModel *m_model;
};
