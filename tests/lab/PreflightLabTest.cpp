// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// MigrationPreflight against the lab's real daemons, through Connections opened over SSH:
// a guest on a virtual network only host A has is blocked by the network check, and a
// guest on the NFS network disk passes every check of a live migration on shared storage,
// with the real CPU compare, machine type and free memory of host B.
#include "Connection.h"
#include "Lab.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "MigrationPreflight.h"
#include "QtPrinting.h"
#include "SshLabTest.h"

#include <QFile>
#include <QSignalSpy>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <gtest/gtest.h>
#include <libvirt/virterror.h>

#include <memory>

namespace {

constexpr int kChecksMs = 60000;

const QString kNetwork = QStringLiteral("vf-preflight-a-only");

// The domain XML with one more <interface> on `network` at the end of <devices>.
QString withNetworkInterface(const QString &xml, const QString &network)
{
    QString result;
    QXmlStreamReader reader(xml);
    QXmlStreamWriter writer(&result);
    int depth = 0;
    bool inDevices = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 2 && reader.name() == u"devices")
                inDevices = true;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 2 && inDevices) {
                inDevices = false;
                writer.writeStartElement(QStringLiteral("interface"));
                writer.writeAttribute(QStringLiteral("type"), QStringLiteral("network"));
                writer.writeEmptyElement(QStringLiteral("source"));
                writer.writeAttribute(QStringLiteral("network"), network);
                writer.writeEmptyElement(QStringLiteral("model"));
                writer.writeAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
                writer.writeEndElement();
            }
            --depth;
        }
        writer.writeCurrentToken(reader);
    }
    return reader.hasError() ? QString() : result;
}

QString isolatedNetworkXml(const QString &name)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("network"));
    writer.writeTextElement(QStringLiteral("name"), name);
    writer.writeEmptyElement(QStringLiteral("bridge"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("vfpf0"));
    writer.writeEndElement();
    return xml;
}

void removeNetwork(Lab::Host host, const QString &name)
{
    Libvirt::ConnectPtr connection(virConnectOpen(Lab::tcpUri(host).toUtf8().constData()));
    if (!connection)
        return;
    Libvirt::NetworkPtr network(virNetworkLookupByName(connection.get(), name.toUtf8().constData()));
    if (network) {
        if (virNetworkIsActive(network.get()) == 1)
            virNetworkDestroy(network.get());
        virNetworkUndefine(network.get());
    }
    virResetLastError();
}

bool defineAndStartNetwork(Lab::Host host, const QString &name, QString *error)
{
    Libvirt::ConnectPtr connection(virConnectOpen(Lab::tcpUri(host).toUtf8().constData()));
    Libvirt::NetworkPtr network(connection
            ? virNetworkDefineXML(connection.get(), isolatedNetworkXml(name).toUtf8().constData())
            : nullptr);
    if (!network || virNetworkCreate(network.get()) != 0) {
        *error = LibvirtError::fromLastError().message();
        return false;
    }
    return true;
}

QString describe(const QList<PreflightCheck> &checks)
{
    QString text;
    for (const PreflightCheck &check : checks)
        text += QStringLiteral("\n  %1 [%2] %3 %4")
                    .arg(check.id)
                    .arg(int(check.outcome))
                    .arg(check.detail, check.fixHint);
    return text;
}

class PreflightLab : public SshLabTest
{
protected:
    void TearDown() override
    {
        removeGuests();
        for (const QString &name : std::as_const(m_guests))
            QFile::remove(Lab::nfsExportDirectory() + u'/' + name + QStringLiteral(".qcow2"));
        if (m_networkDefined) {
            removeNetwork(Lab::Host::A, kNetwork);
            removeNetwork(Lab::Host::B, kNetwork);
        }
        m_hostA.reset();
        m_hostB.reset();
    }
    QList<PreflightCheck> runChecks(const QString &uuid, const MigrationPlan &plan)
    {
        MigrationPreflight preflight;
        QSignalSpy finished(&preflight, &MigrationPreflight::finished);
        preflight.start(PreflightRequest { m_hostA->handle(), m_hostB->handle(), uuid, plan });
        EXPECT_TRUE(finished.wait(kChecksMs)) << "the checks did not end";
        if (finished.isEmpty())
            return {};
        return finished.first().first().value<QList<PreflightCheck>>();
    }

