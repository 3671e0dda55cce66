# Builds target\installer\screening-workstation-<version>.msi for the clinics' Windows PCs: the jar
# with a trimmed Java runtime of its own (jlink), a Start-menu entry and a desktop shortcut, installed
# per user (no administrator needed), data in the user's %USERPROFILE%\.screening-workstation, so an
# upgrade (same upgrade code below) replaces the program and keeps the data.
# Needs: JDK 17 (jlink, jpackage) and the WiX Toolset 3.x on PATH (candle.exe, light.exe); Maven when
# target\ has no jar yet. Shares installer\common.args and installer\modules.txt with the Linux build.
# Usage (PowerShell, from any folder):  powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path $PSScriptRoot '..\..')
Set-Location $root
$out = 'target\installer'
$jar = 'target\screening-workstation.jar'
# never change: Windows recognises an upgrade of the installed program by it
$upgradeUuid = 'd0fbf4d4-412e-4d15-ac92-8d4ec5a38878'

if (-not (Test-Path $jar)) {
    mvn -q -B package -DskipTests
    if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
}
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force -Path "$out\input" | Out-Null
Copy-Item $jar "$out\input\"

$modules = (Get-Content installer\modules.txt -Raw).Trim() -replace '\s', ''
jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

jpackage '@installer\common.args' --type msi --input "$out\input" --runtime-image "$out\runtime" --dest $out `
    --icon installer\windows\icon.ico `
    --win-per-user-install --win-menu --win-menu-group '县域筛查转诊工作站' --win-shortcut `
    --win-upgrade-uuid $upgradeUuid --win-dir-chooser
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem "$out\*.msi" | ForEach-Object { $_.FullName }
