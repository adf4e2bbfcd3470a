"""Indicator charts: one description (figure.py) drawn twice, as the Plotly figure dict (charts.py)
and as the SVG in the page (chart_svg.py), and the plotly.js bundle charts.js loads on request."""
from __future__ import annotations

import gzip
import json
import math
import re
from pathlib import Path

import pytest

from generator.site.charts import COLOURS, figure_json, plotly_figure
from generator.site.figure import ChartBreakdown, ChartPoint, ChartSeries, ChartTarget, indicator_figure
from generator.data.targets import Target, parse_target

ASSETS = Path(__file__).resolve().parents[2] / "generator" / "site" / "assets" / "javascripts"
CHARTS_JS = ASSETS / "charts.js"
CHARTS_LIVE_JS = ASSETS / "charts-live.js"
POINTS = [ChartPoint(2024, 3.8, "chinh-thuc"), ChartPoint(2025, 3.45, "so-bo"), ChartPoint(2026, 3.2, "uoc-tinh")]


def fig_for(t2025: str, t2030: str = "-", unit: str = "%", points=POINTS, title: str = "Tỷ lệ hộ nghèo") -> dict:
    fig = indicator_figure(title, unit, list(points),
                           [ChartTarget(2025, parse_target(t2025)), ChartTarget(2030, parse_target(t2030))],
                           first_year=2024, last_year=2030)   # the shipped plan's period
    return fig and plotly_figure(fig)


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
    return plotly_figure(indicator_figure("Tỉ lệ huy động trẻ em mẫu giáo", "%",
                                          [ChartPoint(2024, 93, "chinh-thuc"), ChartPoint(2025, 94.6, "uoc-tinh")],
                                          [ChartTarget(2025, parse_target(t2025)),
                                           ChartTarget(2030, parse_target(t2030))],
                                          first_year=2024, last_year=2030, breakdowns=breakdowns))


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
    fig = plotly_figure(indicator_figure(bad, bad, POINTS, [ChartTarget(2025, parse_target("<4")),
                                                            ChartTarget(2030, target)]))
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
    js = CHARTS_LIVE_JS.read_text(encoding="utf-8")
    dark_map = js[js.index("DARK_COLOURS = {"):js.index("};", js.index("DARK_COLOURS = {"))]
    used = {s for s in strings(fig_for("<4", "2-2,5")) if s.startswith(("#", "rgb"))} | set(COLOURS)
    for colour in used:
        assert f'"{colour}"' in dark_map, colour


def test_charts_js_loads_the_vendored_bundle_only():
    js = CHARTS_JS.read_text(encoding="utf-8")
    (name,) = re.findall(r'"(vendor/[^"]+\.js)"', js)
    bundle = ASSETS / name
    assert bundle.is_file() and (ASSETS / "charts-live.js").is_file()
    for code in (js, CHARTS_LIVE_JS.read_text(encoding="utf-8")):
        assert not re.search(r"https?://", code.split("*/", 1)[1])  # no absolute URL in the code


def test_bundle_weight_and_licence():
    bundle = ASSETS / "vendor" / "plotly-scatter.min.js"
    raw = bundle.read_bytes()
    assert len(raw) < 2_000_000
    assert len(gzip.compress(raw, 9, mtime=0)) <= 360_000
    head = raw[:400].decode()
    assert head.startswith("/**\n* plotly.js v") and "Licensed under the MIT license" in head


# --- the SVG drawn at build time: the same traces as the Plotly figure ----------------------------

SVG_NS = "{http://www.w3.org/2000/svg}"


def parse_svg(markup: str):
    """The SVG element of a view (the legend that follows it is HTML)."""
    import xml.etree.ElementTree as ET
    return ET.fromstring(markup[markup.index("<svg"):markup.index("</svg>") + 6])


def svg_scale(root):
    """Data → user units, read back from the axis labels the SVG shows (so they are checked too)."""
    from generator.text.numbers import parse_number
    ys = [(parse_number(t.text), float(t.get("y"))) for t in root.iter(SVG_NS + "text") if t.get("class") == "ty"]
    xs = [(int(t.text), float(t.get("x"))) for t in root.iter(SVG_NS + "text") if t.get("class", "").startswith("tx")]
    assert len(ys) >= 2 and len(xs) >= 2, "an axis has fewer than two labels"
    (v0, p0), (v1, p1) = ys[0], ys[-1]
    (a0, q0), (a1, q1) = xs[0], xs[-1]
    return (lambda x: q0 + (x - a0) * (q1 - q0) / (a1 - a0)), (lambda y: p0 + (y - v0) * (p1 - p0) / (v1 - v0))


