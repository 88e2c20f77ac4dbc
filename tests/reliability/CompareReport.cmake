# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# Runs vf-reliability-report on ROWS and compares its output with EXPECTED, byte for byte.
execute_process(COMMAND ${TOOL} --out ${OUT} --source fixture ${ROWS} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "vf-reliability-report failed on ${ROWS}: ${status}")
endif()
file(READ ${OUT} actual)
file(READ ${EXPECTED} expected)
if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "The report differs from ${EXPECTED}:\n${actual}")
endif()
