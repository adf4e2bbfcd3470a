"""Read YAML safely and remember where every value came from.

PyYAML's safe loader already refuses to construct objects, but it silently
keeps the last of two duplicate keys and happily expands alias bombs, and it
forgets line numbers. Staff edit these files by hand, so we compose the node
tree ourselves: refuse aliases and duplicates, cap size and depth, and keep a
map from each value's path to its line and column for error messages.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

MAX_BYTES = 2_000_000
MAX_DEPTH = 40

Path_ = tuple  # a path into the document: ("indicators", 3, "target_2025")


class YamlError(Exception):
    """A file that cannot be read as data at all; carries a position."""

    def __init__(self, line: int, column: int, message_vi: str, message_en: str):
        super().__init__(message_en)
        self.line, self.column = line, column
        self.message_vi, self.message_en = message_vi, message_en


@dataclass
class Positions:
    """Line/column (1-based) of values and keys, by path."""

    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

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


def _pos(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node, path: Path_, pos: Positions, depth: int):
    if depth > MAX_DEPTH:
        line, col = _pos(node)
        raise YamlError(line, col, "Tệp lồng nhau quá sâu.", "The file is nested too deeply.")
    pos.values[path] = _pos(node)
    if node.tag not in _PLAIN_TAGS:
        line, col = _pos(node)
        raise YamlError(line, col, f"Thẻ YAML '{node.tag}' không được phép; hãy bỏ nó.",
                        f"YAML tag '{node.tag}' is not allowed; remove it.")
    if isinstance(node, yaml.MappingNode):
        out = {}
        for knode, vnode in node.value:
            key = _build(knode, path + ("<key>",), pos, depth + 1)
            if not isinstance(key, (str, int, float, bool)) or isinstance(key, bool):
                line, col = _pos(knode)
                raise YamlError(line, col, "Khóa phải là một chữ đơn giản.", "Keys must be plain scalars.")
            key = str(key)
            if key in out:
                line, col = _pos(knode)
                first = pos.keys[path + (key,)]
                raise YamlError(
                    line, col,
                    f"Khóa '{key}' xuất hiện hai lần (lần đầu ở dòng {first[0]}); hãy xoá một lần.",
                    f"Key '{key}' appears twice (first on line {first[0]}); remove one.",
                )
            pos.keys[path + (key,)] = _pos(knode)
            out[key] = _build(vnode, path + (key,), pos, depth + 1)
        pos.values.pop(path + ("<key>",), None)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(n, path + (i,), pos, depth + 1) for i, n in enumerate(node.value)]
    # Scalars: let the safe constructor resolve the tag (int, float, bool, date, null, str).
    try:
        return _SCALAR_LOADER.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError) as e:
        line, col = _pos(node)
        raise YamlError(line, col, f"Giá trị '{node.value}' không đọc được: {e}",
                        f"Value '{node.value}' cannot be read: {e}") from None


class _NoAliasComposer(yaml.SafeLoader):
    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            mark = event.start_mark
            raise YamlError(
                mark.line + 1, mark.column + 1,
                "Không dùng bí danh YAML (*tên); hãy viết đầy đủ giá trị.",
                "YAML aliases (*name) are not allowed; write the value out.",
            )
        return super().compose_node(parent, index)


_SCALAR_LOADER = yaml.SafeLoader("")
_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}


def parse_yaml(text: str) -> tuple[object, Positions]:
    """Parse YAML text into plain Python data plus the positions of its values."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise YamlError(1, 1, f"Tệp lớn hơn {MAX_BYTES // 1_000_000} MB; hãy chia nhỏ.",
                        f"File larger than {MAX_BYTES // 1_000_000} MB; split it.")
    loader = _NoAliasComposer(text)
    try:
        node = loader.get_single_node()
    except YamlError:
        raise
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = e.problem or str(e)
        raise YamlError(
            line, col,
            f"Lỗi cú pháp YAML: {problem}. Kiểm tra thụt lề, dấu hai chấm và dấu nháy.",
            f"YAML syntax error: {problem}. Check indentation, colons and quotes.",
        ) from None
    except yaml.YAMLError as e:
        raise YamlError(1, 1, f"Không đọc được YAML: {e}", f"Cannot read YAML: {e}") from None
    finally:
        loader.dispose()
    pos = Positions()
    if node is None:
        return None, pos
    return _build(node, (), pos, 0), pos


def load_yaml(path: Path) -> tuple[object, Positions]:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise YamlError(1, 1, f"Tệp lớn hơn {MAX_BYTES // 1_000_000} MB; hãy chia nhỏ.",
                        f"File larger than {MAX_BYTES // 1_000_000} MB; split it.")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise YamlError(1, 1, "Tệp không phải UTF-8; hãy lưu lại với mã hoá UTF-8.",
                        f"File is not UTF-8 ({e.reason}); save it as UTF-8.") from None
    return parse_yaml(text)
