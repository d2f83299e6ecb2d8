# lib.sh: the set-up the e2e scripts that drive the app with xdotool share
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced, not run. ok and fail print numbered TAP lines; failed is 1
# after a failure. e2e_begin PLAN ARTIFACT_DIR skips the whole script
# without a display or xdotool, prints the plan, makes the artifact
# folder and sets tmp (a folder removed on exit), db (a database in it)
# and pid (empty; the app's process, killed on exit, once started).

n=0
failed=0

ok ()   { n=$((n + 1)); echo "ok $n - $*"; }
fail () { n=$((n + 1)); failed=1; echo "not ok $n - $*"; }

e2e_begin ()
{
  local plan=$1 artifacts=$2

  if [[ -z ${DISPLAY:-} ]] || ! command -v xdotool >/dev/null; then
    echo "1..0 # SKIP needs a display and xdotool"
    exit 0
  fi

  echo "1..$plan"
  tmp=$(mktemp -d)
  db=$tmp/drafts.db
  pid=
  trap '[[ -n $pid ]] && kill -9 $pid 2>/dev/null; rm -rf "$tmp"' EXIT
  mkdir -p "$artifacts"
}
