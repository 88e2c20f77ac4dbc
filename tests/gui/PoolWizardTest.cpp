// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The pool wizard with the real widgets on the offscreen platform, on private test-driver
// connections (test:///<node.xml>), two or three of which act as separate hosts.
#include "Connection.h"
#include "FieldErrors.h"
#include "NodeXmlGenerator.h"
#include "PoolReplicator.h"
#include "PoolWizard.h"
#include "PoolWizardResultPage.h"
#include "PoolWizardSourcePage.h"
#include "QtPrinting.h"
#include "StoragePoolListModel.h"
#include "StorageTypes.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace {

constexpr int kTimeoutMs = 30000;

class PoolWizardTest : public ::testing::Test
{
protected:
    // A host of its own: a private test-driver node, opened and connected.
    Connection *openHost(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".xml"));
        NodeXmlGenerator::Options options;
        options.domainCount = 1;
        options.namePrefix = name;
        EXPECT_EQ(NodeXmlGenerator::write(path, options), QString());
        ConnectionConfig config = ConnectionConfig::fromUri(QStringLiteral("test://") + path);
        config.displayName = name;
        m_connections.push_back(std::make_unique<Connection>(config));
        Connection *connection = m_connections.back().get();
        connection->open();
        EXPECT_TRUE(QTest::qWaitFor([connection] { return connection->isOpen(); }, kTimeoutMs))
            << connection->stateReason();
        return connection;
    }

    // The pool as the connection lists it, once it does.
    std::optional<PoolInfo> waitForPool(Connection *connection, const QString &name)
    {
        StoragePoolListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setConnection(connection);
        if (!QTest::qWaitFor([&] { return model.pool(name).has_value(); }, kTimeoutMs))
            return std::nullopt;
        return model.pool(name);
    }

    // Defines a pool directly on the connection, as another tool would have.
    void definePool(Connection *connection, const PoolDefinition &definition)
    {
        QSignalSpy ensured(connection, &Connection::poolEnsured);
        const quint64 id = connection->requestEnsurePool(definition, PoolSetup{});
        ASSERT_TRUE(QTest::qWaitFor([&] { return !ensured.isEmpty(); }, kTimeoutMs));
        EXPECT_EQ(ensured.first().at(0).toULongLong(), id);
        EXPECT_EQ(ensured.first().at(1).value<EnsurePoolOutcome>(), EnsurePoolOutcome::Created)
            << ensured.first().at(2).toString();
    }

    static void enterNameAndType(PoolWizard &wizard, const QString &name, const QString &type)
    {
        const WidgetLookup ui(wizard);
        ui.edit("nameLineEdit")->setText(name);
        auto *types = ui.child<QComboBox>("typeComboBox");
        const int row = types->findData(type, Qt::UserRole + 1);
        ASSERT_GE(row, 0) << "type " << type.toStdString() << " is not offered";
        types->setCurrentIndex(row);
    }

    // Goes from the current page to the result page, checking `others`, and waits for
    // every host's answer.
    static void createOn(PoolWizard &wizard, const QList<Connection *> &others)
    {
        const WidgetLookup ui(wizard);
        ASSERT_EQ(wizard.currentId(), PoolWizard::SourcePageId);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), PoolWizard::HostsPageId);
        auto *hosts = ui.child<QListWidget>("alsoCreateOnListWidget");
        for (Connection *other : others) {
            const QList<QListWidgetItem *> items =
                hosts->findItems(other->config().effectiveDisplayName(), Qt::MatchExactly);
            ASSERT_EQ(items.size(), 1);
            items.first()->setCheckState(Qt::Checked);
        }
        wizard.next();
        ASSERT_EQ(wizard.currentId(), PoolWizard::ReviewPageId);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), PoolWizard::ResultPageId);
        EXPECT_TRUE(QTest::qWaitFor([&] { return wizard.button(QWizard::FinishButton)->isEnabled(); }, kTimeoutMs));
        EXPECT_FALSE(wizard.button(QWizard::BackButton)->isVisible() && wizard.button(QWizard::BackButton)->isEnabled())
            << "no way back once hosts were changed";
        EXPECT_FALSE(wizard.button(QWizard::CancelButton)->isVisibleTo(&wizard)) << "nothing to cancel once pools are made";
    }

    struct Row
    {
        QString host;
        QString text;
        std::optional<EnsurePoolOutcome> outcome;
    };
    static QList<Row> resultRows(const PoolWizard &wizard)
    {
        auto *tree = WidgetLookup(wizard).child<QTreeWidget>("resultTreeWidget");
        QList<Row> rows;
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = tree->topLevelItem(row);
            const QVariant outcome = item->data(PoolWizardResultPage::ResultColumn, PoolWizardResultPage::OutcomeRole);
            rows.append({item->text(PoolWizardResultPage::HostColumn), item->text(PoolWizardResultPage::ResultColumn),
                         outcome.isValid() ? std::optional(EnsurePoolOutcome(outcome.toInt())) : std::nullopt});
        }
        return rows;
    }

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Connection>> m_connections;
};

} // namespace

