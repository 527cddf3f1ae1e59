# SPDX-License-Identifier: GPL-3.0-or-later
# Revision history: the word diff, the article diff, the history list and panel.
foreach(test worddiff articlediff historymodel historypanel)
    copydesk_add_test(tst_${test} tst_${test}.cpp LIBS copydesk_editor)
endforeach()
