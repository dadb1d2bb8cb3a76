; SCR Desktop per-user setup.exe: no admin rights, installs under
; %LOCALAPPDATA%\Programs\SCR Desktop, a Start-menu entry, an uninstaller
; registered under HKCU.  It works where IT blocks unmanaged MSIs.
;
; Built by installer/windows/build_nsis.sh (makensis on Linux or Windows):
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist\installer\scr-desktop -DICON=scr-desktop.ico
;            -DOUTFILE=scr-desktop-0.1.0-setup.exe -DEXE=.exe [-DSIGN=sign-command]
; EXE is the executables' suffix (".exe" on Windows, empty for a Linux test
; layout).  SIGN, when given, signs the uninstaller before it is embedded and
; the finished setup.exe (NSIS runs it with the file's path).
;
; Upgrades replace the program folder; an older version over a newer one is
; refused.  The vault and its backups live in %LOCALAPPDATA%\SCR Desktop,
; outside the program folder, and are never touched: not by upgrade, not by
; uninstall.

Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WordFunc.nsh"

!define PRODUCT "SCR Desktop"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SCR Desktop"
!ifndef EXE
  !define EXE ".exe"
!endif
!define APP "scr-desktop${EXE}"
!define CLI "scr-desktop-cli${EXE}"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
SetCompressor /SOLID zlib
ManifestDPIAware true
Icon "${ICON}"
UninstallIcon "${ICON}"
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2057 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=2057 "CompanyName" "${PRODUCT}"
VIAddVersionKey /LANG=2057 "FileDescription" "${PRODUCT} setup"
VIAddVersionKey /LANG=2057 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2057 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2057 "LegalCopyright" "See THIRD-PARTY-NOTICES.txt"

!ifdef SIGN
  !uninstfinalize '${SIGN} "%1"'
  !finalize '${SIGN} "%1"'
!endif

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}"
!define MUI_FINISHPAGE_RUN_TEXT "Open ${PRODUCT} now"
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetShellVarContext current
  ReadRegStr $0 HKCU "${UNINST_KEY}" "DisplayVersion"
  ${If} $0 != ""
    ${VersionCompare} "${VERSION}" "$0" $1
    ${If} $1 == 2
      MessageBox MB_ICONSTOP "${PRODUCT} $0 is already installed, which is newer than this \
        version (${VERSION}). Nothing was changed." /SD IDOK
      SetErrorLevel 3
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "${PRODUCT}"
  SetShellVarContext current
  ; Replace, never merge: no file of an older version may stay behind.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${APP}" "" "$INSTDIR\${APP}" 0
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PRODUCT}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" ${SIZE_KB}
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ; Only what this setup installed; the folder goes only if nothing else is in it.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP}"
  Delete "$INSTDIR\${CLI}"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
