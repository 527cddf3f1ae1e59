# SPDX-License-Identifier: GPL-3.0-or-later
# Publishing in the app (issue 6). The keychain tests need the D-Bus session and unlocked
# gnome-keyring that tests/run-tests.sh provides.
copydesk_add_test(tst_credentialstore tst_credentialstore.cpp LIBS copydesk_publishing)
set_property(TEST tst_credentialstore APPEND PROPERTY LABELS keychain)
