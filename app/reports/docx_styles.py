"""The Word document's frame: A4 with the PDF's margins, Times New Roman, named paragraph
styles (real «Heading 1/2» for headings, so Word's navigation pane and table of contents
see them), the running header and the «стр. N из M» footer as fields, and the file's
properties. Styles are written as WordprocessingML, replacing python-docx's template ones.
"""

from __future__ import annotations

from datetime import UTC, datetime
from string import Formatter

from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from app.reports import texts
from app.reports.document import DocumentMeta

FONT = "Times New Roman"
TWIPS_PER_MM = 1440 / 25.4
# The PDF's page (app/reports/engine.py): A4, margins left 30 mm, right 15, top/bottom 20.
LEFT_MM, RIGHT_MM, TOP_MM, BOTTOM_MM = 30, 15, 20, 20
TEXT_TWIPS = round((210 - LEFT_MM - RIGHT_MM) * TWIPS_PER_MM)
HANG_TWIPS = 567  # 1 cm: where a numbered item's text starts
HEADER_GREY = "E8ECF2"
GROUP_GREY = "F3F5F8"
LINE_GREY = "7A7F88"

FONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'


def _size(points: float) -> str:
    half = round(points * 2)
    return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'


# styleId: (type, name, basedOn, pPr children, rPr children, custom)
STYLES: dict[str, tuple[str, str, str | None, str, str, bool]] = {
    "Normal": ("paragraph", "Normal", None, "", FONTS + _size(12), False),
    "BodyText": (
        "paragraph",
        "Body Text",
        "Normal",
        '<w:spacing w:after="80"/><w:jc w:val="both"/>',
        "",
        False,
    ),
    "Heading1": (
        "paragraph",
        "heading 1",
        "Normal",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/>'
        '<w:outlineLvl w:val="0"/>',
        "<w:b/><w:bCs/>" + _size(14),
        False,
    ),
    "Heading2": (
        "paragraph",
        "heading 2",
        "Normal",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="80"/>'
        '<w:outlineLvl w:val="1"/>',
        "<w:b/><w:bCs/>" + _size(12),
        False,
    ),
    "Title": (
        "paragraph",
        "Title",
        "Normal",
        '<w:spacing w:after="200"/><w:jc w:val="center"/>',
        "<w:b/><w:bCs/>" + _size(16),
        False,
    ),
    "Subtitle": (
        "paragraph",
        "Subtitle",
        "Normal",
        '<w:spacing w:after="160"/><w:jc w:val="center"/>',
        _size(13),
        False,
    ),
    "Caption": (
        "paragraph",
        "caption",
        "Normal",
        '<w:spacing w:after="120"/><w:jc w:val="center"/>',
        _size(10),
        False,
    ),
    "ListBullet": (
        "paragraph",
        "List Bullet",
        "BodyText",
        '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/>',
        "",
        False,
    ),
    "Header": (
        "paragraph",
        "header",
        "Normal",
        f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_TWIPS}"/></w:tabs>',
        _size(9),
        False,
    ),
    "Footer": ("paragraph", "footer", "Normal", '<w:jc w:val="center"/>', _size(9), False),
    "Note": (
        "paragraph",
        texts.DOCX_STYLES["Note"],
        "BodyText",
        "",
        "<w:i/><w:iCs/>" + _size(11),
        True,
    ),
    "Centered": (
        "paragraph",
        texts.DOCX_STYLES["Centered"],
        "BodyText",
        '<w:jc w:val="center"/>',
        "",
        True,
    ),
    "RightBlock": (
        "paragraph",
        texts.DOCX_STYLES["RightBlock"],
        "Normal",
        f'<w:spacing w:after="80"/><w:ind w:left="{TEXT_TWIPS // 2}"/><w:jc w:val="left"/>',
        "",
        True,
    ),
    "Letterhead": (
        "paragraph",
        texts.DOCX_STYLES["Letterhead"],
        "Normal",
        '<w:spacing w:after="40"/><w:jc w:val="center"/>',
        "<w:b/><w:bCs/>",
        True,
    ),
    "SignatureLine": (
        "paragraph",
        texts.DOCX_STYLES["SignatureLine"],
        "Normal",
        f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_TWIPS}"/></w:tabs><w:spacing w:after="80"/>',
        "",
        True,
    ),
    "NumberedItem": (
        "paragraph",
        texts.DOCX_STYLES["NumberedItem"],
        "BodyText",
        f'<w:tabs><w:tab w:val="left" w:pos="{HANG_TWIPS}"/></w:tabs>'
        f'<w:ind w:left="{HANG_TWIPS}" w:hanging="{HANG_TWIPS}"/>',
        "",
        True,
    ),
    "TableText": ("paragraph", texts.DOCX_STYLES["TableText"], "Normal", "", _size(10), True),
    "TableNumber": (
        "paragraph",
        texts.DOCX_STYLES["TableNumber"],
        "TableText",
        '<w:jc w:val="right"/>',
        "",
        True,
    ),
    "TableHeading": (
        "paragraph",
        texts.DOCX_STYLES["TableHeading"],
        "TableText",
        '<w:keepNext/><w:jc w:val="center"/>',
        "<w:b/><w:bCs/>",
        True,
    ),
}


