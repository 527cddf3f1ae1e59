# SPDX-License-Identifier: GPL-3.0-or-later
# Publishing over the network: HTTP with hygiene, the WordPress and ninjs endpoints, the payload
# they send, the queue runner and the window's Publish controller. Included from app/CMakeLists.txt after publishing/.
add_library(copydesk_publishnet STATIC
    ${CMAKE_CURRENT_LIST_DIR}/httpclient.h ${CMAKE_CURRENT_LIST_DIR}/httpclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/publishendpoint.h
    ${CMAKE_CURRENT_LIST_DIR}/wordpressendpoint.h ${CMAKE_CURRENT_LIST_DIR}/wordpressendpoint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wordpressterms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wordpressreply.h ${CMAKE_CURRENT_LIST_DIR}/wordpressreply.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ninjsendpoint.h ${CMAKE_CURRENT_LIST_DIR}/ninjsendpoint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/publishpayloadbuilder.h ${CMAKE_CURRENT_LIST_DIR}/publishpayloadbuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/publishqueue.h ${CMAKE_CURRENT_LIST_DIR}/publishqueue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/endpointfactory.h ${CMAKE_CURRENT_LIST_DIR}/endpointfactory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/publishcontroller.h ${CMAKE_CURRENT_LIST_DIR}/publishcontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/publishedstatus.h ${CMAKE_CURRENT_LIST_DIR}/publishedstatus.cpp
)
target_include_directories(copydesk_publishnet PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(copydesk_publishnet PUBLIC copydesk_publishing copydesk_render copydesk_storage Qt6::Network)
