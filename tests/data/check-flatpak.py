#!/usr/bin/env python3
# Checks the Flatpak manifest: identity, runtime, sandbox and modules.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-flatpak.py MANIFEST.json [APP_ID]
# Standard library only, so it runs with any python3.

import json
import re
import sys

APP_ID = "io.github.praktikaftale.Praktikaftale"
COMMAND = "praktikaftale"
RUNTIME = "org.gnome.Platform"
SDK = "org.gnome.Sdk"

# Drafts hold health-related personal data: the sandbox gets a display,
# GPU and IPC, nothing else. Files come and go through portals.
FINISH_ARGS = [
    "--share=ipc",
    "--socket=fallback-x11",
    "--socket=wayland",
    "--device=dri",
]

# Words that must never appear in a permission, whatever its spelling.
FORBIDDEN = re.compile(
    r"^--(filesystem|persist|share=network|socket=session-bus|socket=system-bus|"
    r"device=all|talk-name|system-talk-name|own-name)|home|host",
)


def main(argv):
    if len(argv) < 2:
        print(f"usage: {argv[0]} MANIFEST.json [APP_ID]", file=sys.stderr)
        return 2
    path = argv[1]
    app_id = argv[2] if len(argv) > 2 else APP_ID
    errors = []

    def check(condition, message):
        if not condition:
            errors.append(message)

    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f"FAIL: cannot read {path}: {e}")
        return 1
    if not isinstance(manifest, dict):
        print(f"FAIL: {path} is not a JSON object")
        return 1

    # flatpak-builder accepts "id" as well as the older "app-id".
    check(manifest.get("app-id", manifest.get("id")) == app_id,
          f"app-id is {manifest.get('app-id', manifest.get('id'))!r}, expected {app_id!r}")
    check(manifest.get("runtime") == RUNTIME,
          f"runtime is {manifest.get('runtime')!r}, expected {RUNTIME!r}")
    check(manifest.get("sdk") == SDK,
          f"sdk is {manifest.get('sdk')!r}, expected {SDK!r}")
    version = manifest.get("runtime-version")
    check(isinstance(version, str) and re.fullmatch(r"\d+(\.\d+)?", version) is not None,
          f"runtime-version is {version!r}, expected a numbered release such as \"46\"")
    check(manifest.get("command") == COMMAND,
          f"command is {manifest.get('command')!r}, expected {COMMAND!r}")

    finish_args = manifest.get("finish-args")
    if not isinstance(finish_args, list):
        errors.append("finish-args is missing or not a list")
        finish_args = []
    check(sorted(finish_args) == sorted(FINISH_ARGS),
          f"finish-args are {finish_args}, expected exactly {FINISH_ARGS}")
    for arg in finish_args:
        check(not FORBIDDEN.search(str(arg)),
              f"finish-arg {arg!r} grants access beyond display, GPU and IPC")

    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        errors.append("modules is missing or empty")
        modules = []
    modules = [m for m in modules if isinstance(m, dict)]
    names = [m.get("name") for m in modules]

    poppler = next((m for m in modules if m.get("name") == "poppler"), None)
    check(poppler is not None, f"no module named 'poppler' (modules: {names})")
    if poppler is not None:
        sources = [s for s in poppler.get("sources", []) if isinstance(s, dict)]
        check(any(s.get("type") == "archive" and "poppler" in s.get("url", "")
                  and re.fullmatch(r"[0-9a-f]{64}", s.get("sha256", ""))
                  for s in sources),
              "poppler needs an archive source with a url and a sha256")
        check(all(s.get("sha256") != "0" * 64 for s in sources),
              "poppler's sha256 is a placeholder of zeros")

    if modules:
        app = modules[-1]
        check(app.get("name") == COMMAND,
              f"the last module is {app.get('name')!r}, expected {COMMAND!r}")
        check(app.get("buildsystem") == "meson",
              f"the last module builds with {app.get('buildsystem')!r}, expected 'meson'")
        check(any(isinstance(s, dict) and s.get("type") == "dir" and s.get("path")
                  for s in app.get("sources", [])),
              "the last module needs a source of type 'dir' with a path")

    if errors:
        for e in errors:
            print(f"FAIL: {path}: {e}")
        return 1
    print(f"ok: {path} ({len(modules)} modules: {', '.join(map(str, names))})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
