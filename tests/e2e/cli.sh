#!/usr/bin/env bash
# cli.sh: the command line: --list, --export-xml, --import, --check
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: cli.sh PRAKTIKAFTALE_BINARY GENERATOR_BINARY FIXTURES_DIR

set -uo pipefail

app=$1
generate=$2
fixtures=$3
n=0
failed=0
ok ()    { n=$((n + 1)); echo "ok $n - $*"; }
fail ()  { n=$((n + 1)); failed=1; echo "not ok $n - $*"; }
check () { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/sub/drafts.db
echo "1..17"

# --database creates the database (and its folder) when it does not exist.
check "--list on a new database prints nothing" test -z "$("$app" --database "$db" --list)"
check "--database creates the file" test -f "$db"
"$generate" --database "$db" --count 5 --seed 7 >/dev/null
check "--list prints one line per draft" test "$("$app" --database "$db" --list | wc -l)" -eq 5
check "--list has five tab-separated columns" \
  test "$("$app" --database "$db" --list | awk -F'\t' 'NF != 5' | wc -l)" -eq 0

id=$("$app" --database "$db" --list | head -n 1 | cut -f 1)
"$app" --database "$db" --export-xml "$id" "$tmp/full.xml"
"$app" --database "$db" --export-xml "$id" "$tmp/company.xml" --company
check "--export-xml writes the full document" test -s "$tmp/full.xml"
check "the company copy has no CPR number" bash -c "! grep -q '<cpr>' '$tmp/company.xml'"
check "--export-xml of an unknown draft fails" bash -c "! '$app' --database '$db' --export-xml nope '$tmp/x.xml' 2>/dev/null"

"$app" --database "$db" --import "$tmp/full.xml" </dev/null >/dev/null 2>&1
check "--import of the same id without a choice fails" test $? -eq 1
new_id=$("$app" --database "$db" --import "$tmp/full.xml" --keep-both)
check "--import --keep-both adds a new draft" test "$("$app" --database "$db" --list | wc -l)" -eq 6 -a "$new_id" != "$id"
"$app" --database "$db" --import "$tmp/company.xml" --replace >/dev/null 2>&1
check "a company copy never replaces the full draft" test $? -eq 1
"$app" --database "$db" --import "$fixtures/malicious/billion-laughs.xml" >/dev/null 2>&1
check "an unsafe document is refused" test $? -eq 1

"$app" --check "$fixtures/valid-complete.xml" --json > "$tmp/findings.json"
status=$?
check "--check --json prints an object with a findings array" \
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d['findings'], list); [f[k] for f in d['findings'] for k in ('severity','code','message','reference','field')]" "$tmp/findings.json"
errors=$(python3 -c "import json,sys; print(sum(f['severity']=='error' for f in json.load(open(sys.argv[1]))['findings']))" "$tmp/findings.json")
check "--check exits 1 exactly when there is an error finding" test "$status" -eq "$(( errors > 0 ? 1 : 0 ))"
"$app" --check "$fixtures/not-xml.xml" >/dev/null 2>&1
check "--check of a file that is not XML exits 2" test $? -eq 2
# Issue 7: an empty <id/> crashed --import; /dev/zero grew to 4 GB.
"$app" --database "$db" --import "$fixtures/empty-id.xml" </dev/null >/dev/null 2>"$tmp/no-id.txt"
check "--import of a document without a usable id fails and names --keep-both" \
  test $? -eq 1 -a -n "$(grep -e --keep-both "$tmp/no-id.txt")"
new_id=$("$app" --database "$db" --import "$fixtures/spaces-id.xml" --keep-both)
check "--import --keep-both imports it as new, with a UUID" \
  test -n "$(echo "$new_id" | grep -E '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')"
"$app" --check /dev/zero >/dev/null 2>&1
check "--check of a device exits 2" test $? -eq 2

exit $failed
