# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# Copies TS into WORK_DIR, refreshes the copy from the sources in SOURCES_LIST (when
# given) with lupdate, keeping obsolete messages so that strings gone from the sources
# show up as vanished/obsolete and new ones as unfinished, then runs the checker on it.
# EXPECT=pass needs a clean result; EXPECT=fail needs the checker to fail with output
# matching EXPECT_OUTPUT (so a crash or an unreadable file does not count as a failure).
foreach(var CHECKER TS WORK_DIR EXPECT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunChecker.cmake needs -D${var}=")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS} NAME)
set(copy ${WORK_DIR}/${ts_name})
file(COPY_FILE ${TS} ${copy})

if(DEFINED SOURCES_LIST)
    # Include paths let lupdate see Tr.h's Q_DECLARE_TR_FUNCTIONS from ui/ and app/, as the
    # build's update_translations does; without them Tr::tr strings land in a context "Tr".
    set(include_args)
    foreach(dir IN LISTS INCLUDE_DIRS)
        list(APPEND include_args -I${dir})
    endforeach()
    execute_process(COMMAND ${LUPDATE} -locations none ${include_args} @${SOURCES_LIST} -ts ${copy}
        OUTPUT_VARIABLE lupdate_out ERROR_VARIABLE lupdate_err RESULT_VARIABLE rc)
    message(STATUS "lupdate: ${lupdate_out}${lupdate_err}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc})")
    endif()
endif()

set(glossary_args)
if(DEFINED GLOSSARY)
    set(glossary_args --glossary ${GLOSSARY})
endif()
execute_process(COMMAND ${CHECKER} ${glossary_args} ${copy}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}${err}")

if(EXPECT STREQUAL "pass")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${ts_name} is not complete and current (checker exit ${rc}); "
                            "the lines above list each problem")
    endif()
elseif(EXPECT STREQUAL "fail")
    if(NOT rc EQUAL 1)
        message(FATAL_ERROR "expected the checker to report problems (exit 1), got exit ${rc}")
    endif()
    if(DEFINED EXPECT_OUTPUT AND NOT out MATCHES "${EXPECT_OUTPUT}")
        message(FATAL_ERROR "the checker failed, but not with a line matching: ${EXPECT_OUTPUT}")
    endif()
else()
    message(FATAL_ERROR "EXPECT must be pass or fail, not ${EXPECT}")
endif()
