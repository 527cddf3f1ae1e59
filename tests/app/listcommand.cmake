# SPDX-License-Identifier: GPL-3.0-or-later
# copydesk list with --status, --search and --tag (issue 7), run through the built program.
copydesk_add_test(tst_listcommand tst_listcommand.cpp LIBS copydesk_app)
add_dependencies(tst_listcommand copydesk)
target_compile_definitions(tst_listcommand PRIVATE COPYDESK_EXECUTABLE="$<TARGET_FILE:copydesk>")
