#!/usr/bin/env python3
"""Draws Winnow's toolbar icons (extension/icons/{16,48,128}.png) without any image library:
a green rounded square with three lines of "text", the middle one dimmed (filler)."""
import pathlib, struct, zlib

def png(size, pixel):
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

def pixel(x, y, n):
    u, v = (x + 0.5) / n, (y + 0.5) / n
    r = 0.2  # corner radius
    cx, cy = min(max(u, r), 1 - r), min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    for top, right, colour in ((0.22, 0.80, (255, 255, 255, 255)), (0.44, 0.62, (120, 170, 130, 255)),
                               (0.66, 0.74, (255, 255, 255, 255))):
        if 0.2 <= u <= right and top <= v <= top + 0.12:
            return colour
    return (34, 110, 60, 255)

out = pathlib.Path(__file__).resolve().parent.parent / "extension" / "icons"
out.mkdir(parents=True, exist_ok=True)
for s in (16, 48, 128):
    (out / f"{s}.png").write_bytes(png(s, pixel))
