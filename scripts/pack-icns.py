#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Valara Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Packs square PNG images into an Apple icon file (.icns), or lists the entries of one.

    pack-icns.py OUT.icns PNG...     each PNG goes into every entry of its pixel size
    pack-icns.py --list FILE.icns    prints each entry's type, size in bytes and pixel size

The format: the magic 'icns' and the file's total length (32-bit big-endian), then entries, each a
four-character type, its length including this 8-byte header (32-bit big-endian) and the PNG data.
The types for PNG data (macOS 10.7 and later): icp4 16, icp5 32, icp6 64, ic07 128, ic08 256,
ic09 512, ic10 1024 (512@2x), and the other Retina pairs ic11 32 (16@2x), ic12 64 (32@2x),
ic13 256 (128@2x), ic14 512 (256@2x).
"""
import struct
import sys

TYPES_BY_SIZE = {
    16: [b"icp4"],
    32: [b"icp5", b"ic11"],
    64: [b"icp6", b"ic12"],
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],
    512: [b"ic09", b"ic14"],
    1024: [b"ic10"],
}
# Entries in the order iconutil writes them: by type code.
ORDER = [b"icp4", b"icp5", b"icp6", b"ic07", b"ic08", b"ic09", b"ic10", b"ic11", b"ic12",
         b"ic13", b"ic14"]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    """Width and height from a PNG's IHDR chunk."""
    if not data.startswith(PNG_MAGIC) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def pack(out_path, png_paths):
    entries = {}
    for path in png_paths:
        with open(path, "rb") as f:
            data = f.read()
        width, height = png_size(data)
        if width != height or width not in TYPES_BY_SIZE:
            raise ValueError(f"{path}: {width}x{height} is not one of the icon sizes "
                             f"{sorted(TYPES_BY_SIZE)}")
        for kind in TYPES_BY_SIZE[width]:
            entries[kind] = data
    body = b"".join(kind + struct.pack(">I", len(data) + 8) + data
                    for kind in ORDER if kind in entries
                    for data in [entries[kind]])
    with open(out_path, "wb") as f:
        f.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
    missing = [kind.decode() for kind in ORDER if kind not in entries]
    if missing:
        print(f"pack-icns.py: no image for {', '.join(missing)}", file=sys.stderr)


def list_entries(path):
    with open(path, "rb") as f:
        data = f.read()
    magic, total = struct.unpack(">4sI", data[:8])
    if magic != b"icns" or total != len(data):
        raise ValueError(f"{path}: not an icns file, or its length field is wrong")
    offset = 8
    while offset < total:
        kind, length = struct.unpack(">4sI", data[offset:offset + 8])
        payload = data[offset + 8:offset + length]
        width, height = png_size(payload)
        print(f"{kind.decode()} {length - 8} bytes {width}x{height}")
        offset += length
    if offset != total:
        raise ValueError(f"{path}: the entries overrun the file")


def main(argv):
    if len(argv) == 3 and argv[1] == "--list":
        list_entries(argv[2])
    elif len(argv) >= 3 and not argv[1].startswith("-"):
        pack(argv[1], argv[2:])
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (OSError, ValueError) as error:
        print(f"pack-icns.py: {error}", file=sys.stderr)
        sys.exit(1)
