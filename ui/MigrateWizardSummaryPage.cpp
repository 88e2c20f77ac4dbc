// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrateWizardSummaryPage.h"

#include "Connection.h"
#include "MigrateWizard.h"
#include "ShellQuoting.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

MigrateWizardSummaryPage::MigrateWizardSummaryPage(MigrateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_stepsTextEdit(new QTextEdit(this))
    , m_virshTextEdit(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(tr("&Copy", "copy to the clipboard"), this))
    , m_xmlNoteLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryWizardPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("What happens when you click Finish, in order."));
    m_stepsTextEdit->setObjectName(QStringLiteral("stepsTextEdit"));
    m_stepsTextEdit->setReadOnly(true);
    m_virshTextEdit->setObjectName(QStringLiteral("virshCommandTextEdit"));
    m_virshTextEdit->setReadOnly(true);
    m_virshTextEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_virshTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyButton->setObjectName(QStringLiteral("copyPushButton"));
    m_copyButton->setToolTip(tr("Copy the virsh commands to the clipboard"));
    m_xmlNoteLabel->setObjectName(QStringLiteral("destinationXmlNoteLabel"));
    m_xmlNoteLabel->setWordWrap(true);

    auto *virshLabel = new QLabel(tr("The same with &virsh:"), this);
    virshLabel->setBuddy(m_virshTextEdit);
    auto *virshRow = new QHBoxLayout;
    virshRow->addWidget(virshLabel, 1);
    virshRow->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stepsTextEdit, 3);
    layout->addLayout(virshRow);
    layout->addWidget(m_virshTextEdit, 2);
    layout->addWidget(m_xmlNoteLabel);

    connect(m_copyButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_virshTextEdit->toPlainText()); });
}

QString MigrateWizardSummaryPage::destinationUri() const
{
    const MigrationPlan plan = m_wizard->plan();
    if (plan.method == MigrationPlan::Method::Libvirt && plan.options.peerToPeer && !plan.options.connectionUri.isEmpty())
        return plan.options.connectionUri;
    Connection *destination = m_wizard->destination();
    return destination ? destination->config().uri() : QString();
}

QString MigrateWizardSummaryPage::stepsText() const
{
    return m_stepsTextEdit->toPlainText();
}

QString MigrateWizardSummaryPage::virshText() const
{
    return m_virshTextEdit->toPlainText();
}

void MigrateWizardSummaryPage::initializePage()
{
    const MigrationPlan plan = m_wizard->plan();
    const QList<DomainInfo> &domains = m_wizard->domains();
    Connection *source = m_wizard->source();
    Connection *destination = m_wizard->destination();
    const QString sourceName = source ? source->config().effectiveDisplayName() : QString();
    const QString destinationName = destination ? destination->config().effectiveDisplayName() : QString();
    const QString uri = destinationUri();

    // Built as HTML for the numbered lists; every value is escaped.
    QString html;
    if (domains.size() > 1) {
        //: %n (always more than one) virtual machines; %1 how many migrate at the same time.
        const QString parallel = tr("%n virtual machines move, %1 at a time.", nullptr, int(domains.size()));
        const QString sequential = tr("%n virtual machines move, one after another.", nullptr, int(domains.size()));
        html += QStringLiteral("<p>")
            + (plan.concurrency > 1 ? parallel.arg(QLocale().toString(plan.concurrency)) : sequential).toHtmlEscaped()
            + QStringLiteral("</p>");
    }
    QStringList virsh;
    // The plan's commands without --connect are meant for the source host; this makes
    // them go there wherever the lines are pasted.
    if (source)
        virsh << QStringLiteral("export LIBVIRT_DEFAULT_URI=") + shellQuote(source->config().uri());
    int number = 0;
    for (const DomainInfo &domain : domains) {
        ++number;
        if (domains.size() > 1)
            html += QStringLiteral("<p><b>") + domain.name.toHtmlEscaped() + QStringLiteral("</b></p>");
        html += QStringLiteral("<ol>");
        for (const QString &step : plan.steps(domain.name, sourceName, destinationName))
            html += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
        const QString lines = plan.virshCommandLines(domain.name, uri, m_wizard->disks(domain.uuid));
        if (domains.size() > 1)
            // Numbered, not named: a comment holds no value a user could have typed.
            virsh << tr("# Virtual machine %1 of %2").arg(number).arg(domains.size());
        virsh << (lines.isNull() ? tr("# A value contains a character no shell can pass on.") : lines);
    }
    m_stepsTextEdit->setHtml(html);
    m_virshTextEdit->setPlainText(virsh.join(u'\n'));
    m_xmlNoteLabel->setText(plan.method == MigrationPlan::Method::Libvirt && !plan.options.destinationXml.isEmpty()
            ? tr("The command reads the edited definition from destination.xml: save it under that name first.")
            : QString());
    m_xmlNoteLabel->setVisible(!m_xmlNoteLabel->text().isEmpty());
}