TEST_F(PoolWizardTest, InvalidNamesShowTheirMessageAndBlockNext)
{
    Connection *host = openHost(QStringLiteral("alpha"));
    PoolWizard wizard(host, {});
    wizard.show();
    const WidgetLookup ui(wizard);
    QLineEdit *name = ui.edit("nameLineEdit");
    QLabel *error = ui.label("nameErrorLabel");
    EXPECT_FALSE(error->isVisibleTo(&wizard)) << "an untouched empty name is not an error yet";
    EXPECT_FALSE(wizard.currentPage()->isComplete());

    for (const QString &bad : {QStringLiteral("a/b"), QStringLiteral(".."), QStringLiteral("bad\nname"),
                               QStringLiteral("quote'd")}) {
        name->setText(bad);
        const QString expected = StorageValidation::poolNameError(bad);
        if (expected.isEmpty())
            continue; // the core accepts it; nothing for the page to show
        EXPECT_TRUE(error->isVisibleTo(&wizard)) << bad;
        EXPECT_EQ(error->text(), expected) << bad;
        EXPECT_TRUE(name->property("invalid").toBool());
        EXPECT_FALSE(wizard.currentPage()->isComplete()) << bad;
        wizard.next();
        EXPECT_EQ(wizard.currentId(), PoolWizard::TypePageId) << bad;
    }
    ASSERT_FALSE(StorageValidation::poolNameError(QStringLiteral("a/b")).isEmpty());

    // Emptied by the user: now it says so.
    name->clear();
    QTest::keyClicks(name, QStringLiteral("x"));
    QTest::keyClick(name, Qt::Key_Backspace);
    EXPECT_TRUE(error->isVisibleTo(&wizard));
    EXPECT_EQ(error->text(), StorageValidation::poolNameError(QString()));

    name->setText(QStringLiteral("images"));
    EXPECT_FALSE(error->isVisibleTo(&wizard));
    EXPECT_FALSE(name->property("invalid").toBool());
    wizard.next();
    EXPECT_EQ(wizard.currentId(), PoolWizard::SourcePageId);
}

TEST_F(PoolWizardTest, NamesUsedOnThisConnectionAreRefused)
{
    Connection *host = openHost(QStringLiteral("alpha"));
    PoolDefinition existing;
    existing.name = QStringLiteral("taken");
    existing.targetPath = QStringLiteral("/srv/taken");
    definePool(host, existing);

    PoolWizard wizard(host, {});
    wizard.setExistingPoolNames({QStringLiteral("reserved")});
    wizard.show();
    const WidgetLookup ui(wizard);
    QLabel *error = ui.label("nameErrorLabel");
    ui.edit("nameLineEdit")->setText(QStringLiteral("taken"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return error->isVisibleTo(&wizard); }, kTimeoutMs))
        << "the wizard's own pool list must learn of “taken”";
    EXPECT_TRUE(error->text().contains(QStringLiteral("already has a pool named “taken”"))) << error->text();
    wizard.next();
    EXPECT_EQ(wizard.currentId(), PoolWizard::TypePageId);

    ui.edit("nameLineEdit")->setText(QStringLiteral("reserved"));
    EXPECT_TRUE(error->text().contains(QStringLiteral("“reserved”"))) << error->text();
    EXPECT_FALSE(wizard.currentPage()->isComplete());

    ui.edit("nameLineEdit")->setText(QStringLiteral("fresh"));
    EXPECT_FALSE(error->isVisibleTo(&wizard));
    EXPECT_TRUE(wizard.currentPage()->isComplete());
}

