# SPDX-License-Identifier: GPL-3.0-or-later
# The tag manager's table and dock (issue 5).
foreach(test tagtablemodel tagfilterproxy tagmanagerdock tagcompletion tagsuggester)
    copydesk_add_test(tst_${test} tst_${test}.cpp LIBS copydesk_editor)
endforeach()
