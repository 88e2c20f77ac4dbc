// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ExportsEditorDialog.h"
#include "ExportsFile.h"
#include "QtPrinting.h"
#include "WidgetLookup.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <stdexcept>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray sample = "# /etc/exports: the access control list for filesystems which may be exported\n"
                          "#\t\tto NFS clients.  See exports(5).\n"
                          "#\n"
                          "/srv/iso      *(ro,sync,no_subtree_check)   # install media\n"
                          "/srv/backup   10.0.0.0/24(rw,sync) backup.lan(ro)\n";

const char *const errorLabelNames[] = {
    "exportPathErrorLabel",
    "clientsErrorLabel",
    "anonUidErrorLabel",
    "anonGidErrorLabel",
    "otherOptionsErrorLabel",
};

// Drives the real dialog through its named widgets, the way a user would.
class ExportsEditorDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dialog.setOriginalContent(sample);
        m_dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_dialog));
    }

    template <typename T> T *child(const char *name) const { return WidgetLookup(m_dialog).child<T>(name); }
    QLineEdit *edit(const char *name) const { return WidgetLookup(m_dialog).edit(name); }
    QLabel *label(const char *name) const { return WidgetLookup(m_dialog).label(name); }
    QPushButton *button(const char *name) const { return child<QPushButton>(name); }
    QTableWidget *table() const { return child<QTableWidget>("exportsTableWidget"); }
    QWidget *currentPage() const { return child<QStackedWidget>("pagesStackedWidget")->currentWidget(); }

    void type(const char *editName, const QString &text) const
    {
        QLineEdit *lineEdit = edit(editName);
        lineEdit->clear();
        QTest::keyClicks(lineEdit, text);
    }

    // click() rather than a mouse event at the centre, which misses a check box's label
    // when the box is stretched across a wide form column.
    void click(const char *name) const
    {
        QAbstractButton *target = child<QAbstractButton>(name);
        ASSERT_TRUE(target->isVisible() && target->isEnabled()) << name;
        target->click();
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
                EXPECT_FALSE(errorLabel->isVisible()) << name << " shows \"" << errorLabel->text() << '"';
            }
        }
        EXPECT_FALSE(button("saveExportButton")->isEnabled())
            << "OK must stay disabled while " << labelName << " shows an error";
    }

    void expectNoErrors() const
    {
        for (const char *name : errorLabelNames)
            EXPECT_FALSE(label(name)->isVisible()) << name << " shows \"" << label(name)->text() << '"';
    }

    // The article's export, added through the form.
    void addArticleExport()
    {
        click("addExportButton");
        type("exportPathLineEdit", s("/home/image"));
        type("clientsLineEdit", s("*"));
        click("readWriteRadioButton");
        click("syncRadioButton");
        click("noRootSquashRadioButton");
        click("confirmNoRootSquashCheckBox");
        click("createPathCheckBox");
        ASSERT_TRUE(button("saveExportButton")->isEnabled());
        click("saveExportButton");
    }

    ExportsEditorDialog m_dialog { s("nfs.lab") };
};

} // namespace

TEST_F(ExportsEditorDialogTest, ShowsTheExportsOfTheFile)
{
    EXPECT_EQ(m_dialog.windowTitle(), s("NFS exports on nfs.lab"));
    ASSERT_EQ(table()->rowCount(), 2);
    EXPECT_EQ(table()->item(0, 0)->text(), s("/srv/iso"));
    EXPECT_EQ(table()->item(0, 1)->text(), s("*"));
    EXPECT_EQ(table()->item(0, 2)->text(), s("ro,sync,no_subtree_check"));
    EXPECT_EQ(table()->item(1, 0)->text(), s("/srv/backup"));
    EXPECT_EQ(table()->item(1, 1)->text(), s("10.0.0.0/24 backup.lan"));
    EXPECT_TRUE(table()->item(1, 2)->text().contains(s("backup.lan: ro")));
    EXPECT_FALSE(label("problemsLabel")->isVisible());
    EXPECT_FALSE(button("editExportButton")->isEnabled());
    EXPECT_EQ(m_dialog.editedContent(), sample);
}

