// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrateWizard.h"

#include "Connection.h"
#include "ConnectionManager.h"
#include "MigrateWizardChecksPage.h"
#include "MigrateWizardDestinationPage.h"
#include "MigrateWizardMethodPage.h"
#include "MigrateWizardOptionsPage.h"
#include "MigrateWizardStoragePage.h"
#include "MigrateWizardSummaryPage.h"

#include <QHash>

struct MigrateWizard::Private
{
    ConnectionManager *connections = nullptr;
    QPointer<Connection> source;
    QList<DomainInfo> domains;
    QHash<quint64, QString> xmlRequests; // request id → domain uuid
    QHash<QString, QString> xml; // uuid → live XML
    QHash<QString, QList<DomainDisk>> disks; // uuid → its disks
    QString disksError;

    MigrateWizardDestinationPage *destinationPage = nullptr;
    MigrateWizardMethodPage *methodPage = nullptr;
    MigrateWizardStoragePage *storagePage = nullptr;
    MigrateWizardOptionsPage *optionsPage = nullptr;
    MigrateWizardChecksPage *checksPage = nullptr;
    MigrateWizardSummaryPage *summaryPage = nullptr;
};

MigrateWizard::MigrateWizard(ConnectionManager *connections, Connection *source, QList<DomainInfo> domains,
    QWidget *parent)
    : QWizard(parent)
    , d(std::make_unique<Private>())
{
    d->connections = connections;
    d->source = source;
    d->domains = std::move(domains);
    setObjectName(QStringLiteral("migrateWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    const QString sourceName = source ? source->config().effectiveDisplayName() : QString();
    //: %n (always more than one) virtual machines; %1 is the source host.
    const QString severalTitle = tr("Migrate %n virtual machines from %1", nullptr, int(d->domains.size()));
    setWindowTitle(d->domains.size() == 1 ? tr("Migrate %1 from %2").arg(d->domains.first().name, sourceName)
                                          : severalTitle.arg(sourceName));

    // The disks come from the live definitions, read on the source's worker.
    if (source) {
        connect(source, &Connection::domainXmlReady, this, &MigrateWizard::onDomainXml);
        for (const DomainInfo &domain : std::as_const(d->domains))
            d->xmlRequests.insert(source->requestDomainXml(domain.uuid), domain.uuid);
    }

    d->destinationPage = new MigrateWizardDestinationPage(this);
    d->methodPage = new MigrateWizardMethodPage(this);
    d->storagePage = new MigrateWizardStoragePage(this);
    d->optionsPage = new MigrateWizardOptionsPage(this);
    d->checksPage = new MigrateWizardChecksPage(this);
    d->summaryPage = new MigrateWizardSummaryPage(this);
    setPage(DestinationPageId, d->destinationPage);
    setPage(MethodPageId, d->methodPage);
    setPage(StoragePageId, d->storagePage);
    setPage(OptionsPageId, d->optionsPage);
    setPage(ChecksPageId, d->checksPage);
    setPage(SummaryPageId, d->summaryPage);
    setStartId(DestinationPageId);

    const auto applyMoveDefaults = [this] {
        const MigrateWizardMethodPage::Choice choice = d->methodPage->choice();
        const bool live = choice == MigrateWizardMethodPage::Choice::LiveShared
            || choice == MigrateWizardMethodPage::Choice::LiveCopyAll
            || choice == MigrateWizardMethodPage::Choice::LiveCopyIncremental;
        d->optionsPage->setMoveDefaults(d->methodPage->isMove(), live);
    };
    applyMoveDefaults();
    connect(d->methodPage, &MigrateWizardMethodPage::methodChanged, this, [this, applyMoveDefaults] {
        applyMoveDefaults();
        Q_EMIT planChanged();
    });
    connect(d->storagePage, &MigrateWizardStoragePage::storageChanged, this, &MigrateWizard::planChanged);
    connect(d->optionsPage, &MigrateWizardOptionsPage::optionsChanged, this, &MigrateWizard::planChanged);
    connect(d->destinationPage, &MigrateWizardDestinationPage::destinationChanged, this,
        &MigrateWizard::destinationChanged);
    // Wide enough for the options page's two advanced columns without a scroll bar, and
    // still inside a 1366×768 screen.
    resize(980, 700);
}

MigrateWizard::~MigrateWizard()
{
    // The pages are deleted after this body, when plan() can no longer answer them.
    disconnect(this, nullptr, nullptr, nullptr);
}

void MigrateWizard::setDestination(Connection *destination)
{
    if (!d->destinationPage->selectDestination(destination))
        return; // it stays for the user to choose, with the reason shown
    if (currentId() == -1)
        restart();
    if (currentId() == DestinationPageId)
        next();
}

Connection *MigrateWizard::source() const
{
    return d->source;
}

Connection *MigrateWizard::destination() const
{
    return d->destinationPage ? d->destinationPage->destination() : nullptr;
}

const QList<DomainInfo> &MigrateWizard::domains() const
{
    return d->domains;
}

MigrationPlan MigrateWizard::plan() const
{
    MigrationPlan plan;
    if (!d->methodPage || !d->optionsPage || !d->storagePage)
        return plan; // while the pages are being made
    d->methodPage->fillPlan(plan);
    d->optionsPage->fillPlan(plan);
    if (d->methodPage->needsStoragePage())
        d->storagePage->fillPlan(plan);
    return plan;
}

ConnectionManager *MigrateWizard::connectionManager() const
{
    return d->connections;
}

QList<DomainDisk> MigrateWizard::disks(const QString &uuid) const
{
    return d->disks.value(uuid);
}

bool MigrateWizard::disksKnown() const
{
    return d->xmlRequests.isEmpty();
}

QString MigrateWizard::domainXml(const QString &uuid) const
{
    return d->xml.value(uuid);
}

QString MigrateWizard::disksError() const
{
    return d->disksError;
}

int MigrateWizard::nextId() const
{
    switch (currentId()) {
    case DestinationPageId:
        return MethodPageId;
    case MethodPageId:
        return d->methodPage->needsStoragePage() ? StoragePageId : OptionsPageId;
    case StoragePageId:
        return OptionsPageId;
    case OptionsPageId:
        return ChecksPageId;
    case ChecksPageId:
        return SummaryPageId;
    default:
        return -1;
    }
}

void MigrateWizard::onDomainXml(quint64 requestId, const QString &uuid, const QString &xml, const QString &errorMessage)
{
    if (!d->xmlRequests.contains(requestId))
        return;
    d->xmlRequests.remove(requestId);
    QString name = uuid;
    for (const DomainInfo &domain : std::as_const(d->domains)) {
        if (domain.uuid == uuid)
            name = domain.name;
    }
    if (!errorMessage.isEmpty()) {
        d->disksError = tr("The definition of “%1” could not be read: %2").arg(name, errorMessage);
    } else {
        QString error;
        d->xml.insert(uuid, xml);
        d->disks.insert(uuid, domainDisks(xml, &error));
        if (!error.isEmpty())
            d->disksError = tr("The definition of “%1” could not be read: %2").arg(name, error);
    }
    Q_EMIT disksChanged();
}
