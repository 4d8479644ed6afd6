"""sentences: one notion of a sentence for the date, official and coordination rules."""

from __future__ import annotations

from extractor.sentences import sentence_at, sentences


def test_dots_inside_numbers_dates_and_abbreviations_end_no_sentence() -> None:
    text = (
        "Chiều 12.5, Chủ tịch BCH T.Ư Hội NDVN Lại Xuân Môn nói với báo Pháp Luật TP.HCM về 1.000 hộ. "
        "Trước đó, ngày 11.5, hội nghị đã họp!\nDòng mới"
    )
    spans = list(sentences(text))
    assert [text[s:e] for s, e in spans] == [
        "Chiều 12.5, Chủ tịch BCH T.Ư Hội NDVN Lại Xuân Môn nói với báo Pháp Luật TP.HCM về 1.000 hộ",
        " Trước đó, ngày 11.5, hội nghị đã họp",
        "Dòng mới",
    ]
    at = text.index("Lại Xuân Môn")
    assert sentence_at(text, at, at + 12) == spans[0]
    assert sentence_at(text, text.index("11.5")) == spans[1]


def test_a_window_of_the_text() -> None:
    text = "Một. Hai ba. Bốn"
    assert [text[s:e] for s, e in sentences(text, 5, 12)] == ["Hai ba"]


def test_the_dot_of_a_level_or_degree_abbreviation_ends_no_sentence() -> None:
    text = "Sáng 6-2, tại TP. Vĩnh Yên, TS. Nguyễn Văn A trình bày tham luận. Hội thảo bế mạc lúc 11 giờ."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Sáng 6-2, tại TP. Vĩnh Yên, TS. Nguyễn Văn A trình bày tham luận",
        " Hội thảo bế mạc lúc 11 giờ",
    ]
