; Inno Setup script: a per-user installer for Windows (no administrator rights), built by
; .github/workflows/windows.yml from the PyInstaller bundle dist\diaspora-desk\.
;   iscc /DAppVersion=0.1.0 packaging\windows\diaspora-desk.iss
; Installs to %LOCALAPPDATA%\Programs\Diaspora Desk with Start-menu entries. The uninstaller
; removes the program only: the officer's data in %LOCALAPPDATA%\DiasporaDesk stays.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C3E1F0A-5B7D-4E8B-9D2A-DD1A5A0E2F41}
AppName=Diaspora Desk
AppVersion={#AppVersion}
AppPublisher=Diaspora Desk
DefaultDirName={localappdata}\Programs\Diaspora Desk
DefaultGroupName=Diaspora Desk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=diaspora-desk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\diaspora-desk.ico
UninstallDisplayIcon={app}\diaspora-desk.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "..\..\dist\diaspora-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Diaspora Desk"; Filename: "{app}\diaspora-desk.exe"
Name: "{group}\Diaspora Desk (command line)"; Filename: "{cmd}"; Parameters: "/k ""{app}\diaspora-desk-cli.exe"" --help"
Name: "{group}\Uninstall Diaspora Desk"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\diaspora-desk.exe"; Description: "Start Diaspora Desk"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry for {localappdata}\DiasporaDesk: the registry and its backups are
; the officer's data and outlive the program.
