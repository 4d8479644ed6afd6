"""clean: page chrome dropped, the after-article area cut, the article kept (issue 2, clean stage)."""

from __future__ import annotations

import pytest

from extractor.clean import clean_lines, is_boilerplate, strip_fragments
from extractor.normalize import normalize_text

ARTICLE_LINE = "Đồng chí Bí thư Huyện ủy làm việc với Mặt trận Tổ quốc và các đoàn thể huyện"


@pytest.mark.parametrize(
    "chrome",
    [
        "A- A A+ | Tăng tương phản Giảm tương phản",
        "Hôm nay: 4848",
        "Đã truy cập: 1527147",
        "// ]]>",
        "Thống kê truy cập",
        "Website liên kết",
        "Quản lý video Quản lý video",
        "Lịch công tác trống",
    ],
)
def test_boilerplate_lines_are_dropped(chrome: str) -> None:
    assert is_boilerplate(chrome)
    assert clean_lines([chrome, ARTICLE_LINE, chrome]) == [ARTICLE_LINE]


@pytest.mark.parametrize(
    "line",
    [
        ARTICLE_LINE,
        "Chia sẻ với những khó khăn của các tổ chức đoàn thể chính trị - xã hội trong giai đoạn hiện nay.",
        "Tác giả: Trọng Nghĩa",
        "Quang cảnh hội nghị",
    ],
)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    """A paragraph may begin with a word that is also a widget label ("Chia sẻ")."""
    assert not is_boilerplate(line)
    assert clean_lines([line]) == [line]


@pytest.mark.parametrize(
    "marker",
    ["Tin liên quan", "Các tin tức khác", "Tìm kiếm theo chuyên mục - nội dung - ngày tháng", "Ý kiến bạn đọc"],
)
def test_everything_from_the_after_article_marker_on_is_cut(marker: str) -> None:
    lines = ["Tác giả: Trọng Nghĩa", "", marker, ARTICLE_LINE, "Hồng Hạnh"]
    assert clean_lines(lines) == ["Tác giả: Trọng Nghĩa", ""]


def test_byline_glued_to_reader_comments_is_recovered() -> None:
    assert clean_lines(["Vũ Cương- Ủy ban MTTQ huyện Đức ThọÝ kiến bạn đọc"]) == ["Vũ Cương- Ủy ban MTTQ huyện Đức Thọ"]


def test_poster_and_view_counter_are_stripped_from_the_dateline() -> None:
    line = "Người đăng tin: Admin Ngày đăng tin: 24/04/2018 Lượt xem: 89"
    assert strip_fragments(line) == "Ngày đăng tin: 24/04/2018"


def test_hard_wrapped_sentence_is_rejoined() -> None:
    lines = ["Sáng", "ngày 04/02/2021, tại 42 phố Nhà Chung, trụ sở Ủy ban MTTQ Việt Nam quận Hoàn Kiếm"]
    assert clean_lines(lines) == [
        "Sáng ngày 04/02/2021, tại 42 phố Nhà Chung, trụ sở Ủy ban MTTQ Việt Nam quận Hoàn Kiếm"
    ]


def test_caption_and_next_paragraph_stay_apart() -> None:
    lines = ["Quang cảnh hội nghị", "Năm 2019, bám sát nhiệm vụ chính trị của địa phương."]
    assert clean_lines(lines) == lines


def test_a_paragraph_opening_on_the_papers_tag_is_not_rejoined() -> None:
    lines = ["08:15, 03/11/2023", "(Báo Tỉnh) - Sáng 3/11, Huyện Đoàn tổ chức ra quân tình nguyện."]
    assert clean_lines(lines) == lines
    wrapped = ["Tại hội nghị, huyện đã biểu dương 12 tập thể", "(trong đó có 4 xã) đạt thành tích xuất sắc."]
    assert len(clean_lines(wrapped)) == 1


def test_spaces_inside_a_line_are_collapsed() -> None:
    assert clean_lines(["          Tại hội nghị, các  đại biểu đã tập trung thảo luận"]) == [
        "Tại hội nghị, các đại biểu đã tập trung thảo luận"
    ]


def test_whole_seed_page_keeps_the_article_and_loses_the_chrome(seeds_dir) -> None:
    raw = normalize_text((seeds_dir / "seed-000.txt").read_text(encoding="utf-8"))
    kept = [line for line in clean_lines(raw.split("\n")) if line]
    assert kept[0].startswith("Hội nghị đánh giá kết quả thực hiện quy chế phối hợp")
    assert kept[-1] == "Ngân Hà - Trung tâm TT & VH"
    joined = "\n".join(kept)
    for chrome in ("Hôm nay", "Đã truy cập", "Tin Nóng", "Tìm kiếm", "Website liên kết"):
        assert chrome not in joined
