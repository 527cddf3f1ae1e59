# SPDX-License-Identifier: GPL-3.0-or-later
# The preview: the locked-down browser and the live pane.
copydesk_add_test(tst_previewbrowser tst_previewbrowser.cpp LIBS copydesk_editor Qt6::Network)
copydesk_add_test(tst_previewpane tst_previewpane.cpp LIBS copydesk_editor)

# A benchmark, not a test: run it by hand (build/…/tests/editor/bench_preview).
add_executable(bench_preview bench_preview.cpp)
target_link_libraries(bench_preview PRIVATE copydesk_editor)

# Colours that stay readable on high-contrast palettes (issue 9).
copydesk_add_test(tst_legiblecolours tst_legiblecolours.cpp LIBS copydesk_editor)
