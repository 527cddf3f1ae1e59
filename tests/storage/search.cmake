# SPDX-License-Identifier: GPL-3.0-or-later
# The story list at newsroom scale (issue 7): full-text search, filters and saved views.
foreach(test articlesearch savedviewrepository)
    copydesk_add_test(tst_${test} tst_${test}.cpp LIBS copydesk_storage)
endforeach()
