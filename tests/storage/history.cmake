# SPDX-License-Identifier: GPL-3.0-or-later
# Revision history: listing entries and restoring a revision as a new one.
copydesk_add_test(tst_revisionhistory tst_revisionhistory.cpp LIBS copydesk_storage)
