# SPDX-License-Identifier: GPL-3.0-or-later
# Publishing's document work (issue 6): the pre-publish checklist and the ninjs document.
copydesk_add_test(tst_publishchecklist tst_publishchecklist.cpp LIBS copydesk_render)
