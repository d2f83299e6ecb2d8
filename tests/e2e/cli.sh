#!/usr/bin/env bash
# cli.sh: the command line: --list, --export-xml, --import, --check (agreements and
# description texts), --check-goal, --reformulate
# cli.sh: the command line: --list, --export-xml, --import, --check, --check-goal,
# --reformulate, --export-pdf, --export-ics
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
echo "1..70"

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

# A broken own phrase library (issue 10): a warning on stderr that names
# the file and line, and the built-in library does the work.
printf '<phrases version="1">\n  <pattern id="x" category="physical">\n    <match>løft</match>\n  </patern>\n</phrases>\n' > "$tmp/broken-phrases.xml"
PRAKTIKAFTALE_PHRASES="$tmp/broken-phrases.xml" "$app" --reformulate "Jeg kan ikke løfte tungt" --json > "$tmp/reform-broken.json" 2> "$tmp/reform-broken.err"
check "--reformulate with a broken own phrase library still exits 0 and analyses with the built-in one" \
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['category']=='physical' and d['suggestions'], d; assert sys.argv[2]=='0'" "$tmp/reform-broken.json" "$?"
check "--reformulate says on stderr which phrase library file and line cannot be used" \
  bash -c "grep -q 'broken-phrases.xml' '$tmp/reform-broken.err' && grep -q ' 4' '$tmp/reform-broken.err' && ! grep -q '(null)' '$tmp/reform-broken.err'"
# --check FILE.txt [--json]: a description written elsewhere (issue 11).
cat > "$tmp/good.txt" <<'EOF'
Virksomhedspraktik hos Bager Jensen ApS, Odense – Amina Yusuf, 13 uger.

Formålet er, at Amina optræner opgaverne som bagerimedhjælper, så hun kan søge job som bagerimedhjælper.
Opgaver: afveje råvarer efter opskrift, forme boller, vaske bageplader op og fylde brød på hylderne i butikken.
Timer: 15 timer om ugen, mandag, onsdag og fredag kl. 6-11, fra uge 5 20 timer.
Delmål: i uge 4 kan Amina forme 100 boller på en time med hjælp; i uge 9 kan hun fylde butikken op alene.
Skånehensyn: Amina har ondt i knæet og kan stå i højst en time ad gangen. Hun har en høj stol ved bordet og holder pause hver time.
Kontaktperson er bagermester Ole Jensen, som har ansvaret for oplæringen. Jobkonsulent Per Lund ringer til Amina og Ole hver anden uge. Hvis praktikken ikke går som aftalt, holdes der straks et møde.
Efter praktikken vil Bager Jensen ansætte Amina 15 timer om ugen, hvis hun når delmålene.
EOF
cat > "$tmp/filler.txt" <<'EOF'
Borgeren skal i virksomhedspraktik med henblik på afklaring af arbejdsevnen og udvikling af de personlige og sociale kompetencer. Borgeren indgår i det daglige arbejde og hjælper med forefaldende opgaver, ca. 30 timer om ugen efter aftale. Der tages de nødvendige hensyn, og der følges op efter behov. Alle parter ser frem til samarbejdet.
EOF
"$app" --check "$tmp/good.txt" --json > "$tmp/review.json"
status=$?
check "--check FILE.txt --json prints {items: seven {id, ok, evidence, missing} in order, score} and exits 0" \
  python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
assert sorted(d)==['items','score'], d
assert [i['id'] for i in d['items']]==list(range(1,8)), d
for i in d['items']:
    assert sorted(i)==['evidence','id','missing','ok'], i
    assert isinstance(i['ok'],bool) and all(isinstance(x,str) for x in i['evidence']+i['missing'])
    assert i['ok']==(i['missing']==[]), i
assert d['score']==sum(i['ok'] for i in d['items'])
assert sys.argv[2]=='0'" "$tmp/review.json" "$status"
check "--check scores a complete description 7 of 7" \
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['score']==7, [(i['id'],i['missing']) for i in d['items'] if not i['ok']]" "$tmp/review.json"
check "--check sees through filler: 0 of 7, a question for every item" \
  python3 -c "import json,subprocess,sys; d=json.loads(subprocess.run([sys.argv[1],'--check',sys.argv[2],'--json'],capture_output=True,check=True).stdout); assert d['score']==0 and all(i['missing'] for i in d['items']), d" "$app" "$tmp/filler.txt"
