#!/usr/bin/env bash
# After the release build: writes DIST/sw.js from assets/sw.js, naming this build's files.
#
# Trunk names files by their content, so the version can only be known once dist/ exists:
# it is the SHA-256 over the sorted list of every file of dist/ (its path, then its bytes),
# sw.js itself excepted. The service worker's cache is "asm-proposal-<version>", and each file
# is listed with its own SHA-256 so the worker refuses a copy that is not this build's.
# Idempotent: running it again on the same folder gives the same sw.js.
# Usage: scripts/post_dist.sh DIST
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dist="${1:-$here/dist}"
python3 - "$dist" "$here/assets/sw.js" <<'PY'
import base64, hashlib, json, os, sys

dist, template_path = sys.argv[1], sys.argv[2]
# 404.html is a copy of index.html for hosts' unknown paths; the worker answers those itself.
SKIP = {"sw.js", "404.html"}
paths = []
for root, _dirs, files in os.walk(dist):
    for name in files:
        rel = os.path.relpath(os.path.join(root, name), dist).replace(os.sep, "/")
        if rel not in SKIP:
            paths.append(rel)
paths.sort()
if "index.html" not in paths:
    sys.exit("post_dist.sh: no index.html in " + dist)

build = hashlib.sha256()
files = []
for rel in paths:
    with open(os.path.join(dist, rel), "rb") as f:
        data = f.read()
    build.update(rel.encode("utf-8") + b"\0" + len(data).to_bytes(8, "big") + data)
    digest = base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")
    files.append([rel, "sha256-" + digest])
version = build.hexdigest()[:16]

with open(template_path, encoding="utf-8") as f:
    sw = f.read()
for placeholder in ("'__ASM_VERSION__'", "__ASM_FILES__"):
    if placeholder not in sw:
        sys.exit("post_dist.sh: %s missing from %s" % (placeholder, template_path))
sw = sw.replace("'__ASM_VERSION__'", json.dumps(version))
sw = sw.replace("__ASM_FILES__", "[\n" + ",\n".join("  " + json.dumps(f) for f in files) + ",\n]")
with open(os.path.join(dist, "sw.js"), "w", encoding="utf-8") as f:
    f.write(sw)
print("post_dist.sh: sw.js for version %s precaches %d files" % (version, len(files)))
PY
