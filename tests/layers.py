#!/usr/bin/env python3
"""The layers of src/: a folder uses only the folders before it in the
pipeline's order (the top CMakeLists.txt's AGENTLINT_LAYERS), never one after
it, and no files use each other in a circle. Checked two ways: the #include
lines of every source and header, and the symbols each object file defines
and uses (nm), which also see a call through a declaration written in the
wrong header. The one circle allowed is the rule registry's: registry.c
names every check function of rules/, and the checks report through
rules/context.c, which looks rules up in the registry.

usage: layers.py NM SRC_DIR LAYERS_FILE
LAYERS_FILE has a line per layer, lowest first: the folder's name, a tab, its
object files separated by tabs (CMake writes it, tests/CMakeLists.txt)."""
import collections
import os
import re
import subprocess
import sys

NM, SRC, LAYERS_FILE = sys.argv[1:4]

# The circle every rule takes part in: it stays inside rules/ and holds registry.c.
ALLOWED_CIRCLE_LAYER, ALLOWED_CIRCLE_FILE = "rules", "rules/registry.c"

order = []
objects = {}  # object path -> "layer/file.c"
with open(LAYERS_FILE) as f:
    for line in f:
        fields = line.rstrip("\n").split("\t")
        if not fields[0]:
            continue
        order.append(fields[0])
        for obj in filter(None, fields[1:]):
            name = os.path.basename(obj)
            name = name[:-2] if name.endswith(".o") else name
            objects[obj] = fields[0] + "/" + name
rank = {layer: i for i, layer in enumerate(order)}
failures = []


def fail(text):
    failures.append(text)
    print("FAIL:", text)


def layer_of(path):
    return path.split("/", 1)[0]


# Every folder of src/ is a layer: a new folder has its place in the order.
folders = sorted(d for d in os.listdir(SRC) if os.path.isdir(os.path.join(SRC, d)))
for d in folders:
    if d not in rank:
        fail(f"src/{d}/ is in no layer: add it to AGENTLINT_LAYERS in CMakeLists.txt")
for layer in order:
    if layer not in folders:
        fail(f"layer {layer} has no folder src/{layer}/")

# Includes: "folder/file.h" of a later folder.
include_re = re.compile(r'^\s*#\s*include\s+"([^"/]+)/[^"]+"', re.M)
include_count = 0
for layer in order:
    top = os.path.join(SRC, layer)
    for dirpath, _, files in os.walk(top):
        for name in sorted(files):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for m in include_re.finditer(text):
                include_count += 1
                target = m.group(1)
                if target in rank and rank[target] > rank[layer]:
                    rel = os.path.relpath(path, os.path.dirname(SRC))
                    fail(f'{rel} includes "{m.group(0).split(chr(34))[1]}": '
                         f"{layer} comes before {target}")

# Symbols: who defines what, who uses what.
defined = {}
uses = collections.defaultdict(set)
out = subprocess.run([NM, "-P", "-A"] + sorted(objects), capture_output=True, text=True)
if out.returncode != 0:
    fail(f"{NM}: {out.stderr.strip()}")
for line in out.stdout.splitlines():
    # "object.o: symbol type [value size]"
    obj, _, rest = line.rpartition(": ")
    parts = rest.split()
    if obj not in objects or len(parts) < 2:
        continue
    unit, sym, kind = objects[obj], parts[0], parts[1]
    if kind == "U":
        uses[unit].add(sym)
    elif kind in "TDBRCVWG":
        if sym in defined and defined[sym] != unit:
            fail(f"{sym} is defined twice: in {defined[sym]} and in {unit}")
        defined[sym] = unit
edges = collections.defaultdict(dict)  # unit -> {used unit: a symbol}
for unit, syms in uses.items():
    for sym in sorted(syms):
        owner = defined.get(sym)
        if owner and owner != unit:
            edges[unit].setdefault(owner, sym)
for unit in sorted(edges):
    for owner, sym in sorted(edges[unit].items()):
        if rank[layer_of(owner)] > rank[layer_of(unit)]:
            fail(f"{unit} uses {sym} of {owner}: {layer_of(unit)} comes before {layer_of(owner)}")

# Circles between files (strongly connected components, Tarjan's algorithm).
index, low, stack, on_stack, circles = {}, {}, [], set(), []
counter = [0]
sys.setrecursionlimit(100000)


def visit(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on_stack.add(v)
    for w in edges.get(v, {}):
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on_stack:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        component = []
        while True:
            w = stack.pop()
            on_stack.discard(w)
            component.append(w)
            if w == v:
                break
        if len(component) > 1:
            circles.append(sorted(component))


def a_circle(component):
    """One path around the component, for the message."""
    members = set(component)
    start = component[0]
    path, seen = [start], {start}
    while True:
        nxt = sorted(w for w in edges[path[-1]] if w in members)
        back = [w for w in nxt if w in seen]
        if start in nxt:
            return path + [start]
        if back:
            return path[path.index(back[0]):] + [back[0]]
        path.append(nxt[0])
        seen.add(nxt[0])


for v in sorted(set(edges) | set(objects.values())):
    if v not in index:
        visit(v)
for component in circles:
    if ALLOWED_CIRCLE_FILE in component and all(
            layer_of(u) == ALLOWED_CIRCLE_LAYER for u in component):
        continue
    path = a_circle(component)
    steps = " -> ".join(
        f"{a} ({edges[a][b]})" for a, b in zip(path, path[1:])) + f" -> {path[-1]}"
    fail(f"{len(component)} files use each other in a circle: {steps}")

if not objects or include_count == 0:
    fail("nothing checked: no objects or no includes found")
print(f"layers: {' -> '.join(order)}; {len(objects)} objects, {include_count} includes, "
      f"{sum(len(e) for e in edges.values())} uses between files")
sys.exit(1 if failures else 0)
