#!/usr/bin/env python3
"""Draws the app's PNG icons from the design of assets/icon.svg, with the standard library only.

The design, on a 64-unit square: a brown (#7a4b12) square with rounded corners (radius 12),
a yellow (#f2c14e) triangle (14,46 32,16 50,46) with a brown notch (24,46 32,32 40,46), and a
cream (#fffdf9) bar (12,46, 40 by 5, radius 2). Shapes are filled scanline by scanline with
4 sub-rows per pixel and exact horizontal coverage, which is enough anti-aliasing for icons.

Writes assets/icons/icon-192.png, icon-512.png (transparent outside the rounded square) and
icon-maskable-512.png (full-bleed brown, the drawing shrunk into the central safe circle of
radius 40% that every mask keeps). Run again after changing the design: python3 scripts/make_icons.py
"""
import math
import os
import struct
import zlib

BROWN = (0x7A, 0x4B, 0x12)
YELLOW = (0xF2, 0xC1, 0x4E)
CREAM = (0xFF, 0xFD, 0xF9)
SUB = 4  # sub-rows per pixel


def rounded_rect(x, y, w, h, r):
    """Horizontal extent of a rounded rectangle at height v, or None."""
    def span(v):
        if v < y or v > y + h:
            return None
        dy = 0.0
        if v < y + r:
            dy = y + r - v
        elif v > y + h - r:
            dy = v - (y + h - r)
        dx = r - math.sqrt(max(r * r - dy * dy, 0.0)) if dy else 0.0
        return (x + dx, x + w - dx)
    return span


def triangle(apex, left, right):
    """Extent of a triangle with a horizontal base (left, right) and an apex above it."""
    (ax, ay), (lx, ly), (rx, _ry) = apex, left, right

    def span(v):
        if v < ay or v > ly:
            return None
        t = (v - ay) / (ly - ay)
        return (ax + (lx - ax) * t, ax + (rx - ax) * t)
    return span


def design(full_bleed):
    """The shapes in drawing order, in 64-unit coordinates, each with (scale, centre x, centre y)."""
    if full_bleed:
        # Maskable: the background fills the square; the drawing (x 12..52, y 16..51) is scaled
        # about its centre into the safe circle.
        background = (rounded_rect(0, 0, 64, 64, 0), BROWN, (1.0, 32.0, 32.0))
        fit = (0.72, 32.0, 33.5)
    else:
        background = (rounded_rect(0, 0, 64, 64, 12), BROWN, (1.0, 32.0, 32.0))
        fit = (1.0, 32.0, 32.0)
    return [
        background,
        (triangle((32, 16), (14, 46), (50, 46)), YELLOW, fit),
        (triangle((32, 32), (24, 46), (40, 46)), BROWN, fit),
        (rounded_rect(12, 46, 40, 5, 2), CREAM, fit),
    ]


def render(size, full_bleed):
    shapes = design(full_bleed)
    unit = size / 64.0
    # Straight (not premultiplied) RGBA floats; each shape is laid over what is below it with
    # its coverage as opacity.
    rgb = [[0.0, 0.0, 0.0] for _ in range(size * size)]
    alpha = [0.0] * (size * size)
    for row in range(size):
        for span_fn, colour, (scale, cx, cy) in shapes:
            cover = [0.0] * size
            for s in range(SUB):
                # Pixel row -> design units, undoing the scale about the centre.
                v_px = row + (s + 0.5) / SUB
                v = (v_px / unit - 32.0) / scale + cy
                span = span_fn(v)
                if span is None:
                    continue
                x0 = ((span[0] - cx) * scale + 32.0) * unit
                x1 = ((span[1] - cx) * scale + 32.0) * unit
                x0, x1 = max(x0, 0.0), min(x1, float(size))
                if x1 <= x0:
                    continue
                for px in range(int(x0), min(int(math.ceil(x1)), size)):
                    overlap = min(x1, px + 1) - max(x0, px)
                    if overlap > 0:
                        cover[px] += overlap / SUB
            base = row * size
            for px in range(size):
                c = min(cover[px], 1.0)
                if c <= 0:
                    continue
                i = base + px
                a0 = alpha[i]
                a = c + a0 * (1 - c)
                for k in range(3):
                    rgb[i][k] = (colour[k] * c + rgb[i][k] * a0 * (1 - c)) / a
                alpha[i] = a
    raw = bytearray()
    for row in range(size):
        raw.append(0)  # filter: none
        for px in range(size):
            i = row * size + px
            raw.extend(int(round(v)) for v in rgb[i])
            raw.append(int(round(alpha[i] * 255)))
    return bytes(raw)


def png(size, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "icons")
    os.makedirs(out, exist_ok=True)
    for name, size, full_bleed in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
    ]:
        path = os.path.join(out, name)
        with open(path, "wb") as f:
            f.write(png(size, render(size, full_bleed)))
        print("wrote", os.path.normpath(path))


if __name__ == "__main__":
    main()