def svg_traces(root) -> list[dict]:
    """Each drawn trace: its role and the points of its lines/areas and of its markers, in drawing order."""
    plot = next(g for g in root.iter(SVG_NS + "g") if g.get("class") == "p")
    out = []
    for g in plot:
        line, marks = [], []
        for path in g:
            d = path.get("d")
            if path.get("class") in ("m", "mo"):       # one marker per absolute move; its shape is relative
                marks += [(float(x), float(y)) for x, y in re.findall(r"M(-?[\d.]+),(-?[\d.]+)", d)]
            else:
                line += [(float(x), float(y)) for x, y in re.findall(r"[ML](-?[\d.]+),(-?[\d.]+)", d)]
        out.append({"class": g.get("class"), "line": line, "marks": marks})
    return out


def assert_same_drawing(plotly_traces: list[dict], svg_markup: str, where: str):
    root = parse_svg(svg_markup)
    sx, sy = svg_scale(root)
    drawn = svg_traces(root)
    assert len(drawn) == len(plotly_traces), f"{where}: {len(drawn)} SVG traces, {len(plotly_traces)} Plotly traces"
    for t, s in zip(plotly_traces, drawn, strict=True):
        expected = [(sx(x), sy(y)) for x, y in zip(t["x"], t["y"], strict=True)]
        got = (s["line"] if "lines" in t["mode"] else []) + (s["marks"] if "markers" in t["mode"] else [])
        want = (expected if "lines" in t["mode"] else []) + (expected if "markers" in t["mode"] else [])
        assert len(got) == len(want), f"{where}, {t.get('name')}: {got} vs {want}"
        for (gx, gy), (wx, wy) in zip(got, want, strict=True):
            assert abs(gx - wx) <= 0.3 and abs(gy - wy) <= 0.3, f"{where}, {t.get('name')}: {(gx, gy)} vs {(wx, wy)}"
    names = [html_text(li) for li in re.findall(r"<li>(.*?)</li>", svg_markup[svg_markup.index("</svg>"):])]
    legend = sorted((t for t in plotly_traces if t.get("showlegend", True)), key=lambda t: t.get("legendrank", 1000))
    assert names == list(dict.fromkeys(html_text(t["name"]) for t in legend)), where


def html_text(markup: str) -> str:
    import html
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def chart_pages(site: Path):
    """(page, figure dict, {view: SVG and legend markup}) for every page with a chart."""
    import html
    for page in sorted(site.rglob("index.html")):
        text = page.read_text(encoding="utf-8")
        m = re.search(r"data-figure='([^']*)'", text)
        if not m:
            continue
        views = dict(re.findall(r'<figure class="ps-chart__view" data-view="([^"]*)"(?: hidden)?>(.*?)</figure>',
                                text, re.S))
        yield page.relative_to(site).parent.as_posix(), json.loads(html.unescape(m.group(1))), views


def test_svg_and_plotly_draw_the_same_points_and_lines_on_every_chart_page(built_site):
    pages = list(chart_pages(built_site))
    assert len(pages) >= 50, "the shipped site has dozens of chart pages"
    with_views = 0
    for page, fig, views in pages:
        assert set(views) == {""} | set(fig.get("views", {})), page     # one drawing per view, none missing
        assert_same_drawing(fig["data"], views[""], page)
        for view in fig.get("views", {}):
            with_views += 1
            assert_same_drawing(shown(fig, view), views[view], f"{page} #{view}")
    assert with_views >= 2


def test_every_chart_is_small_and_every_view_says_what_it_shows(built_site):
    for page, fig, views in chart_pages(built_site):
        for view, markup in views.items():
            assert len(gzip.compress(markup.encode(), 9, mtime=0)) <= 12 * 1024, (page, view)
            root = parse_svg(markup)
            assert root.get("role") == "img" and root.get("aria-labelledby")
            title, desc = root.find(SVG_NS + "title").text, root.find(SVG_NS + "desc").text
            assert title.startswith("Biểu đồ: ") and html_text(fig["layout"]["meta"]["title"]) in title
            if view:
                assert " theo " in title, (page, view)
            for t in shown(fig, view) if view else fig["data"]:   # every value and target is said in words
                for text in ([t["text"]] if isinstance(t.get("text"), str) else t.get("text", [])):
                    assert html_text(text) in desc, (page, view, text)


def svg_of(fig_desc, view=None, key="x"):
    from generator.site.chart_svg import svg
    return svg(fig_desc, view or fig_desc.total, key)


def test_svg_axes_use_vietnamese_numbers_and_the_unit_as_text():
    fig = indicator_figure("Thu nhập", "triệu đồng", [ChartPoint(2024, 1234567.25, "chinh-thuc")],
                           [ChartTarget(2025, parse_target("1500000"))], first_year=2024, last_year=2030)
    root = parse_svg(svg_of(fig))
    labels = [t.text for t in root.iter(SVG_NS + "text")]
    assert "1.500.000" in labels and "triệu đồng" in labels and "2024" in labels and "2030" in labels
    assert "Năm 2024: 1.234.567,25 triệu đồng (chính thức)" in root.find(SVG_NS + "desc").text


