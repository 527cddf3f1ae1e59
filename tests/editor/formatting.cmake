# SPDX-License-Identifier: GPL-3.0-or-later
foreach(test markdownformatter formattingactions pasteconverter htmlsanitizer findreplacebar)
    copydesk_add_test(tst_${test} tst_${test}.cpp LIBS copydesk_editor)
endforeach()
