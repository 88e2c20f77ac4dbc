// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "AskpassServer.h"
#include "CommandLineOptions.h"
#include "Connection.h"
#include "ConnectionManager.h"
#include "CredentialPrompter.h"
#include "LibvirtEventLoop.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NotificationArea.h"
#include "SecretStore.h"

#include <QApplication>
#include <QByteArrayView>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

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

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("virt-ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("virt-ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIRT_FERRY_VERSION));
}

// The language is settled before anything is shown or parsed, --help included:
// --language for this session, else the Preferences choice, else the system's.
void installLanguage(Localization &localization, const QSettings &settings)
{
    const QString languageArgument = CommandLineOptions::languageArgument(QCoreApplication::arguments());
    localization.install(Localization::effectiveLocale(
        languageArgument.isEmpty() ? Localization::savedOverride(settings) : languageArgument));
}

// --help and --version must work over a plain SSH terminal, where a QApplication would
// abort for want of a display.
bool asksOnlyForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForHelpOrVersion(argc, argv)) {
        QCoreApplication application(argc, argv);
        setApplicationIdentity();
        const QSettings settings;
        Localization localization;
        installLanguage(localization, settings);
        CommandLineOptions::parse(application); // prints and exits
        return 0;
    }

    QElapsedTimer sinceStart;
    sinceStart.start();
    LibvirtEventLoop::prepareBeforeQtApplication();

    QApplication application(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Virt Ferry"));
    QApplication::setDesktopFileName(QStringLiteral(VIRT_FERRY_APP_ID));

    QSettings settings;
    Localization localization;
    installLanguage(localization, settings);

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
                                            .arg(askpassError.isEmpty() ? QApplication::translate("main", "virt-ferry-askpass is missing")
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
