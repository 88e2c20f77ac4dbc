// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// virt-ferry-askpass --socket PATH PROMPT
// OpenSSH runs this (through the wrapper Virt Ferry writes) as its SSH_ASKPASS. It hands
// the prompt to the running app and prints the answer for ssh. Exit status 1 means the
// user cancelled. Deliberately tiny: no Qt, nothing but the socket.
#include <arpa/inet.h>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written <= 0)
            return false;
        data += written;
        size -= size_t(written);
    }
    return true;
}

bool readAll(int fd, char *data, size_t size)
{
    while (size > 0) {
        const ssize_t received = ::read(fd, data, size);
        if (received <= 0)
            return false;
        data += received;
        size -= size_t(received);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3 || std::strcmp(argv[1], "--socket") != 0) {
        std::fprintf(stderr, "usage: %s --socket PATH [PROMPT]\n", argv[0]);
        return 2;
    }
    const std::string prompt = argc > 3 ? argv[3] : "";
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (fd < 0 || std::strlen(argv[2]) >= sizeof(address.sun_path))
        return 2;
    std::strncpy(address.sun_path, argv[2], sizeof(address.sun_path) - 1);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) < 0) {
        std::fprintf(stderr, "virt-ferry-askpass: Virt Ferry is not listening at %s\n", argv[2]);
        return 2;
    }
    const uint32_t length = htonl(uint32_t(prompt.size()));
    if (!writeAll(fd, reinterpret_cast<const char *>(&length), 4) || !writeAll(fd, prompt.data(), prompt.size()))
        return 2;

    char status = '0';
    uint32_t answerLength = 0;
    if (!readAll(fd, &status, 1) || !readAll(fd, reinterpret_cast<char *>(&answerLength), 4))
        return 1;
    answerLength = ntohl(answerLength);
    if (answerLength > 64 * 1024)
        return 1;
    std::string answer(answerLength, '\0');
    if (!readAll(fd, answer.data(), answer.size()))
        return 1;
    ::close(fd);
    if (status != '1')
        return 1;
    answer.push_back('\n');
    const bool printed = writeAll(STDOUT_FILENO, answer.data(), answer.size());
    // Leave no copy of the secret in this process's memory.
    volatile char *bytes = answer.data();
    for (size_t i = 0; i < answer.size(); ++i)
        bytes[i] = 0;
    return printed ? 0 : 1;
}
