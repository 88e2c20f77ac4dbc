// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ConnectionDialog.h"
#include "QtPrinting.h"
#include "WidgetLookup.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <stdexcept>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const char *const errorLabelNames[] = {
    "userErrorLabel",
    "hostErrorLabel",
    "portErrorLabel",
    "testDriverPathErrorLabel",
    "extraParametersErrorLabel",
    "customUriErrorLabel",
    "knownHostsErrorLabel",
    "keyFileErrorLabel",
    "sshAuthErrorLabel",
};

// Drives the real dialog through its named widgets, the way a user would.
class ConnectionDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_dialog));
    }

    template <typename T> T *child(const char *name) const { return WidgetLookup(m_dialog).child<T>(name); }
    QLineEdit *edit(const char *name) const { return WidgetLookup(m_dialog).edit(name); }
    QLabel *label(const char *name) const { return WidgetLookup(m_dialog).label(name); }
    QPushButton *okButton() const
    {
        return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }
    QString preview() const { return label("uriPreviewLabel")->text(); }

    void type(const char *editName, const char *text) const
    {
        QLineEdit *lineEdit = edit(editName);
        lineEdit->clear();
        QTest::keyClicks(lineEdit, s(text));
    }

    void select(const char *comboName, const char *itemText) const
    {
        auto *combo = child<QComboBox>(comboName);
        const int index = combo->findText(s(itemText));
        if (index < 0)
            throw std::runtime_error(std::string(comboName) + " has no item " + itemText);
        combo->setCurrentIndex(index);
    }

    void setCustomUri(bool on) const
    {
        auto *box = child<QCheckBox>("customUriCheckBox");
        if (box->isChecked() != on)
            QTest::mouseClick(box, Qt::LeftButton);
    }

    // Exactly the named label shows an error, with `expected` as its text when given.
    void expectOnlyError(const char *labelName, const QString &expected = QString()) const
    {
        for (const char *name : errorLabelNames) {
            QLabel *errorLabel = label(name);
            if (qstrcmp(name, labelName) == 0) {
                EXPECT_TRUE(errorLabel->isVisible()) << name << " should be visible";
                EXPECT_FALSE(errorLabel->text().isEmpty()) << name << " needs a specific message";
                if (!expected.isEmpty()) {
                    EXPECT_EQ(errorLabel->text(), expected) << name;
                }
            } else {
                EXPECT_FALSE(errorLabel->isVisible())
                    << name << " shows \"" << errorLabel->text().toStdString() << '"';
            }
        }
        EXPECT_FALSE(okButton()->isEnabled())
            << "OK must stay disabled while " << labelName << " shows an error";
    }

    void expectNoErrors() const
    {
        for (const char *name : errorLabelNames)
            EXPECT_FALSE(label(name)->isVisible())
                << name << " shows \"" << label(name)->text().toStdString() << '"';
        EXPECT_TRUE(okButton()->isEnabled());
    }

    ConnectionDialog m_dialog;
};

} // namespace

TEST_F(ConnectionDialogTest, StartsAsValidLocalQemuSystem)
{
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu:///system"));
    EXPECT_FALSE(edit("hostLineEdit")->isEnabled());
    EXPECT_FALSE(edit("userLineEdit")->isEnabled());
    EXPECT_FALSE(edit("portLineEdit")->isEnabled());
    EXPECT_FALSE(edit("testDriverPathLineEdit")->isVisible());
    EXPECT_FALSE(child<QPushButton>("testDriverPathBrowseButton")->isVisible());
    EXPECT_FALSE(edit("customUriLineEdit")->isEnabled());
    EXPECT_TRUE(child<QCheckBox>("autoconnectCheckBox")->isChecked());
    EXPECT_EQ(child<QComboBox>("hypervisorComboBox")->count(), 3);
    EXPECT_EQ(child<QComboBox>("transportComboBox")->count(), 5);
}

TEST_F(ConnectionDialogTest, RemoteTransportWithEmptyHostAsksForHost)
{
    select("transportComboBox", "SSH (qemu+ssh)");
    EXPECT_TRUE(edit("hostLineEdit")->isEnabled());
    EXPECT_TRUE(edit("userLineEdit")->isEnabled());
    EXPECT_TRUE(edit("portLineEdit")->isEnabled());
    expectOnlyError("hostErrorLabel", ConnectionValidation::hostError(QString()));
    EXPECT_TRUE(edit("hostLineEdit")->property("invalid").toBool());

    type("hostLineEdit", "h");
    expectNoErrors();
    EXPECT_FALSE(edit("hostLineEdit")->property("invalid").toBool());
}

