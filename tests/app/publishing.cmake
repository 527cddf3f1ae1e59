# SPDX-License-Identifier: GPL-3.0-or-later
# Publishing in the app (issue 6). The keychain tests need the D-Bus session and unlocked
# gnome-keyring that tests/run-tests.sh provides.
copydesk_add_test(tst_credentialstore tst_credentialstore.cpp LIBS copydesk_publishing)
target_include_directories(tst_credentialstore PRIVATE ${PROJECT_SOURCE_DIR}/app) # appsettings.h
set_property(TEST tst_credentialstore APPEND PROPERTY LABELS keychain)

# targets add / list / remove, run through the built program like tst_tagscommand.
copydesk_add_test(tst_targetscommand tst_targetscommand.cpp LIBS copydesk_app)
add_dependencies(tst_targetscommand copydesk)
target_compile_definitions(tst_targetscommand PRIVATE COPYDESK_EXECUTABLE="$<TARGET_FILE:copydesk>")
set_property(TEST tst_targetscommand APPEND PROPERTY LABELS keychain)

# check SLUG, run through the built program.
copydesk_add_test(tst_checkcommand tst_checkcommand.cpp LIBS copydesk_app)
add_dependencies(tst_checkcommand copydesk)
target_compile_definitions(tst_checkcommand PRIVATE COPYDESK_EXECUTABLE="$<TARGET_FILE:copydesk>")

copydesk_add_test(tst_checklistdialog tst_checklistdialog.cpp LIBS copydesk_publishing)

# export --format ninjs, run through the built program.
copydesk_add_test(tst_exportninjs tst_exportninjs.cpp LIBS copydesk_app)
add_dependencies(tst_exportninjs copydesk)
target_compile_definitions(tst_exportninjs PRIVATE COPYDESK_EXECUTABLE="$<TARGET_FILE:copydesk>")

copydesk_add_test(tst_targetspage tst_targetspage.cpp LIBS copydesk_publishing)
set_property(TEST tst_targetspage APPEND PROPERTY LABELS keychain)
