# Windows installer: WiX (an .msi) with the Qt runtime gathered by windeployqt.
# Not built or run here (a Linux machine); see packaging/README.md.
if(NOT WIN32)
    return()
endif()

find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
# windeployqt copies Qt's DLLs, plug-ins (platforms, sqldrivers, iconengines, tls) and qtbase
# translations next to the installed executables.
install(CODE "
    execute_process(COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-compiler-runtime
        \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/callbridge.exe\"
        \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/callbridge-cli.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries) # the MSVC runtime

set(CPACK_PACKAGE_INSTALL_DIRECTORY "Callbridge")
set(CPACK_PACKAGE_EXECUTABLES "callbridge;Callbridge")
set(CPACK_WIX_UPGRADE_GUID "6C0C4F27-5A0E-4D5B-9B5E-3C1B8A7E2F10") # never change: upgrades find the old version by it
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/callbridge.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Callbridge")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/license.rtf")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://callbridge.app/")
# NSIS instead: cmake --build build --target package -- with -DCPACK_GENERATOR=NSIS.
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/callbridge.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\callbridge.exe")
set(CPACK_NSIS_DISPLAY_NAME "Callbridge")
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Callbridge.lnk' '$INSTDIR\\\\bin\\\\callbridge.exe'")
