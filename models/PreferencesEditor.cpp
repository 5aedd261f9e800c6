#include "PreferencesEditor.h"

#include "ApiClient.h"
#include "Endpoints.h"
#include "PreferenceSchema.h"
#include "PreferencesModel.h"

PreferencesEditor::PreferencesEditor(ApiClient *client, PreferencesModel *model, QObject *parent)
    : RecordEditor(client, model, parent)
    , m_model(model)
{}

QString PreferencesEditor::recordPath(const QString &userId) const
{
    return Endpoints::preferences(userId);
}

ResponseShape PreferencesEditor::answerShape() const
{
    return ResponseShape::object(&PreferenceSchema::answerProblem);
}
