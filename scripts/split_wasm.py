#!/usr/bin/env python3
"""Splits the release wasm so the first load carries only the shell and the Context step.

Trunk builds the site with `--cfg asm_split` and `--emit-relocs` (see build_dist.sh). Each
`wasm_split` point in src/ui/steps/lazy.rs is then an import that this script wires up:

1. `wasm-split-cli` cuts cargo's wasm into the main module, one module per step (and for
   "My drafts"), shared chunks, and `__wasm_split.js`, which fetches them on demand;
2. `wasm-bindgen` makes the JS glue for the main module (trunk's glue was for the whole wasm);
3. `wasm-opt -Oz` shrinks every module, terser the glue and the loader;
4. the results replace trunk's files in DIST under trunk's names, each split module and the
   loader get a content hash in their name (so a host's cache never mixes two builds), and
   index.html's integrity attributes are updated and the loader is preloaded.

Usage: scripts/split_wasm.py DIST CARGO_WASM [KEEP_DIR]
KEEP_DIR receives the main module before wasm-opt, names kept, for `make bench`'s twiggy.
"""
import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

TOOLS = os.environ.get("ASMPB_TOOLS", os.path.expanduser("~/.cache/asm-proposal-tools"))
SPLIT_CLI = os.path.join(TOOLS, "wasm-split", "bin", "wasm-split-cli")
TERSER = os.path.join(TOOLS, "terser", "node_modules", ".bin", "terser")
# The features rustc enables for wasm32 by default; wasm-opt must accept all of them.
WASM_OPT = ["wasm-opt", "-Oz", "--strip-debug", "--strip-producers",
            "--enable-bulk-memory", "--enable-nontrapping-float-to-int",
            "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types",
            "--enable-multivalue"]
# ASMPB_WASM_NAMES=1 keeps function names in every module, for a CPU profile that names them
# (a profiling build only: names add about 40 % to the main module).
if os.environ.get("ASMPB_WASM_NAMES") == "1":
    WASM_OPT = [a for a in WASM_OPT if a != "--strip-debug"] + ["-g"]


def fail(msg):
    sys.exit("split_wasm.py: " + msg)


def run(cmd):
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        fail("%s failed:\n%s%s" % (cmd[0], done.stdout, done.stderr))


def minify(js, tmp):
    """The JS glue and the loader, minified: a quarter less to download, compressed."""
    src, out = os.path.join(tmp, "in.js"), os.path.join(tmp, "out.js")
    with open(src, "w", encoding="utf-8") as f:
        f.write(js)
    run([TERSER, src, "--module", "--compress", "--mangle", "-o", out])
    with open(out, encoding="utf-8") as f:
        return f.read()


def short_hash(data):
    return hashlib.sha256(data).hexdigest()[:16]


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def main():
    if len(sys.argv) not in (3, 4):
        fail("usage: split_wasm.py DIST CARGO_WASM [KEEP_DIR]")
    dist, cargo_wasm = sys.argv[1], sys.argv[2]
    keep = sys.argv[3] if len(sys.argv) == 4 else None
    glue = [f for f in os.listdir(dist) if re.fullmatch(r"asm_proposal-[0-9a-f]+\.js", f)]
    if len(glue) != 1:
        fail("expected one asm_proposal-<hash>.js in %s, found %s" % (dist, glue))
    base = glue[0][:-3]
    for old in os.listdir(dist):
        if re.fullmatch(r"(split_|chunk_)\w+-[0-9a-f]+\.wasm|__wasm_split-[0-9a-f]+\.js", old):
            os.remove(os.path.join(dist, old))

    with tempfile.TemporaryDirectory() as tmp:
        split_dir = os.path.join(tmp, "split")
        run([SPLIT_CLI, cargo_wasm, split_dir, "--target", "web", "--out-name", base])
        bindgen_dir = os.path.join(tmp, "bindgen")
        run(["wasm-bindgen", "--target", "web", "--keep-lld-exports", "--out-dir", bindgen_dir,
             "--out-name", base, os.path.join(split_dir, base + ".wasm")])

        modules = sorted(f for f in os.listdir(split_dir)
                         if f.endswith(".wasm") and f != base + ".wasm")
        if not any(m.startswith("split_") for m in modules):
            fail("no split modules: was the wasm built with --cfg asm_split and --emit-relocs?")
        jobs = [(os.path.join(bindgen_dir, base + "_bg.wasm"), os.path.join(tmp, "main.wasm"))]
        jobs += [(os.path.join(split_dir, m), os.path.join(tmp, "opt-" + m)) for m in modules]
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            list(pool.map(lambda job: run(WASM_OPT + [job[0], "-o", job[1]]), jobs))

        # Split modules and chunks get content-hashed names; the loader names them.
        with open(os.path.join(split_dir, "__wasm_split.js"), encoding="utf-8") as f:
            loader = f.read()
        for m in modules:
            with open(os.path.join(tmp, "opt-" + m), "rb") as f:
                data = f.read()
            hashed = "%s-%s.wasm" % (m[:-5], short_hash(data))
            quoted = '"./%s"' % m
            if quoted not in loader:
                fail("the loader does not name %s" % m)
            loader = loader.replace(quoted, '"./%s"' % hashed)
            with open(os.path.join(dist, hashed), "wb") as f:
                f.write(data)
        loader = minify(loader, tmp)
        loader_name = "__wasm_split-%s.js" % short_hash(loader.encode("utf-8"))
        with open(os.path.join(dist, loader_name), "w", encoding="utf-8") as f:
            f.write(loader)

        # The glue imports the loader by the name the main wasm uses; point it at the hashed file.
        with open(os.path.join(bindgen_dir, base + ".js"), encoding="utf-8") as f:
            js = f.read()
        if 'from "./__wasm_split.js"' not in js:
            fail("the JS glue does not import the split loader")
        js = minify(js.replace('from "./__wasm_split.js"', 'from "./%s"' % loader_name), tmp)
        with open(os.path.join(dist, base + ".js"), "w", encoding="utf-8") as f:
            f.write(js)
        shutil.copyfile(os.path.join(tmp, "main.wasm"), os.path.join(dist, base + "_bg.wasm"))
        if keep:
            os.makedirs(keep, exist_ok=True)
            shutil.copyfile(jobs[0][0], os.path.join(keep, "main-names.wasm"))
            with open(os.path.join(keep, "main-names.for"), "w", encoding="utf-8") as f:
                f.write(base + "_bg.wasm\n")

    # Trunk's index.html names the same files; their integrity values change with the content.
    index_path = os.path.join(dist, "index.html")
    with open(index_path, encoding="utf-8") as f:
        html = f.read()
    for name in (base + ".js", base + "_bg.wasm"):
        with open(os.path.join(dist, name), "rb") as f:
            digest = sri(f.read())
        pattern = r'(href="\./%s"[^>]*?integrity=")[^"]*(")' % re.escape(name)
        html, count = re.subn(pattern, lambda m: m.group(1) + digest + m.group(2), html)
        if count != 1:
            fail("index.html has no preload of %s with an integrity value" % name)
    with open(os.path.join(dist, loader_name), "rb") as f:
        preload = '<link rel="modulepreload" href="./%s" crossorigin="anonymous" integrity="%s">' % (
            loader_name, sri(f.read()))
    html = html.replace("</head>", preload + "</head>", 1)
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)
    print("split_wasm.py: main module, %d split modules and chunks, loader %s"
          % (len(modules), loader_name))


main()
