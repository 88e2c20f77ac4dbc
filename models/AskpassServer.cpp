// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "AskpassServer.h"

#include "SecretBytes.h"
#include "Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
// Prompts are short; anything longer is not ssh talking.
constexpr quint32 kMaximumPromptBytes = 64 * 1024;

QString quotedForSh(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}
} // namespace

struct AskpassServer::Client
{
    QSocketNotifier *notifier = nullptr;
    QByteArray buffer;
    // Owned here until ssh has its answer: the GUI only holds weak references.
    CredentialExchangePtr exchange;
};

AskpassServer::AskpassServer(QString helperProgram, QObject *parent)
    : QObject(parent)
    , m_helperProgram(std::move(helperProgram))
{
}

AskpassServer::~AskpassServer()
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        ::close(it.key());
        delete it.value();
    }
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    if (!m_directory.isEmpty())
        QDir(m_directory).removeRecursively();
}

CredentialExchange::Kind AskpassServer::classifyPrompt(const QString &prompt)
{
    if (prompt.contains(QStringLiteral("continue connecting")))
        return CredentialExchange::Kind::HostKeyConfirmation;
    if (prompt.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive))
        return CredentialExchange::Kind::Passphrase;
    if (prompt.contains(QStringLiteral("password"), Qt::CaseInsensitive))
        return CredentialExchange::Kind::Password;
    if (prompt.contains(QStringLiteral("(yes/no")))
        return CredentialExchange::Kind::EchoPrompt;
    return CredentialExchange::Kind::NoEchoPrompt;
}

bool AskpassServer::listen(QString *errorMessage)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    // mkdtemp gives a directory only we can enter: the socket inherits that protection.
    QByteArray pattern = QFile::encodeName(base + QStringLiteral("/virt-ferry-askpass-XXXXXX"));
    if (!mkdtemp(pattern.data())) {
        *errorMessage = Tr::tr("Cannot create a private directory for SSH prompts: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_directory = QFile::decodeName(pattern);
    m_socketPath = m_directory + QStringLiteral("/socket");
    m_wrapperPath = m_directory + QStringLiteral("/askpass");

    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray socketPath = QFile::encodeName(m_socketPath);
    if (m_listenFd < 0 || socketPath.size() >= qsizetype(sizeof(address.sun_path))) {
        *errorMessage = Tr::tr("Cannot create the SSH prompt socket.");
        return false;
    }
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) < 0
        || ::listen(m_listenFd, 8) < 0) {
        *errorMessage = Tr::tr("Cannot listen for SSH prompts: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }

    QFile wrapper(m_wrapperPath);
    if (!wrapper.open(QIODevice::WriteOnly)) {
        *errorMessage = wrapper.errorString();
        return false;
    }
    wrapper.write(QStringLiteral("#!/bin/sh\n# Written by Virt Ferry: relays ssh's prompts to the running app.\n"
                                 "exec %1 --socket %2 \"$@\"\n")
                      .arg(quotedForSh(m_helperProgram), quotedForSh(m_socketPath))
                      .toUtf8());
    wrapper.close();
    wrapper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_listenNotifier = new QSocketNotifier(m_listenFd, QSocketNotifier::Read, this);
    connect(m_listenNotifier, &QSocketNotifier::activated, this, &AskpassServer::acceptClient);
    return true;
}

void AskpassServer::exportToEnvironment() const
{
    qputenv("SSH_ASKPASS", QFile::encodeName(m_wrapperPath));
    qputenv("SSH_ASKPASS_REQUIRE", "force");
    // ssh consults askpass only when a display is set; libvirt passes DISPLAY on. The
    // value only has to be non-empty: ssh never talks to it.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("DISPLAY", ":0");
}

void AskpassServer::acceptClient()
{
    const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0)
        return;
    // Only our own user may ask: the directory is 0700, and the peer is checked too.
    ucred peer{};
    socklen_t length = sizeof(peer);
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &length) < 0 || peer.uid != ::getuid()) {
        ::close(fd);
        return;
    }
    auto *client = new Client;
    client->notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(client->notifier, &QSocketNotifier::activated, this, [this, fd] { readFromClient(fd); });
    m_clients.insert(fd, client);
}

