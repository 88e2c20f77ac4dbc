// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// One main for both test binaries: the Qt application object must exist before any test
// runs (Qt Creator's unittests-main.cpp), and libvirt's event loop must run before the
// first connection opens, as in the app.
#include "LibvirtEventLoop.h"
#include "ReliabilityRecord.h"
#ifdef VIRT_FERRY_LAB_TESTS
#include "Lab.h"
#endif

#include <QStandardPaths>
#include <gtest/gtest.h>

#ifdef VIRT_FERRY_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

namespace {

// Writes the reliability row a test described, with the test's result.
class ReliabilityListener final : public ::testing::EmptyTestEventListener
{
    void OnTestEnd(const ::testing::TestInfo &info) override
    {
        const ::testing::TestResult *result = info.result();
        Reliability::finishTest(QString::fromUtf8(info.test_suite_name()) + u'.' + QString::fromUtf8(info.name()),
            result->Passed(), result->Skipped());
    }
};

} // namespace

int main(int argc, char *argv[])
{
#ifdef VIRT_FERRY_LAB_TESTS
    if (const auto outsideStatus = Lab::runOutsideIfNeeded(argc, argv))
        return *outsideStatus;
#endif
#ifdef VIRT_FERRY_GUI_TESTS
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
#endif
    LibvirtEventLoop::prepareBeforeQtApplication();
    QStandardPaths::setTestModeEnabled(true);
    TestApplication application(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("virt-ferry-tests"));
    TestApplication::setApplicationName(QStringLiteral("virt-ferry-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::UnitTest::GetInstance()->listeners().Append(new ReliabilityListener);
    QString error;
    if (!LibvirtEventLoop::start(&error)) {
        fprintf(stderr, "cannot start libvirt's event loop: %s\n", qPrintable(error));
        return 1;
    }
    const int status = RUN_ALL_TESTS();
    LibvirtEventLoop::stop();
    return status;
}
