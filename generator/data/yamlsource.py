"""Read YAML safely and remember where every value came from.

PyYAML's safe loader already refuses to construct objects, but it silently
keeps the last of two duplicate keys and happily expands alias bombs, and it
forgets line numbers. Staff edit these files by hand, so we compose the node
tree ourselves: refuse aliases and duplicates, cap size and depth, and keep a
map from each value's path to its line and column for error messages.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor

from generator.data import messages as M

try:
    from yaml.cyaml import CParser  # libyaml, when PyYAML was built with it
except ImportError:  # pragma: no cover
    CParser = None

MAX_BYTES = 2_000_000
MAX_DEPTH = 40

Path_ = tuple  # a path into the document: ("indicators", 3, "targets", "2026")


class YamlError(Exception):
    """A file that cannot be read as data at all; carries a position.

    `more` holds further problems found in the same file, so one run can list
    every duplicate key instead of one per run.
    """

    def __init__(self, line: int, column: int, message_vi: str, message_en: str, more: tuple = (),
                 partial: tuple | None = None):
        super().__init__(message_en)
        self.line, self.column = line, column
        self.message_vi, self.message_en = message_vi, message_en
        self.more = tuple(more)
        # (data, Positions) when the file parsed and only some values were refused
        # (duplicate keys, tags): the rest can still be checked, so every mistake in
        # the file is reported in one run.
        self.partial = partial

    def all(self) -> list[YamlError]:
        return [self, *self.more]


@dataclass
class Positions:
    """Line/column (1-based) of values and keys, by path."""

    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    # Source text of scalars YAML did not read as text (6.10 → 6.1, yes → True), so a
    # message can quote what the person typed rather than what YAML made of it.
    texts: dict[Path_, str] = field(default_factory=dict)

    def of(self, path: Path_, key: bool = False) -> tuple[int, int]:
        """Position of a path, or of its nearest ancestor that exists."""
        table = self.keys if key else self.values
        p = tuple(path)
        while p:
            if p in table:
                return table[p]
            if p in self.values:
                return self.values[p]
            p = p[:-1]
        return self.values.get((), (1, 1))

    def text(self, path: Path_) -> str | None:
        return self.texts.get(tuple(path))


def _pos(node_or_mark) -> tuple[int, int]:
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    return mark.line + 1, mark.column + 1


_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}
_KEY_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "timestamp")}  # not null, true/false
_STR_TAG = "tag:yaml.org,2002:str"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _Builder:
    """Node tree → plain data. Mistakes that leave the rest readable are collected, not raised."""

    def __init__(self):
        self.pos = Positions()
        self.errors: list[YamlError] = []
        # One constructor per file: the shared one would keep every node it ever saw.
        self.constructor = SafeConstructor()

    def error(self, node, vi: str, en: str):
        line, col = _pos(node)
        self.errors.append(YamlError(line, col, vi, en))

    def build(self, node, path: Path_):
        self.pos.values[path] = _pos(node)
        if node.tag not in _PLAIN_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")  # as it was typed
            self.error(node, *M.TAG_NOT_ALLOWED(tag=tag))
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(n, path + (i,)) for i, n in enumerate(node.value)]
        return self.scalar(node, path)

    def mapping(self, node, path: Path_) -> dict:
        out = {}
        merged = False  # a second list entry ran into this one: its keys repeat, one mistake
        for n, (knode, vnode) in enumerate(node.value):
            key = self.key(knode)
            if key is None:
                continue
            if merged:
                continue   # every later key belongs to the entry whose '- ' is missing: one mistake
            if key in out:
                first = self.pos.keys[path + (key,)]
                if path and isinstance(path[-1], int) and n > 0 and key == node.value[0][0].value:
                    # `- id: 6.1 … id: 6.2`: the key that opens each entry, again, inside one entry.
                    # Deleting a line (the duplicate-key advice) would lose the second entry.
                    merged = True
                    self.error(knode, *M.KEY_REPEATS_IN_ENTRY(key=key, line=first[0]))
                    continue
                self.error(knode, *M.KEY_TWICE(key=key, line=first[0]))
                continue
            self.pos.keys[path + (key,)] = _pos(knode)
            out[key] = self.build(vnode, path + (key,))
        return out

    def key(self, knode) -> str | None:
        if not isinstance(knode, yaml.ScalarNode) or knode.tag not in _KEY_TAGS or not knode.value:
            self.error(knode, *M.KEY_NOT_PLAIN())
            return None
        # Keys are compared as written: `1.10:` must not become the key "1.1".
        return knode.value

    def scalar(self, node, path: Path_):
        if node.tag != _STR_TAG:
            self.pos.texts[path] = node.value
        try:
            return self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError):
            if node.tag == _TIMESTAMP_TAG:
                self.error(node, *M.NOT_A_REAL_DATE(value=node.value))
            else:
                self.error(node, *M.VALUE_UNREADABLE(value=node.value))
            return None


class _Guards:
    """Composes nodes, refusing aliases (alias bombs) and nesting deeper than MAX_DEPTH.

    The depth cap has to act here, while composing: PyYAML composes recursively,
    so a few kilobytes of '[[[[' would otherwise end in a RecursionError.
    """

    depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if self.check_event(yaml.AliasEvent):
            line, col = _pos(event.start_mark)
            raise YamlError(line, col, *M.NO_ALIASES())
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                line, col = _pos(event.start_mark)
                raise YamlError(line, col, *M.TOO_DEEP())
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _NoAliasComposer(_Guards, yaml.SafeLoader):
    """Pure Python: slow, but its error messages and marks are the ones we translate."""


if CParser is not None:
    class _FastComposer(_Guards, yaml.composer.Composer, yaml.resolver.Resolver, CParser):
        """libyaml parses (20× faster, which `make serve` feels on every edit); our Python composer
        still builds the nodes, so the alias and depth guards hold."""

        def __init__(self, stream):
            CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.resolver.Resolver.__init__(self)
else:  # pragma: no cover - PyYAML built without libyaml
    _FastComposer = None


# PyYAML's wording → what a civil servant can act on. Matched against the problem text.
_SYNTAX_HINTS = [
    (r"found character '\\t'", M.TAB_HINT),
    (r"could not find expected ':'", M.COLON_MISSING_HINT),
    (r"found unexpected end of stream", M.QUOTE_OPEN_HINT),
    (r"mapping values are not allowed here", M.COLON_MISPLACED_HINT),
    (r"expected <block end>", M.INDENT_HINT),
    (r"expected ',' or '\]'", M.LIST_NOT_CLOSED_HINT),
    (r"expected ',' or '}'", M.MAPPING_NOT_CLOSED_HINT),
    (r"found another document", M.ONE_DOCUMENT_HINT),
    (r"found character '(.)' that cannot start any token", M.BAD_FIRST_CHARACTER_HINT),
]

# Where PyYAML's own mark points past the mistake, its context mark points at it:
# the key missing its colon, the quote or bracket never closed.
_CONTEXT_FIRST = ("while scanning a simple key", "while scanning a quoted scalar",
                  "while parsing a flow sequence", "while parsing a flow mapping")


# Spaces that look like a space but are not one to YAML; Word and web pages paste them.
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000]")
_ODD_SPACES = re.compile(r"^[ \t]*" + _ODD_SPACE.pattern, re.M)


def _odd_indent(text: str) -> YamlError | None:
    """The first line whose indentation holds a non-breaking (or other odd) space."""
    m = _ODD_SPACES.search(text) if _ODD_SPACE.search(text) else None  # the cheap test first
    if m is None:
        return None
    line, col = _line_col(text, m.end() - 1)
    code = f"U+{ord(text[m.end() - 1]):04X}"
    return YamlError(line, col, *M.NBSP_INDENT(code=code))


def _syntax_error(e: yaml.MarkedYAMLError, text: str) -> YamlError:
    mark = e.context_mark if e.context in _CONTEXT_FIRST and e.context_mark else (e.problem_mark or e.context_mark)
    if (opened := _runaway_quote(text, e.problem_mark)) is not None:
        line, col = _pos(opened)
        return YamlError(line, col, *M.QUOTE_NOT_CLOSED(problem_en=e.problem))
    line, col = _pos(mark) if mark else (1, 1)
    problem = e.problem or str(e)
    hint = next((say for pattern, say in _SYNTAX_HINTS if re.search(pattern, problem)), M.SYNTAX_HINT)
    hint_vi, hint_en = hint()
    return YamlError(line, col, *M.SYNTAX_ERROR(hint_vi=hint_vi, hint_en=hint_en, problem_en=problem))


def _runaway_quote(text: str, problem_mark):
    """Start of a quoted value that ran on to the line where PyYAML gave up, if any.

    A missing closing quote swallows the following lines up to the next quote,
    so PyYAML complains one or more lines later; the mistake is where it opened.
    """
    if problem_mark is None:
        return None
    found = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.line > problem_mark.line:
                break
            if isinstance(token, yaml.ScalarToken) and token.style in ('"', "'") \
                    and token.start_mark.line < token.end_mark.line == problem_mark.line:
                found = token.start_mark
    except yaml.YAMLError:
        pass
    return found


def _line_col(text: str, index: int) -> tuple[int, int]:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def _too_large() -> YamlError:
    return YamlError(1, 1, *M.TOO_LARGE(mb=MAX_BYTES // 1_000_000))


def _compose(text: str):
    # Any mistake is parsed again by the pure-Python loader, whose messages and marks
    # we translate; files without mistakes take the fast path only.
    if _FastComposer is not None and not yaml.reader.Reader.NON_PRINTABLE.search(text):
        loader = _FastComposer(text)
        try:
            return loader.get_single_node()
        except yaml.YAMLError:
            pass
        finally:
            loader.dispose()
    return _compose_slowly(text)


def _compose_slowly(text: str):
    loader = None
    try:
        loader = _NoAliasComposer(text)  # the reader checks for control characters here already
        return loader.get_single_node()
    except YamlError:
        raise
    except yaml.MarkedYAMLError as e:
        raise _syntax_error(e, text) from None
    except yaml.reader.ReaderError as e:
        line, col = _line_col(text, e.position)
        code = f"U+{e.character:04X}" if isinstance(e.character, int) else repr(e.character)
        raise YamlError(line, col, *M.CONTROL_CHARACTER(code=code)) from None
    except yaml.YAMLError as e:
        raise YamlError(1, 1, *M.YAML_UNREADABLE(error=e)) from None
    finally:
        if loader is not None:
            loader.dispose()


def parse_yaml(text: str) -> tuple[object, Positions]:
    """Parse YAML text into plain Python data plus the positions of its values."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise _too_large()
    # Checked before parsing: YAML may read such a line without complaint, as a key that
    # starts with the odd space, and the entry would silently lose its value.
    if (odd := _odd_indent(text)) is not None:
        raise odd
    node = _compose(text)
    if node is None:
        return None, Positions()
    builder = _Builder()
    data = builder.build(node, ())
    if builder.errors:
        first, *more = builder.errors
        raise YamlError(first.line, first.column, first.message_vi, first.message_en, more,
                        partial=(data, builder.pos))
    return data, builder.pos


