# SPDX-License-Identifier: GPL-3.0-or-later
# Accessibility, settings and paths, languages (issue 9). Included from tests/app/CMakeLists.txt.
copydesk_add_test(tst_accessibility tst_accessibility.cpp LIBS copydesk_app)
copydesk_add_test(tst_formtaborder tst_formtaborder.cpp LIBS copydesk_app)
copydesk_add_test(tst_language tst_language.cpp LIBS copydesk_app)
copydesk_add_test(tst_desktopintegration tst_desktopintegration.cpp LIBS copydesk_app)

# Nothing is written outside the XDG folders: the built program run with HOME and XDG_* in a
# temporary folder, and every file it made accounted for.
copydesk_add_test(tst_paths tst_paths.cpp LIBS copydesk_app)
add_dependencies(tst_paths copydesk)
target_compile_definitions(tst_paths PRIVATE COPYDESK_EXECUTABLE="$<TARGET_FILE:copydesk>")
