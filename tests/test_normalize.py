"""normalize: NFC, modern tone placement, no invisible characters (SPEC §3: "Ủy", "Thủy", "hòa")."""

from __future__ import annotations

import unicodedata

import pytest

from extractor import extract
from extractor.normalize import as_printed, collapse_spaces, modern_tone_placement, normalize_text, old_spellings


@pytest.mark.parametrize(
    ("old", "modern"),
    [
        ("hoà", "hòa"),
        ("Uỷ ban MTTQ huyện", "Ủy ban MTTQ huyện"),
        ("Lê Hoàng Thuỷ Vân", "Lê Hoàng Thủy Vân"),
        ("đa dạng hoá các hình thức tuyên truyền", "đa dạng hóa các hình thức tuyên truyền"),
        ("kế hoạch hoá gia đình", "kế hoạch hóa gia đình"),
        ("Quận uỷ viên", "Quận ủy viên"),
        ("HOÀ", "HÒA"),
    ],
)
def test_old_tone_placement_becomes_modern(old: str, modern: str) -> None:
    assert normalize_text(old) == modern


@pytest.mark.parametrize(
    "word",
    ["quý", "đánh giá kết quả", "Lê Hoàng Thủy Vân", "Huỳnh", "ngoài", "khuỷu"],
)
def test_words_already_right_are_left_alone(word: str) -> None:
    """After "q" the "u" is part of the consonant; before a final consonant the tone stays put."""
    assert normalize_text(word) == word


def test_output_is_nfc_even_from_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Hội nghị đánh giá kết quả")
    out = normalize_text(decomposed)
    assert out == "Hội nghị đánh giá kết quả"
    assert unicodedata.is_normalized("NFC", out)


def test_modern_tone_placement_returns_nfc() -> None:
    out = modern_tone_placement(unicodedata.normalize("NFD", "Uỷ ban"))
    assert out == "Ủy ban" and unicodedata.is_normalized("NFC", out)


def test_invisible_characters_and_odd_spaces_are_repaired() -> None:
    raw = "Ngày\u00a024/12,\u200b UBND\u00ad huyện\r\nVân\tĐồn\r"
    assert normalize_text(raw) == "Ngày 24/12, UBND huyện\nVân Đồn\n"


def test_collapse_spaces() -> None:
    assert collapse_spaces("  các  đại biểu đã tập trung   thảo luận ") == "các đại biểu đã tập trung thảo luận"


def test_normalize_is_idempotent_on_a_seed(seeds_dir) -> None:
    text = (seeds_dir / "seed-003.txt").read_text(encoding="utf-8")
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\r" not in once


def test_a_page_spelling_the_old_way_is_quoted_in_its_own_spelling() -> None:
    page = "Đảng uỷ xã họp với Uỷ ban MTTQ; cấp uỷ đã hoà giải. Ủy ban nhân dân, Ủy ban MTTQ xã dự; quý khách."
    spellings = old_spellings(unicodedata.normalize("NFC", page))
    # the page prints "Ủy" the modern way more often than the old one; "quý" has no old spelling
    assert spellings == {"ủy": "uỷ", "hòa": "hoà"}
    assert as_printed(normalize_text(page), spellings) == page.replace("Uỷ ban MTTQ", "Ủy ban MTTQ")


def test_the_headline_keeps_the_pages_spelling_and_the_text_the_modern_one() -> None:
    headline = "Xã Tân Phú tổ chức đối thoại giữa người đứng đầu cấp uỷ, chính quyền với Nhân dân"
    body = (
        "Sáng 12/9, Đảng uỷ, UBND xã Tân Phú tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp uỷ, "
        "chính quyền với Nhân dân năm 2025. Dự hội nghị có đại diện Ủy ban MTTQ xã, các đoàn thể và đông đảo "
        "Nhân dân các ấp trên địa bàn xã; hội nghị đã ghi nhận nhiều ý kiến, kiến nghị của cử tri."
    )
    record = extract(f"{headline}\n{body}")
    assert record.title == headline
    assert record.text.startswith(normalize_text(headline))
    assert "cấp ủy" in record.text
