// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// A GUI smoke run for the leak check (issue #9): the main window on test:///default and a
// second private test-driver host, wait for the list, open and close every dialog the
// window's actions open (and the credential and host key dialogs), quit, and tear
// everything down the way the app does. Run under LeakSanitizer (asan preset) by the
// ctest leak.gui_smoke, with tests/leak/lsan.supp for Qt's and the libraries' one-time
// allocations: any leak left is reported and fails the run.
#include "Connection.h"
#include "ConnectionConfig.h"
#include "ConnectionManager.h"
#include "CredentialExchange.h"
#include "CredentialPrompter.h"
#include "HostKeyQuestion.h"
#include "HostTreeModel.h"
#include "HostTreeProxyModel.h"
#include "HostTreeView.h"
#include "LibvirtEventLoop.h"
#include "MainWindow.h"
#include "MigrationHistory.h"
#include "NodeXmlGenerator.h"
#include "SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

int g_failures = 0;

void fail(const QString &what)
{
    std::fprintf(stderr, "leak smoke: FAILED: %s\n", qPrintable(what));
    ++g_failures;
}

// Closes every dialog that appears, one run with exec() included (the timer fires in its
// nested event loop), and names what it closed.
struct DialogCloser
{
    QWidget *mainWindow = nullptr;
    QStringList closed;

    void closeOpenDialogs()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget == mainWindow || !widget->isVisible() || widget->isHidden())
                continue;
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (!dialog)
                continue; // menus, tooltips
            closed.append(QString::fromLatin1(dialog->metaObject()->className())
                          + (dialog->objectName().isEmpty() ? QString() : u' ' + dialog->objectName()));
            dialog->reject();
        }
    }
};

bool anyDialogVisible(QWidget *mainWindow)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget != mainWindow && widget->isVisible() && qobject_cast<QDialog *>(widget))
            return true;
    }
    return false;
}

