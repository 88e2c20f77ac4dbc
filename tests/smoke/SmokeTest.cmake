# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# Runs the real virt-ferry binary on libvirt's test driver and checks it reports the VMs
# it painted, then exits 0. --help and --version are checked on the way.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(ENV{XDG_CONFIG_HOME} ${WORK_DIR}/config)
set(ENV{QT_QPA_PLATFORM} offscreen)

execute_process(COMMAND ${APP} --version OUTPUT_VARIABLE version_out RESULT_VARIABLE rc TIMEOUT 20)
if(NOT rc EQUAL 0 OR NOT version_out MATCHES "virt-ferry [0-9]+\\.[0-9]+")
    message(FATAL_ERROR "--version failed (${rc}): ${version_out}")
endif()
execute_process(COMMAND ${APP} --help OUTPUT_VARIABLE help_out RESULT_VARIABLE rc TIMEOUT 20)
if(NOT rc EQUAL 0 OR NOT help_out MATCHES "--connect <URI>")
    message(FATAL_ERROR "--help failed (${rc}): ${help_out}")
endif()
execute_process(COMMAND ${APP} --connect "not a uri" RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 20)
if(rc EQUAL 0 OR NOT err MATCHES "--connect")
    message(FATAL_ERROR "a bad --connect URI was accepted (${rc}): ${err}")
endif()

# First run: the embedded test:///default connection autoconnects by itself.
execute_process(COMMAND ${APP} --quit-when-populated
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 40)
message(STATUS "first run: ${out}")
if(NOT rc EQUAL 0 OR NOT out MATCHES "populated 1 VMs on 1 connection\\(s\\), 0 failed")
    message(FATAL_ERROR "first run did not list test:///default (${rc}): ${out}\n${err}")
endif()
if(NOT EXISTS ${WORK_DIR}/config/virt-ferry/virt-ferry.conf)
    message(FATAL_ERROR "the first run saved no connection list")
endif()

# Explicit --connect, as virt-manager takes it, without the saved ones.
execute_process(COMMAND ${APP} --no-conn-autostart --connect test:///default --quit-when-populated
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 40)
message(STATUS "--connect run: ${out}")
if(NOT rc EQUAL 0 OR NOT out MATCHES "populated 1 VMs on 1 connection\\(s\\), 0 failed")
    message(FATAL_ERROR "--connect test:///default failed (${rc}): ${out}\n${err}")
endif()
