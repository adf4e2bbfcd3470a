"""A page per commune and group: "how is my commune doing?", as a citizen reads it on the built site."""
from __future__ import annotations

import re

from test_family import family_site  # noqa: F401  (the fictional family, built once for this module)
from test_site import page, text_of


def links(markup: str) -> list[str]:
    body = markup.split('<article', 1)[1].split('</article>', 1)[0]
    return re.findall(r'href="([^"]+)"', body)


def test_a_communes_page_lists_its_figures_against_the_plans_targets(built_site):
    text = text_of(page(built_site, "phan-to/xa/ia-jloi"))
    assert "> Xã Ia Jlơi ¶" in text
    assert "Số liệu minh hoạ" in text                    # the parts are illustrative, like the rest
    assert "Có số liệu riêng của Xã Ia Jlơi cho 3 chỉ tiêu" in text
    for shown in ("5.10. Mức giảm tỉ lệ hộ nghèo đa chiều hàng năm", "2,7 %/năm", "89,4 %", "98,9 %",
                  "trước đó: 2024: 86,7 %", "94,6 %"):
        assert shown in text, shown
    # Judging a commune against the district's target is the site's reading, and the page says so.
    assert "kế hoạch không đặt mục tiêu riêng cho từng xã, thị trấn" in text
    assert "../../../chi-tieu/6-3/#theo-xa" in links(page(built_site, "phan-to/xa/ia-jloi"))   # opens the communes


def test_what_the_sources_say_of_the_new_commune_and_nothing_more(built_site):
    text = text_of(page(built_site, "phan-to/xa/xa-ea-sup"))
    assert "Từ 01/07/2025" in text
    assert "Gồm ít nhất địa bàn của: Thị trấn Ea Súp , Xã Cư M'Lan ; phần còn lại chưa xác định." in text
    assert "203/2025/QH15" in text
    # Each source links its document's page, which says where to read it (the commune's own portal).
    assert "../../../van-ban/cong-thong-tin-xa-ea-sup/" in links(page(built_site, "phan-to/xa/xa-ea-sup"))
    assert "mở trang easup.daklak.gov.vn" in text_of(page(built_site, "van-ban/cong-thong-tin-xa-ea-sup"))
    assert "Chưa có chỉ tiêu nào được báo cáo số liệu riêng cho Xã Ea Súp." in text
    former = text_of(page(built_site, "phan-to/xa/cu-mlan"))
    assert "Đến 30/06/2025" in former and "Thuộc Xã Ea Súp từ 01/07/2025" in former
    # A commune whose fate the sources do not give is not placed anywhere.
    other = text_of(page(built_site, "phan-to/xa/ea-bung"))
    assert "Sau 01/07/2025 thuộc xã mới nào chưa xác định" in other and "Thuộc Xã Ea Súp" not in other


def test_the_index_names_who_is_behind_and_links_every_category(built_site):
    markup = page(built_site, "phan-to")
    text = text_of(markup)
    assert "> Số liệu theo xã, thị trấn, giới tính, dân tộc ¶" in text
    assert "Theo giới tính: 1 nhóm chưa đạt mục tiêu 2025 (dưới 4 %) theo số liệu năm 2025: Nữ (4,4 %)." in text
    hrefs = links(markup)
    for cat in ("thi-tran-ea-sup", "cu-kbang", "cu-mlan", "ea-bung", "ea-le", "ea-rok", "ia-jloi", "ia-lop", "ia-rve",
                "ya-to-mot", "xa-ea-sup"):
        assert f"xa/{cat}/" in hrefs, cat
    assert "dan-toc/dtts/" in hrefs and "gioi-tinh/nu/" in hrefs


def test_the_home_page_points_at_who_is_behind(built_site):
    text = text_of(page(built_site, ""))
    assert "Nhóm nào đang chậm hơn" in text and "5 chỉ tiêu có số liệu riêng" in text
    assert "theo xã, thị trấn: 6 xã, thị trấn chưa đạt mục tiêu 2025" in text


def test_a_plan_without_breakdowns_says_so(family_site):  # noqa: F811
    text = text_of(page(family_site, "xa-mau-2026/phan-to"))
    assert "chưa khai chiều phân tổ nào" in text
    assert not (family_site / "xa-mau-2026" / "phan-to" / "xa").exists()


def test_any_plan_declares_its_own_dimensions_including_a_cell_of_two(family_site):  # noqa: F811
    # tinh-mau-ctr (fictional) breaks 1.3 down by area, by sex, and by sex × area.
    text = text_of(page(family_site, "tinh-mau-ctr/phan-to/gioi-tinh/nu"))
    assert "Có số liệu riêng của Nữ cho 1 chỉ tiêu" in text            # two rows: by sex alone, and with the area
    assert "(Nông thôn)" in text and "23.000" in text and "12.500" in text
    index = text_of(page(family_site, "tinh-mau-ctr/phan-to"))
    assert "> Số liệu theo khu vực, giới tính ¶" in index
    assert "Xã Ia Jlơi" not in index                                    # each plan its own categories


def test_parts_of_a_count_are_not_judged_against_the_whole_target(family_site):  # noqa: F811
    # 18.500 people screened in towns is not "behind" a target of 50.000 for the whole province.
    text = text_of(page(family_site, "tinh-mau-ctr/phan-to/khu-vuc/thanh-thi"))
    assert "18.500" in text and "một phần không so được với mục tiêu" in text
    assert "chậm hơn" not in text.split("Số liệu của Thành thị")[1]
    assert "chưa đạt" not in text_of(page(family_site, "tinh-mau-ctr/phan-to"))


def test_the_indicators_commune_table_says_which_communes_ended(built_site):
    text = text_of(page(built_site, "chi-tieu/6-3"))
    assert "Thị trấn Ea Súp (đến 30/06/2025)" in text and "Xã Cư M'Lan (đến 30/06/2025)" in text
    assert "Xã Ia Lốp (đến" not in text          # no date the sources do not give