check "--check FILE.txt prints the names, the score and the seven items" \
  bash -c "out=\$('$app' --check '$tmp/good.txt') && printf '%s\n' \"\$out\" | grep -q 'Amina' && test \$(printf '%s\n' \"\$out\" | grep -c '^[1-7]\. ') -eq 7"
printf 'Praktik hos K\xf8kkenet i \xc6r\xf8sk\xf8bing\n' > "$tmp/latin1.txt"
LANGUAGE=da LC_ALL=C.UTF-8 "$app" --check "$tmp/latin1.txt" >/dev/null 2>"$tmp/latin1.err"
check "--check of a text that is not UTF-8 exits 2 and says UTF-8" test $? -eq 2 -a -n "$(grep UTF-8 "$tmp/latin1.err")"
printf '\377\376P\000r\000' > "$tmp/utf16.txt"
"$app" --check "$tmp/utf16.txt" >/dev/null 2>"$tmp/utf16.err"
check "--check of a UTF-16 text exits 2 and says UTF-16" test $? -eq 2 -a -n "$(grep UTF-16 "$tmp/utf16.err")"
printf '%%PDF-1.4\n\000\001\002' > "$tmp/binary.txt"
"$app" --check "$tmp/binary.txt" >/dev/null 2>&1
check "--check of a binary file exits 2" test $? -eq 2
printf '  \n\n' > "$tmp/empty.txt"
"$app" --check "$tmp/empty.txt" >/dev/null 2>&1
check "--check of an empty text exits 2" test $? -eq 2
"$app" --check "$fixtures/valid-complete.xml" --json > "$tmp/findings.json"
check "--check FILE.xml --json adds the agreement's checklist {items, score}" \
  python3 -c "import json,sys; c=json.load(open(sys.argv[1]))['checklist']; assert [i['id'] for i in c['items']]==list(range(1,8)) and c['score']==sum(i['ok'] for i in c['items']), c" "$tmp/findings.json"
check "--check FILE.xml prints the checklist after the findings" \
  bash -c "'$app' --check '$fixtures/valid-complete.xml' | grep -c '^[1-7]\. ' | grep -qx 7"
# --export-pdf DRAFT-ID FILE [--company-copy]: the printed agreement (issue 12).
"$app" --database "$db" --export-pdf "$id" "$tmp/full.pdf"
"$app" --database "$db" --export-pdf "$id" "$tmp/company.pdf" --company-copy
check "--export-pdf writes a PDF, and the company copy too" \
  bash -c "head -c 5 '$tmp/full.pdf' | grep -q '%PDF-' && head -c 5 '$tmp/company.pdf' | grep -q '%PDF-'"
check "--export-pdf writes the file private to the user (0600)" test "$(stat -c %a "$tmp/full.pdf")" = 600
cpr=$(sed -n 's:.*<cpr>\(.*\)</cpr>.*:\1:p' "$tmp/full.xml" | head -n 1)
if command -v pdftotext >/dev/null && test -n "$cpr"; then
  check "the full PDF has the CPR number, the company copy does not" \
    bash -c "pdftotext '$tmp/full.pdf' - | grep -qF '$cpr' && ! pdftotext '$tmp/company.pdf' - | grep -qF '$cpr'"
else
  skip "pdftotext is not installed or the draft has no CPR number"
fi
if command -v qpdf >/dev/null; then
  check "qpdf --check passes on both PDFs" bash -c "qpdf --check '$tmp/full.pdf' >/dev/null && qpdf --check '$tmp/company.pdf' >/dev/null"
else
  skip "qpdf is not installed"
fi
check "--export-pdf of an unknown draft fails and leaves no file" \
  bash -c "! '$app' --database '$db' --export-pdf nope '$tmp/nope.pdf' 2>/dev/null && test ! -e '$tmp/nope.pdf'"
"$app" --database "$db" --export-pdf "$id" 2>/dev/null
check "--export-pdf without a FILE prints its usage and exits 2" test $? -eq 2

