# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 7, workflow and desk settings: the current user, the workflow actions and the Settings dialog.
foreach(test currentuser workflowcontroller settingsdialog)
    copydesk_add_test(tst_${test} tst_${test}.cpp LIBS copydesk_app)
endforeach()