TEST_F(ExportsEditorDialogTest, AddingTheArticleExportShowsTheDiffAndEmitsIt)
{
    addArticleExport();
    EXPECT_EQ(currentPage()->objectName(), s("listPage"));
    ASSERT_EQ(table()->rowCount(), 3);
    EXPECT_EQ(table()->item(2, 0)->text(), s("/home/image"));
    EXPECT_EQ(m_dialog.editedContent(), sample + "/home/image *(rw,sync,no_root_squash,no_subtree_check)\n");
    EXPECT_EQ(m_dialog.directoriesToCreate(), QStringList { s("/home/image") });

    click("reviewChangesButton");
    EXPECT_EQ(currentPage()->objectName(), s("reviewPage"));
    auto *diff = child<QPlainTextEdit>("diffPlainTextEdit");
    EXPECT_TRUE(diff->isReadOnly());
    EXPECT_TRUE(diff->font().fixedPitch() || diff->font().styleHint() == QFont::TypeWriter
        || QFontInfo(diff->font()).fixedPitch());
    EXPECT_EQ(diff->toPlainText(),
        s("--- /etc/exports\n"
          "+++ /etc/exports (edited)\n"
          "@@ -3,3 +3,4 @@\n"
          " #\n"
          " /srv/iso      *(ro,sync,no_subtree_check)   # install media\n"
          " /srv/backup   10.0.0.0/24(rw,sync) backup.lan(ro)\n"
          "+/home/image *(rw,sync,no_root_squash,no_subtree_check)\n"));

    QSignalSpy spy(&m_dialog, &ExportsEditorDialog::applyRequested);
    ASSERT_TRUE(button("applyButton")->isEnabled());
    click("applyButton");
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toByteArray(), m_dialog.editedContent());
    EXPECT_EQ(spy.at(0).at(1).toStringList(), QStringList { s("/home/image") });
}

TEST_F(ExportsEditorDialogTest, InvalidValuesShowTheirOwnErrorAndBlockOk)
{
    click("addExportButton");
    type("clientsLineEdit", s("*"));
    type("exportPathLineEdit", s("home/image"));
    expectOnlyError("exportPathErrorLabel", ExportsValidation::pathError(s("home/image")));
    EXPECT_TRUE(edit("exportPathLineEdit")->property("invalid").toBool());

    type("exportPathLineEdit", s("/srv/../etc"));
    expectOnlyError("exportPathErrorLabel", ExportsValidation::pathError(s("/srv/../etc")));

    type("exportPathLineEdit", s("/srv/iso"));
    expectOnlyError("exportPathErrorLabel");
    EXPECT_TRUE(label("exportPathErrorLabel")->text().contains(s("line 4")))
        << label("exportPathErrorLabel")->text();

    type("exportPathLineEdit", s("/srv/new"));
    for (const char *client : { "$(reboot)", "host;id", "-ro", "[fe80::1]/64", "10.0.0.0/40", "a\"b" }) {
        type("clientsLineEdit", s(client));
        expectOnlyError("clientsErrorLabel", ExportsValidation::clientsError(s(client)));
    }
    type("clientsLineEdit", s("10.0.0.0/24 2001:db8::/64 @kvm-hosts"));
    type("anonUidLineEdit", s("4294967296"));
    expectOnlyError("anonUidErrorLabel", ExportsValidation::anonIdError(s("4294967296")));
    type("anonUidLineEdit", s("65534"));
    type("anonGidLineEdit", s("-1"));
    expectOnlyError("anonGidErrorLabel");
    type("anonGidLineEdit", QString());
    type("otherOptionsLineEdit", s("insecure,rw"));
    expectOnlyError("otherOptionsErrorLabel", ExportsValidation::otherOptionsError(s("insecure,rw")));
    type("otherOptionsLineEdit", s("insecure"));
    expectNoErrors();
    EXPECT_TRUE(button("saveExportButton")->isEnabled());

    click("saveExportButton");
    EXPECT_EQ(ExportsFile::parse(m_dialog.editedContent()).entry(2),
        ExportsFile::parse(
            "/srv/new 10.0.0.0/24(ro,sync,root_squash,no_subtree_check,anonuid=65534,insecure) "
            "2001:db8::/64(ro,sync,root_squash,no_subtree_check,anonuid=65534,insecure) "
            "@kvm-hosts(ro,sync,root_squash,no_subtree_check,anonuid=65534,insecure)\n")
            .entry(0));
}

