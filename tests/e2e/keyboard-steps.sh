#!/usr/bin/env bash
# keyboard-steps.sh: steps 1 and 2 of a new draft filled from the keyboard alone, in Danish
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the real app in Danish (the build's catalogue), makes a draft with
# Ctrl+N and fills steps 1 and 2 with Tab, Ctrl+Page Down, Space and typing
# only, while the hint lines of a new draft show under the fields. Then
# --export-xml must have every value in its own field: a value in the
# wrong field means the focus went somewhere the user did not see.
# Needs a display (Xvfb) and xdotool.
#
# Usage: keyboard-steps.sh PRAKTIKAFTALE_BINARY LOCALEDIR ARTIFACT_DIR

set -uo pipefail

app=$1
localedir=$2
artifacts=${3:-.}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
e2e_begin 12 "$artifacts"

if [[ ! -f $localedir/da/LC_MESSAGES/praktikaftale.mo ]]; then
  echo "Bail out! no Danish catalogue in $localedir"
  exit 1
fi
export PRAKTIKAFTALE_LOCALEDIR=$localedir LANGUAGE=da

"$app" --database "$db" >"$tmp/app.log" 2>&1 &
pid=$!
if ! timeout 20 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null; then
  echo "# the window did not appear; log:"; sed 's/^/# /' "$tmp/app.log"
  fail "the window opens"
  exit 1
fi
ok "the window opens in Danish"
sleep 1

key ()  { for k in "$@"; do xdotool key "$k"; sleep 0.15; done; }
tabs () { for _ in $(seq "$1"); do key Tab; done; }
type () { xdotool type --delay 25 "$1"; sleep 0.2; }

# Step 1. Ctrl+N puts the cursor in the citizen's name. From there: the
# CPR number, its show button, phone, e-mail, languages, the interpreter
# row and switch, the language mentor row and switch, job goal, most
# recent employer, its CVR number and the assessment of a placement
# there: fourteen Tabs to the company's name, one more to CVR.
key ctrl+n; sleep 0.5
type "Amina Hassan"
key Tab
type "010190-1234"
tabs 13
type "Netto Vejle Nord"
key Tab
type "12345674"
key Tab

# Step 2, with its hint lines: the cursor lands on the target group.
# The dates typed as people write them, the duration row and the Add
# button of the extensions, the hours at the start (row, then its
# field), then Add Day and the day's times.
key ctrl+Next; sleep 0.5
key Tab
type "1.3.2026"
key Tab
type "31.5.2026"
tabs 4
key ctrl+a
type "12"
key Tab
key space; sleep 0.5
key Tab
type "8"
key Tab
type "12.30"
key Tab
sleep 2   # the autosave is due within a second of the last keystroke
command -v import >/dev/null && import -window root "$artifacts/e2e-keyboard-steps.png"

id=$("$app" --database "$db" --list 2>/dev/null | cut -f1 | head -n1)
xml=$tmp/draft.xml
if [[ -n $id ]] && "$app" --database "$db" --export-xml "$id" "$xml" >/dev/null 2>&1; then
  ok "the draft is saved and exported"
else
  fail "the draft is saved and exported"
  exit 1
fi

# <element>value</element> where the XML has it, in order of the document.
has ()
{
  local label=$1 pattern=$2
  if grep -q -- "$pattern" "$xml"; then ok "$label"; else fail "$label"; echo "# no $pattern in:"; sed 's/^/#   /' "$xml"; fi
}

has "the citizen's name" "<name>Amina Hassan</name>"
has "the CPR number" "<cpr>010190-1234</cpr>"
has "the company's name" "<name>Netto Vejle Nord</name>"
has "the CVR number" "<cvr>12345674</cvr>"
has "the start date, typed 1.3.2026" "<start-date>2026-03-01</start-date>"
has "the end date, typed 31.5.2026" "<end-date>2026-05-31</end-date>"
has "the hours per week at the start" "<start-hours>12</start-hours>"
has "a working day from 8" "<start-time>08:00</start-time>"
has "until 12.30" "<end-time>12:30</end-time>"

# Nothing typed went into a field it was not meant for.
if grep -q "1.3.2026\|31.5.2026\|Netto Vejle Nord</address\|<phone>" "$xml"; then
  fail "no value in another field"
else
  ok "no value in another field"
fi

kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; pid=
exit $failed
