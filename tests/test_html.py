"""HTML pages: the real pages in ../shared/corpus-html and a portal page built around a seed article."""

from __future__ import annotations

import csv
import html
from pathlib import Path

import pytest

from extractor import extract_bytes
from extractor.models import ErrorRecord, Record
from extractor.normalize import normalize_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS_HTML = SHARED / "corpus-html"
SEED = Path(__file__).resolve().parents[1] / "corpus" / "seeds" / "seed-000.txt"

# Headline and publication time of each article page, read off the pages by hand. The time is the one
# the dateline prints (SPEC §2): to the minute, even where metadata adds seconds (008 "19:25" in the
# dateline, 19:25:52 in JSON-LD; 013 even disagrees with itself, 08:52:11 vs 08:52:00).
ARTICLES = {
    "000.html": ("Chính sách mới có hiệu lực từ tháng 3/2026", "2026-03-01T09:51:00+07:00"),
    "006.html": ("Cách các nước đối phó cú sốc năng lượng từ Trung Đông", "2026-03-07T00:05:00+07:00"),
    "008.html": ("Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non", "2025-10-22T19:25:00+07:00"),
    "009.html": ("Giá vàng giảm, vẫn cao hơn thế giới gần 20 triệu đồng/lượng", "2026-03-07T08:07:00+07:00"),
    "011.html": ("Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh", "2026-03-07T08:01:00+07:00"),
    "013.html": ("Cổ phiếu FLC được giao dịch trở lại", "2026-03-07T08:52:00+07:00"),
    "015.html": (
        "Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế",
        "2026-03-07T08:06:00+07:00",
    ),
    "017.html": (
        "Xử phạt Giám đốc tài chính Tập đoàn Tiên Sơn Thanh Hoá vì thao túng cổ phiếu",  # as the page spells it
        "2026-03-07T08:47:00+07:00",
    ),
    "019.html": (
        "Thời điểm nâng hạng cận kề, MBS điểm tên 30 cổ phiếu Việt Nam có khả năng lọt rổ chỉ số FTSE",
        "2026-03-07T00:01:00+07:00",
    ),
    "020.html": ("Tăng hỗ trợ, giảm áp lực tài chính khi chuyển mục đích sử dụng đất", "2026-03-07T09:40:00+07:00"),
}
BYLINES = {"006.html": "Hà Thu (tổng hợp)", "011.html": "NHẬT XUÂN - NGHI VŨ", "017.html": "Nguyên Minh"}


def _page_types() -> dict[str, str]:
    with (CORPUS_HTML / "SOURCES.tsv").open(encoding="utf-8") as handle:
        return {row["file"]: row["page_type"] for row in csv.DictReader(handle, delimiter="\t")}


needs_corpus = pytest.mark.skipif(not CORPUS_HTML.is_dir(), reason=f"needs {CORPUS_HTML}, absent here")


@pytest.fixture(scope="module")
def corpus_records() -> dict[str, Record | ErrorRecord]:
    if not CORPUS_HTML.is_dir():
        pytest.skip(f"needs {CORPUS_HTML}, absent here")
    return {name: extract_bytes((CORPUS_HTML / name).read_bytes(), name) for name in _page_types()}


@needs_corpus
def test_every_article_page_gives_its_headline_and_publication_time(corpus_records) -> None:
    for name, (title, published) in ARTICLES.items():
        record = corpus_records[name]
        assert isinstance(record, Record), f"{name}: {record}"
        assert (record.title, record.published) == (title, published), name
        assert record.text.startswith(normalize_text(title)), name  # the text is in modern spelling


@needs_corpus
def test_sources_tsv_article_pages_are_the_ones_checked_here() -> None:
    assert {n for n, kind in _page_types().items() if kind == "article"} == set(ARTICLES)


@needs_corpus
def test_home_and_listing_pages_are_not_articles(corpus_records) -> None:
    for name, kind in _page_types().items():
        if kind == "article":
            continue
        record = corpus_records[name]
        assert isinstance(record, ErrorRecord), f"{name} ({kind}) gave a record titled {record.title!r}"
        assert record.error.code == "not_article", name
        assert "article" in record.error.message


@needs_corpus
def test_bylines_come_from_the_page(corpus_records) -> None:
    for name, byline in BYLINES.items():
        assert corpus_records[name].byline == byline


@needs_corpus
def test_captions_come_from_figcaption(corpus_records) -> None:
    record = corpus_records["008.html"]
    assert "Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp" in record.captions
    assert "Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp" in record.text


