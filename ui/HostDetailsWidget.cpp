// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "HostDetailsWidget.h"

#include "Connection.h"
#include "HostTreeModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

HostDetailsWidget::HostDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("hostDetailsWidget"));
    m_titleLabel->setObjectName(QStringLiteral("detailsTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(m_form);
    layout->addStretch();
    m_form->setLabelAlignment(Qt::AlignRight);
    showNothing();
}

void HostDetailsWidget::clearRows()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void HostDetailsWidget::addRow(const QString &label, const QString &value, const QString &objectName)
{
    auto *valueLabel = new QLabel(value, this);
    valueLabel->setObjectName(objectName);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setWordWrap(true);
    m_form->addRow(label, valueLabel);
}

void HostDetailsWidget::showNothing()
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = nullptr;
    clearRows();
    m_titleLabel->setText(tr("Select a host or a virtual machine."));
}

void HostDetailsWidget::showHost(Connection *connection)
{
    if (m_connection != connection) {
        if (m_connection)
            m_connection->disconnect(this);
        m_connection = connection;
        connect(connection, &Connection::stateChanged, this, [this, connection] { showHost(connection); });
    }
    clearRows();
    m_titleLabel->setText(connection->config().effectiveDisplayName());
    addRow(tr("URI:"), connection->config().uri(), QStringLiteral("uriValueLabel"));
    addRow(tr("State:"), connection->stateText(), QStringLiteral("stateValueLabel"));
    if (!connection->isOpen())
        return;
    const HostInfo &info = connection->hostInfo();
    addRow(tr("Host name:"), info.hostname, QStringLiteral("hostnameValueLabel"));
    addRow(tr("Hypervisor:"),
           //: %1 is the hypervisor ("QEMU"), %2 its version.
           tr("%1 %2").arg(info.hypervisorType, libvirtVersionText(info.hypervisorVersion)),
           QStringLiteral("hypervisorValueLabel"));
    addRow(tr("libvirt:"), libvirtVersionText(info.libvirtVersion), QStringLiteral("libvirtValueLabel"));
    addRow(tr("Architecture:"), info.architecture, QStringLiteral("architectureValueLabel"));
    addRow(tr("CPU model:"), info.cpuModel.isEmpty() ? tr("not reported") : info.cpuModel,
           QStringLiteral("cpuModelValueLabel"));
    const QLocale locale;
    addRow(tr("CPUs:"),
           //: %1 is the number of logical CPUs; %2 sockets, %3 cores per socket, %4 threads per core,
           //: %5 NUMA nodes, %6 the clock rate.
           tr("%1 (%2 socket(s) × %3 core(s) × %4 thread(s), %5 NUMA node(s)) at %6 MHz")
               .arg(locale.toString(info.cpus), locale.toString(info.sockets), locale.toString(info.cores),
                    locale.toString(info.threads), locale.toString(info.numaNodes), locale.toString(info.mhz)),
           QStringLiteral("cpusValueLabel"));
    addRow(tr("Memory:"), formatKiB(info.memoryKiB), QStringLiteral("memoryValueLabel"));
}

void HostDetailsWidget::showDomain(Connection *connection, const DomainInfo &domain)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = nullptr;
    clearRows();
    m_titleLabel->setText(domain.name);
    addRow(tr("Host:"), connection->config().effectiveDisplayName(), QStringLiteral("domainHostValueLabel"));
    addRow(tr("State:"), domainStateText(domain.state), QStringLiteral("domainStateValueLabel"));
    addRow(tr("UUID:"), domain.uuid, QStringLiteral("uuidValueLabel"));
    addRow(tr("ID:"), domain.id >= 0 ? QLocale().toString(domain.id) : tr("inactive"), QStringLiteral("idValueLabel"));
    addRow(tr("vCPUs:"), QLocale().toString(domain.vcpus), QStringLiteral("vcpusValueLabel"));
    //: Memory: %1 in use now of %2 at most.
    const QString memory = tr("%1 of %2").arg(formatKiB(domain.memoryKiB), formatKiB(domain.maxMemoryKiB));
    addRow(tr("Memory:"), memory, QStringLiteral("domainMemoryValueLabel"));
    addRow(tr("Persistent:"), domain.persistent ? tr("yes") : tr("no (transient)"),
           QStringLiteral("persistentValueLabel"));
}