@pytest.mark.parametrize("bad", HOSTILE)
def test_yaml_strings_reach_the_svg_as_text(bad):
    target = Target(f"2-2,5 {bad}", "range", low=2.0, high=2.5)
    fig = indicator_figure(bad, bad, POINTS, [ChartTarget(2025, parse_target("<4")), ChartTarget(2030, target)],
                           breakdowns=(by_commune([bad, "Xã B"]),))
    for view in (fig.total, *fig.views):
        markup = svg_of(fig, view)
        root = parse_svg(markup)                       # well-formed: nothing from YAML opened an element
        assert root.find(SVG_NS + "title").text.startswith(f"Biểu đồ: {bad}")
        assert not re.search(r"<(script|img|b)\b", markup)


def test_svg_is_deterministic_and_ids_are_unique_per_chart_and_view():
    fig = indicator_figure("X", "%", list(POINTS), [ChartTarget(2025, parse_target("<4"))],
                           breakdowns=(by_commune(), by_sex()))
    again = indicator_figure("X", "%", list(reversed(POINTS)), [ChartTarget(2025, parse_target("<4"))],
                             breakdowns=(by_commune(), by_sex()))
    assert [svg_of(fig, v, "2-1") for v in (fig.total, *fig.views)] == \
        [svg_of(again, v, "2-1") for v in (again.total, *again.views)]
    ids = [i for v in (fig.total, *fig.views) for i in re.findall(r'id="([^"]+)"', svg_of(fig, v, "2-1"))]
    assert len(ids) == len(set(ids))


def test_ten_communes_are_told_apart_without_colour_in_the_svg():
    fig = indicator_figure("X", "%", list(POINTS), [], breakdowns=(by_commune(),))
    drawn = svg_traces(parse_svg(svg_of(fig, fig.views[0])))
    markup = svg_of(fig, fig.views[0]).split("</svg>")[0]        # the drawing, not its legend
    groups = re.findall(r'<g class="k-category c-c\d( d-[a-z]+)?"><path class="l" d="[^"]*"/><path class="m+o?" '
                        r'd="M[^m]*(m[^M"]*)', markup)
    assert len(groups) == 10 and len(set(groups)) == 10     # (dash, marker shape): all different
    assert len([t for t in drawn if t["class"].startswith("k-category")]) == 10


def test_the_palettes_colour_every_class_the_svg_uses():
    css = (Path(__file__).resolve().parents[2] / "generator" / "site" / "assets" / "stylesheets" /
           "plansite.css").read_text(encoding="utf-8")
    fig = indicator_figure("X", "%", list(POINTS), [ChartTarget(2025, parse_target("<4")),
                                                     ChartTarget(2030, parse_target("2-2,5"))],
                           breakdowns=(by_commune(),))
    used = {c for v in (fig.total, *fig.views) for c in re.findall(r"\bc-[a-z0-9]+", svg_of(fig, v))}
    for c in used:
        assert f".ps-chart .{c} {{ color: var(--ps-" in css, c
    for dark in ('[data-md-color-scheme="slate"] .ps-chart {', "body:not([data-md-color-scheme]) .ps-chart {"):
        block = css[css.index(dark):css.index("}", css.index(dark))]
        assert "--ps-v:" in block and "--ps-t:" in block


def test_the_yearly_report_page_shows_the_charts_of_who_is_behind(built_site):
    """Each indicator the year's report names as leaving someone behind gets its breakdown's chart: the
    drawing of the indicator page (ids aside)."""
    page = (built_site / "bao-cao" / "nam-2025" / "index.html").read_text(encoding="utf-8")
    charts = re.findall(r'<figure class="ps-chart__view">\s*<figcaption><a href="[^"]*chi-tieu/([0-9a-z-]+)/">.*?</a>, '
                        r'theo ([^<]+)</figcaption>\s*<div>(.*?)</div>\s*</figure>', page, re.S)
    assert {(i, by) for i, by, _ in charts} >= {("6-3", "xã, thị trấn"), ("2-1", "giới tính")}
    for ind, by, markup in charts:
        on_page = dict((v, m) for _, _, vs in [next(c for c in chart_pages(built_site) if c[0] == f"chi-tieu/{ind}")]
                       for v, m in vs.items())
        same = [m for m in on_page.values() if f" theo {by}</title>" in m]
        assert same and re.sub(r'id="[^"]*"|aria-[a-z]*by="[^"]*"|url\(#[^)]*\)', "", same[0]) == \
            re.sub(r'id="[^"]*"|aria-[a-z]*by="[^"]*"|url\(#[^)]*\)', "", markup), (ind, by)