TEST_F(ConnectionDialogTest, InvalidHostShowsHostError)
{
    select("transportComboBox", "SSH (qemu+ssh)");
    for (const char *host : { "bad host!", "-lead.example", "a..b", "host:22" }) {
        type("hostLineEdit", host);
        expectOnlyError("hostErrorLabel", ConnectionValidation::hostError(s(host)));
        EXPECT_TRUE(edit("hostLineEdit")->property("invalid").toBool()) << host;
        auto *marker = edit("hostLineEdit")->findChild<QAction *>(s("hostErrorAction"));
        ASSERT_NE(marker, nullptr);
        EXPECT_TRUE(marker->isVisible()) << "the edit itself is marked for " << host;
    }
    type("hostLineEdit", "host-b.example");
    expectNoErrors();
    EXPECT_FALSE(edit("hostLineEdit")->findChild<QAction *>(s("hostErrorAction"))->isVisible());
}

TEST_F(ConnectionDialogTest, InvalidPortShowsPortError)
{
    select("transportComboBox", "SSH (qemu+ssh)");
    type("hostLineEdit", "h");

    type("portLineEdit", "70000");
    expectOnlyError("portErrorLabel", ConnectionValidation::portError(70000));

    type("portLineEdit", "99999999999999");
    expectOnlyError("portErrorLabel", ConnectionValidation::portError(70000));

    type("portLineEdit", "abc");
    expectOnlyError("portErrorLabel");
    // A non-number is told so, not given the range message.
    EXPECT_NE(label("portErrorLabel")->text(), ConnectionValidation::portError(70000));

    type("portLineEdit", "22x");
    expectOnlyError("portErrorLabel", label("portErrorLabel")->text());

    type("portLineEdit", "2222");
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu+ssh://h:2222/system"));

    edit("portLineEdit")->clear();
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu+ssh://h/system"));
}

TEST_F(ConnectionDialogTest, InvalidUserShowsUserError)
{
    select("transportComboBox", "TLS");
    type("hostLineEdit", "h");
    for (const char *user : { "with space", "a@b", "-oProxyCommand=x" }) {
        type("userLineEdit", user);
        expectOnlyError("userErrorLabel", ConnectionValidation::userError(s(user)));
    }
    type("userLineEdit", "root");
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu+tls://root@h/system"));
}

TEST_F(ConnectionDialogTest, RelativeTestDriverPathShowsPathError)
{
    select("hypervisorComboBox", "libvirt test driver");
    EXPECT_TRUE(edit("testDriverPathLineEdit")->isVisible());
    EXPECT_TRUE(child<QPushButton>("testDriverPathBrowseButton")->isVisible());
    EXPECT_EQ(preview(), s("test:///default"));

    type("testDriverPathLineEdit", "nodes.xml");
    expectOnlyError("testDriverPathErrorLabel", ConnectionValidation::testDriverPathError(s("nodes.xml")));

    type("testDriverPathLineEdit", "/tmp/node.xml");
    expectNoErrors();
    EXPECT_EQ(preview(), s("test:///tmp/node.xml"));
    EXPECT_EQ(m_dialog.config().testDriverPath, s("/tmp/node.xml"));
}

TEST_F(ConnectionDialogTest, InvalidExtraParametersShowError)
{
    type("extraParametersLineEdit", "novalue");
    expectOnlyError("extraParametersErrorLabel", ConnectionValidation::extraParametersError(s("novalue")));

    type("extraParametersLineEdit", "mode=legacy");
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu:///system?mode=legacy"));
}

TEST_F(ConnectionDialogTest, InvalidCustomUriShowsUriError)
{
    setCustomUri(true);
    EXPECT_TRUE(edit("customUriLineEdit")->isEnabled());
    type("customUriLineEdit", "not a uri");
    expectOnlyError("customUriErrorLabel", ConnectionValidation::uriError(s("not a uri")));

    edit("customUriLineEdit")->clear();
    expectOnlyError("customUriErrorLabel", ConnectionValidation::uriError(QString()));

    type("customUriLineEdit", "qemu+unix:///system?socket=/run/x.sock");
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu+unix:///system?socket=/run/x.sock"));
}

