#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of data/ that no packaging tool makes (tests in data/meson.build).

  check-data.py icon --size N [--symbolic] FILE.svg
      FILE is well-formed SVG drawn on an N×N canvas, hand-made (no editor
      metadata, text or embedded pictures). A full-colour icon uses only the
      GNOME palette; a symbolic one only filled shapes in the symbolic grey.

  check-data.py settings GSETTINGS SCHEMA_DIR
      The compiled schema in SCHEMA_DIR holds exactly the keys the GUI reads,
      with their types, defaults and choices, each with a description.

Exit status 0 when all is well, 1 with one line per problem otherwise.
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
SYMBOLIC_GREY = "#2e3436"

# https://developer.gnome.org/hig/reference/palette.html
GNOME_PALETTE = {
    "#99c1f1", "#62a0ea", "#3584e4", "#1c71d8", "#1a5fb4",  # blue
    "#8ff0a4", "#57e389", "#33d17a", "#2ec27e", "#26a269",  # green
    "#f9f06b", "#f8e45c", "#f6d32d", "#f5c211", "#e5a50a",  # yellow
    "#ffbe6f", "#ffa348", "#ff7800", "#e66100", "#c64600",  # orange
    "#f66151", "#ed333b", "#e01b24", "#c01c28", "#a51d2d",  # red
    "#dc8add", "#c061cb", "#9141ac", "#813d9c", "#613583",  # purple
    "#cdab8f", "#b5835a", "#986a44", "#865e3c", "#63452c",  # brown
    "#ffffff", "#f6f5f4", "#deddda", "#c0bfbc", "#9a9996",  # light
    "#77767b", "#5e5c64", "#3d3846", "#241f31", "#000000",  # dark
}

PAINT_PROPERTIES = ("fill", "stroke", "stop-color", "flood-color", "lighting-color", "color")
NO_PAINT = {"none", ""}
SHAPES = {"path", "rect", "circle", "ellipse", "polygon", "polyline", "line"}
FORBIDDEN = {"text", "tspan", "textPath", "image", "script", "foreignObject", "metadata"}
EDITOR_NAMESPACES = ("inkscape", "sodipodi", "adobe", "sketch", "figma")


def local(name):
    return name.rsplit("}", 1)[-1]


def paints(element):
    """Yields (property, value) for every paint an element sets, in attributes or style."""
    for prop in PAINT_PROPERTIES:
        if prop in element.attrib:
            yield prop, element.attrib[prop].strip().lower()
    for declaration in element.attrib.get("style", "").split(";"):
        if ":" in declaration:
            prop, value = declaration.split(":", 1)
            prop = prop.strip().lower()
            if prop in PAINT_PROPERTIES:
                yield prop, value.strip().lower()


def parse_length(value):
    match = re.fullmatch(r"\s*([0-9.]+)\s*(px)?\s*", value)
    return float(match.group(1)) if match else None


def check_icon(path, size, symbolic):
    problems = []
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
        root = ET.fromstring(raw)
    except (OSError, ET.ParseError) as error:
        return [f"{path}: not well-formed XML: {error}"]

    if root.tag != f"{{{SVG_NS}}}svg":
        problems.append(f"{path}: the root element is {root.tag}, not an SVG <svg>")

    view_box = root.attrib.get("viewBox", "")
    try:
        numbers = [float(n) for n in re.split(r"[\s,]+", view_box.strip())]
    except ValueError:
        numbers = []
    if numbers != [0, 0, size, size]:
        problems.append(f"{path}: viewBox is “{view_box}”, not “0 0 {size:g} {size:g}”")
    for attribute in ("width", "height"):
        if attribute in root.attrib and parse_length(root.attrib[attribute]) != size:
            problems.append(f"{path}: {attribute} is “{root.attrib[attribute]}”, not {size:g}")

    text = raw.decode("utf-8", errors="replace")
    for prefix in EDITOR_NAMESPACES:
        if re.search(rf"\b{prefix}:", text) or re.search(rf"xmlns:{prefix}\b", text):
            problems.append(f"{path}: holds {prefix} editor metadata")

    shapes = 0
    for element in root.iter():
        name = local(element.tag)
        if name in FORBIDDEN:
            problems.append(f"{path}: holds a <{name}> element")
        if name in SHAPES:
            shapes += 1
        for prop, value in paints(element):
            if value in NO_PAINT:
                continue
            if symbolic:
                if prop == "stroke":
                    problems.append(f"{path}: <{name}> has a stroke; symbolic icons use fills only")
                elif value != SYMBOLIC_GREY:
                    problems.append(f"{path}: <{name}> {prop} is {value}, not {SYMBOLIC_GREY}")
            elif value.startswith("url("):
                continue
            elif value not in GNOME_PALETTE:
                problems.append(f"{path}: <{name}> {prop} {value} is not in the GNOME palette")
        if symbolic and name in ("linearGradient", "radialGradient", "pattern", "filter"):
            problems.append(f"{path}: symbolic icons hold no <{name}>")
        if name == "style":
            problems.append(f"{path}: a <style> sheet is not allowed; set paints on the shapes")
    if shapes == 0:
        problems.append(f"{path}: draws nothing")
    return problems


# name: (what `gsettings range` prints, what `gsettings get` prints)
SETTINGS = {
    "window-width": ("type i", "1100"),
    "window-height": ("type i", "720"),
    "window-maximized": ("type b", "false"),
    "current-page": ("enum\n'associations'\n'training'\n'meetings'\n'overview'", "'associations'"),
    "last-association": ("type s", "''"),
    "database-path": ("type s", "''"),
}
SCHEMA_ID = "io.github.discorsi.Discorsi"


def check_settings(gsettings, schema_dir):
    env = dict(os.environ, GSETTINGS_BACKEND="memory")

    def run(*args):
        result = subprocess.run([gsettings, "--schemadir", schema_dir, *args],
                                env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"gsettings {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout.strip()

    problems = []
    try:
        keys = set(run("list-keys", SCHEMA_ID).split())
        for missing in sorted(set(SETTINGS) - keys):
            problems.append(f"{SCHEMA_ID}: key {missing} is missing")
        for extra in sorted(keys - set(SETTINGS)):
            problems.append(f"{SCHEMA_ID}: key {extra} is new; add it to {__file__}")
        for key, (expected_range, expected_default) in SETTINGS.items():
            if key not in keys:
                continue
            got_range = run("range", SCHEMA_ID, key)
            if got_range != expected_range:
                problems.append(f"{key}: range is {got_range!r}, expected {expected_range!r}")
            got_default = run("get", SCHEMA_ID, key)
            if got_default != expected_default:
                problems.append(f"{key}: default is {got_default}, expected {expected_default}")
            if not run("describe", SCHEMA_ID, key):
                problems.append(f"{key}: has no description")
    except (OSError, RuntimeError) as error:
        problems.append(str(error))
    return problems


def main(argv):
    usage = f"usage: {argv[0]} icon --size N [--symbolic] FILE | settings GSETTINGS DIR"
    if len(argv) >= 4 and argv[1] == "icon" and argv[2] == "--size":
        symbolic = "--symbolic" in argv[4:]
        files = [a for a in argv[4:] if a != "--symbolic"]
        if len(files) != 1:
            print(usage, file=sys.stderr)
            return 2
        problems = check_icon(files[0], float(argv[3]), symbolic)
    elif len(argv) == 4 and argv[1] == "settings":
        problems = check_settings(argv[2], argv[3])
    else:
        print(usage, file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
