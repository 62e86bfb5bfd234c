#!/usr/bin/env python3
"""Merges the stylesheets trunk wrote into one file, after `trunk build --release`.

Trunk copies each `<link data-trunk rel="css">` as a file of its own: seven stylesheets, each a
request that blocks the first paint. On a phone network over HTTP/1.1 (six connections per
host), they also hold back the wasm download queued behind them. One file, in the same order,
paints the same and leaves room for the wasm at once.

The merged file is `main-<hash>.css` (the first stylesheet is main.css), with its SHA-384 as the
link's integrity value, like trunk's own. Running it again on a merged folder changes nothing.

Usage: scripts/merge_css.py DIST
"""
import base64
import hashlib
import os
import re
import sys

LINK = re.compile(r'<link rel="stylesheet" href="\./([^"/]+\.css)"[^>]*>\n?[ \t]*')


def main() -> None:
    dist = sys.argv[1]
    index = os.path.join(dist, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    links = list(LINK.finditer(html))
    if len(links) < 2:
        print("merge_css.py: %d stylesheet(s), nothing to merge" % len(links))
        return
    parts = []
    for link in links:
        with open(os.path.join(dist, link.group(1)), encoding="utf-8") as f:
            parts.append("/* %s */\n%s" % (link.group(1).rsplit("-", 1)[0], f.read().rstrip() + "\n"))
    css = "".join(parts).encode("utf-8")
    name = "main-%s.css" % hashlib.sha256(css).hexdigest()[:16]
    integrity = "sha384-" + base64.b64encode(hashlib.sha384(css).digest()).decode("ascii")
    with open(os.path.join(dist, name), "wb") as f:
        f.write(css)
    merged = '<link rel="stylesheet" href="./%s" integrity="%s"/>\n' % (name, integrity)
    # The merged link takes the first one's place; the others go, with their files.
    out = html[: links[0].start()] + merged
    last = links[0].end()
    for link in links[1:]:
        out += html[last : link.start()]
        last = link.end()
    out += html[last:]
    with open(index, "w", encoding="utf-8") as f:
        f.write(out)
    for link in links:
        if link.group(1) != name:
            os.remove(os.path.join(dist, link.group(1)))
    print("merge_css.py: %d stylesheets -> %s (%d bytes)" % (len(links), name, len(css)))


if __name__ == "__main__":
    main()