TEST_F(PoolWizardTest, WithoutPoolCapabilitiesTheCommonTypesAreOfferedAndSaidSo)
{
    // libvirt's test driver has no virConnectGetStoragePoolCapabilities.
    Connection *host = openHost(QStringLiteral("alpha"));
    PoolWizard wizard(host, {});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return wizard.capabilitiesState() != PoolWizard::CapabilitiesState::Asking; }, kTimeoutMs));
    EXPECT_EQ(wizard.capabilitiesState(), PoolWizard::CapabilitiesState::Unknown);
    const WidgetLookup ui(wizard);
    auto *types = ui.child<QComboBox>("typeComboBox");
    QStringList offered;
    auto *model = qobject_cast<QStandardItemModel *>(types->model());
    ASSERT_NE(model, nullptr);
    for (int row = 0; row < types->count(); ++row) {
        EXPECT_TRUE(model->item(row)->isEnabled()) << row;
        offered.append(types->itemData(row, Qt::UserRole + 1).toString());
    }
    EXPECT_EQ(offered, (QStringList{QStringLiteral("dir"), QStringLiteral("netfs"), QStringLiteral("logical"),
                                    QStringLiteral("fs")}));
    const QString note = ui.label("typeNoteLabel")->text();
    EXPECT_TRUE(note.contains(QStringLiteral("could not say which pool types"))) << note;
    EXPECT_TRUE(note.contains(wizard.capabilitiesError())) << note;
}

TEST_F(PoolWizardTest, TypesTheHostCannotCreateAreDisabledWithWhy)
{
    Connection *host = openHost(QStringLiteral("alpha"));
    PoolWizard wizard(host, {});
    wizard.show();
    // The test driver's own answer (it cannot say) comes first; then one like a real host's.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return wizard.capabilitiesState() != PoolWizard::CapabilitiesState::Asking; }, kTimeoutMs));
    const auto support = [](const char *type, bool supported, QStringList formats = {}) {
        PoolTypeSupport result;
        result.type = QString::fromLatin1(type);
        result.supported = supported;
        result.sourceFormats = formats;
        result.defaultSourceFormat = formats.value(0);
        return result;
    };
    wizard.setCapabilities({support("dir", true), support("fs", true), support("logical", false),
                            support("netfs", true, {QStringLiteral("auto"), QStringLiteral("nfs"), QStringLiteral("cifs")}),
                            support("iscsi", true), support("scsi", true), support("rbd", false)});
    ASSERT_EQ(wizard.capabilitiesState(), PoolWizard::CapabilitiesState::Known);

    const WidgetLookup ui(wizard);
    auto *types = ui.child<QComboBox>("typeComboBox");
    auto *model = qobject_cast<QStandardItemModel *>(types->model());
    ASSERT_NE(model, nullptr);
    const auto item = [&](const char *type) -> QStandardItem * {
        const int row = types->findData(QString::fromLatin1(type), Qt::UserRole + 1);
        return row < 0 ? nullptr : model->item(row);
    };
    for (const char *type : {"dir", "netfs", "fs", "iscsi"}) {
        ASSERT_NE(item(type), nullptr) << type;
        EXPECT_TRUE(item(type)->isEnabled()) << type;
    }
    for (const char *type : {"logical", "rbd"}) {
        ASSERT_NE(item(type), nullptr) << type;
        EXPECT_FALSE(item(type)->isEnabled()) << type;
        EXPECT_TRUE(item(type)->toolTip().contains(QStringLiteral("cannot create"))) << item(type)->toolTip();
    }
    ASSERT_NE(item("scsi"), nullptr);
    EXPECT_FALSE(item("scsi")->isEnabled()) << "the wizard cannot describe a SCSI adapter";
    EXPECT_FALSE(item("scsi")->toolTip().isEmpty());
    const QString note = ui.label("typeNoteLabel")->text();
    EXPECT_TRUE(note.contains(QStringLiteral("logical: "))) << note;
    EXPECT_TRUE(note.contains(QStringLiteral("rbd: "))) << note;
    EXPECT_FALSE(note.contains(QStringLiteral("could not say"))) << note;

    // The netfs formats are the host's.
    enterNameAndType(wizard, QStringLiteral("nfs"), QStringLiteral("netfs"));
    wizard.next();
    auto *format = ui.child<QComboBox>("formatComboBox");
    QStringList formats;
    for (int row = 0; row < format->count(); ++row)
        formats.append(format->itemData(row).toString());
    EXPECT_EQ(formats, (QStringList{QStringLiteral("auto"), QStringLiteral("nfs"), QStringLiteral("cifs")}));
    EXPECT_EQ(format->currentData().toString(), QStringLiteral("nfs"));
}

