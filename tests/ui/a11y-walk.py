#!/usr/bin/python3
# a11y-walk.py: the accessibility tree of the main window and the editor, as a screen reader gets it
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the real app on a new database with one agreement, walks the
# AT-SPI tree of the window, opens a new agreement and walks the editor on
# each of its steps (Alt+1 to Alt+9). Fails on an interactive element
# without a name, a name that says itself twice ("Next: Purpose Next:
# Purpose"), a description that repeats the name, and a mnemonic's
# underscore in a name ("Save as _XML…"). TAP output.
#
# Usage: a11y-walk.py PRAKTIKAFTALE_BINARY FIXTURE_XML [LOCALEDIR]
# Needs a display (Xvfb), a session bus, at-spi2-core, python3-pyatspi
# and xdotool; NO_AT_BRIDGE must not be 1.

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "text", "entry",
               "combo box", "spin button", "slider", "menu item", "link", "password text",
               "list item", "switch", "page tab", "toggle button"}
TWICE = re.compile(r"^(.+?)[\s,.:]+\1$", re.DOTALL)
n = 0
failed = False


def ok(good, what, details=()):
    global n, failed
    n += 1
    print(("ok" if good else "not ok") + f" {n} - {what}")
    for line in details:
        print(f"# {line}")
    if not good:
        failed = True


def skip_all(why):
    print(f"1..0 # SKIP {why}")
    sys.exit(0)


def generic(name):
    return name.strip() == "" or (name[:3] in ("Gtk", "Adw") and " " not in name)


def problems_of(node, path, found, depth=0):
    import pyatspi
    if depth > 60:
        return
    try:
        role, name = node.getRoleName(), node.name or ""
        description = node.description or ""
        states = node.getState()
    except Exception:
        return
    if role != "application" and not states.contains(pyatspi.STATE_VISIBLE):
        return
    found.walked += 1
    if os.environ.get("A11Y_WALK_DUMP"):
        print(f"# {'  ' * depth}{role} {name!r} {description!r} {[pyatspi.stateToString(x) for x in states.getStates()]}")
    where = f"{path} > {role} {name!r}"
    if role in INTERACTIVE and generic(name):
        found.append(f"no name: {where}")
    if TWICE.match(name.strip()):
        found.append(f"name said twice: {where}")
    if name.strip() and description.strip() == name.strip() and role != "application":
        found.append(f"description repeats the name: {where}")
    if "_" in name:
        found.append(f"underscore in the name: {where}")
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            problems_of(child, f"{path} > {role}" if depth < 3 else path, found, depth + 1)


def find_app(pid, timeout=60):
    import pyatspi
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    return app
            except Exception:
                pass
        time.sleep(0.3)
    return None


class Found(list):
    walked = 0


def walk(app, what):
    found = Found()
    problems_of(app, "app", found)
    if found.walked < 20:
        found.append(f"only {found.walked} elements on screen: the window is not there")
    # One line per problem, at most 40, so the log stays readable.
    ok(not found, f"{what}: every element has one name, said once, without underscores",
       found[:60] + ([f"... and {len(found) - 60} more"] if len(found) > 60 else []))


def find_button(node, names, depth=0):
    try:
        if node.getRoleName() == "push button" and node.name in names:
            return node
        for i in range(node.childCount):
            found = find_button(node.getChildAtIndex(i), names, depth + 1)
            if found is not None:
                return found
    except Exception:
        pass
    return None


def main():
    if len(sys.argv) < 3:
        print("usage: a11y-walk.py PRAKTIKAFTALE_BINARY FIXTURE_XML [LOCALEDIR]", file=sys.stderr)
        sys.exit(2)
    binary, fixture = sys.argv[1], sys.argv[2]
    if not os.environ.get("DISPLAY"):
        skip_all("needs a display (run under xvfb-run)")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        skip_all("needs a session bus (run under dbus-run-session)")
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        skip_all("needs python3-pyatspi")
    if shutil.which("xdotool") is None:
        skip_all("needs xdotool")

    env = dict(os.environ, GTK_A11Y="atspi", NO_AT_BRIDGE="0")
    if len(sys.argv) > 3:
        # In Danish, as the users hear it.
        env.update(PRAKTIKAFTALE_LOCALEDIR=sys.argv[3], LANGUAGE="da")

    print("1..11")
    tmp = tempfile.mkdtemp()
    db = os.path.join(tmp, "drafts.db")
    bus = app_proc = None
    try:
        subprocess.run([binary, "--database", db, "--import", fixture, "--keep-both"], env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        launcher = "/usr/libexec/at-spi-bus-launcher"
        if os.path.exists(launcher):
            bus = subprocess.Popen([launcher, "--launch-immediately"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(0.7)
        import pyatspi
        # The registry up before the app starts, so the app finds it.
        pyatspi.Registry.getDesktop(0).childCount
        log = open(os.path.join(tmp, "app.log"), "w")
        app = None
        for attempt in range(2):
            app_proc = subprocess.Popen([binary, "--database", db], env=env, stdout=log, stderr=log)
            app = find_app(app_proc.pid, 30)
            if app is not None:
                break
            # Started before the bus was ready: once more.
            app_proc.kill()
            app_proc.wait()
        if app is None:
            ok(False, "the app appears on the accessibility bus")
            return
        time.sleep(1.5)
        walk(app, "the window with the list")

        # A new agreement, as Ctrl+N makes it: the editor at step 1.
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app_proc.pid),
                        "windowfocus", "--sync"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["xdotool", "key", "ctrl+n"])
        time.sleep(1.5)
        for step in range(1, 10):
            subprocess.run(["xdotool", "key", f"alt+{step}"])
            time.sleep(0.8)
            walk(app, f"the editor at step {step}")
        subprocess.run(["xdotool", "key", "F8"])
        time.sleep(0.8)
        walk(app, "the list of problems (F8)")
    finally:
        if app_proc is not None:
            app_proc.kill()
            app_proc.wait()
        if bus is not None:
            bus.kill()
            bus.wait()
        shutil.rmtree(tmp, ignore_errors=True)


main()
sys.exit(1 if failed else 0)
