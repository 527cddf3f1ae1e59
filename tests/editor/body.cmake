# SPDX-License-Identifier: GPL-3.0-or-later
# The body editor: Markdown editing, highlighting with spelling, statistics, the desk's dictionary.
foreach(test markdownedit markdownhighlighter spellchecker textstatistics)
    copydesk_add_test(tst_${test} tst_${test}.cpp LIBS copydesk_editor)
endforeach()
copydesk_add_test(tst_dictionaryrepository ${CMAKE_SOURCE_DIR}/tests/storage/tst_dictionaryrepository.cpp LIBS copydesk_storage)
