#!/usr/bin/env bash
# cli.sh: the command line: --list, --export-xml, --import, --check, --check-goal,
# --reformulate
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
skip ()  { n=$((n + 1)); echo "ok $n # SKIP $*"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/sub/drafts.db
echo "1..44"

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

# Issue 7: another program's SQLite file is refused and left exactly as it was.
other=$tmp/other.db
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE notes (x)'); c.execute(\"INSERT INTO notes VALUES ('vigtigt')\"); c.commit()" "$other"
chmod 0644 "$other"
sum_before=$(sha256sum < "$other")
"$app" --database "$other" --list > /dev/null 2> "$tmp/foreign.err"
status=$?
check "--list refuses another program's database" \
  test "$status" -eq 1 -a "$(sha256sum < "$other")" = "$sum_before" -a "$(stat -c %a "$other")" = 644 -a ! -e "$other-wal" -a ! -e "$other-journal"
check "the refusal says the file belongs to another program" grep -q "another program" "$tmp/foreign.err"

# Issue 7: nothing a name holds can act on the terminal (ESC, C1 CSI, bidi override).
python3 -c "
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute(\"UPDATE citizen SET name = 'Ond' || char(27) || '[2J' || char(155) || 'Navn' || char(0x202e) || 'cba' WHERE parent = (SELECT min(pk) FROM agreement)\")
c.commit()" "$db"
"$app" --database "$db" --list > "$tmp/list.out"
check "--list prints no control characters from names" \
  python3 -c "
import sys
t = open(sys.argv[1], 'rb').read().decode('utf-8')
bad = [c for c in t if (ord(c) < 32 and c not in '\t\n') or 0x7f <= ord(c) <= 0x9f or c in '\u061c\u200e\u200f' or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069]
assert not bad, bad
assert 'Navn' in t" "$tmp/list.out"

# Issue 7: --check takes the citizen's earlier agreements from the database.
agreement_xml () {
  cat > "$1" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<agreement xmlns="https://praktikaftale.github.io/ns/agreement/1" format-version="1" variant="full">
  <id>$2</id>
  <citizen><name>Gentaget Borger</name><cpr>0101801234</cpr><target-group>dagpenge</target-group></citizen>
  <start-date>$3</start-date>
  <end-date>$4</end-date>
</agreement>
EOF
}
agreement_xml "$tmp/earlier.xml" 11111111-1111-4111-8111-111111111111 2025-01-06 2025-01-31
agreement_xml "$tmp/later.xml" 22222222-2222-4222-8222-222222222222 2025-06-02 2025-06-27
"$app" --database "$tmp/repeat.db" --import "$tmp/earlier.xml" > /dev/null
"$app" --database "$tmp/repeat.db" --check "$tmp/later.xml" --json > "$tmp/repeat.json"
check "--check --database applies the repeat-placement rule" \
  python3 -c "import json,sys; assert 'repeat-without-explanation' in [f['code'] for f in json.load(open(sys.argv[1]))['findings']]" "$tmp/repeat.json"
"$app" --database "$tmp/none/drafts.db" --check "$tmp/later.xml" --json > "$tmp/alone.json"
check "--check works without a database, and does not create one" \
  python3 -c "import json,sys,os; assert 'repeat-without-explanation' not in [f['code'] for f in json.load(open(sys.argv[1]))['findings']]; assert not os.path.exists(sys.argv[2])" "$tmp/alone.json" "$tmp/none"

# Issue 7: read-only media and a full disk, on a private mount (root
# ignores chmod, so a read-only folder cannot be tested any other way).
media=$tmp/media
mkdir -p "$media/ro" "$media/full"
cp "$db" "$media/ro/drafts.db"
cp "$tmp/repeat.db" "$media/ro/old.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode = DELETE'); c.execute('PRAGMA user_version = 1'); c.commit()" "$media/ro/old.db"
sum_before=$(sha256sum < "$media/ro/drafts.db")
drafts=$("$app" --database "$db" --list | wc -l)
unshare -m bash -c '
  app=$1 media=$2 id=$3
  mount --bind "$media/ro" "$media/ro" && mount -o remount,bind,ro "$media/ro" || exit 3
  "$app" --database "$media/ro/drafts.db" --list > "$media/ro.list" 2> "$media/ro.err"
  echo $? > "$media/ro.status"
  "$app" --database "$media/ro/drafts.db" --export-xml "$id" "$media/ro.xml" 2>> "$media/ro.err"
  echo $? > "$media/ro-export.status"
  "$app" --database "$media/ro/old.db" --list > /dev/null 2> "$media/old.err"
  "$app" --database "$media/ro/drafts.db" --import "$media/ro.xml" --keep-both > /dev/null 2> "$media/import.err"
  mount -t tmpfs -o size=1m tmpfs "$media/full" || exit 3
  cp "$media/ro/drafts.db" "$media/full/drafts.db"
  dd if=/dev/zero of="$media/full/fill" bs=4k 2>/dev/null
  "$app" --database "$media/full/drafts.db" --list > /dev/null 2> "$media/full.err"
  "$app" --database "$media/full/drafts.db" --export-xml "$id" "$media/full.xml" 2>> "$media/full.err"
  exit 0' sh "$app" "$media" "$id" 2>/dev/null
if [ $? -eq 0 ]; then
  check "--list and --export-xml work on a read-only mount" \
    test "$(cat "$media/ro.status")" -eq 0 -a "$(wc -l < "$media/ro.list")" -eq "$drafts" -a "$(cat "$media/ro-export.status")" -eq 0 -a -s "$media/ro.xml" -a ! -s "$media/ro.err"
  check "the read-only database is unchanged" test "$(sha256sum < "$media/ro/drafts.db")" = "$sum_before"
  check "an old database on read-only media must be upgraded first" grep -q "must be upgraded first" "$media/old.err"
  check "--import on a read-only mount says it cannot write" grep -q "cannot be written to" "$media/import.err"
  check "a full disk is reported as full by --list and --export-xml" \
    test "$(grep -c 'The disk is full' "$media/full.err")" -eq 2
  check "a full disk is never a 'disk I/O error'" bash -c "! grep -qi 'I/O error' '$media/full.err'"
else
  # Private mounts need CAP_SYS_ADMIN (root in most CI containers).
  for what in read-only-list read-only-unchanged old-schema read-only-import full-disk full-disk-io; do
    skip "$what: no private mounts (unshare -m) here"
  done
fi

# Issue 9: --check reports the goal findings at their fields.
cat > "$tmp/goal.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<agreement xmlns="https://praktikaftale.github.io/ns/agreement/1" format-version="1" variant="full">
  <id>33333333-3333-4333-8333-333333333333</id>
  <citizen><name>Mål Borger</name><target-group>dagpenge</target-group></citizen>
  <start-date>2026-03-02</start-date>
  <end-date>2026-03-29</end-date>
  <goals><goal><specific>Sortere varer alene</specific><deadline>2026-04-03</deadline></goal></goals>
</agreement>
EOF
"$app" --check "$tmp/goal.xml" --json > "$tmp/goal.json"
status=$?
check "--check reports a goal deadline after the end at goals/0/deadline, and exits 1" \
  python3 -c "import json,sys; f=[(f['code'],f['field'],f['severity']) for f in json.load(open(sys.argv[1]))['findings']]; assert ('goal-deadline-after-end','goals/0/deadline','error') in f, f; assert sys.argv[2] == '1'" "$tmp/goal.json" "$status"

# --check-goal TEXT [--json]: the SMART analysis of one goal (issue 9).
"$app" --check-goal "Afklare arbejdsevnen" --json > "$tmp/goal.json"
check "--check-goal exits 0 on a vague goal" test $? -eq 0
check "--check-goal --json prints {text, specific, measurable, time_bound}, each {ok, hints}" \
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert sorted(d)==['measurable','specific','text','time_bound'] and d['text']=='Afklare arbejdsevnen'; assert all(sorted(d[p])==['hints','ok'] and d[p]['ok'] is False and d[p]['hints'] and all(isinstance(h,str) for h in d[p]['hints']) for p in ('specific','measurable','time_bound'))" "$tmp/goal.json"
"$app" --check-goal "Inden uge 14 kan Thomas modtage varer og sortere dem uden hjælp 3 dage om ugen" --json > "$tmp/smart.json"
check "--check-goal --json passes a SMART goal, without hints" \
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert all(d[p]=={'ok':True,'hints':[]} for p in ('specific','measurable','time_bound'))" "$tmp/smart.json"
check "--check-goal prints the three verdicts, with hints, and exits 0" \
  bash -c "out=\$('$app' --check-goal 'blive bedre til dansk') && test \$(printf '%s\n' \"\$out\" | grep -c '^[^ ].*: ') -eq 3 -a \$(printf '%s\n' \"\$out\" | grep -c '^  - ') -ge 3"

# --reformulate TEXT [--json]: one work restriction (issue 10).
"$app" --reformulate "Jeg kan ikke løfte tungt" --json > "$tmp/reform.json"
check "--reformulate exits 0" test $? -eq 0
check "--reformulate --json prints {input, category, suggestions, questions, measures, diagnoses}, physical with suggestions" \
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert sorted(d)==['category','diagnoses','input','measures','questions','suggestions'], d; assert d['input']=='Jeg kan ikke løfte tungt' and d['category']=='physical' and d['suggestions'] and d['questions'] and d['measures'] and d['diagnoses']==[], d" "$tmp/reform.json"
check "--reformulate --json gives other and no suggestion for a preference, and names a diagnosis" \
  python3 -c "import json,subprocess,sys; d=json.loads(subprocess.run([sys.argv[1],'--reformulate','Jeg kan godt lide kaffe','--json'],capture_output=True,check=True).stdout); assert d['category']=='other' and d['suggestions']==[], d; d=json.loads(subprocess.run([sys.argv[1],'--reformulate','Jeg har ADHD og kan ikke koncentrere mig','--json'],capture_output=True,check=True).stdout); assert d['diagnoses'], d" "$app"
check "--reformulate prints the category, then the suggestions, questions and measures as lists" \
  bash -c "out=\$('$app' --reformulate 'Jeg kan ikke løfte tungt') && printf '%s\n' \"\$out\" | head -n 1 | grep -q '^[^ ].*: ' && test \$(printf '%s\n' \"\$out\" | grep -c '^  - ') -ge 3"

# --search QUERY [--limit N]: the ranked results, as --list prints them (issue 14).
sdb=$tmp/search/drafts.db
i=0
for person in "Henrik Olsen|0203851234|Netto Vejle" "Kasper Nielsen|1105901111|Olsen Tømrer" "Søren Jensen|0101801234|Rema 1000"; do
  i=$((i + 1))
  IFS='|' read -r name cpr company <<PERSON
$person
PERSON
  cat > "$tmp/search-$i.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<agreement xmlns="https://praktikaftale.github.io/ns/agreement/1" format-version="1" variant="full">
  <id>4444444$i-4444-4444-8444-444444444444</id>
  <citizen><name>$name</name><cpr>$cpr</cpr><target-group>dagpenge</target-group></citizen>
  <company><name>$company</name></company>
  <start-date>2026-03-02</start-date>
  <end-date>2026-03-29</end-date>
</agreement>
EOF
  "$app" --database "$sdb" --import "$tmp/search-$i.xml" </dev/null >/dev/null 2>&1
done
check "--search puts the citizen named Olsen before the company named Olsen" \
  test "$("$app" --database "$sdb" --search Olsen | cut -f 2 | tr '\n' '|')" = "Henrik Olsen|Kasper Nielsen|"
check "--search prints the five fields of --list" \
  test "$("$app" --database "$sdb" --search Olsen | awk -F'\t' 'NF != 5' | wc -l)" -eq 0
check "--search --limit 1 prints one line" \
  test "$("$app" --database "$sdb" --search olsen --limit 1 | wc -l)" -eq 1
check "--search finds Søren typed without ø" \
  test "$("$app" --database "$sdb" --search soren | cut -f 2)" = "Søren Jensen"
check "--search finds a draft by the first six digits of the CPR number, which it does not print" \
  bash -c "out=\$('$app' --database '$sdb' --search 010180) && test \"\$(printf '%s\n' \"\$out\" | cut -f 2)\" = 'Søren Jensen' && ! printf '%s' \"\$out\" | grep -q 0101801234"
check "--search with no match prints nothing and exits 0" \
  bash -c "test -z \"\$('$app' --database '$sdb' --search zzzqqq)\""
check "--search --limit -1 is refused with status 2" \
  bash -c "'$app' --database '$sdb' --search olsen --limit -1 2>/dev/null; test \$? -eq 2"

exit $failed
