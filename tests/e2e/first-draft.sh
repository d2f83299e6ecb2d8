#!/usr/bin/env bash
# first-draft.sh: a consultant's first minutes, driven from the keyboard with xdotool
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the real app on a new database, makes a draft with Ctrl+N, types
# the citizen's and the company's names, and checks with --list that the
# draft is saved while the app runs, after the app is killed with SIGKILL,
# and after a restart. Needs a display (Xvfb) and xdotool.
#
# Usage: first-draft.sh PRAKTIKAFTALE_BINARY ARTIFACT_DIR

set -uo pipefail

app=$1
artifacts=${2:-.}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
e2e_begin 5 "$artifacts"

start_app ()
{
  "$app" --database "$db" >"$tmp/app.log" 2>&1 &
  pid=$!
  if ! timeout 20 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null; then
    echo "# the window did not appear; log:"; sed 's/^/# /' "$tmp/app.log"
    return 1
  fi
  sleep 1
}

listed ()
{
  local drafts
  drafts=$("$app" --database "$db" --list 2>/dev/null)
  grep -q $'Amina Hassan\tNetto Vejle Nord\t' <<< "$drafts"
}

if start_app; then ok "the window opens on a new database"; else fail "the window opens on a new database"; exit 1; fi

# Ctrl+N puts the focus in the citizen's name; twelve Tabs lead through
# the citizen's other fields (CPR number and its show button, phone,
# e-mail, interpreter, language mentor, languages, job goal, most recent
# employer, its CVR number, the assessment of a placement there) to the
# company name: fourteen in all.
xdotool key ctrl+n; sleep 0.5
xdotool type --delay 20 "Amina Hassan"
for _ in $(seq 14); do xdotool key Tab; sleep 0.1; done
xdotool type --delay 20 "Netto Vejle Nord"
sleep 1.5   # autosave is due within a second of the last keystroke
if listed; then ok "the draft is saved while typing stops"; else fail "the draft is saved while typing stops"; fi
command -v import >/dev/null && import -window root "$artifacts/e2e-first-draft.png"

kill -9 "$pid"; wait "$pid" 2>/dev/null; pid=
if listed; then ok "the draft survives SIGKILL"; else fail "the draft survives SIGKILL"; fi

if start_app; then ok "the app starts again on the same database"; else fail "the app starts again"; fi
if listed; then ok "the draft is listed after the restart"; else fail "the draft is listed after the restart"; fi
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; pid=

exit $failed
