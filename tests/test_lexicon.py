"""lexicon: the data files as patterns."""

from __future__ import annotations

import re

import pytest

from extractor import lexicon
from extractor.lexicon import alternation, form_pattern


def _one_by_one(forms: list[str]) -> re.Pattern[str]:
    """The plain longest-first alternation the factored one must match like."""
    return re.compile("|".join(form_pattern(f) for f in sorted(set(forms), key=len, reverse=True)), re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "đ/c Trương Đình Thắng- PBT Đảng ủy-CT. HĐND phường",
        "Ủy ban nhân dân, Ủy ban MTTQ Việt Nam và Ủy ban Kiểm tra Huyện ủy",
        "Sở Tài nguyên & Môi trường, Phòng LĐ-TB&XH, Sở Giáo dục - Đào tạo",
        "Phó Chủ tịch Thường trực HĐND, Phó Chủ tịch UBND, Chủ tịch nước",
    ],
)
def test_the_factored_alternation_matches_as_the_forms_one_by_one(text: str) -> None:
    roles = [f for r in lexicon.roles() for f in r.forms]
    agencies = [f for e in lexicon.agencies() for f in e.forms if not f.startswith("re:")]
    for forms in (roles, agencies):
        factored = re.compile(alternation(forms), re.IGNORECASE)
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in _one_by_one(forms).finditer(text)]


def test_a_longer_form_wins_where_one_word_starts_another() -> None:
    pattern = re.compile(rf"(?:{alternation(['CT', 'CT.', 'Chủ tịch'])})(?![^\W_])")
    assert pattern.match("CT. HĐND").group() == "CT."
    assert pattern.match("Chủ tịch UBND").group() == "Chủ tịch"


def test_a_regular_expression_form_keeps_its_own_alternation() -> None:
    assert lexicon.split_forms("Tỉnh ủy|re:(?:Ban Chấp hành|BCH) Đảng bộ tỉnh|TU") == (
        "Tỉnh ủy",
        "re:(?:Ban Chấp hành|BCH) Đảng bộ tỉnh",
        "TU",
    )
