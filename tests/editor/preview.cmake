# SPDX-License-Identifier: GPL-3.0-or-later
# The preview: the locked-down browser and the live pane.
copydesk_add_test(tst_previewbrowser tst_previewbrowser.cpp LIBS copydesk_editor Qt6::Network)
copydesk_add_test(tst_previewpane tst_previewpane.cpp LIBS copydesk_editor)