# --export-ics DRAFT-ID FILE [--company-copy]: the follow-ups as a calendar
# file (issue 12). A draft with one follow-up at a time, one on a day, and
# one without a date; notes that must stay out of the company's file.
cat > "$tmp/ics.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<agreement xmlns="https://praktikaftale.github.io/ns/agreement/1" format-version="1" variant="full">
  <id>44444444-4444-4444-8444-444444444444</id>
  <notes>agreementnotestoken</notes>
  <citizen><name>Kalender Borger</name><cpr>0101901234</cpr><target-group>dagpenge</target-group></citizen>
  <company><name>Lager ApS</name><address>Lagervej 4, 8000 Aarhus C</address></company>
  <start-date>2026-03-02</start-date>
  <end-date>2026-05-31</end-date>
  <follow-ups>
    <follow-up><date>2026-03-16</date><time>10:00</time><kind>three-party</kind><participants>Borger, mentor</participants><agenda>Delmål og timer</agenda><notes>followupnotestoken</notes><uid>0b6c1f4e-8f3a-4d2b-9c5e-7a1d2e3f4a5b</uid></follow-up>
    <follow-up><date>2026-04-13</date><kind>phone</kind></follow-up>
    <follow-up><kind>company</kind></follow-up>
  </follow-ups>
</agreement>
EOF
ics_id=44444444-4444-4444-8444-444444444444
"$app" --database "$db" --import "$tmp/ics.xml" >/dev/null 2>&1
"$app" --database "$db" --export-ics "$ics_id" "$tmp/full.ics" 2>"$tmp/ics.err"
check "--export-ics exits 0 and writes one event per dated follow-up" \
  test $? -eq 0 -a "$(grep -c '^BEGIN:VEVENT' "$tmp/full.ics" 2>/dev/null)" = 2
check "--export-ics says that one follow-up without a date was left out" grep -q '^1 ' "$tmp/ics.err"
check "--export-ics writes a private file (0600) in Europe/Copenhagen time" \
  bash -c "test \$(stat -c %a '$tmp/full.ics') = 600 && grep -q '^TZID:Europe/Copenhagen' '$tmp/full.ics' && grep -q '^DTSTART;TZID=Europe/Copenhagen:20260316T100000' '$tmp/full.ics'"
unfold () { python3 -c "import sys; print(open(sys.argv[1], newline='').read().replace('\r\n ', ''))" "$1"; }
"$app" --database "$db" --export-ics "$ics_id" "$tmp/again.ics" 2>/dev/null
unfold "$tmp/full.ics" | grep '^UID:' > "$tmp/uids1"
unfold "$tmp/again.ics" | grep '^UID:' > "$tmp/uids2"
check "--export-ics gives each follow-up its own UID, the same in a second export" \
  bash -c "grep -q '^UID:$ics_id.0b6c1f4e-8f3a-4d2b-9c5e-7a1d2e3f4a5b@' '$tmp/uids1' && test \$(sort -u '$tmp/uids1' | wc -l) = 2 && cmp -s '$tmp/uids1' '$tmp/uids2'"
"$app" --database "$db" --export-ics "$ics_id" "$tmp/company.ics" --company-copy 2>/dev/null
unfold "$tmp/full.ics" > "$tmp/full.txt"
unfold "$tmp/company.ics" > "$tmp/company.txt"
check "--export-ics --company-copy has the events without notes or CPR number" \
  bash -c "grep -q followupnotestoken '$tmp/full.txt' && test \$(grep -c '^BEGIN:VEVENT' '$tmp/company.txt') = 2 && ! grep -q 'notestoken\|0101901234' '$tmp/company.txt'"
"$app" --database "$db" --export-ics nope "$tmp/x.ics" 2>/dev/null
check "--export-ics of an unknown draft exits 1 and writes nothing" test $? -eq 1 -a ! -e "$tmp/x.ics"
"$app" --database "$db" --export-ics "$ics_id" 2>/dev/null
check "--export-ics without a file exits 2" test $? -eq 2
empty_id=$("$app" --database "$db" --import "$fixtures/valid-minimal.xml" --keep-both 2>/dev/null)
"$app" --database "$db" --export-ics "$empty_id" "$tmp/empty.ics" 2>"$tmp/empty.err"
check "--export-ics of a draft without dated follow-ups exits 1 with a sentence" \
  test $? -eq 1 -a ! -e "$tmp/empty.ics" -a -s "$tmp/empty.err"
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
