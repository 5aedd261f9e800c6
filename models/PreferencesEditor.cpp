#include "PreferencesEditor.h"

#include "ApiClient.h"
#include "PreferenceSchema.h"
#include "PreferencesModel.h"

PreferencesEditor::PreferencesEditor(ApiClient *client, PreferencesModel *model, QObject *parent)
    : RecordEditor(client, model, parent)
    , m_model(model)
{}

QString PreferencesEditor::recordPath(const QString &userId) const
{
    return QStringLiteral("/api/v1/users/%1/preferences").arg(ApiClient::pathSegment(userId));
}

ResponseShape PreferencesEditor::answerShape() const
{
    return ResponseShape::object(&PreferenceSchema::answerProblem);
}
