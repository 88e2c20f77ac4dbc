// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Remembered passwords in a real keyring (a private GNOME keyring started by
// with-keyring.sh): the store itself, and the credential prompt that uses it.
#include "CredentialPrompter.h"
#include "QtPrinting.h"
#include "SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>

namespace {

QByteArray lookupNow(SecretStore &store, const QString &account, QString *error = nullptr)
{
    QSignalSpy found(&store, &SecretStore::found);
    store.lookup(account);
    if (!found.wait(10000))
        return QByteArrayLiteral("<no answer>");
    if (error)
        *error = found.first().at(2).toString();
    return found.first().at(1).toByteArray();
}

CredentialExchangePtr passwordExchange()
{
    CredentialExchange::Prompt prompt;
    prompt.kind = CredentialExchange::Kind::Password;
    prompt.prompt = QStringLiteral("vfuser@host-a's password:");
    prompt.echo = false;
    return std::make_shared<CredentialExchange>(QStringLiteral("ssh"), QList{prompt});
}

QDialog *credentialDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QStringLiteral("credentialDialog") && widget->isVisible())
            return qobject_cast<QDialog *>(widget);
    }
    return nullptr;
}

} // namespace

TEST(SecretStore, StoresLooksUpAndForgetsInTheKeyring)
{
    SecretStore store(QStringLiteral("virt-ferry-test"));
    const QString account = QStringLiteral("qemu+libssh://root@host-b/system\nPassword:");
    QString error;
    EXPECT_TRUE(lookupNow(store, account, &error).isEmpty()) << "a fresh keyring holds nothing";
    EXPECT_TRUE(error.isEmpty()) << error;

    QSignalSpy stored(&store, &SecretStore::stored);
    store.store(account, QByteArrayLiteral("s3cret with spaces and 中文"));
    ASSERT_TRUE(stored.wait(10000));
    EXPECT_TRUE(stored.first().at(1).toString().isEmpty()) << stored.first().at(1).toString();
    EXPECT_EQ(lookupNow(store, account), QByteArrayLiteral("s3cret with spaces and 中文"));

    QSignalSpy forgotten(&store, &SecretStore::forgotten);
    store.forget(account);
    ASSERT_TRUE(forgotten.wait(10000));
    EXPECT_TRUE(lookupNow(store, account).isEmpty());
}

TEST(CredentialPrompter, RemembersWhenAskedAndAnswersFromTheKeyringNextTime)
{
    QWidget window;
    SecretStore store(QStringLiteral("virt-ferry-test"));
    CredentialPrompter prompter(&window);
    prompter.setSecretStore(&store);

    // First time: the dialog, with "Remember" ticked by the user.
    CredentialExchangePtr first = passwordExchange();
    prompter.prompt(first);
    ASSERT_TRUE(QTest::qWaitFor([] { return credentialDialog() != nullptr; }, 10000)) << "no dialog was shown";
    QDialog *dialog = credentialDialog();
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheckBox"));
    ASSERT_NE(remember, nullptr);
    EXPECT_FALSE(remember->isChecked()) << "remembering must be opted into";
    ASSERT_TRUE(QTest::qWaitFor([&] { return remember->isEnabled(); }, 10000)) << remember->toolTip().toStdString();
    remember->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("credentialLineEdit0"))->setText(QStringLiteral("vf-lab-password"));
    QSignalSpy stored(&store, &SecretStore::stored);
    dialog->accept();
    const auto answer = first->waitForAnswer();
    ASSERT_TRUE(answer.has_value());
    EXPECT_EQ(answer->first(), QByteArrayLiteral("vf-lab-password"));
    ASSERT_TRUE(stored.wait(10000));

    // Next time: answered from the keyring, no dialog.
    CredentialExchangePtr second = passwordExchange();
    prompter.prompt(second);
    ASSERT_TRUE(QTest::qWaitFor([&] { return second->isDone() || credentialDialog(); }, 10000));
    EXPECT_EQ(credentialDialog(), nullptr) << "a remembered password must not be asked for";
    const auto remembered = second->waitForAnswer();
    ASSERT_TRUE(remembered.has_value());
    EXPECT_EQ(remembered->first(), QByteArrayLiteral("vf-lab-password"));

    // Asked again at once: the saved one was refused, so the user is asked, and told why.
    CredentialExchangePtr third = passwordExchange();
    prompter.prompt(third);
    ASSERT_TRUE(QTest::qWaitFor([] { return credentialDialog() != nullptr; }, 10000));
    auto *notice = credentialDialog()->findChild<QLabel *>(QStringLiteral("credentialNoticeLabel"));
    ASSERT_NE(notice, nullptr);
    EXPECT_FALSE(notice->text().isEmpty());
    credentialDialog()->reject();
    EXPECT_FALSE(third->waitForAnswer().has_value());
    store.forget(CredentialPrompter::secretAccount(first));
}

TEST(CredentialPrompter, OffersRememberWhenAKeyringServiceAnswers)
{
    QWidget window;
    SecretStore store(QStringLiteral("virt-ferry-test"));
    // Asynchronous: nothing is known yet, and the GUI thread did not wait to find out.
    EXPECT_EQ(store.availability(), SecretStore::Availability::Checking);
    CredentialPrompter prompter(&window);
    prompter.setSecretStore(&store);
    CredentialExchangePtr exchange = passwordExchange();
    prompter.prompt(exchange);
    ASSERT_TRUE(QTest::qWaitFor([] { return credentialDialog() != nullptr; }, 10000)) << "no dialog was shown";
    ASSERT_TRUE(QTest::qWaitFor([&] { return store.availability() != SecretStore::Availability::Checking; }, 10000));
    EXPECT_EQ(store.availability(), SecretStore::Availability::Available) << store.unavailableReason().toStdString();
    EXPECT_TRUE(store.unavailableReason().isEmpty());
    QDialog *dialog = credentialDialog();
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheckBox"));
    auto *reason = dialog->findChild<QLabel *>(QStringLiteral("rememberUnavailableLabel"));
    ASSERT_NE(remember, nullptr);
    ASSERT_NE(reason, nullptr);
    EXPECT_TRUE(remember->isEnabled());
    EXPECT_TRUE(remember->toolTip().isEmpty()) << remember->toolTip().toStdString();
    EXPECT_FALSE(reason->isVisibleTo(dialog)) << reason->text().toStdString();
    dialog->reject();
    EXPECT_FALSE(exchange->waitForAnswer().has_value());
}
