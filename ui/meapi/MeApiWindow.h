#pragma once

#include <QMainWindow>

class QLabel;

namespace valara {

class ApiClient;
class MeApiPage;

// The window of a Me API account (docs/api-contract.md M1-M13): the account has no user list, only
// the signed-in user, so the Me page fills it. A status bar shows the last request id.
class MeApiWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `client` is not owned. The window takes `page` over. `demo` shows the demo banner.
    MeApiWindow(ApiClient *client, MeApiPage *page, bool demo, QWidget *parent = nullptr);

    MeApiPage *page() const { return m_page; }

protected:
    // Unsaved changes are not lost silently: the page asks first.
    void closeEvent(QCloseEvent *event) override;

private:
    MeApiPage *m_page;
    QLabel *m_requestId;
};

} // namespace valara
