// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "LibvirtCalls.h"
#include "LibvirtHandles.h"

#include <QByteArray>

#include <gtest/gtest.h>
#include <libvirt/virterror.h>

namespace {
const QByteArray kHostUri = QByteArrayLiteral("test://" VF_TEST_DATA_DIR "/forms-host.xml");
}

// A private connection must reach the same host as the shared one. An in-process driver
// opened again can be another host: a test:// node file gives a fresh host each time,
// without what the shared one has defined since.
TEST(PrivateConnection, IsNotOpenedForAnInProcessDriver)
{
    Libvirt::ConnectPtr shared(virConnectOpen(kHostUri.constData()));
    ASSERT_TRUE(shared);
    const char *xml = "<domain type='test'><name>only-on-the-shared-host</name><memory>1024</memory>"
                      "<os><type>hvm</type></os></domain>";
    Libvirt::DomainPtr defined(virDomainDefineXML(shared.get(), xml));
    ASSERT_TRUE(defined);

    EXPECT_FALSE(Libvirt::openPrivateConnection(shared.get()));
    EXPECT_EQ(virGetLastError(), nullptr) << "a refusal leaves no libvirt error behind";

    // What a second open would have given: a host without the new domain.
    Libvirt::ConnectPtr another(virConnectOpen(kHostUri.constData()));
    ASSERT_TRUE(another);
    Libvirt::DomainPtr found(virDomainLookupByName(another.get(), "only-on-the-shared-host"));
    EXPECT_FALSE(found) << "reopening the node file reached the same host";
    virResetLastError();
    virDomainUndefine(defined.get());
}

TEST(PrivateConnection, IsNotOpenedWithoutAConnection)
{
    EXPECT_FALSE(Libvirt::openPrivateConnection(nullptr));
}