// Triggers the action (queued, so an exec()'d dialog runs inside the wait below) and waits
// until the dialog it opened was closed and deleted.
void openAndClose(QWidget *window, DialogCloser &closer, QAction *action)
{
    if (!action) {
        fail(QStringLiteral("an action is missing"));
        return;
    }
    if (!action->isEnabled()) {
        fail(QStringLiteral("%1 is disabled: %2").arg(action->objectName(), action->toolTip()));
        return;
    }
    closer.closed.clear();
    QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
    if (!QTest::qWaitFor([&] { return !closer.closed.isEmpty() && !anyDialogVisible(window); }, 20000)) {
        fail(QStringLiteral("%1 opened no dialog, or it did not close").arg(action->objectName()));
        return;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    std::printf("leak smoke: %s opened and closed %s\n", qPrintable(action->objectName()),
                qPrintable(closer.closed.join(QStringLiteral(", "))));
}

void select(MainWindow &window, const QModelIndex &sourceIndex)
{
    HostTreeView *tree = window.hostTreeView();
    const QModelIndex proxyIndex = tree->proxyModel()->mapFromSource(sourceIndex);
    tree->selectionModel()->setCurrentIndex(proxyIndex,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// The first VM of `connection` in `state`, as a source index of the host model.
QModelIndex domainIn(MainWindow &window, Connection *connection, DomainState state)
{
    HostTreeModel *model = window.hostModel();
    const QModelIndex host = model->indexOfConnection(connection);
    for (int row = 0; row < model->rowCount(host); ++row) {
        const QModelIndex index = model->index(row, 0, host);
        const std::optional<DomainInfo> info = model->domainAt(index);
        if (info && info->state == state)
            return index;
    }
    return {};
}

void runSmoke(const QTemporaryDir &dir)
{
    QSettings settings(dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
    ConnectionManager manager(&settings);
    MigrationHistory history(dir.filePath(QStringLiteral("migrations")));
    const QString nodePath = dir.filePath(QStringLiteral("host-b.xml"));
    NodeXmlGenerator::Options node;
    node.domainCount = 4;
    node.namePrefix = QStringLiteral("smoke");
    node.uuidPrefix = QStringLiteral("5a0b0000");
    if (const QString error = NodeXmlGenerator::write(nodePath, node); !error.isEmpty()) {
        fail(error);
        return;
    }
    Connection *hostA = manager.add(ConnectionConfig::fromUri(QStringLiteral("test:///default")));
    Connection *hostB = manager.add(ConnectionConfig::fromUri(QStringLiteral("test://") + nodePath));

    MainWindow window(&manager);
    window.setMigrationHistory(&history);
    window.show();
    // Wired as in the app: password prompts offer "Remember" and probe the keyring.
    SecretStore secrets(QStringLiteral("virt-ferry-leak-smoke"));
    window.credentialPrompter()->setSecretStore(&secrets);
    QSignalSpy painted(&window, &MainWindow::populatedAndPainted);
    hostA->open();
    hostB->open();
    window.waitForPopulation({hostA, hostB});
    if (!QTest::qWaitFor([&] { return painted.count() == 1; }, 30000)) {
        fail(QStringLiteral("the two hosts were never listed"));
        return;
    }
    std::printf("leak smoke: listed %d VMs on 2 hosts\n", painted.first().first().toInt());

    DialogCloser closer;
    closer.mainWindow = &window;
    QTimer closing;
    closing.setInterval(50);
    QObject::connect(&closing, &QTimer::timeout, &closing, [&closer] { closer.closeOpenDialogs(); });
    closing.start();
    auto action = [&window](const char *name) { return window.findChild<QAction *>(QString::fromLatin1(name)); };

    // Nothing selected.
    for (const char *name : {"addConnectionAction", "allMigrationHistoryAction", "nfsExportsAction",
                             "preferencesAction", "aboutAction"})
        openAndClose(&window, closer, action(name));
    // A host.
    select(window, window.hostModel()->indexOfConnection(hostA));
    for (const char *name : {"editConnectionAction", "removeConnectionAction", "hostMigrationHistoryAction",
                             "newPoolAction", "newVmAction", "evacuateHostAction"})
        openAndClose(&window, closer, action(name));
    // A running VM.
    const QModelIndex running = domainIn(window, hostA, DomainState::Running);
    if (!running.isValid()) {
        fail(QStringLiteral("test:///default lists no running VM"));
    } else {
        select(window, running);
        for (const char *name : {"rebootAction", "forceOffAction", "deleteAction", "migrateAction",
                                 "vmMigrationHistoryAction"})
            openAndClose(&window, closer, action(name));
    }

    // The dialogs that answer libvirt's and ssh's questions.
    CredentialExchange::Prompt passwordPrompt;
    passwordPrompt.kind = CredentialExchange::Kind::Password;
    passwordPrompt.prompt = QStringLiteral("smoke@host-b's password:");
    passwordPrompt.echo = false;
    auto exchange = std::make_shared<CredentialExchange>(QStringLiteral("qemu+ssh://smoke@host-b/system"),
                                                         QList{passwordPrompt});
    closer.closed.clear();
    if (!QTest::qWaitFor([&] { return secrets.availability() != SecretStore::Availability::Checking; }, 10000))
        fail(QStringLiteral("the keyring probe never finished"));
    window.credentialPrompter()->prompt(exchange);
    if (!QTest::qWaitFor([&] { return exchange->isDone() && !anyDialogVisible(&window); }, 10000))
        fail(QStringLiteral("the credential dialog did not open and close"));
    else
        std::printf("leak smoke: a password prompt opened and closed %s\n", qPrintable(closer.closed.join(u',')));
    HostKeyInfo key;
    key.host = QStringLiteral("host-b");
    key.keyType = QStringLiteral("ssh-ed25519");
    key.sha256Fingerprint = QStringLiteral("SHA256:AAAAsmokeAAAAsmokeAAAAsmokeAAAAsmokeAAAAsmo");
    key.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
    auto question = std::make_shared<HostKeyQuestion>(key);
    closer.closed.clear();
    window.credentialPrompter()->promptHostKey(question);
    if (!QTest::qWaitFor([&] { return !closer.closed.isEmpty() && !anyDialogVisible(&window); }, 10000))
        fail(QStringLiteral("the host key dialog did not open and close"));
    else
        std::printf("leak smoke: a host key question opened and closed %s\n", qPrintable(closer.closed.join(u',')));

    closing.stop();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // Quit as the user does; the window, then the connections, go when this returns.
    action("quitAction")->trigger();
    QTest::qWait(100);
    if (window.isVisible())
        fail(QStringLiteral("Quit did not close the window"));
    hostA->close();
    hostB->close();
    QTest::qWait(200);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    LibvirtEventLoop::prepareBeforeQtApplication();
    // Never the user's own settings, history or keyring entries.
    QStandardPaths::setTestModeEnabled(true);
    int status = 0;
    {
        QApplication application(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("virt-ferry-tests"));
        QApplication::setApplicationName(QStringLiteral("virt-ferry-leak-smoke"));
        QString error;
        if (!LibvirtEventLoop::start(&error)) {
            std::fprintf(stderr, "leak smoke: cannot start libvirt's event loop: %s\n", qPrintable(error));
            return 1;
        }
        {
            QTemporaryDir dir;
            if (!dir.isValid())
                fail(QStringLiteral("no temporary directory"));
            else
                runSmoke(dir);
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        LibvirtEventLoop::stop();
        status = g_failures == 0 ? 0 : 1;
    }
    std::printf("leak smoke: %s; LeakSanitizer reports any leak at exit\n",
                status == 0 ? "every dialog opened and closed" : "FAILED");
    std::fflush(stdout);
    return status;
}
