#!/usr/bin/env python3
"""Post-build hook: put the SHA-256 of every inline <script> of index.html into its CSP.

Trunk writes an inline module loader whose text names the hashed wasm/js files, so its hash
changes with every build; computing it here keeps the policy free of 'unsafe-inline'.
Runs on TRUNK_STAGING_DIR (trunk's hook) or on the folder given as the first argument.
"""
import base64
import hashlib
import os
import re
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist")
path = os.path.join(folder, "index.html")
with open(path, encoding="utf-8") as f:
    html = f.read()

hashes = []
for m in re.finditer(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S):
    digest = hashlib.sha256(m.group(1).encode("utf-8")).digest()
    hashes.append("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")

if "CSP_SCRIPT_HASHES" not in html:
    sys.exit("csp_hash.py: no CSP_SCRIPT_HASHES placeholder in " + path)
html = html.replace("CSP_SCRIPT_HASHES", " ".join(sorted(set(hashes))))
with open(path, "w", encoding="utf-8") as f:
    f.write(html)
print("csp_hash.py: %d inline script(s) hashed into the CSP" % len(hashes))