TEST_F(ConnectionDialogTest, ValidSshConnection)
{
    type("displayNameLineEdit", "Host B");
    select("transportComboBox", "SSH (qemu+ssh)");
    type("userLineEdit", "root");
    type("hostLineEdit", "host-b.example");
    type("portLineEdit", "2222");
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu+ssh://root@host-b.example:2222/system"));

    const ConnectionConfig config = m_dialog.config();
    EXPECT_EQ(config.displayName, s("Host B"));
    EXPECT_EQ(config.transport, ConnectionConfig::Transport::Ssh);
    EXPECT_EQ(config.hypervisor, ConnectionConfig::Hypervisor::QemuSystem);
    EXPECT_EQ(config.user, s("root"));
    EXPECT_EQ(config.host, s("host-b.example"));
    EXPECT_EQ(config.port, 2222);
    EXPECT_TRUE(config.customUri.isEmpty());
    EXPECT_EQ(config.uri(), s("qemu+ssh://root@host-b.example:2222/system"));
}

TEST_F(ConnectionDialogTest, ValidLibsshConnectionWithParameters)
{
    select("transportComboBox", "libssh (qemu+libssh)");
    type("userLineEdit", "admin");
    type("hostLineEdit", "10.0.0.5");
    type("extraParametersLineEdit", "known_hosts=/root/.ssh/known_hosts");
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu+libssh://admin@10.0.0.5/system?known_hosts=/root/.ssh/known_hosts"));
}

TEST_F(ConnectionDialogTest, ValidSessionAndTcp)
{
    select("hypervisorComboBox", "QEMU/KVM user session");
    EXPECT_EQ(preview(), s("qemu:///session"));
    select("transportComboBox", "TCP");
    type("hostLineEdit", "fe80::1");
    type("portLineEdit", "16509");
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu+tcp://[fe80::1]:16509/session"));
}

TEST_F(ConnectionDialogTest, ErrorsOfDisabledFieldsDoNotBlockOk)
{
    select("transportComboBox", "SSH (qemu+ssh)");
    type("hostLineEdit", "bad host!");
    type("portLineEdit", "abc");
    EXPECT_FALSE(okButton()->isEnabled());

    select("transportComboBox", "Local");
    expectNoErrors();
    EXPECT_FALSE(edit("hostLineEdit")->isEnabled());
    EXPECT_EQ(preview(), s("qemu:///system"));
    const ConnectionConfig config = m_dialog.config();
    EXPECT_TRUE(config.host.isEmpty()) << "a disabled field is not saved";
    EXPECT_EQ(config.port, 0);

    // The typed text survives, so switching back restores the errors.
    select("transportComboBox", "SSH (qemu+ssh)");
    EXPECT_TRUE(label("hostErrorLabel")->isVisible());
    EXPECT_TRUE(label("portErrorLabel")->isVisible());
    EXPECT_FALSE(okButton()->isEnabled());

    // Same for the test driver path when the hypervisor changes.
    select("transportComboBox", "Local");
    select("hypervisorComboBox", "libvirt test driver");
    type("testDriverPathLineEdit", "nodes.xml");
    EXPECT_FALSE(okButton()->isEnabled());
    select("hypervisorComboBox", "QEMU/KVM system");
    expectNoErrors();
    EXPECT_FALSE(edit("testDriverPathLineEdit")->isVisible());
    EXPECT_TRUE(m_dialog.config().testDriverPath.isEmpty());
}

TEST_F(ConnectionDialogTest, CustomUriOverridesFields)
{
    select("transportComboBox", "SSH (qemu+ssh)");
    type("hostLineEdit", "bad host!");
    type("extraParametersLineEdit", "novalue");
    EXPECT_FALSE(okButton()->isEnabled());

    setCustomUri(true);
    // Ticking starts from the URI the fields make.
    EXPECT_EQ(edit("customUriLineEdit")->text(), s("qemu+ssh://bad host!/system?novalue"));
    for (const char *name : { "hypervisorComboBox", "transportComboBox" })
        EXPECT_FALSE(child<QComboBox>(name)->isEnabled()) << name;
    for (const char *name : { "userLineEdit", "hostLineEdit", "portLineEdit", "extraParametersLineEdit" })
        EXPECT_FALSE(edit(name)->isEnabled()) << name;

    type("customUriLineEdit", "qemu+ssh://root@other.example/system?socket=/x");
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu+ssh://root@other.example/system?socket=/x"));
    EXPECT_EQ(m_dialog.config().customUri, s("qemu+ssh://root@other.example/system?socket=/x"));
    EXPECT_EQ(m_dialog.config().uri(), s("qemu+ssh://root@other.example/system?socket=/x"));

    // Unticking brings the fields (and their errors) back.
    setCustomUri(false);
    EXPECT_TRUE(m_dialog.config().customUri.isEmpty());
    EXPECT_TRUE(edit("hostLineEdit")->isEnabled());
    EXPECT_TRUE(label("hostErrorLabel")->isVisible());
    EXPECT_TRUE(label("extraParametersErrorLabel")->isVisible());
    EXPECT_FALSE(label("customUriErrorLabel")->isVisible());
    EXPECT_FALSE(okButton()->isEnabled());
}

