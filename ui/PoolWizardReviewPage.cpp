// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "PoolWizardReviewPage.h"

#include "Connection.h"
#include "PoolWizard.h"
#include "PoolWizardTypePage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

PoolWizardReviewPage::PoolWizardReviewPage(PoolWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summaryLabel(new QLabel(this))
    , m_xmlPreview(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reviewWizardPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Nothing has been changed yet. Create defines the pool on every host listed."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_xmlPreview->setObjectName(QStringLiteral("xmlPreviewTextEdit"));
    m_xmlPreview->setReadOnly(true);
    m_xmlPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xmlPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    auto *xmlLabel = new QLabel(tr("&XML every host gets:"), this);
    xmlLabel->setBuddy(m_xmlPreview);
    layout->addWidget(xmlLabel);
    layout->addWidget(m_xmlPreview, 1);
}

void PoolWizardReviewPage::initializePage()
{
    const PoolDefinition definition = m_wizard->definition();
    const PoolSetup setup = m_wizard->setup();
    QStringList hosts;
    for (Connection *connection : m_wizard->targetConnections())
        hosts.append(connection->config().effectiveDisplayName());

    QStringList steps;
    if (setup.build)
        //: Steps after defining a pool, listed after "Then:": build (create its directory or
        //: format its device), start, autostart.
        steps.append(tr("build"));
    if (setup.start)
        steps.append(tr("start"));
    if (setup.autostart)
        steps.append(tr("autostart"));

    QStringList lines;
    //: %1 is the pool's name, %2 its type ("Directory on the host (dir)").
    lines.append(tr("Pool “%1”, %2").arg(definition.name, PoolWizardTypePage::typeTitle(definition.type)));
    if (!definition.sourceHost.isEmpty() || !definition.sourceDir.isEmpty())
        lines.append(tr("Source: %1").arg(definition.sourceHost.isEmpty()
                                              ? definition.sourceDir
                                              : definition.sourceHost + u':' + definition.sourceDir));
    if (!definition.sourceDevice.isEmpty())
        lines.append(tr("Device: %1").arg(definition.sourceDevice));
    if (!definition.sourceName.isEmpty())
        lines.append(tr("Source name: %1").arg(definition.sourceName));
    if (!definition.targetPath.isEmpty())
        lines.append(tr("Target path: %1").arg(definition.targetPath));
    lines.append(tr("Hosts: %1").arg(QLocale().createSeparatedList(hosts)));
    lines.append(tr("Then: %1").arg(steps.isEmpty() ? tr("only define it") : QLocale().createSeparatedList(steps)));
    m_summaryLabel->setText(lines.join(u'\n'));
    m_xmlPreview->setPlainText(definition.toXml().trimmed());
}