    bool m_networkDefined = false;
};

PreflightCheck checkById(const QList<PreflightCheck> &checks, const QString &id)
{
    for (const PreflightCheck &check : checks)
        if (check.id == id)
            return check;
    ADD_FAILURE() << "no check " << id << describe(checks);
    return PreflightCheck { QStringLiteral("<missing>"), {}, PreflightCheck::Outcome::Pass, {}, {} };
}

MigrationPlan liveSharedPlan()
{
    MigrationPlan plan;
    plan.method = MigrationPlan::Method::Libvirt;
    plan.options.mode = MigrationOptions::Mode::LiveShared;
    return plan;
}

} // namespace

TEST_F(PreflightLab, ANetworkOnlyTheSourceHasBlocksTheMove)
{
    const QString name = guestName("preflight-net");
    removeNetwork(Lab::Host::A, kNetwork);
    removeNetwork(Lab::Host::B, kNetwork);
    m_networkDefined = true;
    QString error;
    ASSERT_TRUE(defineAndStartNetwork(Lab::Host::A, kNetwork, &error)) << error;
    const QString xml
        = withNetworkInterface(Lab::prepareGuest(name, Lab::GuestDisk::NfsNetwork, Lab::Host::A), kNetwork);
    ASSERT_FALSE(xml.isEmpty());
    const QString uuid = Lab::defineAndStart(Lab::Host::A, xml, &error);
    ASSERT_FALSE(uuid.isEmpty()) << error;

    const QList<PreflightCheck> checks = runChecks(uuid, liveSharedPlan());
    const PreflightCheck network = checkById(checks, QStringLiteral("network.") + kNetwork);
    EXPECT_EQ(network.outcome, PreflightCheck::Outcome::Failure) << describe(checks);
    EXPECT_FALSE(network.fixHint.isEmpty());
    EXPECT_TRUE(MigrationPreflight::blocks(checks));
    EXPECT_EQ(checkById(checks, QStringLiteral("domain.state")).outcome, PreflightCheck::Outcome::Pass)
        << describe(checks);
}

TEST_F(PreflightLab, AGuestOnTheNfsDiskPassesEveryCheckForALiveMove)
{
    const QString name = guestName("preflight-nfs");
    QString error;
    const QString uuid = Lab::defineAndStart(
        Lab::Host::A, Lab::prepareGuest(name, Lab::GuestDisk::NfsNetwork, Lab::Host::A), &error);
    ASSERT_FALSE(uuid.isEmpty()) << error;

    const QList<PreflightCheck> checks = runChecks(uuid, liveSharedPlan());
    ASSERT_FALSE(checks.isEmpty());
    for (const PreflightCheck &check : checks)
        EXPECT_EQ(int(check.outcome), int(PreflightCheck::Outcome::Pass)) << check.id << describe(checks);
    EXPECT_FALSE(MigrationPreflight::blocks(checks));
    // These ran against B for real, not skipped: the running guest has a CPU model
    // (libvirt fills in the default), a canonical machine type and a size.
    EXPECT_TRUE(checkById(checks, QStringLiteral("cpu")).detail.contains(QStringLiteral("provides")))
        << describe(checks);
    EXPECT_TRUE(checkById(checks, QStringLiteral("machine")).detail.contains(QStringLiteral("machine type")))
        << describe(checks);
    EXPECT_TRUE(checkById(checks, QStringLiteral("memory")).detail.contains(QStringLiteral("free")))
        << describe(checks);
    EXPECT_TRUE(checkById(checks, QStringLiteral("destination.distinct"))
                    .detail.contains(QStringLiteral("UUIDs differ")))
        << describe(checks);
    EXPECT_EQ(checkById(checks, QStringLiteral("disk.vda")).outcome, PreflightCheck::Outcome::Pass);
    EXPECT_EQ(
        checkById(checks, QStringLiteral("destination.hostname")).outcome, PreflightCheck::Outcome::Pass);
}
