#!/bin/sh
# Builds target/installer/screening-workstation_<version>_amd64.deb: the jar with a trimmed Java
# runtime of its own (jlink), a desktop entry and icon, GTK 3 and a CJK font declared as dependencies,
# and the list of classes the first window loads (from starting the packaged application once under a
# virtual display), which the package turns into an AppCDS archive when it is installed. Data stays in each user's ~/.screening-workstation, so an upgrade keeps it.
# Needs JDK 17 (jlink, jpackage), fakeroot and dpkg-deb; xvfb-run for the AppCDS archive (skipped without it).
# Usage: installer/linux/build.sh   (from any folder; builds the jar first when target/ has none)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
out=target/installer
jar=target/screening-workstation.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests

rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

# the runtime: only the modules the application uses (installer/modules.txt, from jdeps plus
# the charsets for GBK lists, Chinese locale data and TLS)
jlink --add-modules "$(tr -d ' \n' < installer/modules.txt)" --strip-debug --no-header-files --no-man-pages \
    --compress=2 --generate-cds-archive --output "$out/runtime"

jpackage @installer/common.args --type app-image --input "$out/input" --runtime-image "$out/runtime" \
    --icon installer/linux/icon.png --dest "$out/image"
app="$out/image/screening-workstation"

# AppCDS: start the packaged application once (first window, then exit) and list the classes it
# loaded; the package's postinst archives them where the package is installed (Java 17 checks the
# archive's class path against the installed one, so the archive itself cannot be made here)
if command -v xvfb-run >/dev/null 2>&1; then
    first_run=$(mktemp -d)
    # a set-up folder, so the first window is the login every later start shows
    SCREENING_PASSWORD=ClassList2026 "$app/bin/screening-workstation" --data "$first_run" setup --type county \
        --division 210727 --name 义县人民医院 --admin admin >/dev/null 2>&1 || true
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$root/$app/lib/app/classes.lst -Dscreening.startupProbe=true" \
        xvfb-run -a -s "-screen 0 1366x768x24" "$app/bin/screening-workstation" --data "$first_run" >/dev/null 2>&1 || true
    rm -rf "$first_run"
fi
if [ -s "$app/lib/app/classes.lst" ]; then
    # the launcher's options: use the archive when postinst made it (a missing archive is silently ignored),
    # mapped where it was made: Debian's Java 17 otherwise moves it to a random address and rewrites every
    # pointer in its 30 MB first, a third of a second of each start (when that address is taken, it still moves it)
    sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/screening.jsa\njava-options=-XX:+UnlockDiagnosticVMOptions\njava-options=-XX:ArchiveRelocationMode=0|' \
        "$app/lib/app/screening-workstation.cfg"
else
    echo "warning: no class list for AppCDS (xvfb-run missing or the first start failed); the package starts without it" >&2
fi

jpackage --type deb --app-image "$app" --dest "$out" \
    --name screening-workstation --app-version "$(sed -n 's/^--app-version //p' installer/common.args)" \
    --description "县域筛查转诊工作站 County Screening Workstation" --vendor "County Screening Workstation" \
    --linux-shortcut --linux-menu-group "Office;MedicalSoftware" --linux-app-category misc \
    --linux-package-name screening-workstation --linux-deb-maintainer "it@screening.invalid" \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, fonts-wqy-microhei | fonts-noto-cjk" \
    --icon installer/linux/icon.png --resource-dir installer/linux/resources
ls -1 "$out"/*.deb
