; Inno Setup script: installs the built kit folder (dist\StudyAssistant) for the current user
; only (no administrator rights), with a Start-menu entry. Built by .github/workflows/kit.yml:
;   iscc /DAppVersion=0.x.y packaging\windows\StudyAssistant.iss
; NOT run on the project's own machine (Linux); see README "For a class: build the kit".

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C1F3A52-6E0B-4C2B-9B8E-5D0B2F1A7C31}
AppName=Study Assistant
AppVersion={#AppVersion}
AppPublisher=Study Assistant
; Per-user install: Program Files is not needed, so neither are administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={localappdata}\Programs\StudyAssistant
DefaultGroupName=Study Assistant
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=StudyAssistant-{#AppVersion}-setup
Compression=lzma2/fast
SolidCompression=no
; A class model (several GB) would pass one file's size limit: spread big kits over .bin files.
DiskSpanning=yes
DiskSliceSize=max
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
; The user's notes and settings live in %LOCALAPPDATA%\StudyAssistant, not here: an uninstall
; leaves them, and an update replaces only the program.
UninstallDisplayName=Study Assistant

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\StudyAssistant\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Study Assistant"; Filename: "{app}\StudyAssistant.exe"
Name: "{userdesktop}\Study Assistant"; Filename: "{app}\StudyAssistant.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\StudyAssistant.exe"; Description: "{cm:LaunchProgram,Study Assistant}"; Flags: nowait postinstall skipifsilent
