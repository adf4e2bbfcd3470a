"""Read a signed document (.docx or .txt) into numbered paragraphs and tables, in order.

The importer never looks at the file format again: it sees `Block`s, each with the
position a person can find in the document ("đoạn 57", "bảng 2, dòng 14"). A .txt is
the layout of a text copied from a legal-documents portal: one paragraph a line, and
tables as runs of tab-separated lines. Anything unreadable is a `DocError` with a
Vietnamese message saying what is wrong and what to do, never a traceback.
"""
from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.documents.importer import messages as M

MAX_BYTES = 20 * 1024 * 1024   # a signed plan is well under 1 MB; larger is not a plan or would stall the tool
MAX_XML = 64 * 1024 * 1024     # a 60-page plan's document.xml is a few MB; more is a zip bomb, not a plan
MAX_RATIO = 200                # Word's XML compresses about 10:1; hundreds to one is built to explode
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # encrypted .docx and old .doc files are OLE containers
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")   # the stream an OLE container holds when Word set a password


class DocError(Exception):
    """A document that cannot be read, with the message shown to the person."""


@dataclass
class Row:
    cells: list[str]    # one per grid column; the columns a merged cell also covers are ""
    merged_up: list[int] = field(default_factory=list)   # grid columns whose cell is merged with the row above
    merged_left: list[int] = field(default_factory=list)  # grid columns covered by the cell to their left
    lines: list[list[str]] = field(default_factory=list)  # each cell's own lines (paragraphs in Word)


@dataclass
class Block:
    kind: str                      # "p" (paragraph) or "table"
    number: int                    # paragraph number, or table number, counted from 1
    text: str = ""
    rows: list[Row] = field(default_factory=list)

    def where(self, row: int | None = None) -> str:
        if self.kind == "p":
            return M.WHERE_PARAGRAPH.vi.format(n=self.number)
        return M.WHERE_TABLE.vi.format(n=self.number) + (M.WHERE_ROW.vi.format(row=row) if row is not None else "")


def clean(text: str) -> str:
    # Word and portals leave non-breaking spaces, soft hyphens and decomposed accents.
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u00ad", "")
    return " ".join(text.replace("\t", " ").split())


def read_document(path: Path) -> list[Block]:
    path = Path(path)
    if not path.is_file():
        raise DocError(M.NO_FILE.vi.format(path=path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DocError(M.TOO_LARGE.vi.format(name=path.name, size=size / 1024 / 1024, limit=MAX_BYTES // 1024 // 1024))
    if size == 0:
        raise DocError(M.EMPTY_FILE.vi.format(name=path.name))
    suffix = path.suffix.lower()
    _refuse_other_formats(path)
    if suffix == ".docx":
        blocks = _read_docx(path)
    elif suffix == ".txt":
        blocks = _read_txt(path)
    else:
        raise DocError(M.NOT_DOCX_OR_TXT.vi.format(name=path.name))
    if not any(b.kind == "table" or b.text for b in blocks):
        raise DocError(M.NO_WORDS.vi.format(name=path.name))
    return blocks


def _refuse_other_formats(path: Path) -> None:
    """A PDF, an old Word file or a password-protected one, whatever its name ends with: one sentence saying which."""
    with open(path, "rb") as f:
        head = f.read(8)
        data = head + f.read(1024 * 1024) if head == OLE_MAGIC else head
    if head.startswith(b"%PDF"):
        raise DocError(M.PDF.vi.format(name=path.name))
    if head == OLE_MAGIC and ENCRYPTED in data:
        raise DocError(M.ENCRYPTED.vi.format(name=path.name))
    if head == OLE_MAGIC:
        raise DocError(M.OLD_WORD.vi.format(name=path.name))


def _check_zip(path: Path, z: zipfile.ZipFile) -> None:
    """Refuse a .docx that would expand past what any plan needs, or whose XML declares entities."""
    for info in z.infolist():
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_XML or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise DocError(M.EXPANDS_TOO_FAR.vi.format(name=path.name, member=info.filename,
                                                       mb=info.file_size // 1024 // 1024))
        if info.filename.endswith((".xml", ".rels")):
            with z.open(info) as f:
                head = f.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                # Word never writes a DTD; one here is there to expand entities (billion laughs) or read files.
                raise DocError(M.DECLARES_ENTITIES.vi.format(name=path.name, member=info.filename))


def _read_txt(path: Path) -> list[Block]:
    data = path.read_bytes()
    if b"\x00" in data[:4096] or data.startswith(b"PK\x03\x04") or data.startswith(OLE_MAGIC):
        raise DocError(M.BINARY_TEXT.vi.format(name=path.name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise DocError(M.NOT_UTF8.vi.format(name=path.name, line=line)) from None
    blocks: list[Block] = []
    n_par = n_tab = 0
    table: Block | None = None
    for line in text.splitlines():
        if "\t" in line:
            if table is None:
                n_tab += 1
                table = Block("table", n_tab)
                blocks.append(table)
            cells = [clean(c) for c in line.split("\t")]
            table.rows.append(Row(cells, lines=[[c] if c else [] for c in cells]))
            continue
        if not line.strip():
            continue       # a blank line inside a table does not end it
        table = None
        n_par += 1
        blocks.append(Block("p", n_par, clean(line.replace("**", ""))))
    return blocks


def _read_docx(path: Path) -> list[Block]:
    if not zipfile.is_zipfile(path):
        raise DocError(M.NOT_A_ZIP.vi.format(name=path.name))
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                _check_zip(path, z)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
        raise DocError(M.DAMAGED.vi.format(name=path.name)) from None
    if "word/document.xml" not in names:
        raise DocError(M.NOT_WORD_ZIP.vi.format(name=path.name))
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        document = docx.Document(str(path))
    except Exception as e:   # python-docx raises many kinds on damaged parts; all mean the same to a person
        raise DocError(M.WORD_UNREADABLE.vi.format(name=path.name, error=type(e).__name__)) from None
    blocks: list[Block] = []
    n_par = n_tab = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            # A line break inside a paragraph (Shift+Enter) separates lines as in the signed layout.
            for line in Paragraph(child, document).text.split("\n"):
                if clean(line):
                    n_par += 1
                    blocks.append(Block("p", n_par, clean(line)))
        elif tag == "tbl":
            n_tab += 1
            blocks.append(Block("table", n_tab, rows=_table_rows(Table(child, document))))
    return blocks


def _table_rows(table) -> list[Row]:
    rows = []
    above: list = []
    for row in table.rows:
        cells, last, tcs, up = [], None, [], []
        left, lines = [], []
        for c, cell in enumerate(row.cells):       # a cell merged across columns appears once per grid column
            repeated = cell._tc is last or (c < len(above) and cell._tc is above[c])
            text = "" if repeated and cell._tc is last else cell.text     # read once: each read walks the XML
            cells.append(clean(text))
            lines.append([] if repeated else [clean(ln) for ln in text.split("\n") if clean(ln)])
            if cell._tc is last:
                left.append(c)
            elif c < len(above) and cell._tc is above[c]:
                up.append(c)
            last = cell._tc
            tcs.append(cell._tc)
        rows.append(Row(cells, up, left, lines))
        above = tcs
    return rows
