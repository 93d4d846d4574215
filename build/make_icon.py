"""Draw the program's icon: resources/icons/perekhod.png (256 px) and perekhod.ico.

    uv run python build/make_icon.py

A blue rounded square with a white «П» and an arrow to the right (a transition). The
files are kept in git; run this only to change the picture.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "PTS75F.ttf"  # PT Sans Bold
SIZE = 256
BLUE, WHITE, GREEN = (31, 84, 150, 255), (255, 255, 255, 255), (111, 191, 77, 255)


def draw(size: int = SIZE) -> Image.Image:
    scale = 4  # draw large, scale down: smooth edges without anti-aliasing options
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 6, fill=BLUE)
    font = ImageFont.truetype(str(FONT), int(big * 0.62))
    pen.text((big * 0.40, big * 0.47), "П", font=font, fill=WHITE, anchor="mm")
    # the arrow: a shaft and a head, bottom right
    y, thick = big * 0.80, big * 0.055
    pen.rectangle((big * 0.16, y - thick, big * 0.70, y + thick), fill=GREEN)
    pen.polygon(
        [(big * 0.66, y - big * 0.13), (big * 0.86, y), (big * 0.66, y + big * 0.13)], fill=GREEN
    )
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(ICONS / "perekhod.png")
    sizes = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    image.save(ICONS / "perekhod.ico", sizes=sizes)
    print(ICONS / "perekhod.png", ICONS / "perekhod.ico")


if __name__ == "__main__":
    main()
