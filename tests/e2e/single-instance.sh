#!/usr/bin/env bash
# single-instance.sh: a second launch opens a window in the running app
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Needs a display, xdotool and a session bus (build-aux/dev test runs the
# tests in dbus-run-session). Usage: single-instance.sh PRAKTIKAFTALE_BINARY

set -uo pipefail

app=$1
n=0
failed=0
ok ()   { n=$((n + 1)); echo "ok $n - $*"; }
fail () { n=$((n + 1)); failed=1; echo "not ok $n - $*"; }

if [[ -z ${DISPLAY:-} || -z ${DBUS_SESSION_BUS_ADDRESS:-} ]] || ! command -v xdotool >/dev/null; then
  echo "1..0 # SKIP needs a display, a session bus and xdotool"
  exit 0
fi

echo "1..3"
tmp=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill -9 $pid 2>/dev/null; rm -rf "$tmp"' EXIT

windows () { xdotool search --onlyvisible --pid "$1" 2>/dev/null | wc -l; }

"$app" --database "$tmp/drafts.db" >"$tmp/first.log" 2>&1 &
pid=$!
if timeout 20 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null; then
  ok "the first launch opens a window"
else
  fail "the first launch opens a window"; sed 's/^/# /' "$tmp/first.log"; exit 1
fi

# The second launch hands its command line to the first and exits.
if timeout 20 "$app" --database "$tmp/drafts.db" >"$tmp/second.log" 2>&1; then
  ok "the second launch returns"
else
  fail "the second launch returns"; sed 's/^/# /' "$tmp/second.log"
fi

for _ in $(seq 100); do
  [[ $(windows "$pid") -ge 2 ]] && break
  sleep 0.1
done
if [[ $(windows "$pid") -eq 2 ]]; then
  ok "the running app now has two windows"
else
  fail "the running app now has two windows (it has $(windows "$pid"))"
fi

kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; pid=
exit $failed
