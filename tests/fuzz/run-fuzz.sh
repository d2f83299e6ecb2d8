#!/usr/bin/env bash
# Builds the XML import fuzzer with clang (libFuzzer, ASan, UBSan) and runs it for a while.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   tests/fuzz/run-fuzz.sh [SECONDS [BUILD-DIR]]   default: 60 s in build/fuzz
#   meson compile -C build fuzz                    the same, 60 s
#
# The corpus grows in BUILD-DIR/corpus, seeded with tests/fixtures/xml;
# a crash leaves its input in BUILD-DIR/artifacts. Needs clang and, on
# Debian, libclang-rt-14-dev (both in build-aux/dev's package list).

set -euo pipefail

srcroot=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-60}
out=${2:-$srcroot/build/fuzz}
cc=${CC_FUZZ:-clang}

if ! command -v "$cc" >/dev/null; then
  echo "run-fuzz: $cc not found; install clang and libclang-rt-14-dev" >&2
  exit 1
fi

mkdir -p "$out/corpus" "$out/artifacts"

# The build's config.h, minus the install paths: the schema comes from
# the source tree.
cat > "$out/config.h" <<CONFIG
#pragma once
#define APP_ID "io.github.praktikaftale.Praktikaftale"
#define APP_PATH "/io/github/praktikaftale/Praktikaftale/"
#define PACKAGE_VERSION "fuzz"
#define GETTEXT_PACKAGE "praktikaftale"
#define LOCALEDIR "/nonexistent"
#define PKGDATADIR "/nonexistent"
#define SOURCE_DATADIR "$srcroot/data"
CONFIG

# Element names from the schema make the fuzzer's mutations count.
schema=$srcroot/data/schema/praktikaftale-agreement-1.rng
{
  grep -o 'name="[^"]*"' "$schema" | sed 's/^name="\(.*\)"$/\1/' | sort -u |
    while read -r name; do
      printf '"<%s>"\n"</%s>"\n' "$name" "$name"
    done
  printf '%s\n' '"xmlns=\"https://praktikaftale.github.io/ns/agreement/1\""' \
    '"format-version=\"1\""' '"variant=\"company\""' '"<!DOCTYPE"' '"<![CDATA["' \
    '"]]>"' '"<!--"' '"-->"' '"&amp;"' '"&#13;"' '"<?xml version=\"1.0\"?>"' \
    '"true"' '"2026-03-02"' '"08:30"' '"2026-03-02T09:30:00+01:00"' '"37.5"' \
    '"<id/>"' '"<id>   </id>"' '"b9fb2915-b797-4a17-87c6-c380e63bec87"'
} > "$out/agreement.dict"

# The importer and what it links against: the model and the privacy
# rules in core, the XML code in docs. The rest of core (the rules
# engine) and the store are out of the importer's reach.
sources=(
  "$srcroot"/src/core/pa-agreement.c
  "$srcroot"/src/core/pa-model.c
  "$srcroot"/src/core/pa-privacy.c
  "$srcroot"/src/core/pa-record.c
  "$srcroot"/src/core/pa-validate.c
  "$srcroot"/src/docs/pa-xml.c
  "$srcroot"/src/docs/pa-xml-reader.c
  "$srcroot"/src/docs/pa-xml-schema.c
  "$srcroot"/src/docs/pa-xml-writer.c
  "$srcroot"/tests/fuzz/fuzz-import.c
)

echo "run-fuzz: building $out/fuzz-import" >&2
# shellcheck disable=SC2046 # pkg-config's output is a list of flags
"$cc" -g -O1 -fno-omit-frame-pointer \
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$out" -I"$srcroot/src" -DG_LOG_DOMAIN='"Praktikaftale"' \
  "${sources[@]}" \
  $(pkg-config --cflags --libs gio-2.0 libxml-2.0) -lm \
  -o "$out/fuzz-import"

echo "run-fuzz: fuzzing for $seconds s" >&2
export PRAKTIKAFTALE_SCHEMA_DIR=$srcroot/data/schema
export G_SLICE=always-malloc
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
exec "$out/fuzz-import" \
  -max_total_time="$seconds" \
  -timeout=10 \
  -print_final_stats=1 \
  -dict="$out/agreement.dict" \
  -artifact_prefix="$out/artifacts/" \
  "$out/corpus" "$srcroot/tests/fixtures/xml" "$srcroot/tests/fixtures/xml/malicious"
