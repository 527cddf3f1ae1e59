# SPDX-License-Identifier: GPL-3.0-or-later
# The newsroom-scale archive (issue 7), reusable by any benchmark: link copydesk_archivegenerator.
add_library(copydesk_archivegenerator STATIC archivegenerator.h archivegenerator.cpp)
target_include_directories(copydesk_archivegenerator PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(copydesk_archivegenerator PUBLIC copydesk_storage)

# copydesk-archivegen PATH [--articles N --tags N --authors N --seed S]
add_executable(copydesk-archivegen archivegen.cpp)
target_link_libraries(copydesk-archivegen PRIVATE copydesk_archivegenerator)

# bench_storylist ARCHIVE.db: opening the list, FTS latency percentiles, filter changes, memory.
add_executable(bench_storylist bench_storylist.cpp)
target_link_libraries(bench_storylist PRIVATE copydesk_archivegenerator copydesk_app Qt6::Test)
