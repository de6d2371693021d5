"""Draw static/img/share.png, the picture links to the site show when shared (og:image).

Run again after a change of name or colours: `.venv/bin/python scripts/share_image.py`.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
BRAND, WHITE, TINT = "#8c1c2b", "#ffffff", "#f3d9dd"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
LINES = [
    ("Vienas pieturas aģentūra ārzemniekiem", 54, WHITE),
    ("Агентство единого окна для иностранцев", 44, TINT),
    ("One-Stop Agency for foreigners", 44, TINT),
]
FOOTER = "Rīga · Liepāja · Jelgava · Daugavpils"


def _font(name, size, text, width):
    """The font at `size`, or smaller until `text` fits in `width` pixels."""
    while True:
        font = ImageFont.truetype(str(FONTS / name), size)
        if ImageDraw.Draw(Image.new("RGB", (1, 1))).textlength(text, font=font) <= width:
            return font
        size -= 2


def main():
    """Write the share image: the agency's name in three languages on its carmine."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BRAND)
    draw = ImageDraw.Draw(image)
    y = 80
    for text, size, colour in LINES:
        font = _font("DejaVuSans-Bold.ttf", size, text, WIDTH - 140)
        draw.text((70, y), text, font=font, fill=colour)
        y += font.size + 34
    draw.rectangle((0, 380, WIDTH, 400), fill=WHITE)  # the white band of the flag, as the icon
    footer = _font("DejaVuSans.ttf", 40, FOOTER, WIDTH - 140)
    draw.text((70, 470), FOOTER, font=footer, fill=WHITE)
    target = Path(__file__).resolve().parent.parent / "static" / "img" / "share.png"
    image.save(target, optimize=True)
    print(f"Wrote {target}")


if __name__ == "__main__":
    main()