TEST_F(PoolWizardTest, NetfsFieldsShowTheirErrorsInlineAndBlockNext)
{
    Connection *host = openHost(QStringLiteral("alpha"));
    PoolWizard wizard(host, {});
    wizard.show();
    enterNameAndType(wizard, QStringLiteral("nfs-images"), QStringLiteral("netfs"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), PoolWizard::SourcePageId);
    const WidgetLookup ui(wizard);
    QLineEdit *server = ui.edit("sourceHostLineEdit");
    QLineEdit *source = ui.edit("sourcePathLineEdit");
    QLineEdit *target = ui.edit("targetPathLineEdit");
    QLineEdit *options = ui.edit("mountOptionsLineEdit");
    auto *format = ui.child<QComboBox>("formatComboBox");
    auto *protocol = ui.child<QComboBox>("protocolComboBox");
    EXPECT_TRUE(server->isVisibleTo(&wizard));
    EXPECT_TRUE(ui.child<QPushButton>("browseButton")->isVisibleTo(&wizard));
    EXPECT_EQ(format->currentData().toString(), QStringLiteral("nfs")) << "NFS is what shared VM storage uses";
    EXPECT_FALSE(ui.label("sourceHostErrorLabel")->isVisibleTo(&wizard)) << "untouched, not wrong";
    EXPECT_FALSE(wizard.currentPage()->isComplete());

    server->setText(QStringLiteral("bad host"));
    source->setText(QStringLiteral("export/images"));
    target->setText(QStringLiteral("/var/lib/../images"));
    options->setText(QStringLiteral("soft, timeo=600"));
    EXPECT_EQ(ui.label("sourceHostErrorLabel")->text(), StorageValidation::hostNameError(QStringLiteral("bad host")));
    EXPECT_EQ(ui.label("sourcePathErrorLabel")->text(),
              StorageValidation::absolutePathError(QStringLiteral("export/images")));
    EXPECT_EQ(ui.label("targetPathErrorLabel")->text(),
              StorageValidation::absolutePathError(QStringLiteral("/var/lib/../images")));
    EXPECT_TRUE(ui.label("mountOptionsErrorLabel")->text().contains(QStringLiteral("spaces")));
    for (const char *label : {"sourceHostErrorLabel", "sourcePathErrorLabel", "targetPathErrorLabel",
                              "mountOptionsErrorLabel"})
        EXPECT_TRUE(ui.label(label)->isVisibleTo(&wizard)) << label;
    EXPECT_FALSE(ui.child<QPushButton>("browseButton")->isEnabled()) << "nothing to ask without a server";
    wizard.next();
    EXPECT_EQ(wizard.currentId(), PoolWizard::SourcePageId);

    // Version and mount options belong to the nfs format only.
    format->setCurrentIndex(format->findData(QStringLiteral("cifs")));
    EXPECT_FALSE(protocol->isEnabled());
    EXPECT_FALSE(options->isEnabled());
    EXPECT_FALSE(ui.label("mountOptionsErrorLabel")->isVisibleTo(&wizard));
    format->setCurrentIndex(format->findData(QStringLiteral("nfs")));
    EXPECT_TRUE(protocol->isEnabled());
    EXPECT_TRUE(options->isEnabled());
    options->setText(QStringLiteral("soft,\"timeo=600\""));
    EXPECT_TRUE(ui.label("mountOptionsErrorLabel")->text().contains(QStringLiteral("quotes")));
    options->setText(QStringLiteral("soft,,timeo=600"));
    EXPECT_TRUE(ui.label("mountOptionsErrorLabel")->text().contains(QStringLiteral("empty option")));
    options->setText(QStringLiteral("soft,nfsvers=3"));
    EXPECT_TRUE(ui.label("mountOptionsErrorLabel")->text().contains(QStringLiteral("NFS version")));

    server->setText(QStringLiteral("nfs-server"));
    source->setText(QStringLiteral("/export/images"));
    target->setText(QStringLiteral("/var/lib/libvirt/images/nfs-images"));
    options->setText(QStringLiteral("soft,timeo=600"));
    for (const char *label : {"sourceHostErrorLabel", "sourcePathErrorLabel", "targetPathErrorLabel",
                              "mountOptionsErrorLabel"})
        EXPECT_FALSE(ui.label(label)->isVisibleTo(&wizard)) << label;
    EXPECT_TRUE(ui.child<QPushButton>("browseButton")->isEnabled());
    wizard.next();
    EXPECT_EQ(wizard.currentId(), PoolWizard::HostsPageId);
}