TEST_F(ConnectionDialogTest, SetConfigConfigRoundTrip)
{
    const char *const uris[] = {
        "qemu:///system",
        "qemu:///session",
        "qemu+ssh://root@host-b.example:2222/system",
        "qemu+libssh://admin@10.0.0.5/system?known_hosts=/root/.ssh/known_hosts",
        "qemu+tls://kvm1.example.org/session",
        "qemu+tcp://[fe80::1]:16509/system",
        "test:///default",
        "test:///tmp/node.xml",
        "test+ssh://h/default",
    };
    for (const char *uri : uris) {
        ConnectionConfig original = ConnectionConfig::fromUri(s(uri));
        original.displayName = s("Name for ") + s(uri);
        original.autoconnect = false;
        m_dialog.setConfig(original);
        expectNoErrors();
        EXPECT_FALSE(child<QCheckBox>("customUriCheckBox")->isChecked()) << uri;
        EXPECT_EQ(preview(), s(uri));
        EXPECT_EQ(m_dialog.config(), original) << uri;
        EXPECT_EQ(m_dialog.config().id, original.id) << "Edit must keep the settings key";
    }
}

TEST_F(ConnectionDialogTest, SetConfigWithCustomUriTicksTheBox)
{
    ConnectionConfig original = ConnectionConfig::fromUri(s("qemu+unix:///system?socket=/x"));
    ASSERT_FALSE(original.customUri.isEmpty());
    original.displayName = s("Unix socket");
    m_dialog.setConfig(original);

    EXPECT_TRUE(child<QCheckBox>("customUriCheckBox")->isChecked());
    EXPECT_TRUE(edit("customUriLineEdit")->isEnabled());
    EXPECT_EQ(edit("customUriLineEdit")->text(), s("qemu+unix:///system?socket=/x"));
    EXPECT_FALSE(child<QComboBox>("transportComboBox")->isEnabled());
    EXPECT_EQ(preview(), s("qemu+unix:///system?socket=/x"));
    expectNoErrors();
    EXPECT_EQ(m_dialog.config(), original);

    // A later plain config unticks it again.
    const ConnectionConfig plain = ConnectionConfig::fromUri(s("qemu:///session"));
    m_dialog.setConfig(plain);
    EXPECT_FALSE(child<QCheckBox>("customUriCheckBox")->isChecked());
    EXPECT_EQ(m_dialog.config(), plain);
}

TEST_F(ConnectionDialogTest, SetConfigShowsErrorsOfAnInvalidSavedConfig)
{
    ConnectionConfig broken = ConnectionConfig::fromUri(s("qemu+ssh://h/system"));
    broken.host = s("bad host!");
    m_dialog.setConfig(broken);
    expectOnlyError("hostErrorLabel", ConnectionValidation::hostError(s("bad host!")));
}

TEST_F(ConnectionDialogTest, BrowseFillsTestDriverPath)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString nodeFile = directory.filePath(s("node.xml"));
    QFile file(nodeFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<node/>\n");
    file.close();

    select("hypervisorComboBox", "libvirt test driver");
    bool sawFileDialog = false;
    QTimer::singleShot(0, &m_dialog, [&] {
        auto *fileDialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!fileDialog)
            return; // a native dialog we cannot drive; the assertion below reports it
        sawFileDialog = true;
        fileDialog->selectFile(nodeFile);
        static_cast<QDialog *>(fileDialog)->accept(); // QFileDialog::accept() is protected
    });
    QTest::mouseClick(child<QPushButton>("testDriverPathBrowseButton"), Qt::LeftButton);
    ASSERT_TRUE(sawFileDialog);
    EXPECT_EQ(edit("testDriverPathLineEdit")->text(), nodeFile);
    expectNoErrors();
    EXPECT_EQ(preview(), s("test://") + nodeFile);
}

