# SPDX-License-Identifier: GPL-3.0-or-later
copydesk_add_test(tst_tagchipfield tst_tagchipfield.cpp LIBS copydesk_editor)
copydesk_add_test(tst_heroimagefield tst_heroimagefield.cpp LIBS copydesk_editor)
copydesk_add_test(tst_articledetails tst_articledetails.cpp LIBS copydesk_editor)