TEST_F(PoolWizardTest, TargetPathFollowsTheNameUntilEdited)
{
    Connection *host = openHost(QStringLiteral("alpha"));
    PoolWizard wizard(host, {});
    wizard.show();
    const WidgetLookup ui(wizard);
    enterNameAndType(wizard, QStringLiteral("first"), QStringLiteral("dir"));
    wizard.next();
    QLineEdit *target = ui.edit("targetPathLineEdit");
    EXPECT_EQ(target->text(), QStringLiteral("/var/lib/libvirt/images/first"));

    wizard.back();
    ui.edit("nameLineEdit")->setText(QStringLiteral("second"));
    wizard.next();
    EXPECT_EQ(target->text(), QStringLiteral("/var/lib/libvirt/images/second"));

    target->selectAll();
    QTest::keyClicks(target, QStringLiteral("/srv/mine"));
    wizard.back();
    ui.edit("nameLineEdit")->setText(QStringLiteral("third"));
    wizard.next();
    EXPECT_EQ(target->text(), QStringLiteral("/srv/mine")) << "the user's own path is kept";
    EXPECT_EQ(wizard.definition().targetPath, QStringLiteral("/srv/mine"));
}

TEST_F(PoolWizardTest, XmlPreviewMatchesTheFields)
{
    Connection *host = openHost(QStringLiteral("alpha"));
    PoolWizard wizard(host, {});
    wizard.show();
    const WidgetLookup ui(wizard);
    enterNameAndType(wizard, QStringLiteral("shared"), QStringLiteral("netfs"));
    wizard.next();
    ui.edit("sourceHostLineEdit")->setText(QStringLiteral("nfs-server"));
    ui.edit("sourcePathLineEdit")->setText(QStringLiteral("/export/vm images"));
    auto *protocol = ui.child<QComboBox>("protocolComboBox");
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("4.1")));
    ui.edit("mountOptionsLineEdit")->setText(QStringLiteral("soft,timeo=600"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), PoolWizard::HostsPageId);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), PoolWizard::ReviewPageId);

    const QString xml = ui.child<QPlainTextEdit>("xmlPreviewTextEdit")->toPlainText();
    EXPECT_TRUE(ui.child<QPlainTextEdit>("xmlPreviewTextEdit")->isReadOnly());
    QString error;
    const std::optional<PoolDefinition> parsed = PoolDefinition::fromXml(xml, &error);
    ASSERT_TRUE(parsed.has_value()) << error << "\n" << xml;
    EXPECT_EQ(parsed->name, QStringLiteral("shared"));
    EXPECT_EQ(parsed->type, QStringLiteral("netfs"));
    EXPECT_EQ(parsed->sourceHost, QStringLiteral("nfs-server"));
    EXPECT_EQ(parsed->sourceDir, QStringLiteral("/export/vm images"));
    EXPECT_EQ(parsed->sourceFormat, QStringLiteral("nfs"));
    EXPECT_EQ(parsed->targetPath, QStringLiteral("/var/lib/libvirt/images/shared"));
    EXPECT_EQ(parsed->nfsProtocolVersion, std::optional<int>(4));
    EXPECT_EQ(parsed->mountOptions,
              (QStringList{QStringLiteral("soft"), QStringLiteral("timeo=600"), QStringLiteral("minorversion=1")}));
    EXPECT_TRUE(parsed->sameDefinition(wizard.definition()));
    EXPECT_EQ(xml, wizard.definition().toXml().trimmed());

    const QString summary = ui.label("summaryLabel")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("nfs-server:/export/vm images"))) << summary;
    EXPECT_TRUE(summary.contains(QStringLiteral("alpha"))) << summary;
}

