"""Draw the skill's icons: a white check mark on a deep blue circle, as 108x108 and 512x512 PNG files.

The Alexa skill store wants a small (108x108) and a large (512x512) PNG icon for every locale; the
manifest points every locale at these two files with the ASK CLI's `file://assets/images/...` form, and
`ask deploy` uploads them inside the skill package. The picture is described once, in units of the icon's
side, and drawn at each size with anti-aliased edges (each pixel's cover is taken from its distance to the
shape's edge), so both sizes show the same symbol. Plain Python: the PNG writer is zlib and struct.

    python scripts/gen_icons.py           write the icons
    python scripts/gen_icons.py --check   exit 1 if an icon is missing or is not what this script draws

`--check` compares the image data (size, colour type and the pixels, filter bytes included), not the
compressed bytes: another zlib build may compress the same pixels differently.
"""

import math
import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "skill-package" / "assets" / "images"
# file name -> side in pixels; the manifest refers to them as file://assets/images/<name>.
ICONS = {"icon-108.png": 108, "icon-512.png": 512}

WHITE = (255, 255, 255)
BLUE = (13, 71, 161)  # #0D47A1: white on it has a contrast ratio of about 9:1
CIRCLE = ((0.5, 0.5), 0.47)  # centre and radius, in units of the icon's side
CHECK = ((0.27, 0.53), (0.43, 0.69), (0.74, 0.36))  # the check mark's corners, drawn as a thick line
CHECK_HALF_WIDTH = 0.065
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
RGB = 2  # PNG colour type: truecolour, 8 bits a channel, no alpha


def _segment_distance(px, py, a, b):
    """Distance from (px, py) to the segment a-b."""
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
    t = min(1.0, max(0.0, t))
    ex, ey = px - (ax + t * dx), py - (ay + t * dy)
    return math.sqrt(ex * ex + ey * ey)


def _cover(distance_outside, size):
    """How much of a pixel a shape covers, from the signed distance (in icon units) of its centre to the
    shape's edge (negative inside): a one-pixel-wide linear ramp across the edge."""
    return min(1.0, max(0.0, 0.5 - distance_outside * size))


def _mix(below, above, amount):
    return tuple(b + (a - b) * amount for b, a in zip(below, above, strict=True))


def pixels(size):
    """The icon's rows at `size` x `size`: a list of `size` rows of `size` (r, g, b) tuples of ints."""
    (cx, cy), radius = CIRCLE
    segments = [(CHECK[i], CHECK[i + 1]) for i in range(len(CHECK) - 1)]
    # Beyond this box (the check's corners, widened by its half width and a pixel) the check covers nothing.
    margin = CHECK_HALF_WIDTH + 1 / size
    left, right = min(x for x, _ in CHECK) - margin, max(x for x, _ in CHECK) + margin
    top, bottom = min(y for _, y in CHECK) - margin, max(y for _, y in CHECK) + margin
    rows = []
    for y in range(size):
        py = (y + 0.5) / size
        row = []
        for x in range(size):
            px = (x + 0.5) / size
            colour = _mix(WHITE, BLUE, _cover(math.sqrt((px - cx) ** 2 + (py - cy) ** 2) - radius, size))
            if left <= px <= right and top <= py <= bottom:
                check = min(_segment_distance(px, py, a, b) for a, b in segments)
                colour = _mix(colour, WHITE, _cover(check - CHECK_HALF_WIDTH, size))
            row.append(tuple(int(round(channel)) for channel in colour))
        rows.append(row)
    return rows


def raw_scanlines(rows):
    """PNG image data before compression: each row is filter byte 0 (none), then its RGB bytes."""
    return b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in rows)


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(rows):
    """A PNG file (bytes) of `rows`, as pixels() returns them."""
    height, width = len(rows), len(rows[0])
    header = struct.pack(">IIBBBBB", width, height, 8, RGB, 0, 0, 0)
    return (PNG_SIGNATURE + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw_scanlines(rows), 9)) + _chunk(b"IEND", b""))


def read_png(data):
    """(width, height, bit depth, colour type, raw scanlines) of a PNG file; ValueError if it is not one
    this script could have written (any chunk's CRC wrong, interlaced, not 8-bit RGB...)."""
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG file")
    offset, chunks = len(PNG_SIGNATURE), []
    while offset < len(data):
        (length,) = struct.unpack_from(">I", data, offset)
        kind = data[offset + 4:offset + 8]
        body = data[offset + 8:offset + 8 + length]
        (crc,) = struct.unpack_from(">I", data, offset + 8 + length)
        if len(body) != length or crc != zlib.crc32(kind + body):
            raise ValueError(f"chunk {kind!r} is damaged")
        chunks.append((kind, body))
        offset += 12 + length
    kinds = [kind for kind, _ in chunks]
    if kinds[0] != b"IHDR" or kinds[-1] != b"IEND" or b"IDAT" not in kinds:
        raise ValueError(f"unexpected chunks {kinds}")
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    if (compression, filtering, interlace) != (0, 0, 0):
        raise ValueError("unexpected compression, filter method or interlacing")
    scanlines = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    return width, height, depth, colour, scanlines


def expected():
    """path -> (side, PNG bytes) of every icon."""
    return {IMAGES / name: (side, png(pixels(side))) for name, side in ICONS.items()}


def stale(icons):
    """The paths among `icons` (as expected() returns them) whose file is missing or shows other pixels."""
    found = []
    for path, (_side, data) in icons.items():
        try:
            current = read_png(path.read_bytes())
        except (OSError, ValueError, zlib.error):
            found.append(path)
            continue
        if current != read_png(data):
            found.append(path)
    return found


def main(argv):
    icons = expected()
    if argv == ["--check"]:
        old = stale(icons)
        for path in old:
            print(f"stale: {path.relative_to(ROOT)} (run: python scripts/gen_icons.py)", file=sys.stderr)
        return 1 if old else 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    IMAGES.mkdir(parents=True, exist_ok=True)
    for path, (side, data) in icons.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({side}x{side}, {len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
