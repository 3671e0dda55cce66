#!/bin/sh
# Adds the sample sites of 锦州 (sites-jinzhou.csv) to a provincial server: the designated hospitals of
# the 2019 plan's attachment 1 with their level and diseases, and the four county health bureaus.
# Usage: samples/sites-jinzhou.sh [server options, e.g. --data /srv/screening]
set -eu
here=$(dirname "$0")
jar=${SCREENING_JAR:-target/screening-workstation.jar}
tail -n +2 "$here/sites-jinzhou.csv" | while IFS=, read -r code type division name parent level diseases; do
    extra=""
    [ -n "$parent" ] && extra="$extra --parent $parent"
    [ -n "$level" ] && extra="$extra --level $level"
    [ -n "$diseases" ] && extra="$extra --diseases $(echo "$diseases" | tr ';' ',')"
    # shellcheck disable=SC2086
    java -jar "$jar" server site add "$@" --code "$code" --type "$type" --division "$division" --name "$name" $extra </dev/null
done