TEST_F(PoolWizardTest, CreatesADirPoolOnTwoHostsThenFindsItIdentical)
{
    Connection *alpha = openHost(QStringLiteral("alpha"));
    Connection *beta = openHost(QStringLiteral("beta"));
    Connection *gamma = openHost(QStringLiteral("gamma"));
    {
        PoolWizard wizard(alpha, {beta, gamma});
        wizard.show();
        enterNameAndType(wizard, QStringLiteral("shared"), QStringLiteral("dir"));
        wizard.next();
        WidgetLookup(wizard).edit("targetPathLineEdit")->setText(QStringLiteral("/srv/shared"));
        createOn(wizard, {beta});
        const QList<Row> rows = resultRows(wizard);
        ASSERT_EQ(rows.size(), 2);
        EXPECT_EQ(rows[0].host, QStringLiteral("alpha"));
        EXPECT_EQ(rows[1].host, QStringLiteral("beta"));
        for (const Row &row : rows) {
            EXPECT_EQ(row.outcome, EnsurePoolOutcome::Created) << row.host << ": " << row.text;
            EXPECT_TRUE(row.text.startsWith(QStringLiteral("Created"))) << row.text;
        }
    }
    for (Connection *connection : {alpha, beta}) {
        const std::optional<PoolInfo> pool = waitForPool(connection, QStringLiteral("shared"));
        ASSERT_TRUE(pool.has_value()) << connection->config().effectiveDisplayName();
        EXPECT_EQ(pool->targetPath, QStringLiteral("/srv/shared"));
        EXPECT_EQ(pool->type, QStringLiteral("dir"));
        EXPECT_EQ(pool->state, PoolState::Running);
        EXPECT_TRUE(pool->autostart);
    }

    // Again, from the third host: the two that have it report it as identical.
    PoolWizard again(gamma, {alpha, beta});
    again.show();
    enterNameAndType(again, QStringLiteral("shared"), QStringLiteral("dir"));
    again.next();
    WidgetLookup(again).edit("targetPathLineEdit")->setText(QStringLiteral("/srv/shared"));
    createOn(again, {alpha, beta});
    const QList<Row> rows = resultRows(again);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].outcome, EnsurePoolOutcome::Created) << rows[0].text;
    for (int index : {1, 2}) {
        EXPECT_EQ(rows[index].outcome, EnsurePoolOutcome::AlreadyIdentical) << rows[index].host << ": " << rows[index].text;
        EXPECT_TRUE(rows[index].text.startsWith(QStringLiteral("Already exists identically"))) << rows[index].text;
    }
    EXPECT_TRUE(WidgetLookup(again).label("resultStatusLabel")->text().contains(QStringLiteral("every host")));
}

