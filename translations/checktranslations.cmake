# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=... -DLCONVERT=... -DPROJECT_GENERATOR=... -DPROJECT_DESCRIPTION=... -DTS_DIR=...
#       -DLANGUAGES=de;fr;es -DSOURCE_LANGUAGE=en -DWORK_DIR=... -P checktranslations.cmake
#
# Runs lupdate as `update_translations` does, but on copies of the .ts files, and fails when a copy
# comes out different from the committed file (a source string is missing from it, or it keeps one
# the sources no longer have), or when a committed file has an unfinished or obsolete entry.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/raw)
set(project_json ${WORK_DIR}/project.json)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_DESCRIPTION} -DOUT_FILE=${project_json}
    -P ${PROJECT_GENERATOR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not describe the sources for lupdate")
endif()

set(problems "")
set(copies "")
foreach(language IN LISTS LANGUAGES)
    file(COPY_FILE ${TS_DIR}/copydesk_${language}.ts ${WORK_DIR}/copydesk_${language}.ts)
    list(APPEND copies ${WORK_DIR}/copydesk_${language}.ts)
endforeach()
# -no-obsolete is not given: a string that left the sources stays in the copy as "vanished".
execute_process(COMMAND ${LUPDATE} -silent -locations none -project ${project_json} -ts ${copies}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${result}")
endif()
# The source language keeps only plural forms, as qt_add_translations() makes it.
file(COPY_FILE ${TS_DIR}/copydesk_${SOURCE_LANGUAGE}.ts ${WORK_DIR}/raw/copydesk_${SOURCE_LANGUAGE}.ts)
execute_process(COMMAND ${LUPDATE} -silent -locations none -project ${project_json}
    -ts ${WORK_DIR}/raw/copydesk_${SOURCE_LANGUAGE}.ts RESULT_VARIABLE result)
execute_process(COMMAND ${LCONVERT} -pluralonly -i ${WORK_DIR}/raw/copydesk_${SOURCE_LANGUAGE}.ts
    -o ${WORK_DIR}/copydesk_${SOURCE_LANGUAGE}.ts RESULT_VARIABLE result2)
if(NOT result EQUAL 0 OR NOT result2 EQUAL 0)
    message(FATAL_ERROR "lupdate/lconvert failed for ${SOURCE_LANGUAGE}")
endif()

foreach(language IN LISTS SOURCE_LANGUAGE LANGUAGES)
    set(name copydesk_${language}.ts)
    file(READ ${TS_DIR}/${name} committed)
    file(READ ${WORK_DIR}/${name} updated)
    if(NOT committed STREQUAL updated)
        string(REGEX MATCHALL "type=\"unfinished\"" new "${updated}")
        string(REGEX MATCHALL "type=\"unfinished\"" old "${committed}")
        string(REGEX MATCHALL "type=\"vanished\"" gone "${updated}")
        list(LENGTH new new_count)
        list(LENGTH old old_count)
        list(LENGTH gone gone_count)
        math(EXPR missing "${new_count} - ${old_count}")
        string(APPEND problems "  ${name} is behind the sources (about ${missing} strings missing from it, "
            "${gone_count} it keeps that the sources no longer have): run the update_translations target "
            "and translate; diff -u ${TS_DIR}/${name} ${WORK_DIR}/${name}\n")
    endif()
    foreach(kind unfinished vanished obsolete)
        string(REGEX MATCHALL "type=\"${kind}\"" found "${committed}")
        list(LENGTH found count)
        if(count GREATER 0)
            string(APPEND problems "  ${name}: ${count} ${kind} entries\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "the translations are not complete:\n${problems}")
endif()
message(STATUS "translations complete: ${SOURCE_LANGUAGE} ${LANGUAGES}")
