"""Indicator charts: the figure dict charts.py builds, and the plotly.js bundle charts.js loads."""
from __future__ import annotations

import gzip
import json
import math
import re
from pathlib import Path

import pytest

from generator.site.charts import (
    COLOURS,
    ChartBreakdown,
    ChartPoint,
    ChartSeries,
    ChartTarget,
    figure_json,
    indicator_figure,
)
from generator.data.targets import Target, parse_target

ASSETS = Path(__file__).resolve().parents[2] / "generator" / "site" / "assets" / "javascripts"
CHARTS_JS = ASSETS / "charts.js"
POINTS = [ChartPoint(2024, 3.8, "chinh-thuc"), ChartPoint(2025, 3.45, "so-bo"), ChartPoint(2026, 3.2, "uoc-tinh")]


def fig_for(t2025: str, t2030: str = "-", unit: str = "%", points=POINTS, title: str = "Tỷ lệ hộ nghèo") -> dict:
    return indicator_figure(title, unit, list(points),
                            [ChartTarget(2025, parse_target(t2025)), ChartTarget(2030, parse_target(t2030))],
                            first_year=2024, last_year=2030)   # the shipped plan's period


def traces(fig: dict, name: str) -> list[dict]:
    return [t for t in fig["data"] if t.get("name") == name]


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def hover_texts(fig: dict) -> list[str]:
    out = []
    for t in fig["data"]:
        text = t.get("text")
        out += text if isinstance(text, list) else [text] if text else []
    return out


# --- what is drawn --------------------------------------------------------------------------------

def test_values_one_trace_per_kind_joined_by_a_line():
    fig = fig_for("-")
    line = [t for t in fig["data"] if t["mode"] == "lines" and not t.get("fill")]
    assert len(line) == 1 and line[0]["x"] == [2024, 2025, 2026] and line[0]["hoverinfo"] == "skip"
    kinds = {t["name"]: t for t in fig["data"] if t["mode"] == "markers"}
    assert set(kinds) == {"Số liệu chính thức", "Số liệu sơ bộ", "Số liệu ước tính"}
    assert len({t["marker"]["symbol"] for t in kinds.values()}) == 3   # told apart without colour
    assert kinds["Số liệu sơ bộ"]["text"] == ["Năm 2025: 3,45 % (sơ bộ)"]
    assert kinds["Số liệu sơ bộ"]["hovertemplate"] == "%{text}<extra></extra>"


def test_number_target_is_a_diamond_at_its_year():
    fig = fig_for("62,5")
    (t,) = traces(fig, "Mục tiêu 2025")
    assert t["mode"] == "markers" and t["marker"]["symbol"] == "diamond"
    assert (t["x"], t["y"]) == ([2025], [62.5])
    assert t["text"] == ["Mục tiêu 2025: 62,5 %"]
    assert not traces(fig, "Mục tiêu 2030")           # "-": no target set, nothing drawn


def test_range_target_is_a_band_quoting_the_plan():
    fig = fig_for("-", "2-2,5")
    (band,) = traces(fig, "Mục tiêu 2030")
    assert band["fill"] == "toself" and band["type"] == "scatter"
    assert min(band["y"]) == 2 and max(band["y"]) == 2.5
    assert min(band["x"]) < 2030 < max(band["x"])
    assert band["text"] == "Mục tiêu 2030 (theo kế hoạch: 2-2,5): từ 2 đến 2,5 %"
    assert band["hoverinfo"] == "text" and "fills" in band["hoveron"]


def test_below_target_shades_under_a_dashed_bound():
    fig = fig_for("<4")
    band, bound = traces(fig, "Mục tiêu 2025")
    assert band["fill"] == "toself" and max(band["y"]) == 4 and 0 <= min(band["y"]) < 4
    assert band["fillgradient"]["type"] == "vertical"   # strongest at the bound, fading downwards
    assert band["fillgradient"]["colorscale"][1][1] != band["fillgradient"]["colorscale"][0][1]
    assert bound["line"]["dash"] == "dash" and set(bound["y"]) == {4}
    assert [t.get("showlegend", True) for t in (band, bound)] == [False, True]   # one legend entry: the line
    assert band["text"] == bound["text"] == "Mục tiêu 2025 (theo kế hoạch: &lt;4): dưới 4 %"


