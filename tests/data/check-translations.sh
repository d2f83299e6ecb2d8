#!/usr/bin/env bash
# Checks that po/da.po translates every string the sources mark for translation.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-translations.sh SOURCE_ROOT [BUILD_DIR]
#
#  a) extracts a fresh .pot from po/POTFILES.in the way meson's
#     i18n.gettext(preset: 'glib') does;
#  b) fails when a msgid of that .pot is missing from po/da.po;
#  c) fails when po/da.po has fuzzy or untranslated messages or
#     does not pass `msgfmt --check`;
#  d) fails when a file under src/ or ui/ has translatable strings
#     but is not listed in po/POTFILES.in.

set -uo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 SOURCE_ROOT [BUILD_DIR]" >&2
  exit 2
fi

srcroot=$(cd "$1" && pwd)
builddir=${2:-}
potfiles="$srcroot/po/POTFILES.in"
pofile="$srcroot/po/da.po"
package=praktikaftale

for tool in xgettext msgcmp msgfmt msgattrib; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (Debian package: gettext)"
    exit 77
  fi
done

tmpbase=${builddir:+$builddir/}
tmp=$(mktemp -d "${tmpbase:-${TMPDIR:-/tmp}/}check-translations.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

failures=0
fail ()
{
  echo "FAIL: $*"
  failures=$((failures + 1))
}

for f in "$potfiles" "$pofile"; do
  if [[ ! -f $f ]]; then
    echo "FAIL: ${f#"$srcroot"/} does not exist"
    exit 1
  fi
done

# The entries of POTFILES.in: no comments, no blank lines.
mapfile -t listed < <(sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' \
                        "$potfiles" | grep -v '^$')

for f in "${listed[@]}"; do
  [[ -f "$srcroot/$f" ]] || fail "po/POTFILES.in lists $f, which does not exist"
done

if ! printf '%s\n' "${listed[@]}" | LC_ALL=C sort -c 2>/dev/null; then
  echo "note: po/POTFILES.in is not sorted (LC_ALL=C sort); please keep it sorted"
fi

# a) Extract the strings, with the arguments of meson's 'glib' preset;
#    data/its/ holds the ITS rules for the labels of data/rules/*.xml.
pot="$tmp/$package.pot"
if ! GETTEXTDATADIRS="$srcroot/data${GETTEXTDATADIRS:+:$GETTEXTDATADIRS}" xgettext --package-name="$package" -f "$potfiles" -D "$srcroot" -k_ -o "$pot" \
       --force-po \
       --from-code=UTF-8 \
       --add-comments \
       --keyword=_ \
       --keyword=N_ \
       --keyword=C_:1c,2 \
       --keyword=NC_:1c,2 \
       --keyword=g_dcgettext:2 \
       --keyword=g_dngettext:2,3 \
       --keyword=g_dpgettext2:2c,3 \
       --keyword=ngettext:1,2 \
       --flag=N_:1:pass-c-format \
       --flag=C_:2:pass-c-format \
       --flag=NC_:2:pass-c-format \
       --flag=g_dngettext:2:pass-c-format \
       --flag=g_strdup_printf:1:c-format \
       --flag=g_string_printf:2:c-format \
       --flag=g_string_append_printf:2:c-format \
       --flag=g_error_new:3:c-format \
       --flag=g_set_error:4:c-format \
       --flag=g_markup_printf_escaped:1:c-format \
       --flag=g_log:3:c-format \
       --flag=g_print:1:c-format \
       --flag=g_printerr:1:c-format \
       --flag=g_printf:1:c-format \
       --flag=g_fprintf:2:c-format \
       --flag=g_sprintf:2:c-format \
       --flag=g_snprintf:3:c-format \
       2> "$tmp/xgettext.log"; then
  cat "$tmp/xgettext.log"
  fail "xgettext could not extract the strings of the files in po/POTFILES.in (see above)"
  echo "$failures translation check(s) failed"
  exit 1
fi
# xgettext warns about things a translator would trip over; show them.
[[ -s "$tmp/xgettext.log" ]] && cat "$tmp/xgettext.log"

n_msgids=$(grep -c '^msgid ' "$pot")
echo "xgettext: $((n_msgids - 1)) strings from ${#listed[@]} files in po/POTFILES.in"

# A file type xgettext cannot read (no ITS rule for .ui, .desktop.in,
# .metainfo.xml.in or .gschema.xml) yields no strings instead of an
# error, so check that every file with marked strings contributed some.
for f in "${listed[@]}"; do
  [[ -f "$srcroot/$f" ]] || continue
  if grep -qE '_\("|translatable="yes"|<summary>|<description>|<name>|<label>|^(Name|GenericName|Comment|Keywords)=' \
       "$srcroot/$f" && ! grep -qF "#: $f:" "$pot" && ! grep -qE "^#: .* $f:" "$pot"; then
    fail "xgettext extracted no strings from $f, although it has translatable text (missing ITS rules?)"
  fi
done

# b) Every msgid of the fresh .pot must be in da.po.
if ! msgcmp -N --use-fuzzy --use-untranslated "$pofile" "$pot" > "$tmp/msgcmp.log" 2>&1; then
  # msgcmp names lines of the temporary .pot; show those messages instead.
  lines=$(sed -n "s|^$pot:\([0-9]*\): this message is used but not defined.*|\1|p" "$tmp/msgcmp.log")
  if [[ -n $lines ]]; then
    echo "Missing from po/da.po:"
    awk -v lines="$lines" '
      { text[NR] = $0 }
      END {
        n = split (lines, want, "\n")
        for (i = 1; i <= n; i++) {
          s = want[i]; while (s > 1 && text[s - 1] != "") s--
          e = want[i]; while (e <= NR && text[e] !~ /^msgstr/) e++
          for (j = s; j < e; j++) print "    " text[j]
          print ""
        }
      }' "$pot"
  else
    cat "$tmp/msgcmp.log"
  fi
  fail "po/da.po lacks strings that the sources mark for translation; run 'meson compile -C BUILD $package-update-po' and translate them"
fi

# c) da.po must be valid and complete: no fuzzy, no untranslated.
if ! stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$pofile" 2>&1); then
  echo "$stats"
  fail "msgfmt --check rejects po/da.po (see above)"
else
  echo "po/da.po: $(echo "$stats" | tail -n 1)"
  if grep -qE '[0-9]+ (fuzzy|untranslated)' <<< "$stats"; then
    { msgattrib --only-fuzzy --no-obsolete --no-wrap "$pofile"
      msgattrib --untranslated --no-fuzzy --no-obsolete --no-wrap "$pofile"; } 2>/dev/null \
      | grep -E '^(#:|#,|msgctxt |msgid )' | grep -v '^msgid ""$' | sed 's/^/    /'
    fail "po/da.po has fuzzy or untranslated messages (listed above)"
  fi
fi
if ! grep -q '^"Language: da\\n"$' "$pofile"; then
  fail "po/da.po has no 'Language: da' header"
fi
if ! grep -qF '"Plural-Forms: nplurals=2; plural=(n != 1);\n"' "$pofile"; then
  fail "po/da.po has no 'Plural-Forms: nplurals=2; plural=(n != 1);' header"
fi

# d) Files with translatable strings must be listed in POTFILES.in.
for dir in src ui; do
  [[ -d "$srcroot/$dir" ]] || continue
  while IFS= read -r f; do
    f=${f#"$srcroot"/}
    # Not "printf | grep -q": grep may stop reading early, and with
    # pipefail printf's SIGPIPE would then count as "not listed".
    if ! grep -qxF -- "$f" <<< "$(printf '%s\n' "${listed[@]}")"; then
      fail "$f has translatable strings but is not listed in po/POTFILES.in"
    fi
  done < <(grep -rlF -e '_("' -e 'translatable="yes"' "$srcroot/$dir" | LC_ALL=C sort)
done

if (( failures > 0 )); then
  echo "$failures translation check(s) failed"
  exit 1
fi
echo "translations: all checks passed"
exit 0
