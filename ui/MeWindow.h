#pragma once

#include <QMainWindow>

class ApiClient;
class MePage;
class QLabel;

// The window of a Me API account (docs/api-contract.md M1-M13): the account has no user list, only
// the signed-in user, so the Me page fills it. A status bar shows the last request id.
class MeWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `client` is not owned. The window takes `page` over. `demo` shows the demo banner.
    MeWindow(ApiClient *client, MePage *page, bool demo, QWidget *parent = nullptr);

    MePage *page() const { return m_page; }

protected:
    // Unsaved changes are not lost silently: the page asks first.
    void closeEvent(QCloseEvent *event) override;

private:
    MePage *m_page;
    QLabel *m_requestId;
};
