# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=... -DAPP_ID=... -DWORK_DIR=... -P checkinstall.cmake
# Installs the build into WORK_DIR/usr and fails unless exactly the expected FHS tree is there.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/usr
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()

set(expected
    usr/bin/copydesk
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    usr/share/doc/copydesk/README.md
)
file(GLOB_RECURSE installed RELATIVE ${WORK_DIR} LIST_DIRECTORIES false ${WORK_DIR}/*)
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
    string(REPLACE ";" "\n  " got "${installed}")
    string(REPLACE ";" "\n  " want "${expected}")
    message(FATAL_ERROR "installed tree differs.\nGot:\n  ${got}\nExpected:\n  ${want}")
endif()
if(NOT IS_EXECUTABLE ${WORK_DIR}/usr/bin/copydesk)
    message(FATAL_ERROR "usr/bin/copydesk is not executable")
endif()
# The installed program runs on its own, without the build folder.
execute_process(COMMAND ${WORK_DIR}/usr/bin/copydesk --version
    RESULT_VARIABLE result OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT result EQUAL 0 OR NOT version MATCHES "^copydesk [0-9]+\\.[0-9]+\\.[0-9]+$")
    message(FATAL_ERROR "installed copydesk --version: ${result} '${version}'")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "installed tree: ${installed}")
