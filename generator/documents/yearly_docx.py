"""Write a YearReport as a Word document laid out by Nghị định 30/2020/NĐ-CP, Phụ lục I.

Phụ lục I (thể thức văn bản hành chính): A4 portrait; margins top and bottom
20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman; the two-column header
(issuing body, with the body above it, on the left; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM" 12–13 pt bold and "Độc lập - Tự do - Hạnh phúc" 13–14 pt bold with a
line under it on the right); number and symbol; place and date in italics; the
document type and summary in bold; body 13–14 pt, justified, first-line indent;
"Nơi nhận:" 12 pt bold italic with its list in 11 pt; the signer's authority in
bold capitals; page numbers 13–14 pt centred in the top margin, none on page 1.
Tables too wide for the page go to an appendix in landscape, as Phụ lục I allows.

Blank number and day/month are left for the office to fill by hand, as the plan's
own header shows them ("Số: /KH-UBND", "ngày tháng năm …"). Two runs on the same
data give the same bytes: the zip entries and core properties carry fixed dates.
"""
from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.opc.pkgwriter import PackageWriter
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import _Cell

from generator.data.model import BUDGET_UNIT, REPORT_FIELD_LABELS
from generator.documents import texts as T
from generator.documents.importer.vocabulary import PEOPLES_COMMITTEE
from generator.documents.yearly_report import Body, Remark, YearReport, money
from generator.text.dates import vi_date

FONT = "Times New Roman"
BODY_PT = 14
BLANK = "\u00a0" * 6          # the space left for a number or a day written by hand
# Inside the decree's ranges rather than on their edges: Word stores twips, and 15 mm comes back as 14,99 mm.
PAGE = dict(width=Mm(210), height=Mm(297), top=Mm(20), bottom=Mm(20), left=Mm(30), right=Mm(17))
HEADER_COLS = (Mm(70), Mm(93))   # 163 mm of text width: issuing body | national motto


# ------------------------------------------------------------ low-level helpers
def _font(run, size: float | None = None, bold: bool | None = None, italic: bool | None = None):
    # The face (Times New Roman, every script slot) is set once on the Normal style; a run only
    # records what differs from the 14 pt upright body text, which keeps building a long table fast.
    if size is not None and size != BODY_PT:
        run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if italic:
        run.font.italic = True
    return run


def _para(container, text: str = "", size: float = BODY_PT, bold=False, italic=False, align=None,
          indent=False, before: float = 0, after: float = 6, keep_next=False):
    p = container.add_paragraph()
    f = p.paragraph_format
    f.space_before, f.space_after, f.line_spacing = Pt(before), Pt(after), 1.0
    f.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    if indent:
        f.first_line_indent = Cm(1.27)
    if keep_next:
        f.keep_with_next = True
    if text:
        _font(p.add_run(text), size, bold, italic)
    return p


def _rule(container, width_mm: float, column_mm: float):
    """A short centred line drawn as the bottom border of an empty paragraph (Phụ lục I: a line, not underlining)."""
    p = container.add_paragraph()
    f = p.paragraph_format
    side = Mm(max(0.0, (column_mm - width_mm) / 2))
    f.left_indent, f.right_indent = side, side
    f.space_before, f.space_after = Pt(0), Pt(0)
    _font(p.add_run(""), 3)
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    borders.append(bottom)
    # The schema fixes the order of paragraph properties; LibreOffice ignores a border placed after them.
    ppr.insert_element_before(borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                              "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                              "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                              "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                              "w:pPrChange")
    # Keep the line's paragraph tiny so it sits right under the text above it.
    p.paragraph_format.line_spacing = Pt(7)
    return p


def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                 "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def _widths(table, widths):
    """Fixed column widths, in the grid (LibreOffice reads it) and in every cell (Word reads those)."""
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.insert_element_before(layout, "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                           "w:tblDescription", "w:tblPrChange")
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else Mm(w).twips)))
    widths = [w if hasattr(w, "twips") else Mm(w) for w in widths]
    for tr in table._tbl.tr_lst:
        for tc, w in zip(tr.tc_lst, widths):
            tc.width = w


