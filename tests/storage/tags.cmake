# SPDX-License-Identifier: GPL-3.0-or-later
# The tag manager's store (issue 5).
foreach(test tagnormalizer tagmanagement)
    copydesk_add_test(tst_${test} tst_${test}.cpp LIBS copydesk_storage)
endforeach()

# Not a test: prints timings for the issue's note. Build and run: bench_tags
add_executable(bench_tags bench_tags.cpp)
target_link_libraries(bench_tags PRIVATE copydesk_storage copydesk_editor Qt6::Widgets)