void AskpassServer::readFromClient(int fd)
{
    Client *client = m_clients.value(fd);
    if (!client)
        return;
    char chunk[4096];
    const ssize_t received = ::read(fd, chunk, sizeof(chunk));
    if (received <= 0) {
        if (received == 0 || (errno != EAGAIN && errno != EINTR))
            closeClient(fd);
        return;
    }
    client->buffer.append(chunk, received);
    if (client->buffer.size() < 4)
        return;
    quint32 networkLength = 0;
    std::memcpy(&networkLength, client->buffer.constData(), 4);
    const quint32 length = ntohl(networkLength);
    if (length > kMaximumPromptBytes) {
        closeClient(fd);
        return;
    }
    if (quint32(client->buffer.size()) < 4 + length)
        return;
    const QString prompt = QString::fromUtf8(client->buffer.mid(4, length)).trimmed();
    client->notifier->setEnabled(false); // one prompt per connection

    CredentialExchange::Prompt question;
    question.kind = classifyPrompt(prompt);
    question.prompt = prompt;
    question.echo = question.kind == CredentialExchange::Kind::HostKeyConfirmation
        || question.kind == CredentialExchange::Kind::EchoPrompt;
    auto exchange = std::make_shared<CredentialExchange>(QStringLiteral("ssh"), QList{question});
    client->exchange = exchange;
    Q_EMIT pendingPromptsChanged(pendingPrompts());
    std::weak_ptr<CredentialExchange> weakExchange = exchange;
    exchange->setCompletionHandler([this, fd, weakExchange] {
        // Answered on whatever thread; reply from ours.
        QMetaObject::invokeMethod(
            this,
            [this, fd, weakExchange] {
                CredentialExchangePtr done = weakExchange.lock();
                std::optional<QList<QByteArray>> answer = done ? done->waitForAnswer() : std::nullopt;
                // Shares the exchange's answer buffer: wiping either clears both.
                QByteArray secret = answer && !answer->isEmpty() ? answer->first() : QByteArray();
                // Sized once, so no grown-out copy is left behind unwiped; the secret is
                // copied byte by byte, never through vector registers (SecretBytes.h).
                QByteArray reply(5 + secret.size(), Qt::Uninitialized);
                reply[0] = answer ? '1' : '0';
                const quint32 networkLength = htonl(quint32(secret.size()));
                std::memcpy(reply.data() + 1, &networkLength, 4);
                SecretBytes::copy(reply.data() + 5, secret.constData(), size_t(secret.size()));
                if (m_clients.contains(fd))
                    [[maybe_unused]] const ssize_t written = ::write(fd, reply.constData(), size_t(reply.size()));
                wipeSecret(reply);
                wipeSecret(secret);
                if (answer) {
                    for (QByteArray &value : *answer)
                        wipeSecret(value);
                }
                closeClient(fd);
            },
            Qt::QueuedConnection);
    });
    Q_EMIT credentialsRequested(exchange);
}

void AskpassServer::closeClient(int fd)
{
    Client *client = m_clients.take(fd);
    if (!client)
        return;
    const bool wasPrompting = client->exchange != nullptr;
    if (client->exchange)
        client->exchange->cancel(); // ssh went away: its dialog has nothing left to answer
    client->notifier->deleteLater();
    ::close(fd);
    delete client;
    if (wasPrompting)
        Q_EMIT pendingPromptsChanged(pendingPrompts());
}

int AskpassServer::pendingPrompts() const
{
    int count = 0;
    for (const Client *client : m_clients)
        count += client->exchange ? 1 : 0;
    return count;
}
