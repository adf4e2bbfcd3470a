"""Hostile and unusual files given to `plansite import-plan`: one clear Vietnamese sentence, exit 1,
nothing written, whatever the file pretends to be (tests/documents/test_import_plan.py has the ordinary
bad documents; these are the ones built to hurt: bombs, entities, disguised formats)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import make_site_root
from generator.cli import main
from test_import_corpus import CORPUS

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _legacy_doc(p: Path) -> Path:
    # A Word 97–2003 file: an OLE container with a WordDocument stream, no EncryptedPackage.
    p.write_bytes(OLE + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 2000)
    return p


def _doc_renamed_docx(p: Path) -> Path:
    return _legacy_doc(p)


def _pdf_renamed_docx(p: Path) -> Path:
    p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    return p


def _rebuilt(p: Path, replace: dict[str, bytes]) -> Path:
    """A real corpus document with some parts replaced."""
    with zipfile.ZipFile(CORPUS / "xa-dong-mau.docx") as src, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return p


def _zip_bomb(p: Path) -> Path:
    # document.xml of 200 MB of spaces inside a valid Word package: a few hundred KB on disk.
    with zipfile.ZipFile(CORPUS / "xa-dong-mau.docx") as src, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info.filename, src.read(info.filename))
        with out.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b" " * (1024 * 1024)
            for _ in range(200):
                f.write(chunk)
    return p


def _billion_laughs(p: Path) -> Path:
    lol = (b'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
           + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + k]), (b"&" + bytes([97 + k]) + b";") * 10) for k in range(9))
           + b']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
           b'<w:t>&j;</w:t></w:r></w:p></w:body></w:document>')
    return _rebuilt(p, {"word/document.xml": lol})


def _external_entity(p: Path) -> Path:
    xxe = (b'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
           b'<w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
    return _rebuilt(p, {"word/document.xml": xxe})


def _zip_of_photos(p: Path) -> Path:
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("anh/1.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 100)
        z.writestr("[Content_Types].xml", b"<Types/>")
    return p


HOSTILE = {
    "ke-hoach.doc": (_legacy_doc, "văn bản Word cũ (.doc"),
    "doc-doi-ten.docx": (_doc_renamed_docx, "văn bản Word cũ (.doc"),
    "ke-hoach.pdf": (_pdf_renamed_docx, "là tệp PDF"),
    "pdf-doi-ten.docx": (_pdf_renamed_docx, "là tệp PDF"),
    "bom-zip.docx": (_zip_bomb, "giải nén ra quá lớn"),
    "billion-laughs.docx": (_billion_laughs, "DTD/ENTITY"),
    "thuc-the-ngoai.docx": (_external_entity, "DTD/ENTITY"),
    "zip-anh.docx": (_zip_of_photos, "không phải văn bản Word"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_is_refused_in_one_sentence_and_nothing_is_written(tmp_path, capsys, name):
    make, words = HOSTILE[name]
    root = make_site_root(tmp_path / "repo")
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    registry = (root / "plan/agencies.yml").read_bytes()
    doc = make(tmp_path / name)
    code = main(["--root", str(root), "import-plan", str(doc), "--id", "moi"])
    out = capsys.readouterr()
    assert code == 1 and not out.out and "Traceback" not in out.err
    first = out.err.splitlines()[0]
    assert words in first and first.count(". ") == 0 and first.endswith("."), first   # one sentence
    assert "Chưa có gì được ghi." in out.err
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before
    assert (root / "plan/agencies.yml").read_bytes() == registry
