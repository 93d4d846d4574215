"""The Cyrillic fonts shipped in resources/fonts (PT Serif, PT Sans), registered once.

Charts and bare canvases default to Helvetica, which is not embedded and has no Cyrillic,
so registration also makes PT Sans the default of reportlab.graphics.
"""

from __future__ import annotations

from app.resources import resource_path

FONT_DIR = resource_path("fonts")

SERIF = "PTSerif"
SERIF_BOLD = "PTSerif-Bold"
SERIF_ITALIC = "PTSerif-Italic"
SANS = "PTSans"
SANS_BOLD = "PTSans-Bold"
SANS_ITALIC = "PTSans-Italic"

_FILES = {
    SERIF: "PTF55F.ttf",
    SERIF_BOLD: "PTF75F.ttf",
    SERIF_ITALIC: "PTF56F.ttf",
    SANS: "PTS55F.ttf",
    SANS_BOLD: "PTS75F.ttf",
    SANS_ITALIC: "PTS56F.ttf",
}
_registered = False


def register_fonts() -> None:
    """Register the fonts with reportlab (idempotent) and make PT Sans the chart default."""
    global _registered
    if _registered:
        return
    from reportlab import rl_config
    from reportlab.graphics.shapes import STATE_DEFAULTS
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
    for family, regular, bold, italic in (
        (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC),
        (SANS, SANS, SANS_BOLD, SANS_ITALIC),
    ):
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold)
    STATE_DEFAULTS["fontName"] = SANS
    rl_config.shapeChecking = 0  # attribute validation triples the cost of drawing charts
    rl_config.useA85 = 0  # binary compressed streams: smaller files, no ASCII85 pass
    _registered = True
