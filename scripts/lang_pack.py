#!/usr/bin/env python3
"""Writes the language packs of the browser build: lang/<code>.json for every language but
English (which the wasm has built in).

A pack holds the language's UI catalogue (locales/<code>/*.json merged, as build.rs merges
them) and every knowledge file (data/knowledge/*.json) with only that language's texts: each
text {"en": ..., "fr": ..., "es": ..., "pt": ...} becomes {lang: ...}, only the pack's
language (empty where that translation is missing).
The app merges those texts into its English knowledge base at the same places
(src/knowledge/translate.rs) and refuses a pack that does not fit.

Run by trunk after each build (Trunk.toml hook; writes into $TRUNK_STAGING_DIR), or by hand:
    scripts/lang_pack.py OUT_DIR
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["fr", "es", "pt"]
# The languages a knowledge text may carry (src/knowledge/text.rs).
TEXT_LANGS = {"en", "fr", "es", "pt"}


def is_text(v):
    """A text: an `en` string, and otherwise only other languages' strings."""
    return (isinstance(v, dict) and isinstance(v.get("en"), str)
            and set(v) <= TEXT_LANGS
            and all(isinstance(x, str) for x in v.values()))


def keep_only(v, lang):
    if is_text(v):
        # Always carries the pack's language, empty while its translation has not landed
        # (the app then shows the English).
        return {lang: v.get(lang, "")}
    if isinstance(v, dict):
        return {k: keep_only(x, lang) for k, x in v.items()}
    if isinstance(v, list):
        return [keep_only(x, lang) for x in v]
    return v


def catalogue(lang):
    merged = {}
    for path in sorted(glob.glob(os.path.join(HERE, "locales", lang, "*.json"))):
        with open(path, encoding="utf-8") as f:
            for k, v in json.load(f).items():
                if k in merged:
                    sys.exit("lang_pack.py: key %s defined twice (%s)" % (k, path))
                merged[k] = v
    return dict(sorted(merged.items()))


def knowledge(lang):
    out = {}
    for path in sorted(glob.glob(os.path.join(HERE, "data", "knowledge", "*.json"))):
        with open(path, encoding="utf-8") as f:
            out[os.path.basename(path)] = keep_only(json.load(f), lang)
    return out


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not out_dir:
        sys.exit("usage: lang_pack.py OUT_DIR (or run as a trunk hook)")
    os.makedirs(os.path.join(out_dir, "lang"), exist_ok=True)
    for lang in LANGS:
        pack = {"lang": lang, "ui": catalogue(lang), "knowledge": knowledge(lang)}
        path = os.path.join(out_dir, "lang", lang + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(pack, f, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        print("lang_pack.py: wrote %s (%d bytes)" % (path, os.path.getsize(path)))


if __name__ == "__main__":
    main()