def test_y_axis_leaves_room_above_a_bound_line_and_starts_at_zero():
    y0, y1 = fig_for("<4")["layout"]["yaxis"]["range"]
    assert y0 == 0 and y1 > 4                           # the dashed line at 4 is not on the frame
    y0, _ = fig_for("-", unit="", points=[ChartPoint(2024, -2.5, "chinh-thuc"), ChartPoint(2025, 1, "so-bo")])[
        "layout"]["yaxis"]["range"]
    assert y0 < -2.5                                    # negative values: no forced zero, some room below


def test_above_target_shades_over_the_bound_and_stops_at_100_percent():
    fig = fig_for("-", "≥ 95", points=[ChartPoint(2024, 90, "chinh-thuc")])
    band, _ = traces(fig, "Mục tiêu 2030")
    assert min(band["y"]) == 95 and max(band["y"]) == 100
    assert band["text"] == "Mục tiêu 2030 (theo kế hoạch: ≥ 95): ít nhất 95 %"
    fig = fig_for("> 3", unit="Người", points=[])
    band, _ = traces(fig, "Mục tiêu 2025")
    assert min(band["y"]) == 3 and max(band["y"]) > 3
    assert band["text"].endswith(": trên 3 Người")


def test_below_target_shading_stops_at_zero():
    fig = fig_for("≤ 0,5", points=[ChartPoint(2024, 12, "chinh-thuc")])
    band, _ = traces(fig, "Mục tiêu 2025")
    assert min(band["y"]) == 0 and max(band["y"]) == 0.5
    assert fig["layout"]["yaxis"]["range"][0] == 0


def test_hover_text_and_axes_use_vietnamese_numbers():
    fig = fig_for("1234,5", unit="triệu đồng", points=[ChartPoint(2024, 1234567.25, "chinh-thuc")])
    texts = hover_texts(fig)
    assert "Năm 2024: 1.234.567,25 triệu đồng (chính thức)" in texts
    assert "Mục tiêu 2025: 1.234,5 triệu đồng" in texts
    assert not any(re.search(r"\d\.\d{1,2}\b(?!\d)", t) for t in texts)   # no English decimal point
    assert fig["layout"]["separators"] == ",."          # axes: decimal comma, thousands dot


def test_layout_years_unit_legend_height():
    fig = fig_for("62,5", unit="%")
    lay = fig["layout"]
    assert lay["xaxis"]["range"] == [2023.5, 2030.5]
    assert (lay["xaxis"]["tick0"], lay["xaxis"]["dtick"], lay["xaxis"]["tickformat"]) == (2024, 1, "d")
    assert lay["yaxis"]["title"]["text"] == "%"
    assert lay["legend"]["orientation"] == "h"
    assert (lay["legend"]["yref"], lay["legend"]["y"], lay["legend"]["yanchor"]) == ("container", 0, "bottom")
    assert 280 <= lay["height"] <= 360
    assert "template" not in lay and {t["type"] for t in fig["data"]} == {"scatter"}


def test_plotly_accepts_the_figure():
    go = pytest.importorskip("plotly.graph_objects")
    for t2025, t2030 in (("62,5", "2-2,5"), ("<4", "≥ 1"), ("-", "-")):
        go.Figure(fig_for(t2025, t2030))               # raises on any unknown property or bad value


HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a & b <b>bold</b>"]


# --- breakdowns: one view per breakdown, sharing the layout and the targets ----------------------

COMMUNES = ["Thị trấn Ea Súp", "Xã Cư Kbang", "Xã Cư M'Lan", "Xã Ea Bung", "Xã Ea Lê", "Xã Ea Rốk", "Xã Ia Jlơi",
            "Xã Ia Lốp", "Xã Ia Rvê", "Xã Ya Tờ Mốt"]   # labels as dimensions.yml writes them; values made up


def by_commune(labels=COMMUNES) -> ChartBreakdown:
    return ChartBreakdown("xa", tuple(
        ChartSeries(label, (ChartPoint(2024, 86.7 + n, "chinh-thuc"), ChartPoint(2025, 89.45 + n, "uoc-tinh")))
        for n, label in enumerate(labels)))


