# SPDX-License-Identifier: GPL-3.0-or-later
# Revision history in the window: the History dock, restoring into the editor.
copydesk_add_test(tst_historycontroller tst_historycontroller.cpp LIBS copydesk_app)