@needs_corpus
def test_subheadings_in_the_body_are_not_captions(corpus_records) -> None:
    """h2/h3 and bold-only paragraphs between the paragraphs are section titles, not photo captions."""
    subheadings = {
        "000.html": "3 hình thức khai thác, sử dụng thông tin về nhà ở và thị trường bất động sản",  # <h2>
        "006.html": "Hạn chế xuất khẩu nhiên liệu",  # <p><span><strong>, right before a <figure>
        "009.html": "Đồng USD duy trì đà tăng",  # <p><strong>
        "011.html": "Hoa nhập khẩu thiếu hàng",  # <h2>
        "019.html": "Danh sách các cổ phiếu dự kiến được phân bổ vào chỉ số FTSE Emerging All-cap",  # <p><b>
    }
    for name, heading in subheadings.items():
        record = corpus_records[name]
        assert heading in record.text.split("\n\n"), name
        assert heading not in record.captions, name
    assert corpus_records["000.html"].captions == []  # its only figcaption is an empty placeholder
    assert corpus_records["011.html"].captions == [
        "Theo cửa hàng hoa, một bó hoa hồng từ 10 - 20 bông dao động từ 400.000 đồng đến 1 triệu đồng - Ảnh: H.Y.T.",
        "Một cửa hàng chuyển hướng sang các sản phẩm thay thế như hoa sáp hay bó quà từ rau củ trong dịp 8-3 "
        "năm nay - Ảnh: P.T.",
    ]
    # 017 prints its chart's caption in <td class="media-caption"> under the image
    assert corpus_records["017.html"].captions == ["Diễn biến cổ phiếu AAT trong giai đoạn 2021 - 2023"]


@needs_corpus
def test_dateline_is_the_innermost_dated_element(corpus_records) -> None:
    """cafef prints `<p class=dateandcat><span class=pdate>07-03-2026 - 00:01 AM</span> | Section</p>`."""
    for name in ("019.html", "020.html"):
        record = corpus_records[name]
        dateline = record.text.split("\n\n")[1]
        assert dateline.startswith("07-03-2026 - ") and "|" not in dateline, name
        assert [d.role for d in record.dates if d.start == len(record.title) + 2] == ["publication"], name


@needs_corpus
def test_sapo_outside_the_body_element_is_kept(corpus_records) -> None:
    assert "Trung Quốc, Nhật Bản, Thái Lan hạn chế xuất khẩu nhiên liệu" in corpus_records["006.html"].text


@needs_corpus
def test_related_news_inside_the_body_is_dropped(corpus_records) -> None:
    assert "Tham khảo thêm" not in corpus_records["000.html"].text
    assert "Hộ kinh doanh phải kê khai tất cả tài khoản" not in corpus_records["015.html"].text
    assert "TIN LIÊN QUAN" not in corpus_records["017.html"].text.upper()


