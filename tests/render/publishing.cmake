# SPDX-License-Identifier: GPL-3.0-or-later
# Publishing's document work (issue 6): the pre-publish checklist and the ninjs document.
copydesk_add_test(tst_publishchecklist tst_publishchecklist.cpp LIBS copydesk_render)

# The ninjs document, validated against the IPTC ninjs 2.1 schema with python3-jsonschema.
find_program(COPYDESK_PYTHON3 python3)
copydesk_add_test(tst_ninjsdocument tst_ninjsdocument.cpp LIBS copydesk_render)
target_compile_definitions(tst_ninjsdocument PRIVATE
    PYTHON3_EXECUTABLE="${COPYDESK_PYTHON3}"
    NINJS_DIR="${CMAKE_CURRENT_SOURCE_DIR}/ninjs")
