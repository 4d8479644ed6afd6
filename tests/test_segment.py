"""segment: headline, dateline, paragraphs, captions and byline of a cleaned page."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract
from extractor.clean import clean_lines
from extractor.document import Document, HtmlPage, Page
from extractor.reader import read_page
from extractor.segment import byline_of, segment


def seed_document(seeds_dir: Path, name: str) -> Document:
    path = seeds_dir / f"{name}.txt"
    return segment(read_page(path.read_bytes()), str(path))


def document(lines: list[str]) -> Document:
    return segment(Page(lines=clean_lines(lines)), "test")


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("seed-000", "2019-12-24T21:18:00+07:00"),  # 24/12/2019 21:18
        ("seed-001", "2018-04-24"),  # Người đăng tin: Admin Ngày đăng tin: 24/04/2018 Lượt xem: 89
        ("seed-002", "2020-03-11T19:02:00+07:00"),  # 19:02 11/03/2020
        ("seed-003", "2021-02-05T14:39:00+07:00"),  # 05/02/2021 - 02:39 PM
        ("seed-004", None),  # no dateline at all
    ],
)
def test_published_from_the_dateline(seeds_dir: Path, name: str, published: str | None) -> None:
    doc = seed_document(seeds_dir, name)
    assert doc.published == published
    assert ("no_dateline" in doc.warnings) is (published is None)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("seed-001", "Sơ kết chương trình phối hợp giữa UBND với UBMTTQVN quận Cẩm Lệ"),
        ("seed-004", "Đồng chí Bí thư Huyện ủy làm việc với Mặt trận Tổ quốc và các đoàn thể huyện"),
    ],
)
def test_headline(seeds_dir: Path, name: str, title: str) -> None:
    doc = seed_document(seeds_dir, name)
    assert doc.title is not None and doc.title.text == title
    assert doc.text.startswith(title)


@pytest.mark.parametrize(
    ("name", "byline"),
    [
        ("seed-000", "Ngân Hà - Trung tâm TT & VH"),
        ("seed-001", "Hồng Hạnh"),
        ("seed-002", "Vũ Cương - Ủy ban MTTQ huyện Đức Thọ"),  # glued to "Ý kiến bạn đọc" in the page
        ("seed-003", "Bích Ngọc"),
        ("seed-004", "Trọng Nghĩa"),  # "Tác giả: Trọng Nghĩa"
    ],
)
def test_byline_is_found_and_kept_out_of_the_text(seeds_dir: Path, name: str, byline: str) -> None:
    doc = seed_document(seeds_dir, name)
    assert doc.byline == byline
    assert not doc.text.rstrip().endswith(byline)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Tác giả: Trọng Nghĩa", "Trọng Nghĩa"),
        ("Ngân Hà - Trung tâm TT & VH", "Ngân Hà - Trung tâm TT & VH"),
        ("Vũ Cương- Ủy ban MTTQ huyện Đức Thọ", "Vũ Cương - Ủy ban MTTQ huyện Đức Thọ"),
        ("Hồng Hạnh", "Hồng Hạnh"),
        ("Lan Anh (TTXVN)", "Lan Anh (TTXVN)"),
        ("Theo Minh Khoa/Baocantho.vn", "Minh Khoa/Baocantho.vn"),
        ("Minh Quang - ", "Minh Quang"),  # the unit left out after the dash
        ("Tuổi trẻ", "Tuổi trẻ"),  # an outlet credited alone, in any case
        ("Lê Hà/VOV-Miền Trung Lê Hà/VOV-Miền Trung", "Lê Hà/VOV-Miền Trung"),  # the page printed it twice
        ("Minh Minh", "Minh Minh"),  # a one-word pen name twice is the name
        ("Tổng hợp theo Trí Thức Trẻ", "Trí Thức Trẻ"),
        ("(Tổng hợp) theo Dân Việt", "Dân Việt"),
        ("Ký: Trần Văn Quới", "Trần Văn Quới"),  # a memoir's author
    ],
)
def test_byline_of(line: str, byline: str) -> None:
    assert byline_of(line) == byline


@pytest.mark.parametrize(
    "line",
    [
        "Quang cảnh hội nghị",
        "Đồng chí Bí thư Huyện ủy kết luận buổi làm việc",
        "Phó Ch",  # a page cut off mid-word: "Ch" is no syllable
        "ĐT: 08 3818 1436",  # a newsroom's telephone
        "Thanh niên tình nguyện",
        "Tại hội nghị, đại diện lãnh đạo Mặt trận quận và các đơn vị đã ký kết Chương trình, phối hợp "
        "thực hiện công tác trọng tâm năm 2021 với các nội dung cụ thể và thể hiện quyết tâm cùng triển "
        "khai tổ chức thực hiện đạt kết quả cao nhất./.",
    ],
)
def test_article_lines_are_not_bylines(line: str) -> None:
    assert byline_of(line) is None


def test_captions_are_told_from_paragraphs(seeds_dir: Path) -> None:
    doc = seed_document(seeds_dir, "seed-000")
    captions = [b.text for b in doc.blocks if b.kind == "caption"]
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert "Quang cảnh hội nghị" in captions
    assert "Các đại biểu thảo luận, phát biểu ý kiến tại hội nghị" in captions
    assert any(p.startswith("Ngày 24/12, UBND - UBMTTQ") for p in paragraphs)
    assert not any(c.startswith("Ngày 24/12") for c in captions)


def test_text_is_title_then_blocks_separated_by_blank_lines(seeds_dir: Path) -> None:
    doc = seed_document(seeds_dir, "seed-003")
    assert [b.kind for b in doc.blocks[:3]] == ["title", "dateline", "paragraph"]
    assert doc.text == "\n\n".join(b.text for b in doc.blocks)
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text
    assert "Các tin tức khác" not in doc.text


def test_font_widget_above_the_headline_is_not_the_headline() -> None:
    doc = document(
        [
            "A- A A+ | Tăng tương phản Giảm tương phản",
            "",
            "Đồng chí Bí thư Huyện ủy làm việc với Mặt trận Tổ quốc và các đoàn thể huyện",
            "",
            "Ngày 08/5, đồng chí Nguyễn Thị Liên – TUV, Bí thư Huyện ủy đã chủ trì buổi làm việc với Mặt "
            "trận Tổ quốc và các đoàn thể huyện để nắm bắt tình hình.",
        ]
    )
    assert doc.title is not None
    assert doc.title.text == "Đồng chí Bí thư Huyện ủy làm việc với Mặt trận Tổ quốc và các đoàn thể huyện"
    assert doc.published is None


@pytest.mark.parametrize(
    ("last_paragraph", "byline"),
    [
        ("Gia đình đã được chính quyền địa phương thăm hỏi, hỗ trợ kinh phí. Lan Anh (TTXVN)", "Lan Anh (TTXVN)"),
        ("…đề nghị các bộ, ngành xem xét. Ảnh: thvl.vn Theo Minh Khoa/Baocantho.vn", "Minh Khoa/Baocantho.vn"),
        ("…đã cho thôi việc hai giáo viên. B.T", "B.T"),  # initials
        ("…hiện không thể tiếp tục sử dụng./. CTV Lê Tùng/VOV.VN", "CTV Lê Tùng/VOV.VN"),
        ("…thành hoạt động ngoại khóa. Ảnh: Tuệ Nhi Tuệ Nhi", "Tuệ Nhi"),  # the last credit, then the author
        ("…các liền anh, liền chị giao lưu với khán giả. Ảnh: TH Minh Châu", "Minh Châu"),  # a credit in initials
        ("…Quyết định số 37 công khai thông tin người tố cáo (ảnh: T.L) NGỌC LAN", "NGỌC LAN"),  # after a bracket
        # glued to a last sentence that lost its full stop
        # printed twice, too long to read as one line
        (
            "…trách nhiệm chính thuộc về huyện”./. "
            "Hồng Vân - Lại Thu/VOV-Trung tâm Tin Hồng Vân - Lại Thu/VOV-Trung tâm Tin",
            "Hồng Vân - Lại Thu/VOV-Trung tâm Tin",
        ),
        ("…có nguy cơ trôi xuống sông bất cứ lúc nào Nguyễn Tuấn", "Nguyễn Tuấn"),
        ("…có luật sư tham gia thì chúng ta càng hoan nghênh”, Thủ tướng nói Minh Hạnh", "Minh Hạnh"),
    ],
)
def test_a_byline_glued_to_the_last_paragraph_is_split_off(last_paragraph: str, byline: str) -> None:
    title = "Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về công tác cán bộ"
    body = "Sáng 12/5, đoàn công tác của Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy. " * 4
    doc = segment(Page(lines=[title, body.strip(), last_paragraph]), "<test>")
    assert doc.byline == byline
    assert byline not in doc.text


def test_an_html_page_has_only_the_captions_its_markup_marks() -> None:
    """A text page's captions are guessed from their shape; an HTML page says which lines are captions
    (figcaption, the line under a photo), so its short subheadings stay paragraphs."""
    lines = [
        "Giá vàng giảm, vẫn cao hơn thế giới gần 20 triệu đồng/lượng",
        "Cụ thể, chốt phiên 6/3, giá vàng miếng SJC được niêm yết tại mức 180,8-183,8 triệu đồng/lượng.",
        "Đồng USD duy trì đà tăng",  # dantri (009.html): <p><strong>Đồng USD duy trì đà tăng</strong></p>
        "Một dự án của FLC. Ảnh: Hồng Khanh",  # vietnamnet (013.html): <figcaption>
        "Trong nước, Ngân hàng Nhà nước công bố tỷ giá trung tâm của đồng Việt Nam với USD ở mức 25.057 đồng.",
    ]
    title, captions = lines[0], ["Một dự án của FLC. Ảnh: Hồng Khanh"]
    html = segment(HtmlPage(lines=lines, title=title, captions=captions), "page.html")
    text = segment(Page(lines=lines, title=title), "page.txt")
    kinds = {b.text: b.kind for b in html.blocks}
    assert kinds["Đồng USD duy trì đà tăng"] == "paragraph"
    assert [b.text for b in html.blocks if b.kind == "caption"] == captions
    assert {b.text for b in text.blocks if b.kind == "caption"} == {"Đồng USD duy trì đà tăng", *captions}


def test_a_short_question_is_a_headline_a_long_one_is_a_paragraph() -> None:
    body = "Chiều 30/5, cơ quan công an đã làm việc và niêm phong công ty, có địa chỉ tại phường Trung Hòa."
    question = "Công ty cung ứng thiết bị chạy thận nói gì?"
    doc = document([question, body])
    assert doc.title is not None and doc.title.text == question
    long_question = "Vì sao " + " ".join(["người dân vẫn chưa mặn mà"] * 6) + "?"
    assert document([long_question, body]).title is None


def test_a_three_word_headline_when_no_longer_one_follows() -> None:
    body = "Sáng nay (6-2), Thành ủy Đà Nẵng đã công bố quyết định điều động hai cán bộ chủ chốt của thành phố."
    doc = document(["Nhân sự mới", body])
    assert doc.title is not None and doc.title.text == "Nhân sự mới"
    # a menu line above a headline stays chrome, and one in capitals is never the headline
    assert document(["Tin tức", "Nhân sự mới của Thành ủy Đà Nẵng", body]).title.text.startswith("Nhân sự")
    assert document(["TIN TỨC MỚI", body]).title is None


@pytest.mark.parametrize("quote", ["'", "‘", '"', "“"])
def test_a_headline_may_open_with_a_quoted_word(quote: str) -> None:
    close = {"'": "'", "‘": "’", '"': '"', "“": "”"}[quote]
    title = f"{quote}Ép{close} bơi là môn học bắt buộc: nhiều phụ huynh phản đối"
    body = "Chiều 30/5, Sở GD&ĐT đã làm việc với các trường về việc dạy bơi trong trường học."
    doc = document([title, body])
    assert doc.title is not None and doc.title.text == title


@pytest.mark.parametrize(
    "last_paragraph",
    [
        "…theo lời kể của anh Nguyễn Văn An",  # a person the sentence names
        "…đoàn đã kiểm tra tại tỉnh Quảng Nam",  # a place
        "…tổ chức lễ hội vào dịp Rằm tháng Giêng Lê Minh",  # three words need a family name first
    ],
)
def test_a_last_sentence_ending_in_a_name_is_no_byline(last_paragraph: str) -> None:
    title = "Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về công tác cán bộ"
    body = "Sáng 12/5, đoàn công tác của Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy. " * 4
    assert segment(Page(lines=[title, body.strip(), last_paragraph]), "<test>").byline is None


def test_the_last_photos_credit_alone_is_no_byline() -> None:
    title = "Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về công tác cán bộ"
    body = "Sáng 12/5, đoàn công tác của Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy. " * 4
    doc = segment(Page(lines=[title, body.strip(), "Ao làng nơi xảy ra vụ việc. Ảnh: Hoàng Cư"]), "<test>")
    assert doc.byline is None


def test_a_quote_closed_by_a_person_and_post_is_no_byline() -> None:
    title = "Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về công tác cán bộ"
    body = "Sáng 12/5, đoàn công tác của Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy. " * 4
    closing = "Bà TRIỆU LỆ KHÁNH, Phó Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM"
    doc = segment(Page(lines=[title, body.strip(), closing]), "<test>")
    assert doc.byline is None
    assert closing in doc.text


@pytest.mark.parametrize(
    ("last_paragraph", "byline"),
    [
        ("…là cơ quan có thẩm quyền thực hiện đầu tư dự án. N.Mạnh", "N.Mạnh"),
        ("…giữ chức Phó giám đốc Trung tâm. Vũ Đồng Báo Gia đình và Xã hội cập nhật tin tức trong ngày", "Vũ Đồng"),
    ],
)
def test_an_initialed_byline_and_a_sites_tagline_after_it(last_paragraph: str, byline: str) -> None:
    title = "Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về công tác cán bộ"
    body = "Sáng 12/5, đoàn công tác của Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy. " * 4
    doc = segment(Page(lines=clean_lines([title, body.strip(), last_paragraph])), "<test>")
    assert doc.byline == byline
    assert "cập nhật tin tức" not in doc.text


def test_a_serials_marker_before_the_author_is_page_debris() -> None:
    body = "Sáng 12/5, đoàn công tác của Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy về công tác cán bộ. " * 3
    last = "Kiểm điểm trách nhiệm cá nhân... (Xem tiếp) Tuấn Việt"
    record = extract(f"Kiểm toán chỉ ra nhiều sai phạm\n\n{body}\n\n{last}")
    assert record.byline == "Tuấn Việt"
    assert "Xem tiếp" not in record.text