def _portal(article: str) -> str:
    """A portal page of the kind district sites run: menu, banner, sidebars, related news, footer."""
    lines = [ln.strip() for ln in article.split("\n") if ln.strip()]
    title, dateline, body = lines[0], lines[1], lines[2:]
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(title)} - Cổng thông tin điện tử huyện Vân Đồn</title>
<meta property="og:title" content="{html.escape(title)}">
<script>var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script>
<style>.menu {{ color: red }}</style></head><body>
<div class="header"><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÂN ĐỒN</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu chung</a></li>
<li><a href="/tt">Tin tức sự kiện</a></li><li><a href="/vb">Văn bản chỉ đạo điều hành</a></li></ul></div>
<div class="container"><div class="col-left"><div class="box-news">
<h3>Tin mới</h3><ul><li><a href="/a1">Huyện ủy Vân Đồn tổng kết công tác năm 2018 (20/12/2018)</a></li>
<li><a href="/a2">Ủy ban nhân dân huyện tiếp công dân định kỳ tháng 11 (15/11/2019)</a></li></ul></div></div>
<div class="col-main"><div class="news-detail">
<h1 class="title">{html.escape(title)}</h1><div class="date">{html.escape(dateline)}</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">In bài</a> <span>A- A A+</span></div>
<div class="content-detail">{paras}</div>
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>
<li><a href="/b1">Hội nghị đối thoại giữa Chủ tịch UBND huyện với nông dân năm 2018 (12/10/2018)</a></li>
<li><a href="/b2">Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Hạ Long (02/11/2019)</a></li></ul></div>
</div></div>
<div class="col-right sidebar"><div class="widget"><h3>Thống kê truy cập</h3><p>Đang truy cập: 125</p></div></div>
</div><div class="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Vân Đồn - tỉnh Quảng Ninh.
Địa chỉ: Khu 7, thị trấn Cái Rồng. Điện thoại: 0203.3874.123</p></div></body></html>"""


def test_portal_page_gives_the_article_without_its_chrome() -> None:
    article = SEED.read_text(encoding="utf-8")
    record = extract_bytes(_portal(article).encode("utf-8"), "portal.html")
    assert isinstance(record, Record), record
    assert record.title and record.title.startswith("Hội nghị đánh giá kết quả thực hiện quy chế phối hợp")
    assert record.published == "2019-12-24T21:18:00+07:00"
    for chrome in ("Trang chủ", "Giới thiệu chung", "Tin liên quan", "đối thoại", "Bản quyền", "truy cập", "A+"):
        assert chrome not in record.text, chrome
    assert "Mạc Thành Luân" in {o.name for o in record.officials}
    assert "2018-10-12" not in {d.value for d in record.dates}


@pytest.mark.parametrize(
    ("declared", "published"),
    [
        ("2019-12-24T21:18:37+07:00", "2019-12-24T21:18:00+07:00"),  # the dateline's minute: no seconds
        ("2019-12-24T14:18:37Z", "2019-12-24T21:18:00+07:00"),  # the same minute, written in UTC
        ("2019-12-25T08:00:00+07:00", "2019-12-25T08:00:00+07:00"),  # another time: metadata wins
    ],
)
def test_published_is_the_time_the_dateline_prints(declared: str, published: str) -> None:
    page = _portal(SEED.read_text(encoding="utf-8")).replace(
        "<head>", f'<head><meta property="article:published_time" content="{declared}">', 1
    )
    record = extract_bytes(page.encode(), "dated.html")
    assert isinstance(record, Record), record
    assert record.published == published


def test_page_with_paragraphs_straight_in_body_is_read() -> None:
    article = SEED.read_text(encoding="utf-8")
    paras = "".join(f"<p>{html.escape(p.strip())}</p>" for p in article.split("\n") if p.strip())
    record = extract_bytes(f"<html><body>{paras}</body></html>".encode(), "bare.html")
    assert isinstance(record, Record), record
    assert "Mạc Thành Luân" in {o.name for o in record.officials}


# The body of a news page as vnexpress and dantri write it (006.html, 009.html): section titles in
# bold-only paragraphs or <h2>, photos in <figure> with a <figcaption>; and a district portal's photo
# with the caption in the next paragraph, in italics.
_BODY_WITH_SUBHEADINGS = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Huyện Vân Đồn triển khai nhiệm vụ năm 2020</title></head><body>
<h1>Huyện Vân Đồn triển khai nhiệm vụ năm 2020</h1><div class="date">24/12/2019 21:18</div>
<article class="fck_detail">
<p class="Normal">Ngày 24/12, Ủy ban nhân dân huyện Vân Đồn tổ chức hội nghị triển khai nhiệm vụ năm 2020 với sự
tham dự của lãnh đạo các phòng, ban, đơn vị và Ủy ban nhân dân các xã, thị trấn trên địa bàn huyện.</p>
<p class="Normal"><span style="color:#2c3e50;"><strong>Phát triển kinh tế</strong></span></p>
<figure class="tplCaption"><img src="a.jpg" alt=""><figcaption><p class="Image">Quang cảnh hội nghị.
Ảnh: Ngân Hà</p></figcaption></figure>
<p class="Normal">Năm 2019, tổng thu ngân sách trên địa bàn huyện đạt cao, các công trình trọng điểm được đẩy nhanh
tiến độ, đời sống của nhân dân tiếp tục được nâng lên, an ninh trật tự được giữ vững.</p>
<h2>Giữ vững an ninh trật tự</h2>
<p><img src="b.jpg" alt=""></p>
<p><strong>Bảo đảm an toàn giao thông dịp Tết</strong></p>
<p class="Normal">Lực lượng công an huyện tăng cường tuần tra, kiểm soát, xử lý nghiêm các trường hợp vi phạm trật
tự an toàn giao thông, nhất là trong dịp cao điểm cuối năm và Tết Nguyên đán.</p>
<p><img src="c.jpg" alt=""></p>
<p><em>Đồng chí Chủ tịch Ủy ban nhân dân huyện phát biểu kết luận hội nghị</em></p>
<p class="Normal">Kết luận hội nghị, Chủ tịch Ủy ban nhân dân huyện đề nghị các đơn vị tập trung hoàn thành các
nhiệm vụ trọng tâm ngay từ những ngày đầu năm.</p>
</article></body></html>"""


def test_subheadings_are_paragraphs_and_captions_come_from_the_photos() -> None:
    record = extract_bytes(_BODY_WITH_SUBHEADINGS.encode(), "subheadings.html")
    assert isinstance(record, Record), record
    assert record.captions == [
        "Quang cảnh hội nghị. Ảnh: Ngân Hà",
        "Đồng chí Chủ tịch Ủy ban nhân dân huyện phát biểu kết luận hội nghị",
    ]
    blocks = record.text.split("\n\n")
    for heading in ("Phát triển kinh tế", "Giữ vững an ninh trật tự", "Bảo đảm an toàn giao thông dịp Tết"):
        assert heading in blocks  # kept in the text, in page order, as a paragraph of its own


def test_hidden_elements_and_scripts_never_reach_the_text() -> None:
    article = SEED.read_text(encoding="utf-8")
    page = _portal(article).replace(
        '<div class="content-detail">',
        '<div class="content-detail"><div style="display: none">Nội dung ẩn bí mật</div>'
        "<script>document.write('Mã độc')</script><p hidden>Đoạn ẩn</p>",
    )
    record = extract_bytes(page.encode(), "hidden.html")
    assert isinstance(record, Record)
    for hidden in ("Nội dung ẩn", "Mã độc", "Đoạn ẩn", "document.write"):
        assert hidden not in record.text
