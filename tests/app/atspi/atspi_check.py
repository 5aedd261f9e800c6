#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Valara Desk as a screen reader meets it, through AT-SPI: the app is listed on the accessibility
# bus as "Valara Desk"; nothing a user can focus or act on is without a name, shown or not; and
# the navigation list's places open through their accessible action and through the selection
# interface, as Orca does it. Run by run-atspi-check.sh (a private bus, Xvfb, the demo).
import sys
import time

import pyatspi

# Containers, and scroll bars (a screen reader names them by their orientation).
SKIPPED_ROLES = {"filler", "panel", "redundant object", "unknown", "scroll bar"}
# What a user can act on even while it is hidden: a button shown later must have its name.
BUTTON_ROLES = {"push button", "toggle button", "check box", "radio button", "menu item"}


def wait_for(condition, seconds=20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    return None


def application():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == "Valara Desk":
            return app
    return None


def walk(node, depth=0):
    yield node
    if depth > 60:
        return
    try:
        count = min(node.childCount, 500)
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def action_count(node):
    try:
        return node.queryAction().nActions
    except NotImplementedError:
        return 0


def path_of(node):
    parts = []
    while node is not None and len(parts) < 8:
        parts.append(f"{node.getRoleName()}:{node.name}")
        node = node.parent
    return " < ".join(parts)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def find(app, role, name, within=None):
    for node in walk(within if within is not None else app):
        try:
            if node.getRoleName() == role and node.name == name:
                return node
        except Exception:
            continue
    return None


def main():
    failures = []
    app = wait_for(application, 30)
    if app is None:
        print("FAIL: no application named \"Valara Desk\" on the accessibility bus")
        return 1
    # The demo signs in: the navigation list ("Go to") lists its places.
    listing = wait_for(lambda: find(app, "list", "Go to"), 30)
    places = listing and wait_for(lambda: find(app, "list item", "All users", listing), 30)
    if places is None:
        print("FAIL: no navigation list \"Go to\" with \"All users\"")
        return 1

    for node in walk(app):
        try:
            role = node.getRoleName()
            if role in SKIPPED_ROLES or node.name:
                continue
            # A combo box's drop-down list is read through the combo box, which is named.
            if role == "list" and node.parent is not None and \
                    node.parent.getRoleName() == "combo box":
                continue
            focusable = node.getState().contains(pyatspi.STATE_FOCUSABLE)
            actionable = focusable or action_count(node) > 0
            if actionable and (showing(node) or role in BUTTON_ROLES):
                failures.append("no accessible name: " + path_of(node))
        except Exception:
            continue

    # A place opened through its accessible action.
    action = places.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if not names:
        failures.append("\"All users\" offers no accessible action")
    else:
        action.doAction(0)
        search = wait_for(lambda: (lambda n: n if n is not None and showing(n) else None)(
            find(app, "text", "Search people")))
        if search is None:
            failures.append(f"\"All users\" through its action ({names[0]}) did not open the "
                            "people page")

    # And by selecting a row, as Orca's "select" does: through the selection interface where
    # Qt offers it (6.5 and later), else through the table interface.
    profile_index = None
    for i in range(listing.childCount):
        if listing.getChildAtIndex(i).name == "My profile":
            profile_index = i
    if profile_index is None:
        failures.append("the navigation list has no \"My profile\"")
    else:
        try:
            listing.querySelection().selectChild(profile_index)
        except NotImplementedError:
            listing.queryTable().addRowSelection(profile_index)
        left = wait_for(lambda: (lambda n: n is not None and not showing(n))(
            find(app, "text", "Search people")))
        if not left:
            failures.append("selecting \"My profile\" did not leave the people page")

    for failure in failures:
        print("FAIL:", failure)
    if not failures:
        print("PASS: named, and the places open through AT-SPI")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
