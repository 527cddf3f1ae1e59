# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 7, workflow and desk settings: the rules, the service, the people and the schema step.
foreach(test workflow workflowservice userrepository workflowmigration)
    copydesk_add_test(tst_${test} tst_${test}.cpp LIBS copydesk_storage)
endforeach()