TEST_F(PoolWizardTest, AConflictingPoolIsReportedAndLeftAlone)
{
    Connection *alpha = openHost(QStringLiteral("alpha"));
    Connection *beta = openHost(QStringLiteral("beta"));
    PoolDefinition theirs;
    theirs.name = QStringLiteral("images");
    theirs.targetPath = QStringLiteral("/srv/beta-images");
    definePool(beta, theirs);

    PoolWizard wizard(alpha, {beta});
    wizard.show();
    enterNameAndType(wizard, QStringLiteral("images"), QStringLiteral("dir"));
    wizard.next();
    WidgetLookup(wizard).edit("targetPathLineEdit")->setText(QStringLiteral("/srv/images"));
    createOn(wizard, {beta});
    const QList<Row> rows = resultRows(wizard);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].outcome, EnsurePoolOutcome::Created) << rows[0].text;
    EXPECT_EQ(rows[1].outcome, EnsurePoolOutcome::Conflict) << rows[1].text;
    EXPECT_TRUE(rows[1].text.startsWith(QStringLiteral("Conflict: "))) << rows[1].text;
    EXPECT_GT(rows[1].text.size(), QStringLiteral("Conflict: ").size()) << "the row must say why";
    EXPECT_TRUE(WidgetLookup(wizard).label("resultStatusLabel")->text().contains(QStringLiteral("1 of 2")));

    const std::optional<PoolInfo> pool = waitForPool(beta, QStringLiteral("images"));
    ASSERT_TRUE(pool.has_value());
    EXPECT_EQ(pool->targetPath, QStringLiteral("/srv/beta-images")) << "never overwritten";
    ASSERT_NE(wizard.replicator(), nullptr);
    EXPECT_TRUE(wizard.replicator()->isFinished());
}

TEST_F(PoolWizardTest, BrowseListsTheServersExportsAndPicksOne)
{
    // The test driver answers netfs discovery with one made-up export of the given server.
    Connection *host = openHost(QStringLiteral("alpha"));
    PoolWizard wizard(host, {});
    wizard.show();
    const WidgetLookup ui(wizard);
    enterNameAndType(wizard, QStringLiteral("nfs"), QStringLiteral("netfs"));
    wizard.next();
    ui.edit("sourceHostLineEdit")->setText(QStringLiteral("nfs-server"));
    auto *browse = ui.child<QPushButton>("browseButton");
    ASSERT_TRUE(browse->isEnabled());
    auto *sources = ui.child<QListWidget>("sourcesListWidget");
    browse->click();
    EXPECT_TRUE(ui.child<QProgressBar>("discoveryProgressBar")->isVisibleTo(&wizard));
    EXPECT_TRUE(ui.child<QPushButton>("discoveryCancelButton")->isVisibleTo(&wizard));
    EXPECT_FALSE(browse->isEnabled()) << "one question at a time";
    ASSERT_TRUE(QTest::qWaitFor([&] { return sources->count() > 0; }, kTimeoutMs))
        << ui.label("discoveryStatusLabel")->text();
    EXPECT_FALSE(ui.child<QProgressBar>("discoveryProgressBar")->isVisibleTo(&wizard));
    EXPECT_TRUE(sources->isVisibleTo(&wizard));
    EXPECT_TRUE(sources->item(0)->text().startsWith(QStringLiteral("/testshare"))) << sources->item(0)->text();
    QTest::mouseClick(sources->viewport(), Qt::LeftButton, {}, sources->visualItemRect(sources->item(0)).center());
    EXPECT_EQ(ui.edit("sourcePathLineEdit")->text(), QStringLiteral("/testshare"));
    EXPECT_EQ(wizard.definition().sourceDir, QStringLiteral("/testshare"));

    // Cancel drops the answer, even one that is already on its way.
    sources->clear();
    browse->click();
    ui.child<QPushButton>("discoveryCancelButton")->click();
    QTest::qWait(300);
    EXPECT_EQ(sources->count(), 0);
    EXPECT_FALSE(ui.child<QProgressBar>("discoveryProgressBar")->isVisibleTo(&wizard));
    EXPECT_TRUE(ui.label("discoveryStatusLabel")->text().contains(QStringLiteral("Cancelled")));
    EXPECT_TRUE(browse->isEnabled());
}