def by_sex() -> ChartBreakdown:
    return ChartBreakdown("gioi-tinh", (ChartSeries("Nam", (ChartPoint(2024, 96.0, "chinh-thuc"),)),
                                        ChartSeries("Nữ", (ChartPoint(2024, 90.0, "chinh-thuc"),))))


def fig_by(*breakdowns, t2025="95", t2030="95 - 97", labels=None) -> dict:
    return indicator_figure("Tỉ lệ huy động trẻ em mẫu giáo", "%",
                            [ChartPoint(2024, 93, "chinh-thuc"), ChartPoint(2025, 94.6, "uoc-tinh")],
                            [ChartTarget(2025, parse_target(t2025)), ChartTarget(2030, parse_target(t2030))],
                            first_year=2024, last_year=2030, breakdowns=breakdowns)


def shown(fig: dict, view: str) -> list[dict]:
    """What charts.js draws for a choice of the selector: the targets, then the view's own traces."""
    return fig["data"][:fig["shared"]] + fig["views"][view]["data"]


def test_each_breakdown_is_a_view_of_the_total_and_one_line_per_category():
    fig = fig_by(by_commune(), by_sex())
    assert set(fig["views"]) == {"xa", "gioi-tinh"}
    targets = fig["data"][:fig["shared"]]
    assert {t["name"] for t in targets} == {"Mục tiêu 2025", "Mục tiêu 2030"}   # still drawn in every view
    assert not any(t["name"].startswith("Số liệu") for t in targets)          # the total's markers are not shared
    total, *communes = fig["views"]["xa"]["data"]
    assert total["name"] == "Tổng" and total["y"] == [93, 94.6]              # the reference line
    assert [t["name"] for t in communes] == COMMUNES
    assert all(t["mode"] == "lines+markers" and t["type"] == "scatter" for t in communes)
    assert [t["name"] for t in fig["views"]["gioi-tinh"]["data"]] == ["Tổng", "Nam", "Nữ"]


def test_ten_communes_are_told_apart_without_colour():
    communes = fig_by(by_commune())["views"]["xa"]["data"][1:]
    assert len({t["marker"]["symbol"] for t in communes}) == 10
    assert len({(t["line"]["color"], t["line"]["dash"]) for t in communes}) == 10
    assert all(t["line"]["color"] in COLOURS for t in communes)


def test_category_hover_text_is_vietnamese():
    xa = fig_by(by_commune())["views"]["xa"]["data"]
    assert xa[4]["text"] == ["Xã Ea Bung, năm 2024: 89,7 % (chính thức)", "Xã Ea Bung, năm 2025: 92,45 % (ước tính)"]
    assert xa[0]["text"][1] == "Tổng, năm 2025: 94,6 % (ước tính)"
    assert all(t["hovertemplate"] == "%{text}<extra></extra>" for t in xa)


def test_a_view_zooms_on_its_values_and_the_targets():
    fig = fig_by(by_commune())
    lo, hi = fig["views"]["xa"]["y"]
    assert 0 < lo < 86.7 and 97 < hi                 # every commune and the 2030 band 95-97 inside, not from 0
    assert hi - lo < 20                               # 86,7 … 98,45: close values stay apart
    assert fig["layout"]["yaxis"]["range"][0] == 0   # the total's own view is unchanged


def test_a_figure_without_breakdowns_has_no_views():
    fig = fig_for("62,5")
    assert "views" not in fig and "shared" not in fig


@pytest.mark.parametrize("bad", HOSTILE)
def test_category_labels_reach_plotly_as_text(bad):
    fig = fig_by(by_commune([bad] + COMMUNES[1:]))
    for s in strings(fig["views"]):
        assert "<" not in s.replace("<extra></extra>", "") and ">" not in s.replace("<extra></extra>", ""), s
    escaped = bad.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert fig["views"]["xa"]["data"][1]["name"] == escaped


