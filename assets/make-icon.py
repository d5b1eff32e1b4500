#!/usr/bin/env python3
"""Draws the package icon (assets/icon.png): a page with a folded corner, «ЗР» and a few ruled lines.

The icon is ours (MIT, like the code); the letters are set in the Liberation Serif Bold the library
embeds. Needs Pillow (Debian: python3-pil). Run from the repository root: python3 assets/make-icon.py
"""
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "src" / "Zaozersk.Reporting" / "Fonts" / "LiberationSerif-Bold.ttf"
SCALE = 4  # drawn four times larger, then scaled down for smooth edges
SIZE = 128 * SCALE
INK = (31, 58, 112, 255)  # dark blue, the colour of an official stamp
PAPER = (255, 255, 255, 255)
FOLD = (214, 223, 238, 255)
RULE = (150, 163, 186, 255)


def s(value: float) -> int:
    return round(value * SCALE)


image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
draw = ImageDraw.Draw(image)

# The page: a rectangle whose top right corner is folded down.
left, top, right, bottom, fold = s(18), s(6), s(110), s(122), s(26)
outline = [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)]
draw.polygon(outline, fill=PAPER, outline=INK, width=s(4))
draw.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=FOLD, outline=INK, width=s(4))

# «ЗР», centred in the upper part of the page.
font = ImageFont.truetype(str(FONT), s(50))
text = "ЗР"
box = draw.textbbox((0, 0), text, font=font)
x = (left + right) / 2 - (box[2] + box[0]) / 2
y = s(54) - (box[3] + box[1]) / 2
draw.text((x, y), text, font=font, fill=INK)

# Ruled lines below it, like the rows of a plan's table.
for row, length in enumerate((72, 72, 52)):
    y = s(88 + row * 10)
    draw.line([(s(30), y), (s(30 + length), y)], fill=RULE, width=s(3))

image.resize((128, 128), Image.LANCZOS).save(ROOT / "assets" / "icon.png", optimize=True)
