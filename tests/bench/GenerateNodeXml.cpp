// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// vf-gen-node-xml PATH COUNT: writes a test-driver node XML with COUNT domains.
#include "NodeXmlGenerator.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s PATH COUNT\n", argv[0]);
        return 2;
    }
    NodeXmlGenerator::Options options;
    options.domainCount = std::atoi(argv[2]);
    const QString error = NodeXmlGenerator::write(QString::fromLocal8Bit(argv[1]), options);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