def test_views_add_only_their_own_traces_to_the_json():
    plain = len(figure_json(fig_by()).encode())
    ten = len(figure_json(fig_by(by_commune())).encode())
    assert ten - plain < 6000, ten - plain            # ten communes, two years each: traces only
    assert figure_json(fig_by(by_commune())).count('"layout"') == 1


def test_plotly_accepts_every_view():
    go = pytest.importorskip("plotly.graph_objects")
    fig = fig_by(by_commune(), by_sex())
    for view in fig["views"]:
        go.Figure({"data": shown(fig, view), "layout": {**fig["layout"], "yaxis": {
            **fig["layout"]["yaxis"], "range": fig["views"][view]["y"]}}})


# --- nothing to draw ------------------------------------------------------------------------------

def test_none_when_nothing_numeric():
    qualitative = Target("Tiểu học", "qualitative", level="Tiểu học")
    assert indicator_figure("Phổ cập", "", [], [ChartTarget(2025, qualitative), ChartTarget(2030, qualitative)]) is None
    assert indicator_figure("X", "%", [], [ChartTarget(2025, parse_target("-")),
                                           ChartTarget(2030, parse_target(""))]) is None
    assert indicator_figure("X", "%", [ChartPoint(2024, math.nan, "so-bo")], []) is None
    assert indicator_figure("X", "%", [ChartPoint(2024, 1.0, "so-bo")], []) is not None


# --- safety -------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", HOSTILE)
def test_yaml_strings_reach_plotly_as_text_not_markup(bad):
    target = Target(f"2-2,5 {bad}", "range", low=2.0, high=2.5)   # as if the plan wrote markup beside it
    fig = indicator_figure(bad, bad, POINTS, [ChartTarget(2025, parse_target("<4")), ChartTarget(2030, target)])
    for s in strings(fig):
        s = s.replace("<extra></extra>", "")           # our own hovertemplate, not YAML
        assert "<" not in s and ">" not in s, s
    escaped = bad.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert fig["layout"]["yaxis"]["title"]["text"] == escaped
    assert fig["layout"]["meta"]["title"] == escaped
    assert any(escaped in t for t in hover_texts(fig))
    assert f"(theo kế hoạch: 2-2,5 {escaped})" in traces(fig, "Mục tiêu 2030")[0]["text"]


# --- JSON -----------------------------------------------------------------------------------------

def test_json_is_compact_deterministic_and_small():
    a = figure_json(fig_for("<4", "2-2,5"))
    b = figure_json(fig_for("<4", "2-2,5", points=list(reversed(POINTS))))
    assert a == b
    assert a == json.dumps(json.loads(a), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert len(a.encode()) < 4000, len(a.encode())     # plotly's default template alone is ~7 KB


def test_json_refuses_nan():
    fig = fig_for("62,5")
    fig["data"][0]["y"][0] = math.nan
    with pytest.raises(ValueError):
        figure_json(fig)


# --- the renderer and the bundle ------------------------------------------------------------------

def test_every_colour_has_a_dark_palette_partner_in_charts_js():
    js = CHARTS_JS.read_text(encoding="utf-8")
    dark_map = js[js.index("DARK_COLOURS = {"):js.index("};", js.index("DARK_COLOURS = {"))]
    used = {s for s in strings(fig_for("<4", "2-2,5")) if s.startswith(("#", "rgb"))} | set(COLOURS)
    for colour in used:
        assert f'"{colour}"' in dark_map, colour


def test_charts_js_loads_the_vendored_bundle_only():
    js = CHARTS_JS.read_text(encoding="utf-8")
    (name,) = re.findall(r'"(vendor/[^"]+\.js)"', js)
    bundle = ASSETS / name
    assert bundle.is_file()
    assert not re.search(r"https?://", js.split("*/", 1)[1])  # no absolute URL in the code


def test_bundle_weight_and_licence():
    bundle = ASSETS / "vendor" / "plotly-scatter.min.js"
    raw = bundle.read_bytes()
    assert len(raw) < 2_000_000
    assert len(gzip.compress(raw, 9, mtime=0)) <= 360_000
    head = raw[:400].decode()
    assert head.startswith("/**\n* plotly.js v") and "Licensed under the MIT license" in head