def prepare(word: WordDocument, meta: DocumentMeta) -> None:
    """Page, styles, header and footer, properties of a fresh python-docx document."""
    _styles(word)
    _page(word, meta)
    _properties(word, meta)
    _settings(word)


def _styles(word: WordDocument) -> None:
    styles = word.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    fresh = parse_xml(
        f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>{FONTS}{_size(12)}"
        '<w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    if defaults is not None:
        defaults.addprevious(fresh)
        styles.remove(defaults)
    else:
        styles.insert(0, fresh)
    for style_id, (kind, name, based, ppr, rpr, custom) in STYLES.items():
        old = styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
        if old is not None:
            styles.remove(old)
        attrs = ' w:customStyle="1"' if custom else ""
        attrs += ' w:default="1"' if style_id == "Normal" else ""
        styles.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}"{attrs}>'
                f'<w:name w:val="{name}"/>'
                + (f'<w:basedOn w:val="{based}"/>' if based else "")
                + "<w:qFormat/>"
                + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
                + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
                + "</w:style>"
            )
        )


def _page(word: WordDocument, meta: DocumentMeta) -> None:
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
    section.header_distance, section.footer_distance = Mm(10), Mm(8)
    footers = [section.footer]
    if meta.running_header:
        # the title page has no running header, every page has its number
        section.different_first_page_header_footer = True
        footers.append(section.first_page_footer)
        _fill(section.header._element, [_running_header(meta)])
        _fill(section.first_page_header._element, [parse_xml(f"<w:p {nsdecls('w')}/>")])
    for footer in footers:
        _fill(footer._element, [_page_numbers()])


def _fill(part_element, paragraphs: list) -> None:
    for child in list(part_element):
        part_element.remove(child)
    for paragraph in paragraphs:
        part_element.append(paragraph)


def _text_run(text: str) -> str:
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r><w:t xml:space="preserve">{safe}</w:t></w:r>'


def _running_header(meta: DocumentMeta):
    return parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="Header"/><w:pBdr>'
        f'<w:bottom w:val="single" w:sz="4" w:space="1" w:color="{LINE_GREY}"/></w:pBdr></w:pPr>'
        + _text_run(meta.organisation[:90])
        + "<w:r><w:tab/></w:r>"
        + _text_run(meta.year)
        + "</w:p>"
    )


def _field(code: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>1</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _page_numbers():
    """«стр. N из M» (texts.PAGE_OF) with PAGE and NUMPAGES fields for N and M."""
    fields = {"page": "PAGE", "total": "NUMPAGES"}
    runs = ""
    for literal, name, _spec, _conversion in Formatter().parse(texts.PAGE_OF):
        runs += _text_run(literal) if literal else ""
        runs += _field(fields[name]) if name else ""
    return parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{runs}</w:p>')


def _properties(word: WordDocument, meta: DocumentMeta) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    props = word.core_properties
    props.title = meta.title
    props.subject = meta.year
    props.author = props.last_modified_by = meta.author or meta.organisation
    props.comments = props.keywords = props.category = ""
    props.language = "ru-RU"
    props.created = props.modified = now
    props.revision = 1


def _settings(word: WordDocument) -> None:
    """A justified line ending in a line break is not stretched (Word's «don't expand
    character spaces on a line ending with Shift+Return»; LibreOffice reads it too): a
    signature block or an address in a justified paragraph keeps its spacing."""
    settings = word.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f"<w:compat {nsdecls('w')}/>")
        settings.append(compat)
    if compat.find(qn("w:doNotExpandShiftReturn")) is None:
        compat.insert(0, parse_xml(f"<w:doNotExpandShiftReturn {nsdecls('w')}/>"))