TEST_F(ExportsEditorDialogTest, NoRootSquashNeedsConfirmation)
{
    click("addExportButton");
    type("exportPathLineEdit", s("/home/image"));
    type("clientsLineEdit", s("*"));
    EXPECT_FALSE(label("noRootSquashWarningLabel")->isVisible());
    EXPECT_FALSE(child<QCheckBox>("confirmNoRootSquashCheckBox")->isVisible());
    EXPECT_TRUE(button("saveExportButton")->isEnabled());

    click("noRootSquashRadioButton");
    EXPECT_TRUE(label("noRootSquashWarningLabel")->isVisible());
    EXPECT_TRUE(label("noRootSquashWarningLabel")->text().contains(s("root on a client is root")));
    EXPECT_TRUE(child<QCheckBox>("confirmNoRootSquashCheckBox")->isVisible());
    EXPECT_FALSE(button("saveExportButton")->isEnabled());

    click("confirmNoRootSquashCheckBox");
    EXPECT_TRUE(button("saveExportButton")->isEnabled());

    // Leaving no_root_squash withdraws the confirmation, and a client's own
    // no_root_squash needs it again.
    click("rootSquashRadioButton");
    EXPECT_FALSE(child<QCheckBox>("confirmNoRootSquashCheckBox")->isChecked());
    type("clientsLineEdit", s("kvm1.lab(rw,no_root_squash) *"));
    EXPECT_TRUE(label("noRootSquashWarningLabel")->isVisible());
    EXPECT_FALSE(button("saveExportButton")->isEnabled());
}

TEST_F(ExportsEditorDialogTest, HostileValuesCannotAddLines)
{
    click("addExportButton");
    type("clientsLineEdit", s("*"));
    // Quotes and shell syntax in a path are legal directory names; they are written quoted.
    type("exportPathLineEdit", s("/srv/x\" *(rw,no_root_squash) # $(reboot); rm -rf /"));
    expectNoErrors();
    click("saveExportButton");
    const QByteArray text = m_dialog.editedContent();
    EXPECT_EQ(text.count('\n'), sample.count('\n') + 1) << text.toStdString();
    const ExportsFile reread = ExportsFile::parse(text);
    ASSERT_EQ(reread.entryCount(), 3);
    EXPECT_EQ(reread.entry(2).path, s("/srv/x\" *(rw,no_root_squash) # $(reboot); rm -rf /"));
    EXPECT_EQ(reread.entry(2).clients.size(), 1);
    EXPECT_FALSE(reread.entry(2).clients.at(0).options.grantsRootAccess());

    // A line break pasted into a field is refused, not written.
    click("addExportButton");
    edit("exportPathLineEdit")->setText(s("/srv/a\n/etc *(rw,no_root_squash)"));
    edit("clientsLineEdit")->setText(s("*"));
    expectOnlyError("exportPathErrorLabel");
    edit("exportPathLineEdit")->setText(s("/srv/a"));
    edit("clientsLineEdit")->setText(s("host\n/etc *(rw)"));
    expectOnlyError("clientsErrorLabel");
}