def _cell(cell, text: str, size: float = 12, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.alignment = align
    _font(p.add_run(text), size, bold, italic)
    return p


class _CellFiller:
    """Fills a table's cells as _cell does, faster: the first cell of each look (bold, alignment,
    empty or not) is written through python-docx, the others get a copy of its paragraph with their
    own text. python-docx spends most of a long table finding where each property element goes
    (a yearly report's appendix has thousands of cells); the copies are the same XML, so the same bytes."""

    def __init__(self, table, size: float):
        self.table, self.size, self.made = table, size, {}

    def __call__(self, tc, text: str, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.LEFT):
        key = (bool(bold), bool(italic), align, bool(text))
        proto = self.made.get(key)
        if proto is None or _SPECIAL.search(text):   # tabs and line breaks are not plain text: python-docx's way
            p = _cell(_Cell(tc, self.table), text, self.size, bold, italic, align)
            if not _SPECIAL.search(text):
                self.made[key] = p._p
            return
        p = copy.deepcopy(proto)
        if text:
            t = p.find(_R).find(_T)
            t.text = text
            if len(text.strip()) < len(text):   # python-docx's rule (CT_R.add_t)
                t.set(_SPACE, "preserve")
            else:
                t.attrib.pop(_SPACE, None)
        tc.replace(tc.find(_P), p)


_SPECIAL = re.compile(r"[\t\r\n]")
_P, _R, _T, _SPACE = qn("w:p"), qn("w:r"), qn("w:t"), qn("xml:space")


def _repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    tr_pr.append(e)


def _page_number(section):
    """Page numbers from page 2: centred in the top margin, 13 pt; the first page has an empty header."""
    section.different_first_page_header_footer = True
    section.header_distance = Mm(10)
    p = section.header.paragraphs[0]
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = _font(p.add_run(), 13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = text
        run._r.append(e)


def _setup(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = PAGE["width"], PAGE["height"]
    s.top_margin, s.bottom_margin = PAGE["top"], PAGE["bottom"]
    s.left_margin, s.right_margin = PAGE["left"], PAGE["right"]
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(BODY_PT)
    rfonts = normal.element.get_or_add_rPr().find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    _page_number(s)


# ------------------------------------------------------------ the document's parts
def _number(sender: Body) -> str:
    return T.NUMBER.vi.format(blank=BLANK, symbol=sender.symbol or "……")


def _place_date(r: YearReport) -> str:
    return T.PLACE_DATE.vi.format(place=r.place, blank=BLANK, year=r.year)


def _header(doc, r: YearReport):
    t = doc.add_table(rows=2, cols=2)
    _no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    _widths(t, HEADER_COLS)
    # No cell padding: the header lines need the whole column ("ỦY BAN NHÂN DÂN HUYỆN EA SÚP" on one line).
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), "0")
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    t._tbl.tblPr.insert_element_before(mar, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
    left, right = t.cell(0, 0), t.cell(0, 1)
    center = WD_ALIGN_PARAGRAPH.CENTER
    first = True
    if r.sender.parent:
        # Phụ lục I lets the parent body's name shorten common words (Ủy ban nhân dân → UBND), as headers do.
        parent = PEOPLES_COMMITTEE.sub(T.COMMITTEE_SHORT.vi, r.sender.parent)
        _cell(left, parent.upper(), 12, align=center)
        first = False
    p = _cell(left, r.sender.name.upper(), 12, bold=True, align=center) if first else None
    if p is None:
        p = left.add_paragraph()
        p.paragraph_format.alignment, p.paragraph_format.space_after = center, Pt(0)
        _font(p.add_run(r.sender.name.upper()), 12, bold=True)
    _rule(left, 22, HEADER_COLS[0].mm)
    _cell(right, T.NATION.vi, 12, bold=True, align=center)
    p = right.add_paragraph()
    p.paragraph_format.alignment, p.paragraph_format.space_after = center, Pt(0)
    _font(p.add_run(T.MOTTO.vi), 13, bold=True)
    _rule(right, 62, HEADER_COLS[1].mm)   # as long as the motto line in 13 pt bold
    _cell(t.cell(1, 0), _number(r.sender), 13, align=center).paragraph_format.space_before = Pt(6)
    _cell(t.cell(1, 1), _place_date(r), 14, italic=True, align=center).paragraph_format.space_before = Pt(6)


def _title(doc, r: YearReport):
    center = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, T.REPORT.vi, 14, bold=True, align=center, before=18, after=0)
    who = "" if r.kind == "tong-hop" else T.OF_BODY.vi.format(name=r.sender.name)
    _para(doc, T.TITLE.vi.format(plan=r.plan_short, year=r.year, of_body=who), 14, bold=True, align=center, after=0)
    _rule(doc, 45, 163)
    _para(doc, "", after=6)


def _notes(doc, r: YearReport):
    if r.illustrative:
        _para(doc, T.ILLUSTRATIVE.vi, 12, bold=True, italic=True)
    if r.bodies_note:
        _para(doc, T.NOTE.vi.format(note=r.bodies_note), 12, italic=True)


def _heading(doc, text: str):
    _para(doc, text, BODY_PT, bold=True, indent=True, before=6, keep_next=True)


def _bullets(doc, r: YearReport, remarks: tuple[Remark, ...], empty: str):
    if not remarks:
        _para(doc, empty, indent=True)
    for x in remarks:
        # The synthesised report says who raised each point; a body's own report only which task.
        where = ([x.name] if r.kind == "tong-hop" else []) + ([T.FOR_TASK.vi.format(task=x.task)] if x.task else [])
        _para(doc, f"- {x.text}" + (f" ({', '.join(where)})" if where else ""), indent=True)


def _grid(doc, head: list[str], rows: list[list[str]], widths_mm: list[float], size=12, bold_rows=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    center = WD_ALIGN_PARAGRAPH.CENTER
    # Cells straight from the XML rows: Table.rows/cells recompute merges on every access.
    trs = t._tbl.tr_lst
    fill = _CellFiller(t, size)
    for tc, h in zip(trs[0].tc_lst, head):
        fill(tc, h, bold=True, align=center)
    _repeat_header(t.rows[0])
    for n, (tr, values) in enumerate(zip(trs[1:], rows)):
        for j, (tc, v) in enumerate(zip(tr.tc_lst, values)):
            fill(tc, v, bold=n in bold_rows, align=WD_ALIGN_PARAGRAPH.LEFT if j == 1 else center)
    _widths(t, widths_mm)
    return t


def _submissions(doc, r: YearReport):
    if r.kind == "co-quan":
        s = r.submissions[0]
        what = (T.ITEMS_OWED if s.owed else T.ITEMS_NONE_OWED).vi.format(count=s.count_text)
        _para(doc, T.BODY_REPORTED.vi.format(name=s.name, what=what, year=r.year), indent=True)
        return
    if not r.reported:
        _para(doc, T.NONE_REPORTED.vi.format(year=r.year), indent=True)
    else:
        on_time, late, undated = r.by_state("dung-han"), r.by_state("tre-han"), r.by_state("khong-ghi-ngay")
        text = T.REPORTED.vi.format(sent=len(r.reported), expected=len(r.submissions), year=r.year,
                                    on_time=len(on_time), deadline=vi_date(r.deadline))
        if late:
            text += T.REPORTED_LATE.vi.format(count=len(late))
        if undated:
            text += T.REPORTED_UNDATED.vi.format(count=len(undated))
        _para(doc, text + ".", indent=True)
    if r.missing:
        _para(doc, T.MISSING.vi.format(names="; ".join(s.name for s in r.missing)), indent=True)
    if r.unowned:
        items = "; ".join(T.UNOWNED_ITEMS.vi.format(name=name, count=n) for _, name, n in r.unowned)
        _para(doc, T.UNOWNED.vi.format(deadline=vi_date(r.deadline), items=items), indent=True)
    rows = [[str(n), s.name, vi_date(s.submitted) if s.submitted else "", s.state_label,
             s.count_text if s.path else ""] for n, s in enumerate(r.submissions, 1)]
    head = [T.NUMBER_COLUMN.vi, T.BODY_COLUMN.vi, T.SENT_COLUMN.vi, T.STATE_COLUMN.vi, T.ITEMS_COLUMN.vi]
    _grid(doc, head, rows, [10, 73, 25, 30, 25])
    _para(doc, "", after=0)


def _tasks(doc, r: YearReport):
    if not r.tasks:
        _para(doc, T.LEADS_NO_TASK.vi, indent=True)
    for t in r.tasks:
        p = _para(doc, "", indent=True, after=3)
        _font(p.add_run(T.TASK.vi.format(id=t.id, title=t.title.rstrip(".;: "))), BODY_PT, bold=True)
        lead = T.LEAD.vi.format(lead=t.lead.rstrip(".;: ")) if t.lead else T.NO_LEAD.vi
        _font(p.add_run(f"({lead}). "), BODY_PT, italic=True)
        _font(p.add_run(T.TASK_STATE.vi.format(status=t.status_label)), BODY_PT)
        if t.summary:
            _para(doc, t.summary, indent=True, after=3)
        for x in t.results:
            _para(doc, f"- {x}", indent=True, after=3)


def _indicator_summary(doc, r: YearReport):
    n = sum(1 for x in r.indicators if x.level != "group")
    counts = r.status_counts()
    from generator.compute.status import LABELS
    parts = [f"{LABELS[s].lower()}: {k}" for s, k in counts.items() if k]
    scope = (T.ASSIGNED_SCOPE if r.kind == "co-quan" else T.PLAN_SCOPE).vi
    _para(doc, T.INDICATOR_SUMMARY.vi.format(count=n, scope=scope, with_value=r.with_value, year=r.year,
                                             statuses=f" ({'; '.join(parts)})" if parts else ""), indent=True)


def _behind(doc, r: YearReport):
    if not r.behind:
        return
    _para(doc, T.BEHIND.vi, indent=True)
    for b in r.behind:
        _para(doc, T.BEHIND_ITEM.vi.format(id=b.id, name=b.name, by=b.by, sentence=b.sentence), indent=True, after=3)


def _budget(doc, r: YearReport):
    if not r.budget:
        _para(doc, (T.NO_BUDGET_REPORTED if r.kind == "tong-hop" else T.BODY_NO_BUDGET).vi.format(year=r.year),
              indent=True)
        return
    _para(doc, T.UNIT.vi.format(unit=BUDGET_UNIT), 13, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=3)
    rows = [[str(n), b.name, money(b.estimate), money(b.spent)] for n, b in enumerate(r.budget, 1)]
    est, spent = r.budget_totals
    bold = ()
    if r.kind == "tong-hop":
        rows.append(["", T.TOTAL.vi, money(est), money(spent)])
        bold = (len(rows) - 1,)
    head = [T.NUMBER_COLUMN.vi, T.BODY_COLUMN.vi, REPORT_FIELD_LABELS["estimate"], REPORT_FIELD_LABELS["spent"]]
    _grid(doc, head, rows, [10, 83, 35, 35], bold_rows=bold)
    _para(doc, "", after=0)


def _closing(doc, r: YearReport):
    _para(doc, T.CLOSING.vi.format(year=r.year, name=r.sender.name), indent=True)
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    t.autofit = False
    _widths(t, (Mm(85), Mm(78)))
    left, right = t.rows[0].cells
    p = _cell(left, T.RECIPIENTS.vi, 12, bold=True, italic=True)
    p.paragraph_format.space_before = Pt(6)
    for line in _recipients(r):
        q = left.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        _font(q.add_run(line), 11)
    p = _cell(right, r.sender.signer_title, 14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.space_before = Pt(6)
    # Room for the signature and seal; the signer's name is written there, the data does not hold it.
    for _ in range(4):
        right.add_paragraph().paragraph_format.space_after = Pt(0)


def _recipients(r: YearReport) -> list[str]:
    # The plan names one or two recipients (the body reported to, and the one it goes through).
    first, *rest = r.recipients
    if r.kind == "tong-hop":
        lines = [T.FOR_REPORT.vi.format(name=b.name) for b in r.recipients]
    else:
        lines = [f"- {first.name}" + (T.VIA.vi.format(name=rest[0].name) if rest else ";")]
    return lines + [T.FILED.vi.format(symbol=", " + r.sender.symbol if r.sender.symbol else "")]


def _appendix(doc, r: YearReport):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = PAGE["height"], PAGE["width"]
    # Landscape turns the page, not the binding edge: the wide margin stays where the pages are bound.
    sec.top_margin, sec.bottom_margin = PAGE["left"], PAGE["right"]
    sec.left_margin, sec.right_margin = PAGE["top"], PAGE["bottom"]
    sec.different_first_page_header_footer = False
    center = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, T.APPENDIX.vi, 14, bold=True, align=center, after=0)
    _para(doc, T.APPENDIX_TITLE.vi.format(title=r.appendix_title.upper(), year=r.year), 14, bold=True, align=center,
          after=0)
    _para(doc, T.APPENDIX_OF.vi.format(blank=BLANK, symbol=r.sender.symbol or "……", year=r.year, name=r.sender.name),
          14, italic=True, align=center, after=0)
    _rule(doc, 45, 257)
    _para(doc, "", after=0)
    milestones = [m for m, _ in next((x.targets for x in r.indicators if x.targets), ())]
    head = [T.NUMBER_COLUMN.vi, T.INDICATOR_COLUMN.vi, T.UNIT_COLUMN.vi] + \
           [T.TARGET_COLUMN.vi.format(year=m) for m in milestones] + \
           [T.YEAR_COLUMN.vi.format(year=r.year), T.KIND_COLUMN.vi, T.ASSESSMENT_COLUMN.vi]
    rows, bold = [], []
    for n, x in enumerate(r.indicators):
        if x.level == "group":
            rows.append([x.tt, x.name, ""] + [""] * len(milestones) + ["", "", ""])
            bold.append(n)
            continue
        name = x.name   # a sub-row is marked by "-" in TT, as in the plan's appendix
        assess = T.ASSESSMENT.vi.format(status=x.status_label, milestone=x.milestone) if x.status else ""
        rows.append([x.tt, name, x.unit] + [t for _, t in x.targets] + [x.value or "—", x.kind, assess])
    widths = [13, 84, 20] + [22] * len(milestones) + [24, 22, 50]
    _grid(doc, head, rows, widths, size=11, bold_rows=tuple(bold))
    _para(doc, T.APPENDIX_NOTE.vi, 11, italic=True, before=6)


def document(r: YearReport):
    """The python-docx Document for one report (not yet saved)."""
    doc = Document()
    _setup(doc)
    _header(doc, r)
    _title(doc, r)
    _notes(doc, r)
    intro = T.INTRO.vi.format(plan=r.plan_ref, synthesis=T.INTRO_SYNTHESIS.vi if r.kind == "tong-hop" else "",
                              sender=r.sender.name, year=r.year)
    _para(doc, intro, indent=True)
    _heading(doc, T.PROGRESS.vi)
    _submissions(doc, r)
    _heading(doc, T.RESULTS.vi)
    _heading(doc, T.TASK_RESULTS.vi)
    _tasks(doc, r)
    _heading(doc, T.INDICATOR_RESULTS.vi)
    _indicator_summary(doc, r)
    _behind(doc, r)
    _heading(doc, f"III. {REPORT_FIELD_LABELS['difficulties'].upper()}")
    _bullets(doc, r, r.difficulties, T.NO_DIFFICULTIES.vi.format(year=r.year))
    _heading(doc, f"IV. {REPORT_FIELD_LABELS['proposals'].upper()}")
    _bullets(doc, r, r.proposals, T.NO_PROPOSALS.vi.format(year=r.year))
    _heading(doc, T.BUDGET.vi)
    _budget(doc, r)
    _closing(doc, r)
    _appendix(doc, r)
    cp = doc.core_properties
    stamp = dt.datetime(r.deadline.year, r.deadline.month, r.deadline.day)
    cp.author = cp.last_modified_by = r.sender.name
    cp.title = T.DOCUMENT_TITLE.vi.format(year=r.year)
    cp.created = cp.modified = cp.last_printed = stamp
    cp.revision = 1
    cp.comments = cp.keywords = cp.subject = cp.category = ""
    return doc


# Sized for a family of plans: a build generates twice (the copy without network, then the site),
# and with 64 entries 30 plans' documents (about 15 each) evicted each other, so every plan's
# documents were written twice. A few thousand entries of ~30 KB stay well under 100 MB.
@functools.lru_cache(maxsize=2048)
def docx_bytes(r: YearReport) -> bytes:
    """The document's bytes, the same for the same data: fixed zip dates and entry order.

    Cached on the (frozen, hashable) report: `plansite serve` regenerates on every edit,
    and an edit to one year's data should not rewrite every other year's documents."""
    out = io.BytesIO()
    package = document(r).part.package
    for part in package.parts:   # as OpcPackage.save does
        part.before_marshal()
    # PackageWriter.write's three steps, into a zip that fixes each entry's date as it is written
    # (saving, then rewriting the zip, compressed every document twice).
    with _FixedDateZip(out) as z:
        PackageWriter._write_content_types_stream(z, package.parts)
        PackageWriter._write_pkg_rels(z, package.rels)
        PackageWriter._write_parts(z, package.parts)
    return out.getvalue()


class _FixedDateZip:
    """python-docx's physical package writer (write, close): every entry dated 1980-01-01, mode 644."""

    def __init__(self, out):
        self.zip = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)

    def write(self, pack_uri, blob: bytes):
        fixed = zipfile.ZipInfo(pack_uri.membername, date_time=(1980, 1, 1, 0, 0, 0))
        fixed.compress_type, fixed.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
        self.zip.writestr(fixed, blob)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.zip.close()


def report_files(project, year: int) -> dict[str, bytes]:
    """File name → bytes of every document for a year: the synthesised report, then one per reporting body."""
    from generator.compute.compute import year_duties
    from generator.documents.yearly_report import body_report, file_names, synthesised
    out, duties = {}, year_duties(project, year)
    for name, agency in file_names(project, year).items():
        out[name] = docx_bytes(synthesised(project, year) if not agency else body_report(project, year, agency, duties))
    return out
