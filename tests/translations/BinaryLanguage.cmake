# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# The real binary picks its language as a user would see it, through --help (the app's
# description, and Qt's own "Options:" heading from qtbase): English under LANG=C,
# Chinese under LANG=zh_CN.UTF-8 and with the Preferences override saved, English again
# with --language en, and a clear error for a language it does not ship.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/config/virt-ferry)
set(ENV{XDG_CONFIG_HOME} ${WORK_DIR}/config)
# --help needs no display: it must work over a plain SSH terminal.
unset(ENV{QT_QPA_PLATFORM})
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{LC_ALL})
unset(ENV{LC_MESSAGES})
unset(ENV{LANGUAGE})
set(english_description "Manage KVM hosts and migrate virtual machines")

function(help_in lang out_var)
    set(ENV{LANG} ${lang})
    execute_process(COMMAND ${APP} ${ARGN} --help OUTPUT_VARIABLE out RESULT_VARIABLE rc TIMEOUT 20)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "LANG=${lang} virt-ferry ${ARGN} --help failed (${rc}): ${out}")
    endif()
    set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

function(expect_english what out)
    if(NOT out MATCHES "${english_description}" OR NOT out MATCHES "Options:")
        message(FATAL_ERROR "${what}: expected English help, got:\n${out}")
    endif()
endfunction()
function(expect_chinese what out english)
    if(out MATCHES "${english_description}" OR out MATCHES "Options:" OR out STREQUAL english)
        message(FATAL_ERROR "${what}: expected the help in Chinese, got:\n${out}")
    endif()
endfunction()

help_in(C english)
expect_english("LANG=C" "${english}")
help_in(zh_CN.UTF-8 chinese)
expect_chinese("LANG=zh_CN.UTF-8" "${chinese}" "${english}")
help_in(zh_CN.UTF-8 forced --language en)
expect_english("LANG=zh_CN.UTF-8 --language en" "${forced}")
help_in(C forced --language zh_CN)
expect_chinese("LANG=C --language zh_CN" "${forced}" "${english}")

# The Preferences choice, as PreferencesDialog saves it (Localization::settingsKey()).
file(WRITE ${WORK_DIR}/config/virt-ferry/virt-ferry.conf "[interface]\nlanguage=zh_CN\n")
help_in(C saved)
expect_chinese("LANG=C with Chinese chosen in Preferences" "${saved}" "${english}")
help_in(C saved_forced --language en)
expect_english("Chinese in Preferences, --language en" "${saved_forced}")

set(ENV{LANG} C)
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND ${APP} --language tlh ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 20)
if(NOT rc EQUAL 2 OR NOT err MATCHES "--language tlh: .*en, zh_CN")
    message(FATAL_ERROR "--language tlh: expected exit 2 naming the languages, got ${rc}: ${err}")
endif()
