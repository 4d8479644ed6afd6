"""site: what a page's web address says about where it is from."""

from __future__ import annotations

import pytest

from extractor import extract_bytes
from extractor.inputs import iter_inputs
from extractor.reader import read_page
from extractor.site import site_hint, slug


@pytest.mark.parametrize(
    ("url", "province", "place"),
    [
        ("http://caophong.hoabinh.gov.vn/chinh-tri/1115-hoi-nghi", "Hòa Bình", ("huyện", "Cao Phong")),
        ("http://sontay.hanoi.gov.vn/thong-tin", "Hà Nội", ("thị xã", "Sơn Tây")),
        ("https://tandoan.langson.gov.vn/tin-tuc", "Lạng Sơn", ("xã", "Tân Đoàn")),
        ("https://phuong8.tptuyhoa.phuyen.gov.vn/hoat-dong", "Phú Yên", ("thành phố", "Tuy Hòa")),
        ("https://hdnd.tayninh.gov.vn/vi/news", "Tây Ninh", None),
        ("http://baoangiang.com.vn/hoi-nghi", "An Giang", None),
        ("http://mttqhanoi.org.vn/tin-tuc/123", "Hà Nội", None),
        ("http://laichau.dcs.vn/index.php/dang-bo-huyen-tam-duong/tin-4150.html", "Lai Châu", ("huyện", "Tam Đường")),
        ("http://laichau.dcs.vn/tin/hoi-nghi-ve-phat-trien-kinh-te-xa-hoi-cua-tinh-4151.html", "Lai Châu", None),
    ],
)
def test_portals_name_their_place(url: str, province: str, place: tuple[str, str] | None) -> None:
    hint = site_hint(url)
    assert hint is not None and hint.province == province
    assert ((hint.places[0].unit, hint.places[0].name) if hint.places else None) == place


@pytest.mark.parametrize(
    "url", ["https://vnexpress.net/a", "https://thanhnien.vn/b", "https://congdoanvietnam.laodong.vn/c", "x.txt", None]
)
def test_national_sites_and_paths_name_no_place(url: str | None) -> None:
    assert site_hint(url) is None


def test_slug() -> None:
    assert [slug(n) for n in ("Hòa Bình", "Đắk Lắk", "Bà Rịa - Vũng Tàu")] == ["hoabinh", "daklak", "bariavungtau"]


ARTICLE = (
    "Giao ban Thường trực HĐND tỉnh 6 tháng đầu năm\n\n"
    "Ngày 08/6, Thường trực HĐND tỉnh tổ chức hội nghị giao ban với Thường trực HĐND các huyện, thành phố "
    "6 tháng đầu năm 2018 để đánh giá kết quả hoạt động của HĐND các cấp. Đồng chí Hoàng Văn Tứ, Phó Chủ tịch "
    "HĐND tỉnh chủ trì hội nghị. Thường trực HĐND tỉnh đề nghị Thường trực HĐND các huyện tiếp tục đổi mới."
).encode()


def test_a_manifest_beside_the_pages_gives_each_its_address(tmp_path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE)
    (tmp_path / "SOURCES.tsv").write_text("file\turl\na.txt\thttp://caophong.hoabinh.gov.vn/chinh-tri/1\n")
    [item] = [i for i in iter_inputs([str(tmp_path)]) if i.source.endswith(".txt")]
    assert item.url == "http://caophong.hoabinh.gov.vn/chinh-tri/1"
    with_site = extract_bytes(item.data, item.source, url=item.url)
    without = extract_bytes(item.data, item.source)
    assert without.locality is None  # the text names no place
    assert (with_site.locality.unit, with_site.locality.name) == ("tỉnh", "Hòa Bình")  # the bodies are the province's


def test_an_html_page_declares_its_address() -> None:
    sentence = "Sáng 12/5, UBND huyện tổ chức hội nghị sơ kết công tác phối hợp với Ủy ban MTTQ huyện. "
    body = f"<p>{sentence * 4}</p>"
    html = (
        '<html><head><link rel="canonical" href="http://caophong.hoabinh.gov.vn/tin/1"><title>Sơ kết</title></head>'
        f"<body><article><h1>Hội nghị sơ kết công tác phối hợp</h1>{body}</article></body></html>"
    )
    assert read_page(html.encode()).url == "http://caophong.hoabinh.gov.vn/tin/1"