TEST_F(PoolWizardTest, BrowseSaysClearlyWhyItCannotAsk)
{
    Connection *host = openHost(QStringLiteral("alpha"));
    PoolWizard wizard(host, {});
    wizard.show();
    const WidgetLookup ui(wizard);
    enterNameAndType(wizard, QStringLiteral("nfs"), QStringLiteral("netfs"));
    wizard.next();
    ui.edit("sourceHostLineEdit")->setText(QStringLiteral("nfs-server"));
    host->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !host->isOpen(); }, kTimeoutMs));

    ui.child<QPushButton>("browseButton")->click();
    QLabel *status = ui.label("discoveryStatusLabel");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ui.child<QProgressBar>("discoveryProgressBar")->isVisible(); },
                                kTimeoutMs));
    EXPECT_TRUE(status->isVisibleTo(&wizard));
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Could not list the exports of nfs-server: "))) << status->text();
    EXPECT_TRUE(status->text().contains(QStringLiteral("not connected"))) << status->text();
    EXPECT_TRUE(status->text().contains(QStringLiteral("Type the export path instead"))) << status->text();
    EXPECT_EQ(status->palette().color(QPalette::WindowText), FieldErrors::errorColor());
    EXPECT_EQ(ui.child<QListWidget>("sourcesListWidget")->count(), 0);
    // The user can still type the path and go on.
    ui.edit("sourcePathLineEdit")->setText(QStringLiteral("/export"));
    EXPECT_TRUE(wizard.currentPage()->isComplete());
}

TEST_F(PoolWizardTest, NfsPageScreenshot)
{
    Connection *alpha = openHost(QStringLiteral("kvm-a"));
    Connection *beta = openHost(QStringLiteral("kvm-b"));
    PoolWizard wizard(alpha, {beta});
    wizard.resize(720, 560);
    wizard.show();
    const QByteArray dir = qgetenv("VF_SCREENSHOT_DIR");
    // The other pages too, for the docs and for a look at their layout.
    const auto saveAlso = [&](const QString &fileName) {
        if (!dir.isEmpty()) {
            QTest::qWait(50);
            EXPECT_TRUE(wizard.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(fileName)));
        }
    };
    const WidgetLookup ui(wizard);
    enterNameAndType(wizard, QStringLiteral("shared-images"), QStringLiteral("netfs"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return wizard.capabilitiesState() != PoolWizard::CapabilitiesState::Asking; }, kTimeoutMs));
    saveAlso(QStringLiteral("pool-wizard-type.png"));
    wizard.next();
    ui.edit("sourceHostLineEdit")->setText(QStringLiteral("nfs-server"));
    ui.child<QPushButton>("browseButton")->click();
    auto *sources = ui.child<QListWidget>("sourcesListWidget");
    ASSERT_TRUE(QTest::qWaitFor([&] { return sources->count() > 0; }, kTimeoutMs));
    ui.edit("sourcePathLineEdit")->setText(QStringLiteral("/export"));
    auto *protocol = ui.child<QComboBox>("protocolComboBox");
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("4.2")));
    ui.edit("mountOptionsLineEdit")->setText(QStringLiteral("hard,noatime"));
    ASSERT_TRUE(wizard.currentPage()->isComplete());
    QTest::qWait(50);
    const QPixmap image = wizard.grab();
    ASSERT_FALSE(image.isNull());
    if (!dir.isEmpty()) {
        EXPECT_TRUE(image.save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("pool-wizard-nfs.png"))));
    }
    wizard.next();
    ASSERT_EQ(wizard.currentId(), PoolWizard::HostsPageId);
    ui.child<QListWidget>("alsoCreateOnListWidget")->item(0)->setCheckState(Qt::Checked);
    saveAlso(QStringLiteral("pool-wizard-hosts.png"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), PoolWizard::ReviewPageId);
    saveAlso(QStringLiteral("pool-wizard-review.png"));
}
