"""The site's texts live in one table (generator/site/texts.py), both languages side by side."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from markupsafe import Markup

from generator.site import texts as T
from generator.site.build import fill_script
from generator.site.render import environment
from generator.text.say import Say

SITE = Path(T.__file__).parent
ENTRIES = {name: value for name, value in vars(T).items() if isinstance(value, Say)}


def _sources() -> dict[Path, str]:
    files = [p for p in SITE.rglob("*") if p.suffix in (".py", ".j2", ".html", ".js") and p.name != "texts.py"
             and "vendor" not in p.parts and "__pycache__" not in p.parts]
    return {p: p.read_text(encoding="utf-8") for p in files}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_both_languages_take_the_same_fields(name):
    say = ENTRIES[name]
    assert say.fields("vi") == say.fields("en"), name
    assert say.vi.strip() and say.en.strip(), name


def test_every_text_is_said_somewhere():
    code = "\n".join(_sources().values())
    unused = [name for name in ENTRIES if not re.search(rf"\b(?:T|t)\.{name}\b", code)]
    assert not unused, f"texts nothing uses (delete them): {unused}"


def test_a_script_gets_its_texts_written_in_as_javascript_strings():
    assert fill_script('b.title = T.JS_SORT; TT.JS_SORT') == \
        'b.title = "Sắp xếp theo cột này"; TT.JS_SORT'
    with pytest.raises(AttributeError):
        fill_script("T.NO_SUCH_TEXT")


def test_every_name_a_script_uses_is_in_the_catalogue():
    for path, code in _sources().items():
        if path.suffix == ".js":
            fill_script(code)      # raises on a name the catalogue lacks


def test_a_template_shows_the_vietnamese_and_escapes_the_fields():
    env = environment()
    page = env.from_string("{{ T.DUTY_COMPLETE }}|{{ T.THIS_PAGE(place='<b>Xã A</b>') }}").render()
    assert page == "Đã đủ|&lt;b&gt;Xã A&lt;/b&gt; (trang này)"
    assert isinstance(env.globals["T"].SEARCH_HELP, Markup)


def test_no_entry_is_written_twice():
    """A second entry of the same name would silently replace the first everywhere it is used."""
    import ast
    tree = ast.parse(Path(T.__file__).read_text(encoding="utf-8"))
    names = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
