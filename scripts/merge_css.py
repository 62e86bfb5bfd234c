#!/usr/bin/env python3
"""Merges the stylesheets trunk wrote into one, and puts it in index.html, after `trunk build --release`.

Trunk copies each `<link data-trunk rel="css">` as a file of its own: seven stylesheets, each a
request that blocks the first paint. On a phone network over HTTP/1.1 (six connections per
host), they also hold back the wasm download queued behind them. Merged (in the same order) and
inline, the loading message paints as soon as the page itself has arrived, a round trip before
any other file, and long before the wasm. The styles are 4.5 KB gzip: once in the page, they
cost what the file cost. The service worker keeps the page like every other file.

The Content-Security-Policy allows exactly this stylesheet: its SHA-256 replaces the page's
`style-src 'self'`. Running the script again on a merged page changes nothing.

Usage: scripts/merge_css.py DIST
"""
import base64
import hashlib
import os
import re
import sys

CSP_STYLE = "style-src 'self'"
LINK = re.compile(r'<link rel="stylesheet" href="\./([^"/]+\.css)"[^>]*>\n?[ \t]*')


def main() -> None:
    dist = sys.argv[1]
    index = os.path.join(dist, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    links = list(LINK.finditer(html))
    if not links:
        print("merge_css.py: no stylesheet link, nothing to merge")
        return
    parts = []
    for link in links:
        with open(os.path.join(dist, link.group(1)), encoding="utf-8") as f:
            parts.append("/* %s */\n%s" % (link.group(1).rsplit("-", 1)[0], f.read().rstrip() + "\n"))
    # The HTML parser turns CR LF into LF before the browser hashes the text.
    css = "".join(parts).replace("\r\n", "\n")
    if "</style" in css.lower():
        sys.exit("merge_css.py: a stylesheet contains '</style', which would end the inline style early")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    if CSP_STYLE not in html:
        sys.exit("merge_css.py: no %r in the page's Content-Security-Policy" % CSP_STYLE)
    html = html.replace(CSP_STYLE, "style-src 'sha256-%s'" % digest, 1)
    # The links go; the style goes at the end of the head, after the script and the preloads, so
    # the browser asks for the wasm before it has read the styles.
    if "</head>" not in html:
        sys.exit("merge_css.py: no </head> in " + index)
    out = LINK.sub("", html).replace("</head>", "<style>" + css + "</style>\n</head>", 1)
    with open(index, "w", encoding="utf-8") as f:
        f.write(out)
    for link in links:
        os.remove(os.path.join(dist, link.group(1)))
    print("merge_css.py: %d stylesheets inline in index.html (%d bytes)" % (len(links), len(css)))


if __name__ == "__main__":
    main()
