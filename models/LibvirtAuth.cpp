// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "LibvirtAuth.h"

#include "SecretBytes.h"

#include <cstdlib>
#include <cstring>

namespace {

constexpr int kCredentialTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_USERNAME, VIR_CRED_PASSPHRASE,
                                    VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM};

CredentialExchange::Kind credentialKind(int type)
{
    switch (type) {
    case VIR_CRED_USERNAME:
    case VIR_CRED_AUTHNAME:
        return CredentialExchange::Kind::Username;
    case VIR_CRED_PASSPHRASE:
        return CredentialExchange::Kind::Passphrase;
    case VIR_CRED_ECHOPROMPT:
        return CredentialExchange::Kind::EchoPrompt;
    case VIR_CRED_NOECHOPROMPT:
        return CredentialExchange::Kind::NoEchoPrompt;
    default:
        return CredentialExchange::Kind::Other;
    }
}

} // namespace

namespace LibvirtAuth {

const int *credentialTypes()
{
    return kCredentialTypes;
}

unsigned int credentialTypeCount()
{
    return unsigned(std::size(kCredentialTypes));
}

int answer(virConnectCredentialPtr credentials, unsigned int count, const QString &uri,
           const std::function<bool(const CredentialExchangePtr &)> &publish, const std::function<void()> &done)
{
    QList<CredentialExchange::Prompt> prompts;
    for (unsigned int i = 0; i < count; ++i) {
        const virConnectCredential &credential = credentials[i];
        CredentialExchange::Prompt prompt;
        prompt.kind = credentialKind(credential.type);
        prompt.prompt = QString::fromUtf8(credential.prompt);
        prompt.challenge = QString::fromUtf8(credential.challenge);
        prompt.defaultResult = QString::fromUtf8(credential.defresult);
        prompt.echo = credential.type != VIR_CRED_PASSPHRASE && credential.type != VIR_CRED_NOECHOPROMPT;
        prompts.append(prompt);
    }
    auto exchange = std::make_shared<CredentialExchange>(uri, prompts);
    if (!publish(exchange))
        return -1;
    std::optional<QList<QByteArray>> answers = exchange->waitForAnswer();
    done();
    if (!answers || answers->size() != qsizetype(count)) {
        if (answers) {
            for (QByteArray &value : *answers)
                wipeSecret(value);
        }
        return -1;
    }
    for (unsigned int i = 0; i < count; ++i) {
        QByteArray &value = (*answers)[i];
        auto *copy = static_cast<char *>(std::malloc(size_t(value.size()) + 1));
        if (!copy)
            return -1;
        // Not memcpy: it would leave the secret in vector registers, which this thread's
        // next lazily bound call or signal saves onto its stack, and glibc keeps a finished
        // thread's stack for the next thread, unwiped (SecretBytes.h).
        SecretBytes::copy(copy, value.constData(), size_t(value.size()));
        copy[value.size()] = '\0';
        credentials[i].result = copy; // libvirt frees it
        credentials[i].resultlen = unsigned(value.size());
        wipeSecret(value);
    }
    return 0;
}

} // namespace LibvirtAuth
