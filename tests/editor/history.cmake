# SPDX-License-Identifier: GPL-3.0-or-later
# Revision history: the word diff, the article diff, the history list and panel.
foreach(test worddiff articlediff historymodel historypanel publishlogmodel)
    copydesk_add_test(tst_${test} tst_${test}.cpp LIBS copydesk_editor)
endforeach()

# Not a test: prints the word diff's times on a 1 MB body. Build and run: bench_worddiff
add_executable(bench_worddiff bench_worddiff.cpp)
target_link_libraries(bench_worddiff PRIVATE copydesk_editor)
