# macOS: Callbridge.app (Info.plist, icon, Qt frameworks by macdeployqt) in a drag-and-drop disk image.
# Not built or run here (a Linux machine); see packaging/README.md.
if(NOT APPLE)
    return()
endif()

find_program(MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
# The bundle's own copy of the command-line tool, so one drag installs both.
install(CODE "
    file(COPY \"\$<TARGET_FILE:callbridge-cli>\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/Callbridge.app/Contents/MacOS\")
    execute_process(COMMAND \"${MACDEPLOYQT_EXECUTABLE}\" \"\${CMAKE_INSTALL_PREFIX}/Callbridge.app\"
        \"-executable=\${CMAKE_INSTALL_PREFIX}/Callbridge.app/Contents/MacOS/callbridge-cli\" -always-overwrite
        COMMAND_ERROR_IS_FATAL ANY)
")
set(CPACK_DMG_VOLUME_NAME "Callbridge")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_BINARY_DIR}/callbridge.icns")
