// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "AskpassServer.h"
#include "CommandLineOptions.h"
#include "Connection.h"
#include "ConnectionManager.h"
#include "CredentialPrompter.h"
#include "LibvirtEventLoop.h"
#include "MainWindow.h"
#include "NotificationArea.h"
#include "SecretStore.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

void installTranslations(QApplication &application)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&application);
    if (appTranslator->load(locale, QStringLiteral("virt-ferry"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

// The ssh that libvirt starts for qemu+ssh asks on /dev/tty when the app has a
// controlling terminal (started from a shell), and uses $SSH_ASKPASS only when it has
// none: libvirt passes SSH_ASKPASS on but not SSH_ASKPASS_REQUIRE. Giving up the
// terminal (TIOCNOTTY; the process group stays, so Ctrl-C still reaches the app) sends
// every prompt to the app's own dialogs.
void releaseControllingTerminal()
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return;
    ::ioctl(tty, TIOCNOTTY);
    ::close(tty);
}

// virt-ferry-askpass sits beside the binary in a build tree, in libexec when installed.
QString askpassHelperPath()
{
    const QDir binDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {binDir.filePath(QStringLiteral("virt-ferry-askpass")),
                                     binDir.filePath(QStringLiteral("../libexec/virt-ferry/virt-ferry-askpass"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    LibvirtEventLoop::prepareBeforeQtApplication();

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("virt-ferry"));
    QApplication::setApplicationName(QStringLiteral("virt-ferry"));
    QApplication::setApplicationDisplayName(QStringLiteral("Virt Ferry"));
    QApplication::setApplicationVersion(QStringLiteral(VIRT_FERRY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(VIRT_FERRY_APP_ID));
    installTranslations(application);

    const CommandLineOptions options = CommandLineOptions::parse(application);

    QString eventLoopError;
    if (!LibvirtEventLoop::start(&eventLoopError)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Virt Ferry"), eventLoopError);
        return 1;
    }

    // Before any connection opens: the ssh that libvirt starts inherits the environment.
    AskpassServer askpass(askpassHelperPath());
    QString askpassError;
    const bool askpassReady = !askpassHelperPath().isEmpty() && askpass.listen(&askpassError);
    if (askpassReady) {
        askpass.exportToEnvironment();
        releaseControllingTerminal();
    }

    QSettings settings;
    ConnectionManager manager(&settings);
    manager.load();
    // Command-line values apply to this session only; Preferences saves its own.
    if (options.connectTimeoutMs)
        manager.setConnectTimeout(*options.connectTimeoutMs);
    if (options.statsIntervalMs == 0)
        manager.setStatsPaused(true);
    else if (options.statsIntervalMs)
        manager.setStatsInterval(*options.statsIntervalMs);

    QList<Connection *> opened;
    if (options.autoconnectSaved) {
        manager.openAutoconnect();
        for (Connection *connection : manager.connections()) {
            if (connection->config().autoconnect)
                opened.append(connection);
        }
    }
    for (const QString &uri : options.connectUris) {
        Connection *connection = manager.openUri(uri);
        if (!opened.contains(connection))
            opened.append(connection);
    }

    // Connections open first so their workers read the hypervisors while this thread
    // builds the window; their results queue up until the event loop runs.
    MainWindow window(&manager);
    window.show();

    SecretStore secrets;
    window.credentialPrompter()->setSecretStore(&secrets);
    if (askpassReady) {
        QObject::connect(&askpass, &AskpassServer::credentialsRequested, window.credentialPrompter(),
                         &CredentialPrompter::prompt);
        QObject::connect(&askpass, &AskpassServer::pendingPromptsChanged, &manager,
                         [&manager](int pending) { manager.setConnectTimeoutsHeld(pending > 0); });
    } else {
        window.notificationArea()->post(NotificationArea::Severity::Warning,
                                        QApplication::translate("main", "SSH prompts cannot reach Virt Ferry (%1); "
                                                                        "qemu+ssh connections need keys or an agent.")
                                            .arg(askpassError.isEmpty() ? QStringLiteral("virt-ferry-askpass is missing")
                                                                        : askpassError));
    }

    if (options.reportPopulation) {
        QObject::connect(&window, &MainWindow::populatedAndPainted, &application, [&](int domainCount) {
            int failed = 0;
            for (Connection *connection : std::as_const(opened))
                failed += connection->state() == Connection::State::Connected ? 0 : 1;
            std::fprintf(stdout, "virt-ferry: populated %d VMs on %lld connection(s), %d failed, painted at %lld ms "
                                 "after start (epoch ms %lld)\n",
                         domainCount, qlonglong(opened.size()), failed, qlonglong(sinceStart.elapsed()),
                         qlonglong(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
            if (options.quitWhenPopulated)
                QApplication::exit(failed == 0 ? 0 : 3);
        });
    }
    window.waitForPopulation(opened);

    const int status = QApplication::exec();
    LibvirtEventLoop::stop();
    return status;
}