def _decode(data: bytes) -> str:
    """UTF-8 text, or a YamlError pointing at the first byte that is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise YamlError(1, 1, *M.UTF16())
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        good = data[:e.start].decode("utf-8")
        line, col = _line_col(good, len(good))
        raise YamlError(line, col, *M.NOT_UTF8(reason_en=e.reason)) from None


def load_yaml(path: Path) -> tuple[object, Positions]:
    if path.stat().st_size > MAX_BYTES:
        raise _too_large()
    data = path.read_bytes()
    kept = _kept.get()
    return parse_yaml(_decode(data)) if kept is None else kept.parse(data)


class KeptParses:
    """Parsed files (data and positions) by the hash of their bytes, kept in one file between builds.

    Parsing is most of loading a family of plans, and a rebuild after one changed report loads every
    plan again (validation needs the whole family). The key also hashes this module and PyYAML's
    version, so a change to the parser parses again; a file with a mistake is never kept (its error
    is raised, as without the store). What a build did not read is dropped when it saves."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.old: dict[bytes, bytes] = pickle.loads(path.read_bytes())
        except Exception:   # noqa: BLE001 - missing, truncated or from another Python: parse again
            self.old = {}
        self.used: dict[bytes, bytes] = {}

    def parse(self, data: bytes) -> tuple[object, Positions]:
        key = hashlib.sha256(_PARSER + data).digest()
        blob = self.used.get(key) or self.old.get(key)
        if blob is None:
            blob = pickle.dumps(parse_yaml(_decode(data)), protocol=pickle.HIGHEST_PROTOCOL)
        self.used[key] = blob
        return pickle.loads(blob)   # a fresh copy each time: callers may change what they get

    def save(self) -> None:
        if self.used.keys() == self.old.keys():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_bytes(pickle.dumps(self.used, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, self.path)


_PARSER = hashlib.sha256(Path(__file__).read_bytes() + yaml.__version__.encode()).digest()
_kept: ContextVar[KeptParses | None] = ContextVar("kept_parses", default=None)


@contextmanager
def keeping_parses(path: Path | None):
    """Within the block, load_yaml takes parsed files from (and adds them to) the store at `path`
    (None: parse every file). The store is saved when the block ends without an error."""
    if path is None:
        yield
        return
    store = KeptParses(path)
    token = _kept.set(store)
    try:
        yield
    finally:
        _kept.reset(token)
    store.save()