TEST(ConnectionDialogModal, ExecAcceptsFilledDialog)
{
    ConnectionDialog dialog;
    bool okWasEnabled = false;
    QTimer::singleShot(0, &dialog, [&dialog, &okWasEnabled] {
        auto *hypervisor = dialog.findChild<QComboBox *>(s("hypervisorComboBox"));
        auto *transport = dialog.findChild<QComboBox *>(s("transportComboBox"));
        auto *user = dialog.findChild<QLineEdit *>(s("userLineEdit"));
        auto *host = dialog.findChild<QLineEdit *>(s("hostLineEdit"));
        auto *port = dialog.findChild<QLineEdit *>(s("portLineEdit"));
        auto *name = dialog.findChild<QLineEdit *>(s("displayNameLineEdit"));
        auto *autoconnect = dialog.findChild<QCheckBox *>(s("autoconnectCheckBox"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(s("buttonBox"));
        if (!hypervisor || !transport || !user || !host || !port || !name || !autoconnect || !buttons) {
            dialog.reject();
            return;
        }
        hypervisor->setCurrentIndex(hypervisor->findText(s("QEMU/KVM system")));
        transport->setCurrentIndex(transport->findText(s("SSH (qemu+ssh)")));
        QTest::keyClicks(name, s("Host B"));
        QTest::keyClicks(user, s("root"));
        QTest::keyClicks(host, s("host-b.example"));
        QTest::keyClicks(port, s("2222"));
        autoconnect->setChecked(false);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        okWasEnabled = ok->isEnabled();
        if (!okWasEnabled) {
            dialog.reject(); // a disabled OK would leave exec() waiting forever
            return;
        }
        QTest::mouseClick(ok, Qt::LeftButton);
    });

    const int result = dialog.exec();
    EXPECT_TRUE(okWasEnabled);
    EXPECT_EQ(result, QDialog::Accepted);
    const ConnectionConfig config = dialog.config();
    EXPECT_EQ(config.uri(), s("qemu+ssh://root@host-b.example:2222/system"));
    EXPECT_EQ(config.displayName, s("Host B"));
    EXPECT_FALSE(config.autoconnect);
    EXPECT_TRUE(config.id.isEmpty()) << "a new connection gets its id when it is added";
}

TEST(ConnectionDialogModal, EnterDoesNotAcceptWhileInvalid)
{
    ConnectionDialog dialog;
    QTimer::singleShot(0, &dialog, [&dialog] {
        auto *transport = dialog.findChild<QComboBox *>(s("transportComboBox"));
        auto *host = dialog.findChild<QLineEdit *>(s("hostLineEdit"));
        if (transport && host) {
            transport->setCurrentIndex(transport->findText(s("SSH (qemu+ssh)")));
            host->setFocus();
            QTest::keyClick(host, Qt::Key_Return);
        }
        // Still open here means Return was refused; close it so exec() returns.
        if (dialog.isVisible())
            dialog.reject();
    });
    EXPECT_EQ(dialog.exec(), QDialog::Rejected);
}

TEST_F(ConnectionDialogTest, SshOptionRowsShowOnlyForTheTransportsThatReadThem)
{
    const char *const libsshOnly[] = { "knownHostsLineEdit", "sshAuthLineEdit" };
    auto visible = [this](const char *name) { return child<QWidget>(name)->isVisible(); };

    for (const char *name : { "knownHostsLineEdit", "knownHostsBrowseButton", "keyFileLineEdit",
             "keyFileBrowseButton", "sshAuthLineEdit" })
        EXPECT_FALSE(visible(name)) << name << " is shown for a local connection";

    select("transportComboBox", "SSH (qemu+ssh)");
    EXPECT_TRUE(visible("keyFileLineEdit"));
    EXPECT_TRUE(visible("keyFileBrowseButton"));
    for (const char *name : libsshOnly)
        EXPECT_FALSE(visible(name)) << name << " means nothing to qemu+ssh";

    select("transportComboBox", "libssh (qemu+libssh)");
    for (const char *name : { "knownHostsLineEdit", "knownHostsBrowseButton", "keyFileLineEdit", "sshAuthLineEdit" })
        EXPECT_TRUE(visible(name)) << name;
    EXPECT_TRUE(label("knownHostsHintLabel")->text().contains(s("~/.ssh/known_hosts")));

    select("transportComboBox", "TCP");
    EXPECT_FALSE(visible("keyFileLineEdit"));
    EXPECT_FALSE(visible("knownHostsLineEdit"));
}

TEST_F(ConnectionDialogTest, SshOptionsAreValidated)
{
    select("transportComboBox", "libssh (qemu+libssh)");
    type("hostLineEdit", "h");
    expectNoErrors();

    type("knownHostsLineEdit", "known_hosts");
    expectOnlyError("knownHostsErrorLabel", ConnectionDialog::knownHostsFileError(s("known_hosts")));
    type("knownHostsLineEdit", "/root/.ssh/known_hosts");
    expectNoErrors();

    type("keyFileLineEdit", "~/.ssh/id_ed25519");
    expectOnlyError("keyFileErrorLabel", ConnectionDialog::keyFileError(s("~/.ssh/id_ed25519")));
    type("keyFileLineEdit", "/root/.ssh/id_ed25519");
    expectNoErrors();

    for (const char *bad : { "agent,pubkey", "agent,privkey,agent", "agent,,password", "password," }) {
        type("sshAuthLineEdit", bad);
        expectOnlyError("sshAuthErrorLabel", ConnectionDialog::sshAuthError(s(bad)));
    }
    EXPECT_TRUE(ConnectionDialog::sshAuthError(s("agent,pubkey")).contains(s("\"pubkey\"")));
    EXPECT_TRUE(ConnectionDialog::sshAuthError(s("agent,privkey,agent")).contains(s("twice")));
    type("sshAuthLineEdit", "privkey,keyboard-interactive");
    expectNoErrors();

    // The same parameter in its field and in the extra parameters is one too many.
    type("extraParametersLineEdit", "keyfile=/other");
    expectOnlyError("extraParametersErrorLabel");
    edit("extraParametersLineEdit")->clear();
    expectNoErrors();

    // Errors of a hidden row do not block OK.
    type("knownHostsLineEdit", "relative");
    EXPECT_FALSE(okButton()->isEnabled());
    select("transportComboBox", "SSH (qemu+ssh)");
    expectNoErrors();
    EXPECT_EQ(preview(), s("qemu+ssh://h/system?keyfile=/root/.ssh/id_ed25519"));
}

TEST_F(ConnectionDialogTest, SshOptionsBuildTheQueryPercentEncoded)
{
    select("transportComboBox", "libssh (qemu+libssh)");
    type("userLineEdit", "root");
    type("hostLineEdit", "host-a");
    type("extraParametersLineEdit", "no_verify=1");
    type("knownHostsLineEdit", "/home/me/my hosts");
    type("keyFileLineEdit", "/home/me/.ssh/id+ed25519");
    type("sshAuthLineEdit", "privkey, password");
    expectNoErrors();
    EXPECT_EQ(preview(),
        s("qemu+libssh://root@host-a/system?no_verify=1&known_hosts=/home/me/my%20hosts"
          "&keyfile=/home/me/.ssh/id%2Bed25519&sshauth=privkey,password"));
    const ConnectionConfig config = m_dialog.config();
    EXPECT_EQ(config.extraParameters,
        s("no_verify=1&known_hosts=/home/me/my%20hosts&keyfile=/home/me/.ssh/id%2Bed25519&sshauth=privkey,password"));

    // And back: the fields get the decoded values, the rest stays in extra parameters.
    ConnectionDialog other;
    other.setConfig(config);
    WidgetLookup lookup(other);
    EXPECT_EQ(lookup.edit("knownHostsLineEdit")->text(), s("/home/me/my hosts"));
    EXPECT_EQ(lookup.edit("keyFileLineEdit")->text(), s("/home/me/.ssh/id+ed25519"));
    EXPECT_EQ(lookup.edit("sshAuthLineEdit")->text(), s("privkey,password"));
    EXPECT_EQ(lookup.edit("extraParametersLineEdit")->text(), s("no_verify=1"));
    EXPECT_EQ(other.config(), config);
}

TEST_F(ConnectionDialogTest, SshOptionsRoundTripThroughSetConfig)
{
    const char *const uris[] = {
        "qemu+libssh://root@host-a/system?known_hosts=/root/.ssh/known_hosts&keyfile=/root/.ssh/id_ed25519&sshauth=privkey",
        // Order and encoding of a saved query survive an edit that changes nothing.
        "qemu+libssh://h/system?sshauth=agent,password&mode=legacy&keyfile=/a%20b/k&no_tty=1",
        "qemu+ssh://root@h/system?keyfile=/root/.ssh/id_rsa&no_verify=1",
        // Parameters a transport does not read stay in the extra parameters.
        "qemu+tcp://h/system?keyfile=/x",
        "qemu+ssh://h/system?known_hosts=/x",
    };
    for (const char *uri : uris) {
        ConnectionConfig original = ConnectionConfig::fromUri(s(uri));
        ASSERT_TRUE(original.customUri.isEmpty()) << uri;
        m_dialog.setConfig(original);
        expectNoErrors();
        EXPECT_EQ(preview(), s(uri));
        EXPECT_EQ(m_dialog.config(), original) << uri;
    }
    m_dialog.setConfig(ConnectionConfig::fromUri(s(uris[1])));
    EXPECT_EQ(edit("keyFileLineEdit")->text(), s("/a b/k"));
    EXPECT_EQ(edit("extraParametersLineEdit")->text(), s("mode=legacy&no_tty=1"));
    // A changed field keeps its place in the query.
    type("keyFileLineEdit", "/c");
    EXPECT_EQ(m_dialog.config().extraParameters, s("sshauth=agent,password&mode=legacy&keyfile=/c&no_tty=1"));
    m_dialog.setConfig(ConnectionConfig::fromUri(s(uris[3])));
    EXPECT_EQ(edit("extraParametersLineEdit")->text(), s("keyfile=/x"));
    EXPECT_TRUE(edit("keyFileLineEdit")->text().isEmpty());
}

TEST_F(ConnectionDialogTest, TestConnectionAgainstTheTestDriverShowsAPassingLastStep)
{
    auto *button = child<QPushButton>("testConnectionButton");
    auto *results = child<QListWidget>("testResultsListWidget");
    EXPECT_FALSE(results->isVisible()) << "no results before a test";

    // Disabled while the form is invalid.
    select("transportComboBox", "SSH (qemu+ssh)");
    EXPECT_FALSE(button->isEnabled());
    select("transportComboBox", "Local");
    select("hypervisorComboBox", "libvirt test driver");
    ASSERT_TRUE(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(results->isVisible());
    ASSERT_EQ(results->count(), ConnectionTester::kStepCount);
    EXPECT_TRUE(child<QPushButton>("testCancelButton")->isVisible());
    const auto outcomeOf = [results](int row) {
        return ConnectionTester::Outcome(results->item(row)->data(Qt::UserRole).toInt());
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcomeOf(3) == ConnectionTester::Outcome::Passed; }, 15000))
        << results->item(3)->text().toStdString();
    EXPECT_TRUE(results->item(3)->text().contains(s("TEST "))) << results->item(3)->text().toStdString();
    EXPECT_TRUE(results->item(3)->text().contains(s(" via libvirt "))) << results->item(3)->text().toStdString();
    for (int row = 0; row < 3; ++row)
        EXPECT_EQ(outcomeOf(row), ConnectionTester::Outcome::Skipped) << results->item(row)->text().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return button->isEnabled(); }, 5000));
    EXPECT_FALSE(child<QPushButton>("testCancelButton")->isVisible());
    EXPECT_TRUE(label("testStatusLabel")->text() == s("The connection works."));
}

TEST_F(ConnectionDialogTest, TestConnectionShowsTheFailingStepWithItsHint)
{
    select("transportComboBox", "SSH (qemu+ssh)");
    type("hostLineEdit", "does-not-exist.invalid");
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    auto *results = child<QListWidget>("testResultsListWidget");
    const auto outcomeOf = [results](int row) {
        return ConnectionTester::Outcome(results->item(row)->data(Qt::UserRole).toInt());
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcomeOf(3) == ConnectionTester::Outcome::Skipped; }, 15000));
    EXPECT_EQ(outcomeOf(0), ConnectionTester::Outcome::Failed);
    EXPECT_TRUE(results->item(0)->text().contains(s("The name does not resolve")))
        << results->item(0)->text().toStdString();
    EXPECT_TRUE(label("testStatusLabel")->text().contains(s("\"Name resolution and reachability\" failed")));
}
