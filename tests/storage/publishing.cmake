# SPDX-License-Identifier: GPL-3.0-or-later
# Publishing's storage: targets, where stories live remotely, the queue and the log (issue 6).
foreach(test publishtargetrepository articleremoterepository publishjobrepository publishlogrepository)
    copydesk_add_test(tst_${test} tst_${test}.cpp publishfixture.h LIBS copydesk_storage)
endforeach()
