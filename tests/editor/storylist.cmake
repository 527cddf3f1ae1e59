# SPDX-License-Identifier: GPL-3.0-or-later
# The story list at newsroom scale (issue 7): the filter bar over the lazy model.
copydesk_add_test(tst_storyfilterbar tst_storyfilterbar.cpp LIBS copydesk_editor)