TEST_F(ExportsEditorDialogTest, EditAndRemoveKeepOtherLines)
{
    table()->selectRow(1);
    ASSERT_TRUE(button("editExportButton")->isEnabled());
    click("editExportButton");
    EXPECT_EQ(edit("exportPathLineEdit")->text(), s("/srv/backup"));
    EXPECT_EQ(edit("clientsLineEdit")->text(), s("10.0.0.0/24 backup.lan(ro)"));
    EXPECT_TRUE(child<QRadioButton>("readWriteRadioButton")->isChecked());
    type("clientsLineEdit", s("10.0.0.0/24"));
    click("saveExportButton");
    EXPECT_EQ(m_dialog.editedContent(),
        QByteArray("# /etc/exports: the access control list for filesystems which may be exported\n"
                   "#\t\tto NFS clients.  See exports(5).\n"
                   "#\n"
                   "/srv/iso      *(ro,sync,no_subtree_check)   # install media\n"
                   "/srv/backup 10.0.0.0/24(rw,sync,root_squash,no_subtree_check)\n"));

    table()->selectRow(0);
    click("removeExportButton");
    ASSERT_EQ(table()->rowCount(), 1);
    EXPECT_FALSE(m_dialog.editedContent().contains("/srv/iso"));
    EXPECT_TRUE(m_dialog.editedContent().startsWith("# /etc/exports"));
}

TEST_F(ExportsEditorDialogTest, ApplyResultFailureKeepsEditSuccessResetsBaseline)
{
    addArticleExport();
    click("reviewChangesButton");
    const QByteArray edited = m_dialog.editedContent();

    m_dialog.setBusy(true, s("Applying…"));
    EXPECT_FALSE(child<QStackedWidget>("pagesStackedWidget")->isEnabled());
    EXPECT_EQ(label("statusLabel")->text(), s("Applying…"));

    m_dialog.showApplyResult(false, s("exportfs: /home/image does not support NFS export"));
    EXPECT_TRUE(child<QStackedWidget>("pagesStackedWidget")->isEnabled());
    EXPECT_EQ(m_dialog.editedContent(), edited);
    EXPECT_TRUE(label("applyResultLabel")->isVisible());
    EXPECT_TRUE(label("applyResultLabel")->text().contains(s("does not support NFS export")));
    EXPECT_TRUE(button("applyButton")->isEnabled());
    EXPECT_TRUE(child<QPlainTextEdit>("diffPlainTextEdit")->toPlainText().contains(s("+/home/image")));

    m_dialog.showApplyResult(true, s("exporting *:/home/image"));
    EXPECT_EQ(m_dialog.editedContent(), edited);
    EXPECT_TRUE(label("applyResultLabel")->text().contains(s("exporting *:/home/image")));
    EXPECT_FALSE(button("applyButton")->isEnabled());
    EXPECT_EQ(child<QPlainTextEdit>("diffPlainTextEdit")->toPlainText(), s("No changes."));
    EXPECT_TRUE(m_dialog.directoriesToCreate().isEmpty());
    ASSERT_EQ(table()->rowCount(), 3);
    EXPECT_EQ(table()->item(2, 0)->toolTip(), s("Line 6 of /etc/exports"));

    // The next change is diffed against what was applied.
    click("backButton");
    table()->selectRow(0);
    click("removeExportButton");
    click("reviewChangesButton");
    EXPECT_EQ(child<QPlainTextEdit>("diffPlainTextEdit")->toPlainText(),
        s("--- /etc/exports\n+++ /etc/exports (edited)\n@@ -1,6 +1,5 @@\n"
          " # /etc/exports: the access control list for filesystems which may be exported\n"
          " #\t\tto NFS clients.  See exports(5).\n"
          " #\n"
          "-/srv/iso      *(ro,sync,no_subtree_check)   # install media\n"
          " /srv/backup   10.0.0.0/24(rw,sync) backup.lan(ro)\n"
          " /home/image *(rw,sync,no_root_squash,no_subtree_check)\n"));
}

TEST_F(ExportsEditorDialogTest, SyntaxErrorsAreShownAndKept)
{
    const QByteArray broken = "/srv/ok *(ro)\n/srv/bad host(rw\n";
    m_dialog.setOriginalContent(broken);
    EXPECT_TRUE(label("problemsLabel")->isVisible());
    EXPECT_TRUE(label("problemsLabel")->text().contains(s("Line 2"))) << label("problemsLabel")->text();
    EXPECT_EQ(table()->rowCount(), 1);
    EXPECT_EQ(m_dialog.editedContent(), broken);
}
