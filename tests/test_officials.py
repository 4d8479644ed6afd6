"""officials: chains of posts and the names they attach to (SPEC §3)."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.rules.names import strip_honorifics
from extractor.rules.officials import find_chains, find_officials


def officials(text: str):
    return find_officials(text, find_chains(text))


def posts(mention) -> list[tuple[str, str | None]]:
    return [(p.role.role, p.organization.name if p.organization else None) for p in mention.chain.posts]


def test_glued_honorific_and_two_posts() -> None:
    text = "Đồng chíPhạm Thị Thương - UVBTV Huyện ủy, Phó Chủ tịch UBND huyện phát biểu tại buổi làm việc"
    [mention] = officials(text)
    assert mention.name == "Phạm Thị Thương"
    assert text[mention.start : mention.end] == "Phạm Thị Thương"
    assert posts(mention) == [("Ủy viên Ban Thường vụ", "Huyện ủy"), ("Phó Chủ tịch", "Ủy ban nhân dân huyện")]
    assert "speaker" in mention.event_roles


def test_membership_does_not_name_its_body_as_a_party() -> None:
    text = "Đồng chíPhạm Thị Thương - UVBTV Huyện ủy, Phó Chủ tịch UBND huyện phát biểu"
    seat, office = find_chains(text)[0].posts
    assert not seat.counts_organization
    assert office.counts_organization


def test_typo_honorific_and_chair() -> None:
    [mention] = officials("Đông chí Mạc Thành Luân – Chủ tịch UBND huyện chủ trì hội nghị.")
    assert mention.name == "Mạc Thành Luân"
    assert posts(mention) == [("Chủ tịch", "Ủy ban nhân dân huyện")]
    assert mention.event_roles == {"chair"}


def test_name_after_the_post_is_a_person_not_a_place() -> None:
    text = "Phát biểu kết luận hội nghị, đồng chí Chủ tịch UBND quận Lê Văn Sơn đánh giá cao những kết quả"
    [mention] = officials(text)
    assert mention.name == "Lê Văn Sơn"
    assert posts(mention) == [("Chủ tịch", "Ủy ban nhân dân quận")]
    assert "speaker" in mention.event_roles


def test_bare_membership_then_posts_and_reporter() -> None:
    text = (
        "Đồng chí Nguyễn Thế Quyền - UVBTV, Trưởng Ban Dân vận HU, Chủ tịch UBMTTQ Việt Nam huyện "
        "báo cáo kết quả nhiệm vụ từ đầu năm đến nay"
    )
    [mention] = officials(text)
    assert mention.name == "Nguyễn Thế Quyền"
    assert posts(mention) == [
        ("Ủy viên Ban Thường vụ", None),
        ("Trưởng", "Ban Dân vận Huyện ủy"),
        ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"),
    ]
    assert mention.event_roles == {"reporter"}


def test_standing_deputy_secretary() -> None:
    text = "Dự buổi làm việc có đồng chí Lưu Duy Khanh – Phó Bí thư TT Huyện ủy; Ban Thường trực UBMTTQ"
    [mention] = officials(text)
    assert mention.name == "Lưu Duy Khanh"
    assert posts(mention) == [("Phó Bí thư Thường trực", "Huyện ủy")]
    assert "attendee" in mention.event_roles


def test_roles_are_read_in_the_persons_own_sentence() -> None:
    # the dot of "TP. Hà Nội" ends no sentence: the guest list opens before it
    text = "Dự buổi làm việc có Phó Chủ tịch UBND TP. Hà Nội Ngô Văn Quý và Giám đốc Sở Y tế Nguyễn Khắc Hiền."
    assert [m.event_roles for m in officials(text)] == [{"attendee"}, {"attendee"}]
    # a question ends a sentence: who will chair is asked, not done by the one who answers
    asked = "Đơn vị nào sẽ chủ trì? Chủ tịch UBND tỉnh Kon Tum Nguyễn Văn Hòa: Tỉnh đã giao Sở Nội vụ."
    assert "chair" not in officials(asked)[0].event_roles


def test_one_at_the_event_attends_but_a_project_is_no_attending() -> None:
    [present] = officials("Ý kiến của Chủ tịch UBND tỉnh Nguyễn Văn Sơn tại cuộc tiếp xúc cử tri huyện Tân Lạc")
    assert present.event_roles == {"attendee"}
    [absent] = officials("Vốn cho dự án là ý kiến của Chủ tịch UBND tỉnh Nguyễn Văn Sơn gửi Sở Tài chính")
    assert absent.event_roles == set()


def test_list_of_attendees() -> None:
    text = (
        "Tới dự hội nghị có các đồng chí: Lê Hồng Phú - Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban "
        "MTTQ Việt Nam quận; Hoàng Hữu Tiến - Phó Trưởng ban Dân vận Quận ủy; Phan Trọng Khánh – Quận ủy "
        "viên, Chánh Thanh tra quận; Lã Văn Nho – Chủ tịch Hội CCB quận cùng các đồng chí"
    )
    found = officials(text)
    assert [m.name for m in found] == ["Lê Hồng Phú", "Hoàng Hữu Tiến", "Phan Trọng Khánh", "Lã Văn Nho"]
    assert all("attendee" in m.event_roles for m in found)
    assert posts(found[1]) == [("Phó Trưởng", "Ban Dân vận Quận ủy")]
    assert posts(found[2]) == [("Quận ủy viên", None), ("Chánh", "Thanh tra quận")]
    assert posts(found[3]) == [("Chủ tịch", "Hội Cựu chiến binh quận")]


def test_name_before_a_comma_chain() -> None:
    [mention] = officials("Đ/c Võ Công Hàm, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch UBND huyện...")
    assert mention.name == "Võ Công Hàm"
    assert posts(mention) == [("Tỉnh ủy viên", None), ("Bí thư", "Huyện ủy"), ("Chủ tịch", "Ủy ban nhân dân huyện")]


def test_later_mentions_of_a_name_are_found() -> None:
    text = (
        "Ngày 08/5, đồng chí Nguyễn Thị Liên – TUV, Bí thư Huyện ủy đã chủ trì buổi làm việc. "
        "Đồng chí Nguyễn Thị Liên – Bí thư Huyện ủy ghi nhận những kết quả"
    )
    found = officials(text)
    assert [m.name for m in found] == ["Nguyễn Thị Liên", "Nguyễn Thị Liên"]
    assert all(text[m.start : m.end] == "Nguyễn Thị Liên" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí Bí thư Huyện ủy kết luận buổi làm việc",
        "Ngân Hà - Trung tâm TT & VH",
        "Quang cảnh hội nghị",
    ],
)
def test_no_official_without_a_name(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Đồng chíPhạm Thị Thương", "Phạm Thị Thương"),
        ("Đông chí Mạc Thành Luân", "Mạc Thành Luân"),
        ("đ/c Bùi Lê Văn", "Bùi Lê Văn"),
        ("Đ/c Võ Công Hàm", "Võ Công Hàm"),
        ("đồng chí Lê Văn Sơn", "Lê Văn Sơn"),
    ],
)
def test_strip_honorifics(printed: str, name: str) -> None:
    assert strip_honorifics(printed) == name


def test_bylines_are_not_officials(seed_record) -> None:
    for name, byline in (("seed-001", "Hồng Hạnh"), ("seed-004", "Trọng Nghĩa"), ("seed-003", "Bích Ngọc")):
        record = seed_record(name)
        assert record.byline == byline
        assert byline not in {o.name for o in record.officials}


def test_posts_joined_by_a_dash_and_a_dotted_abbreviation() -> None:
    text = "Ủy ban MTTQVN phường được nghe đ/c Trương Văn Lâm- PBT Đảng ủy-CT. HĐND phường phát biểu chỉ đạo"
    [mention] = [m for m in officials(text) if m.chain]
    assert mention.name == "Trương Văn Lâm"
    assert posts(mention) == [
        ("Phó Bí thư", "Đảng ủy"),
        ("Chủ tịch", "Hội đồng nhân dân phường"),
    ]  # level resolved later


def test_a_deputys_term_is_part_of_the_title() -> None:
    text = (
        "Thiếu tướng Trần Đức Minh - Ủy viên Thường trực Ủy ban Quốc phòng và An ninh của Quốc hội, "
        "Đại biểu Quốc hội khóa XV dự diễn đàn."
    )
    [record_official] = extract(text * 3).officials
    assert [p.title for p in record_official.positions] == [
        "Ủy viên Thường trực Ủy ban Quốc phòng và An ninh của Quốc hội",
        "Đại biểu Quốc hội khóa XV",
    ]


def test_a_company_director_is_no_official_a_department_director_is() -> None:
    text = (
        "Ông Nguyễn Minh Tâm, Giám đốc Công ty TNHH Lâm nghiệp Tiền Phong cho biết việc giao đất đúng quy định. "
        "Ông Phan Văn Hổ, Giám đốc Sở NN-PTNT tỉnh Bình Định khẳng định sẽ kiểm tra lại."
    )
    record = extract(text * 2)
    assert [(o.name, [p.title for p in o.positions]) for o in record.officials] == [
        ("Phan Văn Hổ", ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Bùi Văn Hùng, Chủ tịch HĐQT Công ty cổ phần Licogi 16 nêu vướng mắc về quỹ đất",
        "Ông Tôn Thất Tín, Giám đốc Công ty TNHH Lâm nghiệp Tiền Phong cho biết",
        "Ông Đỗ Minh Quân, Chủ tịch HĐTV Tổng công ty Vận tải Đông Hải cho biết",
    ],
)
def test_a_post_in_a_business_is_no_public_office(text: str) -> None:
    assert [m for m in officials(text) if m.chain] == []


def test_a_director_of_a_public_centre_the_lexicon_does_not_know_is_still_an_official() -> None:
    text = "Ông Nguyễn Hoàng Hải, Giám đốc Trung tâm Quản lý điều hành giao thông đô thị cho biết giá vé giữ nguyên"
    [mention] = [m for m in officials(text) if m.chain]
    assert (mention.name, posts(mention)) == (
        "Nguyễn Hoàng Hải",
        [("Giám đốc", "Trung tâm Quản lý điều hành giao thông đô thị")],  # an open name, up to the verb
    )


def test_a_whole_item_of_an_attendee_list_is_a_name_whatever_its_family_name() -> None:
    text = (
        "Dự hội nghị có các đồng chí: Trần Văn Lâm - Phó Chủ tịch HĐND tỉnh; Rcom Hmai Thu - Ủy viên Ban "
        "Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy; Hội Nông dân - cơ quan thường trực."
    )
    found = officials(text)
    assert [m.name for m in found] == ["Trần Văn Lâm", "Rcom Hmai Thu"]
    assert posts(found[1]) == [("Ủy viên Ban Thường vụ", "Tỉnh ủy"), ("Trưởng", "Ban Dân vận Tỉnh ủy")]


@pytest.mark.parametrize(("printed", "name"), [("Chị Chu Hồng Minh", "Chu Hồng Minh"), ("anh Ndu Ha", "Ndu Ha")])
def test_youth_union_honorifics(printed: str, name: str) -> None:
    assert strip_honorifics(printed) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phó Thủ tướng Vũ Đức Đam 3 lần trực tiếp nhắc việc này", "Vũ Đức Đam"),  # a number is no syllable
        ("Ảnh: Tuệ Nhi TS Lê Ngọc Quang – Phó Giám đốc Sở GDĐT đánh giá", "Lê Ngọc Quang"),  # nor "TS"
        ("Ảnh: TTXVN Ông Phan Thanh Hải, Chủ tịch UBND tỉnh cho biết", "Phan Thanh Hải"),
        ("ĐBQH Lưu Bình Nhưỡng, Ủy viên thường trực Ủy ban các vấn đề xã hội nói", "Lưu Bình Nhưỡng"),
    ],
)
def test_numbers_and_capital_abbreviations_are_cut_from_a_name(text: str, name: str) -> None:
    assert {m.name for m in officials(text)} == {name}


def test_no_name_is_left_when_only_an_abbreviation_or_a_year_follows_the_post() -> None:
    assert officials("để tổ chức thành công hội nghị xúc tiến đầu tư, Chủ tịch UBND TP Hà Nội 2017 giao") == []
    assert officials("Chính ủy Khu VII; Thanh tra Bộ Tư lệnh") == []


def test_a_caption_glued_to_the_next_sentence_does_not_lengthen_a_name() -> None:
    text = (
        "Trưởng Ban Dân vận Trung ương Trương Thị Mai phát biểu. Ảnh: TL Trưởng Ban Dân vận Trung ương "
        "Trương Thị Mai Qua 3 năm thực hiện, phong trào đã lan tỏa."
    )
    found = officials(text)
    assert {m.name for m in found} == {"Trương Thị Mai"}
    assert all(text[m.start : m.end] == "Trương Thị Mai" for m in found)


def test_a_level_glued_to_the_citys_name() -> None:
    [mention] = officials("Phó chủ tịch UBND TPHCM Lê Văn Khoa cho biết")
    assert mention.name == "Lê Văn Khoa"
    assert posts(mention) == [("Phó Chủ tịch", "Ủy ban nhân dân thành phố")]


def test_ong_before_a_single_given_name_is_the_honorific() -> None:
    text = "Ông Trần Văn Đặng – Chủ tịch UBND xã cho biết. Ông Đặng – Chủ tịch UBND xã kể lại."
    assert {m.name for m in officials(text)} == {"Trần Văn Đặng"}


def test_a_name_after_the_post_a_comma_and_an_honorific() -> None:
    [mention] = officials("Trưởng phòng Giáo dục và Đào tạo quận Hai Bà Trưng, bà Trần Lưu Hoa cho biết")
    assert mention.name == "Trần Lưu Hoa"
    assert posts(mention) == [("Trưởng", "Phòng Giáo dục và Đào tạo quận")]


def test_a_plural_post_then_its_holders() -> None:
    found = officials("Cùng dự có các Phó Thủ tướng Chính phủ: Trương Hòa Bình, Vũ Đức Đam; lãnh đạo một số bộ")
    assert [m.name for m in found] == ["Trương Hòa Bình", "Vũ Đức Đam"]
    assert all(posts(m) == [("Phó Thủ tướng Chính phủ", None)] for m in found)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Theo ông Nguyễn Túc, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, năm qua",
            "Nguyễn Túc",
            [("Ủy viên Đoàn Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")],
        ),
        (
            "Phó Chủ tịch, Tổng Thư ký Trần Thanh Mẫn cho biết",
            "Trần Thanh Mẫn",
            [("Phó Chủ tịch", None), ("Tổng Thư ký", None)],
        ),
        (
            "Phó Trưởng đoàn ĐB Quốc hội TP Ngọ Duy Hiểu cho biết",
            "Ngọ Duy Hiểu",
            [("Phó Trưởng", "Đoàn đại biểu Quốc hội thành phố")],
        ),
        ("- Bí thư Thành ủy TP.HCM Đinh La Thăng chất vấn", "Đinh La Thăng", [("Bí thư", "Thành ủy")]),
    ],
)
def test_central_and_city_posts(text: str, name: str, expected: list[tuple[str, str | None]]) -> None:
    [mention] = [m for m in officials(text) if m.chain]
    assert mention.name == name
    assert posts(mention) == expected


def test_a_name_printed_in_capitals_is_written_as_a_name() -> None:
    text = "đảm bảo việc truy xuất dễ dàng. Bà TRIỆU LỆ KHÁNH, Phó Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM"
    [mention] = officials(text)
    assert mention.name == "Triệu Lệ Khánh"
    assert text[mention.start : mention.end] == "TRIỆU LỆ KHÁNH"
    assert posts(mention) == [("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố")]


def test_a_post_held_kiem_another_is_held_in_the_same_unit() -> None:
    [mention] = officials("Bà Lưu Lê Bích Phượng, Bí thư kiêm Chủ tịch phường Nguyễn Thái Bình, quận 1 cho biết")
    assert posts(mention) == [("Bí thư", "Đảng ủy phường"), ("Chủ tịch", "Ủy ban nhân dân phường")]
    record = extract(
        "Quận 1 xử lý vi phạm lòng lề đường\n\nChiều 14/6, UBND quận 1 tổ chức hội nghị sơ kết công tác lập lại "
        "trật tự lòng lề đường. Bà Lưu Lê Bích Phượng, Bí thư kiêm Chủ tịch phường Nguyễn Thái Bình, quận 1 cho "
        "biết nhiều khu vực vẫn còn tình trạng tái chiếm lòng đường, vỉa hè."
    )
    [official] = [o for o in record.officials if o.name == "Lưu Lê Bích Phượng"]
    assert [p.title for p in official.positions] == ["Bí thư Đảng ủy phường", "Chủ tịch Ủy ban nhân dân phường"]
    assert {"Đảng ủy phường", "Ủy ban nhân dân phường"} <= {a.name for a in record.agencies}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Ông Lê Trần Thắng, Phó chánh văn phòng UBND huyện Gia Lâm cho biết",
            "Lê Trần Thắng",
            [("Phó Chánh", "Văn phòng Ủy ban nhân dân huyện")],
        ),
        (
            "Chánh Văn phòng UBND tỉnh Thái Bình Lại Văn Hoàn cho biết",
            "Lại Văn Hoàn",
            [("Chánh", "Văn phòng Ủy ban nhân dân tỉnh")],
        ),
        (
            "có Phó Tổng Biên tập Báo Nhân dân Phan Huy Hiển; Bí thư Tỉnh ủy",
            "Phan Huy Hiển",
            [("Phó Tổng Biên tập", "Báo Nhân Dân")],
        ),
        (
            "UBND tỉnh đã cách chức Phó Chủ tịch UBND xã Yên Lạc của ông Nguyễn Văn Tâm vì vi phạm",
            "Nguyễn Văn Tâm",
            [("Phó Chủ tịch", "Ủy ban nhân dân xã")],
        ),
    ],
)
def test_offices_of_a_committee_editors_and_a_post_of_someone(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    [mention] = officials(text)
    assert mention.name == name
    assert posts(mention) == expected


def test_two_posts_joined_by_a_dash_name_their_body_once() -> None:
    [secretary] = officials("Phó Chủ tịch – Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam Trần Thanh Mẫn phát biểu")
    assert posts(secretary) == [
        ("Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("Tổng Thư ký", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ]
    [chair] = officials("ông Nguyễn Văn An - Phó Bí thư - Chủ tịch UBND huyện cho biết")
    assert posts(chair) == [("Phó Bí thư", None), ("Chủ tịch", "Ủy ban nhân dân huyện")]  # no party post in a UBND


def test_a_plural_post_before_a_colon_is_held_by_each_person_listed() -> None:
    text = (
        "Tham dự có các đồng chí Ủy viên Trung ương Đảng: Tổng Giám đốc Thông tấn xã Việt Nam Nguyễn Đức Lợi, "
        "Tổng Giám đốc Đài Tiếng nói Việt Nam Nguyễn Thế Kỷ; Phó Tổng Biên tập Báo Nhân dân Phan Huy Hiển."
    )
    held: dict[str, set[str]] = {}
    for mention in officials(text):
        held.setdefault(mention.name, set()).update(role for role, _ in posts(mention))
    assert held == {
        "Nguyễn Đức Lợi": {"Tổng Giám đốc", "Ủy viên Ban Chấp hành Trung ương Đảng"},
        "Nguyễn Thế Kỷ": {"Tổng Giám đốc", "Ủy viên Ban Chấp hành Trung ương Đảng"},
        "Phan Huy Hiển": {"Phó Tổng Biên tập"},  # after the ";" the list is over
    }


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Chiều 16/5, ông Trần Văn Chí - chủ tịch UBND huyện Ngọc Hồi xác nhận",
            "Trần Văn Chí",
            [("Chủ tịch", "Ủy ban nhân dân huyện")],
        ),
        (
            "Theo ông Lương Ngọc Lân - giám đốc Sở NN&PTNT tỉnh Bạc Liêu, tỉnh đã quyết liệt xử lý",
            "Lương Ngọc Lân",
            [("Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh")],
        ),
    ],
)
def test_a_post_in_lower_case_right_after_a_name(text: str, name: str, expected: list[tuple[str, str | None]]) -> None:
    [mention] = officials(text)
    assert (mention.name, posts(mention)) == (name, expected)
    assert officials("chủ tịch UBND huyện phải chịu trách nhiệm trước nhân dân") == []  # no name, no official


def test_a_post_in_lower_case_goes_on_a_chain_when_its_body_is_printed() -> None:
    text = "Ông Đỗ Minh Khang (Tỉnh ủy viên, đại biểu HĐND tỉnh Hà Giang, bí thư Huyện ủy Yên Minh) nhận nhiệm vụ mới."
    [mention] = officials(text)
    assert posts(mention) == [
        ("Tỉnh ủy viên", None),
        ("Đại biểu", "Hội đồng nhân dân tỉnh"),
        ("Bí thư", "Huyện ủy"),
    ]
    # a word in lower case that names no body ends the chain: "đại biểu các xã" is no post
    text = "Ông Đỗ Minh Khang, Chủ tịch UBND huyện Yên Minh, đại biểu các xã cùng dự buổi làm việc."
    [mention] = officials(text)
    assert posts(mention) == [("Chủ tịch", "Ủy ban nhân dân huyện")]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Theo phó chủ tịch UBND tỉnh Lạng Sơn Hoàng Văn Nghiệm, tỉnh sẽ xử lý dứt điểm.",
            "Hoàng Văn Nghiệm",
            [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh")],
        ),
        (
            "Theo Phó chủ tịch UBND TP Cần Thơ ông Trương Quang Hoài, thành phố sẽ kiểm tra.",
            "Trương Quang Hoài",
            [("Phó Chủ tịch", "Ủy ban nhân dân thành phố")],
        ),
        (
            "Ý kiến của đại biểu Quốc hội Đỗ Văn Sinh cho rằng cần sửa luật.",
            "Đỗ Văn Sinh",
            [("Đại biểu Quốc hội", None)],
        ),
        (
            "Theo Viện phó VKSND tỉnh Lạng Sơn Hoàng Văn Nghiệm, vụ án đang được điều tra lại.",
            "Hoàng Văn Nghiệm",
            [("Phó Viện trưởng", "Viện Kiểm sát nhân dân tỉnh")],
        ),
    ],
)
def test_a_post_in_lower_case_right_before_its_holders_name(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    [mention] = [m for m in officials(text) if m.chain]
    assert (mention.name, posts(mention)) == (name, expected)


def test_a_post_in_lower_case_before_no_name_is_no_post() -> None:
    # a city's name mistyped after the post is no person; a capitalised "Ông" starts the next sentence
    assert officials("Do vậy, chủ tịch UBND TP Hà Nôi yêu cầu các đơn vị rút kinh nghiệm.") == []
    text = "Giao trách nhiệm cho chủ tịch phường Ông Lê Văn Tân, Phó Chủ tịch UBND quận 12, cho biết thêm."
    assert [(m.name, posts(m)) for m in officials(text) if m.chain] == [
        ("Lê Văn Tân", [("Phó Chủ tịch", "Ủy ban nhân dân quận")])
    ]


def test_a_presidium_is_a_board_not_its_chairs_post() -> None:
    text = "Tán thành với báo cáo của Đoàn Chủ tịch MTTQ Việt Nam, Phó Chủ tịch Quốc hội Uông Chu Lưu nêu rõ."
    assert [(m.name, posts(m)) for m in officials(text) if m.chain] == [
        ("Uông Chu Lưu", [("Phó Chủ tịch Quốc hội", None)])
    ]


def test_a_bare_former_post_shares_its_past_not_its_body_with_the_post_after_it() -> None:
    text = "Bà Hoài là con gái của ông Trần Đình Mạnh, nguyên Bí thư, Chủ tịch UBND huyện Tuy Đức."
    [mention] = [m for m in officials(text) if m.chain]
    assert posts(mention) == [("Bí thư", None), ("Chủ tịch", "Ủy ban nhân dân huyện")]  # each as printed
    assert all(p.former for p in mention.chain.posts)
    current = text.replace("nguyên Bí thư", "Phó Bí thư")
    [mention] = [m for m in officials(current) if m.chain]
    assert not any(p.former for p in mention.chain.posts)


def test_an_acting_post_and_an_aside_between_name_and_post() -> None:
    text = (
        "báo cáo về trường hợp bổ nhiệm bà Trần Trương Mạnh Hoài (SN 1986) - huyện ủy viên, Bí thư huyện đoàn "
        "huyện Tuy Đức. Ngày 17/3/2015, bà Hoài được bổ nhiệm làm Quyền Trưởng Phòng GD&ĐT huyện Tuy Đức."
    )
    found = [m for m in officials(text) if m.chain]
    assert {m.name for m in found} == {"Trần Trương Mạnh Hoài"}
    acting = next(p for m in found for p in m.chain.posts if p.acting)
    assert (acting.role.role, acting.organization.name) == ("Trưởng", "Phòng Giáo dục và Đào tạo huyện")
    assert not any(p.acting for p in found[0].chain.posts)  # "huyện ủy viên, Bí thư huyện đoàn": no "Quyền"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sau đó 1 năm, bà Hoài được điều động, phân công làm Bí thư Huyện đoàn Tuy Đức.", "Lê Thị Hoài"),
        ("Hiện ông Mạnh là PGĐ Sở KH-CN tỉnh Đắk Nông.", "Trần Đình Mạnh"),
        ("Năm 2015, ông Nguyễn Văn Bình được bầu giữ chức Chủ tịch UBND xã Tân Lập.", "Nguyễn Văn Bình"),
        ("Ông Phạm Quốc Hưng vừa được điều động vào chức danh bí thư Huyện ủy Yên Minh.", "Phạm Quốc Hưng"),
        ("Ông Phạm Quốc Hưng thôi giữ chức trưởng Ban Dân vận Tỉnh ủy để nhận nhiệm vụ mới.", "Phạm Quốc Hưng"),
    ],
)
def test_a_post_given_to_a_person_named_before_the_verb(text: str, name: str) -> None:
    known = "Bà Lê Thị Hoài, Phó Chủ tịch HĐND huyện, và ông Trần Đình Mạnh, Chủ tịch UBND huyện, dự họp. "
    found = [m for m in officials(known + text) if m.chain and m.start > len(known)]
    assert [m.name for m in found] == [name]


def test_a_bare_post_or_an_unknown_given_name_is_given_to_nobody() -> None:
    text = (
        "Bà Lê Thị Hoài dự họp. Ông Mạnh đang giữ chức Chủ tịch. Sau đó, ông Tuấn được bổ nhiệm làm Giám đốc Sở Y tế."
    )
    assert [m for m in officials(text) if m.chain] == []


def test_a_delegate_with_a_province_in_brackets_is_a_deputy_of_the_national_assembly() -> None:
    text = (
        "Thảo luận tại hội trường chiều nay, ĐB Bùi Văn Phương (Ninh Bình) khẳng định cần giữ quy định. "
        "ĐB Nguyễn Thanh Hồng (TP.HCM) phân tích thêm. ĐB Nguyễn Thị Thanh Vân (Hội Nông dân) đồng tình."
    )
    found = [(m.name, posts(m)) for m in officials(text) if m.chain]
    assert found == [
        ("Bùi Văn Phương", [("Đại biểu Quốc hội", None)]),
        ("Nguyễn Thanh Hồng", [("Đại biểu Quốc hội", None)]),
    ]


def test_a_deputy_with_a_province_in_brackets_keeps_the_post_printed_after() -> None:
    text = "ĐB Trần Văn Khải (Bình Định), Chủ tịch Liên đoàn Luật sư Việt Nam phát biểu tại hội trường."
    record = extract(text + " Nhiều đại biểu đồng tình với đề xuất sửa luật và đề nghị ban soạn thảo tiếp thu." * 3)
    [official] = record.officials
    assert {p.title for p in official.positions} == {"Đại biểu Quốc hội", "Chủ tịch Liên đoàn Luật sư"}
    assert len(official.mentions) == 1


def test_quyen_after_a_capitalised_word_ends_a_name_and_is_no_acting_post() -> None:
    [chain] = find_chains("Sáng nay, ông Lê Văn Quyền Chủ tịch UBND xã Tân Lập cho biết")
    assert not chain.posts[0].acting


def test_a_bare_province_between_a_body_and_a_name_is_the_bodys_place() -> None:
    [mention] = [m for m in officials("Ngày 22/4, Chủ tịch UBND Hà Nội Nguyễn Đức Chung đã về xã Đồng Tâm.") if m.chain]
    assert mention.name == "Nguyễn Đức Chung"
    assert posts(mention) == [("Chủ tịch", "Ủy ban nhân dân thành phố")]


def test_ministers_of_fields_printed_without_va_and_national_bodies() -> None:
    text = (
        "Đoàn có Trương Minh Tuấn - Bộ trưởng Bộ Thông tin Truyền thông, Nguyễn Xuân Thắng - Giám đốc Học viện "
        "Chính trị quốc gia Hồ Chí Minh, Bùi Văn Cường - Chủ tịch Tổng Liên đoàn Lao động Việt Nam."
    )
    assert [(m.name, posts(m)) for m in officials(text) if m.chain] == [
        ("Trương Minh Tuấn", [("Bộ trưởng", "Bộ Thông tin và Truyền thông")]),
        ("Nguyễn Xuân Thắng", [("Giám đốc", "Học viện Chính trị quốc gia Hồ Chí Minh")]),
        ("Bùi Văn Cường", [("Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")]),
    ]


def test_a_name_right_before_the_post_after_an_honorific() -> None:
    text = "“Chúng tôi sẽ làm” - ông Hồ Quang Bửu Chủ tịch UBND huyện Nam Trà My cho hay."
    [mention] = [m for m in officials(text) if m.chain]
    assert (mention.name, posts(mention)) == ("Hồ Quang Bửu", [("Chủ tịch", "Ủy ban nhân dân huyện")])
    assert [m for m in officials("Tại Hà Nội Chủ tịch UBND thành phố cho hay.") if m.chain] == []


def test_departments_of_tourism_and_of_planning_and_architecture() -> None:
    text = "Phó giám đốc Sở Du lịch TP. HCM Lã Quốc Khánh và Sở Quy hoạch - Kiến trúc TP.HCM cho biết"
    [mention] = [m for m in officials(text) if m.chain]
    assert (mention.name, posts(mention)) == ("Lã Quốc Khánh", [("Phó Giám đốc", "Sở Du lịch thành phố")])


def test_a_photo_credit_run_into_a_name_ends_at_the_honorific() -> None:
    text = "Giấy phép nuôi hổ đã hết hiệu lực. Ảnh: Hồng Đức Ông Lê Bá Lộc - Bí thư Đảng ủy xã Quảng Phú cho biết."
    [mention] = [m for m in officials(text) if m.chain]
    assert mention.name == "Lê Bá Lộc"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("giao Bộ trưởng Tài nguyên và Môi trường Trần Hồng Hà tổ chức", ("Bộ trưởng", "Bộ Tài nguyên và Môi trường")),
        ("Thứ trưởng Giao thông vận tải Lê Đình Thọ nói", ("Thứ trưởng", "Bộ Giao thông vận tải")),
        # a ministry outside the fields of departments, and not the police of a level ("Công an")
        ("Bộ trưởng Ngoại giao Phạm Bình Minh đã có cuộc hội đàm", ("Bộ trưởng", "Bộ Ngoại giao")),
        ("Bộ trưởng Công an Tô Lâm cho biết", ("Bộ trưởng", "Bộ Công an")),
        ("Thứ trưởng Quốc phòng Nguyễn Chí Vịnh nói", ("Thứ trưởng", "Bộ Quốc phòng")),
    ],
)
def test_a_minister_named_by_the_field_alone(text: str, expected: tuple[str, str]) -> None:
    [mention] = [m for m in officials(text) if m.chain]
    assert posts(mention) == [expected]


def test_a_post_after_the_age_in_brackets() -> None:
    text = "Công an đã bắt giữ 4 người, trong đó có cụ Lê Đình Kình (82 tuổi, nguyên Bí thư Đảng ủy xã). Ngày 15/4"
    chains = find_chains(text)
    assert [(o.name, o.chain.posts[0].former) for o in find_officials(text, chains) if o.chain] == [
        ("Lê Đình Kình", True)
    ]


def test_a_post_given_to_a_person_named_in_full_elsewhere() -> None:
    text = (
        "Ban Chấp hành đã hiệp thương cử ông Trần Thanh Mẫn thay ông Nguyễn Thiện Nhân. Ông Nhân được phân "
        "công làm Bí thư Thành ủy TP.HCM nhiệm kỳ 2015-2020."
    )
    chains = find_chains(text)
    assert [o.name for o in find_officials(text, chains) if o.chain] == ["Nguyễn Thiện Nhân"]


def test_a_thai_family_name() -> None:
    text = "Chiều tối 28/6, Ủy viên Bộ Chính trị, Phó Chủ tịch Thường trực Quốc hội Tòng Thị Phóng đã gặp mặt học viên"
    assert [o.name for o in find_officials(text, find_chains(text)) if o.chain] == ["Tòng Thị Phóng"]


def test_the_post_held_now_after_nay_la_and_a_minister_misspelt() -> None:
    text = (
        "Người ký quyết định là bà Phạm Thị Thanh Trà - Chủ tịch UBND tỉnh Yên Bái nay là Bí thư Tỉnh ủy Yên "
        "Bái. Tại hội nghị, PGS-TS Phạm Lê Tuấn, Thứ tưởng Bộ Y tế, cho biết thông tư có hiệu lực."
    )
    found = {m.name: posts(m) for m in officials(text) if m.chain}
    assert found == {
        "Phạm Thị Thanh Trà": [("Chủ tịch", "Ủy ban nhân dân tỉnh"), ("Bí thư", "Tỉnh ủy")],
        "Phạm Lê Tuấn": [("Thứ trưởng", "Bộ Y tế")],
    }
    # "hiện là" names the post held now: a former post before it passes on no past
    [mention] = [m for m in officials("ông Lê Văn An, nguyên Giám đốc, hiện là Phó Chủ tịch UBND tỉnh") if m.chain]
    assert [p.former for p in mention.chain.posts] == [True, False]


def test_deputies_of_the_body_in_session() -> None:
    council = (
        "Sáng 12/7, HĐND tỉnh Bắc Ninh khóa XVIII khai mạc kỳ họp thứ 5. Tại phiên thảo luận, ĐB Trần Thị Bình, "
        "Phó Bí thư Huyện ủy Yên Phong cho rằng cần tăng cường kiểm tra. Đại biểu Lê Văn Cường đồng tình với ý "
        "kiến này và đề nghị UBND tỉnh chỉ đạo quyết liệt hơn nữa trong công tác quản lý đất đai."
    )
    found = {o.name: {p.title for p in o.positions} for o in extract(council).officials}
    assert found == {
        "Trần Thị Bình": {"Phó Bí thư Huyện ủy", "Đại biểu Hội đồng nhân dân tỉnh"},
        "Lê Văn Cường": {"Đại biểu Hội đồng nhân dân tỉnh"},
    }
    assembly = (
        "Chiều 30/5, các đại biểu Quốc hội thảo luận ở tổ về dự thảo Luật Tố cáo sửa đổi. ĐB Nguyễn Hữu Chính "
        "đề xuất cho phép tố cáo qua thư điện tử. Một số ý kiến khác đề nghị không xử lý đơn nặc danh, vì dễ "
        "dẫn tới tố cáo bừa bãi, gây tổn hại uy tín của người bị tố cáo."
    )
    assert [(o.name, [p.title for p in o.positions]) for o in extract(assembly).officials] == [
        ("Nguyễn Hữu Chính", ["Đại biểu Quốc hội"])
    ]


def test_a_delegate_at_a_conference_is_no_deputy() -> None:
    text = (
        "Sáng 5/6, Ủy ban MTTQ thành phố tổ chức hội nghị phản biện dự thảo đề án quản lý xe hợp đồng điện tử. "
        "Đại biểu Vũ Ngọc Anh đánh giá loại hình này mang lại nhiều tiện ích cho người dân. "
        + "Các ý kiến góp ý tập trung vào quản lý số lượng xe, thu thuế và bảo đảm cạnh tranh bình đẳng. " * 8
        + "Dự thảo sẽ được trình kỳ họp HĐND thành phố Hà Nội vào tháng 7 tới sau khi tiếp thu ý kiến góp ý."
    )
    assert extract(text).officials == []


def test_a_board_named_after_a_post_is_no_post() -> None:
    text = (
        "Theo quyết định của Ban Bí thư, Thứ trưởng Bộ Tài chính Lê Văn Bình giữ chức Phó Bí thư Tỉnh ủy. "
        "Thường trực Ban Bí thư Hoàng Minh Khôi đã ký quyết định; Ban Giám đốc Sở Y tế tỉnh Trần Thị Hoa dự."
    )
    assert {m.name: posts(m) for m in officials(text) if m.chain} == {
        "Lê Văn Bình": [("Thứ trưởng", "Bộ Tài chính")],
        "Hoàng Minh Khôi": [("Thường trực Ban Bí thư", None)],
    }


def test_a_list_of_post_holders_gives_each_post_to_the_name_after_it() -> None:
    text = (
        "Dự lễ có Chủ tịch nước Trần Văn Khang, Thủ tướng Lê Minh Phú, Chủ tịch QH Nguyễn Thị Hồng Hạnh, "
        "Trưởng Ban Tổ chức Trung ương Phạm Quốc Việt. Bí thư Tỉnh ủy Đỗ Văn An, Trưởng đoàn ĐBQH tỉnh phát biểu."
    )
    assert [(m.name, posts(m)) for m in officials(text) if m.chain] == [
        ("Trần Văn Khang", [("Chủ tịch nước", None)]),
        ("Lê Minh Phú", [("Thủ tướng Chính phủ", None)]),
        ("Nguyễn Thị Hồng Hạnh", [("Chủ tịch Quốc hội", None)]),
        ("Phạm Quốc Việt", [("Trưởng", "Ban Tổ chức Trung ương")]),
        ("Đỗ Văn An", [("Bí thư", "Tỉnh ủy")]),
        ("Đỗ Văn An", [("Trưởng", "Đoàn đại biểu Quốc hội tỉnh")]),  # no name after it: the same man's post
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chủ tịch Hà Nội Lê Quang Vinh cho biết thành phố sẽ rà soát.",
            "Lê Quang Vinh",
            "Chủ tịch Ủy ban nhân dân thành phố",
        ),
        ("Phó Bí thư Yên Bái Hà Văn Tuấn dự buổi lễ.", "Hà Văn Tuấn", "Phó Bí thư Tỉnh ủy"),
        (
            "Chủ tịch UBTW MTTQ VN Trần Hữu Nhân chủ trì.",
            "Trần Hữu Nhân",
            "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        (
            "Phó Thủ tướng Thường trực Trương Văn Bình yêu cầu các bộ.",
            "Trương Văn Bình",
            "Phó Thủ tướng Thường trực Chính phủ",
        ),
    ],
)
def test_a_post_then_a_bare_province_or_an_abbreviation_then_the_name(text: str, name: str, title: str) -> None:
    record = extract(text + " Buổi làm việc có đại diện các sở, ngành và lãnh đạo địa phương tham dự." * 3)
    assert [(o.name, [p.title for p in o.positions]) for o in record.officials] == [(name, [title])]


def test_the_president_is_no_city() -> None:
    text = "Mối quan hệ do Chủ tịch Hồ Chí Minh xây dựng nền móng được vun đắp. " * 4
    assert [a.name for a in extract(text).agencies] == []


def test_a_former_or_acting_post_keeps_the_capitals_of_its_title() -> None:
    text = (
        "Ông Võ Văn Hải, nguyên Bí thư Huyện ủy, và bà Lê Thị Mai, Quyền Trưởng phòng GD&ĐT huyện, "
        "đã dự buổi làm việc với đoàn kiểm tra của tỉnh về công tác cán bộ trên địa bàn huyện. "
    ) * 2
    record = extract(text)
    assert {o.name: [p.title for p in o.positions] for o in record.officials} == {
        "Võ Văn Hải": ["Nguyên Bí thư Huyện ủy"],
        "Lê Thị Mai": ["Quyền Trưởng Phòng Giáo dục và Đào tạo huyện"],
    }


def test_a_standing_deputy_head_after_a_shared_seat_is_a_post_not_a_name() -> None:
    text = (
        "Dự hội nghị có các Ủy viên Trung ương Đảng: Phó Trưởng Ban thường trực Ban Tổ chức Trung ương Hà Minh "
        "Khoa, Bí thư Tỉnh ủy Lò Thị Hương. Ông Vi Văn Sơn, Phó trưởng ban Thường trực Ban Dân vận Tỉnh ủy phát biểu."
    )
    found: dict[str, set[tuple[str, str | None]]] = {}
    for m in officials(text):
        if m.chain:
            found.setdefault(m.name, set()).update(posts(m))
    assert set(found) == {"Hà Minh Khoa", "Lò Thị Hương", "Vi Văn Sơn"}
    assert ("Phó Trưởng Ban Thường trực", "Ban Tổ chức Trung ương") in found["Hà Minh Khoa"]
    assert found["Vi Văn Sơn"] == {("Phó Trưởng Ban Thường trực", "Ban Dân vận Tỉnh ủy")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nguyên Tổng Giám đốc Vinaconex Nguyễn Văn Tuân cho biết đã nộp đủ tiền.", "Nguyễn Văn Tuân"),
        ("TGĐ Mekong Airways Hoàng Văn Lâm nói hãng sẽ bồi thường.", "Hoàng Văn Lâm"),
        # an ethnic name keeps syllables that are not Kinh ones
        ("Đại biểu Quốc hội Ksor Phước Hà phát biểu tại tổ.", "Ksor Phước Hà"),
    ],
)
def test_a_brand_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert [m.name for m in officials(text) if m.chain] == [name]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ông Lê Văn Hòa, Chánh Văn phòng, người phát ngôn của UBND tỉnh Lạng Sơn cho biết.",
            "Chánh Văn phòng Ủy ban nhân dân tỉnh",
        ),
        (
            "Ông Lê Văn Hòa, Chánh văn phòng kiêm người phát ngôn của UBND TP Cần Thơ cho biết.",
            "Chánh Văn phòng Ủy ban nhân dân thành phố",
        ),
        ("Thiếu tướng Lê Văn Hòa, Chánh Văn phòng, Người phát ngôn Bộ Công an cho biết.", "Chánh Văn phòng Bộ Công an"),
    ],
)
def test_an_office_named_after_its_spokespersons_post(text: str, title: str) -> None:
    record = extract("Tin tức\n\n" + text + " Sự việc đang được các cơ quan chức năng làm rõ theo quy định." * 4)
    assert [(o.name, [p.title for p in o.positions]) for o in record.officials] == [("Lê Văn Hòa", [title])]


def test_central_party_posts_abbreviated_t_u() -> None:
    text = "Dự có đồng chí Phạm Văn Minh, Bí thư T.Ư Đảng, Trưởng Ban Tổ chức T.Ư phát biểu."
    [mention] = [m for m in officials(text) if m.chain]
    assert posts(mention) == [("Bí thư Trung ương Đảng", None), ("Trưởng", "Ban Tổ chức Trung ương")]


def test_a_management_zone_is_a_body_in_a_post() -> None:
    text = "Ông Nguyễn Văn Ninh, Giám đốc Khu Quản lý giao thông đô thị số 1 cho biết sẽ sửa mặt đường."
    [mention] = officials(text)
    assert posts(mention) == [("Giám đốc", "Khu Quản lý giao thông đô thị số 1")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Thủ tướng sẽ hội đàm với Thủ tướng Nhật Bản Shinzo Abe tại Tokyo.", "Shinzo Abe", "Thủ tướng Nhật Bản"),
        ("Phó Thủ tướng Nga Alexander Novak cho biết giá dầu sẽ tăng.", "Alexander Novak", "Phó Thủ tướng Nga"),
        ("Chủ tịch QH Campuchia Samdech Heng Samrin phát biểu.", "Heng Samrin", "Chủ tịch Quốc hội Campuchia"),
        # a name in Vietnamese syllables, and a country abbreviated
        (
            "Theo lời mời của Chủ tịch nước CHND Trung Hoa Tập Cận Bình, đoàn sang thăm.",
            "Tập Cận Bình",
            "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa",
        ),
        ("Ngoại trưởng Mỹ Rex Tillerson cho biết sẽ thăm Hà Nội.", "Rex Tillerson", "Ngoại trưởng Mỹ"),
        ("Tổng thống Mỹ Donald Trump cho biết sẽ dự hội nghị.", "Donald Trump", "Tổng thống Mỹ"),
        # an envoy, of another country here or of this one abroad; a name before the post
        ("Đại sứ Phần Lan tại Việt Nam Kari Kahiluoto cho biết.", "Kari Kahiluoto", "Đại sứ Phần Lan tại Việt Nam"),
        # the name after a comma and an honorific, its syllables joined by a dash
        (
            "Ông Phong tiếp Đại sứ Phần Lan tại Việt Nam, ông IIkka-Pekke Simila.",
            "IIkka-Pekke Simila",
            "Đại sứ Phần Lan tại Việt Nam",
        ),
        (
            "Ông Đặng Minh Khôi, Đại sứ Việt Nam tại Trung Quốc cho biết.",
            "Đặng Minh Khôi",
            "Đại sứ Việt Nam tại Trung Quốc",
        ),
        ("Ông Shinzo Abe, Thủ tướng Nhật Bản cho biết sẽ thăm Hà Nội.", "Shinzo Abe", "Thủ tướng Nhật Bản"),
        # a commune named after a country ("Đức") is no country
        ("Ông Trần Quốc Thể, Chủ tịch UBND xã Đức Lạng cho biết.", "Trần Quốc Thể", "Chủ tịch"),
    ],
)
def test_a_post_of_another_country_is_written_with_the_country(text: str, name: str, title: str) -> None:
    found = [(m.name, [p.role.role for p in m.chain.posts]) for m in officials(text) if m.chain]
    assert found == [(name, [title])]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Trần Lưu Hoa, Trưởng phòng Phòng GD&ĐT quận cho biết.",
        "Ông Trần Lưu Hoa, Trưởng ban Ban Dân vận Huyện ủy cho biết.",
    ],
)
def test_a_head_word_printed_twice_names_the_body_once(text: str) -> None:
    [mention] = [m for m in officials(text) if m.chain]
    assert mention.name == "Trần Lưu Hoa" and len(posts(mention)) == 1
    role, body = posts(mention)[0]
    assert role == "Trưởng" and body.split()[0] in ("Phòng", "Ban") and body.split()[1] not in ("Phòng", "Ban")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Phó Chủ tịch UBND xã Tân Lập (Thạch Hà) Nguyễn Văn Hải cho biết.",
            "Nguyễn Văn Hải",
            [("Phó Chủ tịch", "Ủy ban nhân dân xã")],
        ),
        (
            "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (UBTW MTTQ) Việt Nam Nguyễn Thiện Nhân phát biểu.",
            "Nguyễn Thiện Nhân",
            [("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")],
        ),
        ("Ông Lê Đình Ba, Phó trưởng thôn Hoành cho biết.", "Lê Đình Ba", [("Phó Trưởng thôn", None)]),
        (
            "Ông Nguyễn Văn Bình, Trưởng Ban Kinh tế Trung ương cho biết.",
            "Nguyễn Văn Bình",
            [("Trưởng", "Ban Kinh tế Trung ương")],
        ),
        (
            "Ông Thái Thanh Quý, Ủy viên dự khuyết Trung ương Đảng, Chánh Văn phòng Tỉnh ủy cho biết.",
            "Thái Thanh Quý",
            [("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", None), ("Chánh", "Văn phòng Tỉnh ủy")],
        ),
    ],
)
def test_bracketed_place_alternate_member_deputy_village_head(text: str, name: str, expected: list) -> None:
    [mention] = [m for m in officials(text) if m.chain]
    assert (mention.name, posts(mention)) == (name, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Trần Tuấn Anh, Ủy viên Hội đồng Lý luận Trung ương, Bộ trưởng Bộ Công Thương cho biết.", "Trần Tuấn Anh"),
        # a name between the commas holds the post
        ("Bà Nguyễn Thị Sinh, vợ ông Lê Hoàng Phong, Giám đốc Sở Xây dựng cho biết.", "Lê Hoàng Phong"),
    ],
)
def test_a_post_the_lexicon_does_not_read_between_a_name_and_a_post_it_does(text: str, expected: str) -> None:
    assert [m.name for m in officials(text) if m.chain] == [expected]


def test_a_capitalised_honorific_after_a_post_opens_the_next_sentence() -> None:
    text = "Ông Đinh La Thăng làm Phó trưởng Ban Kinh tế Trung ương Ông Phạm Minh Chính sau đó công bố quyết định."
    assert [(m.name, posts(m)) for m in officials(text) if m.chain] == [
        ("Đinh La Thăng", [("Phó Trưởng", "Ban Kinh tế Trung ương")])
    ]


def test_a_listed_seat_runs_over_semicolons_when_each_holds_one_person() -> None:
    def seated(text: str, seat: str) -> list[str]:
        return [m.name for m in officials(text) if m.chain and [p.role.role for p in m.chain.posts] == [seat]]

    text = (
        "Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng Trương Hòa Bình; Thượng tướng Tô Lâm, "
        "Bộ trưởng Bộ Công an; Hoàng Trung Hải, Bí thư Thành ủy Hà Nội."
    )
    assert seated(text, "Ủy viên Bộ Chính trị") == ["Trương Hòa Bình", "Tô Lâm", "Hoàng Trung Hải"]
    # a first group of several people closes the list at ";"
    text = (
        "Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng Trương Hòa Bình, Bộ trưởng Bộ Công an Tô Lâm; "
        "Phó Tổng Biên tập Phan Văn Cường."
    )
    assert seated(text, "Ủy viên Bộ Chính trị") == ["Trương Hòa Bình", "Tô Lâm"]


def test_an_embassy_is_no_envoy() -> None:
    text = "Về phía Nhật Bản có ông Toru Kodama, Bí thư thứ nhất, Đại sứ quán Nhật Bản tại Việt Nam."
    assert all("Đại sứ" not in p[0] for m in officials(text) if m.chain for p in posts(m))


def test_a_former_post_is_printed_with_nguyen_or_cuu() -> None:
    for prefix in ("nguyên", "cựu"):
        [mention] = [m for m in officials(f"Ông Lê Thanh Hải, {prefix} Bí thư Thành ủy cho biết.") if m.chain]
        assert mention.name == "Lê Thanh Hải" and mention.chain.posts[0].former


def test_a_foreign_prime_minister_names_no_vietnamese_government() -> None:
    text = (
        "Tin thế giới\n\nThủ tướng Nhật Bản Shinzo Abe cho biết sẽ thăm khu vực." + " Chuyến thăm kéo dài ba ngày." * 8
    )
    record = extract(text)
    assert [(o.name, [p.title for p in o.positions]) for o in record.officials] == [
        ("Shinzo Abe", ["Thủ tướng Nhật Bản"])
    ]
    assert "Chính phủ" not in [a.name for a in record.agencies]


def test_a_seat_on_the_assemblys_standing_board_and_a_chair_of_an_alliance() -> None:
    text = (
        "Ông Trần Văn Mạnh, Ủy viên Ủy ban Thường vụ Quốc hội, phát biểu. Ông Lê Hữu Tâm, Chủ tịch Liên minh Hợp "
        "tác xã Việt Nam cho biết."
    )
    seat, chair = officials(text)
    assert posts(seat) == [("Ủy viên Ủy ban Thường vụ Quốc hội", None)]
    assert posts(chair) == [("Chủ tịch", "Liên minh Hợp tác xã Việt Nam")]


def test_a_seat_on_the_assemblys_social_affairs_committee_by_its_2016_name() -> None:
    text = "Ông Trần Văn Lâm, Ủy viên thường trực Ủy ban Về các vấn đề xã hội của Quốc hội, cho rằng cần sửa luật."
    [mention] = officials(text)
    assert posts(mention) == [("Ủy viên Thường trực", "Ủy ban về các vấn đề xã hội của Quốc hội")]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # the standing deputy minister: "Thường trực" is part of the post, not a word that ends it
        (
            "Thứ trưởng Thường trực Bộ NN&PTNT Hà Công Tuấn trình bày tham luận",
            ("Thứ trưởng Thường trực", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ),
        # the full-time deputy head of a board
        (
            "Phó trưởng ban chuyên trách Ban An toàn giao thông TP Nguyễn Ngọc Tường cho biết",
            ("Phó Trưởng Ban chuyên trách", "Ban An toàn giao thông thành phố"),
        ),
        # the chief of the general staff, and the head of the State President's office
        (
            "Thượng tướng Phan Văn Giang, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam phát biểu",
            ("Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", None),
        ),
        ("Ông Đào Việt Trung, Chủ nhiệm Văn phòng Chủ tịch nước phát biểu", ("Chủ nhiệm", "Văn phòng Chủ tịch nước")),
        # the secretary of a council's party group
        ("Ông Nguyễn Văn An, Bí thư Đảng đoàn HĐND tỉnh phát biểu", ("Bí thư", "Đảng đoàn Hội đồng nhân dân tỉnh")),
        # the head of a commune's health station
        ("Ông Bùi Minh Thông, Trưởng trạm Y tế xã Gia Thanh bị khiển trách", ("Trưởng", "Trạm Y tế xã")),
    ],
)
def test_posts_the_lexicon_holds(text: str, post: tuple[str, str | None]) -> None:
    [mention] = officials(text)
    assert posts(mention) == [post]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Ê Đê, M'nông and Gia Rai names print a glottal stop with a typographic apostrophe as well as a plain one
        ("Ông Y Khương H’long, Phó Chủ tịch UBND xã Yang Tao cho biết", "Y Khương H’long"),
        ("Bà H’Yim Kđoh, Phó Chủ tịch UBND tỉnh phát biểu", "H’Yim Kđoh"),
        ("Ông Điểu K'ré, Phó Bí thư Tỉnh ủy Đắk Nông phát biểu", "Điểu K'ré"),
    ],
)
def test_names_of_the_central_highlands_with_an_apostrophe(text: str, name: str) -> None:
    assert [m.name for m in officials(text)] == [name]


@pytest.mark.parametrize("dash", [" - ", " – "])
def test_a_name_set_off_by_dashes_after_the_post(dash: str) -> None:
    # "Phó Chủ tịch UBND huyện Thanh Trì - bà Phạm Thị Thu Huyền cho biết", as with a comma
    text = f"Phó Chủ tịch UBND huyện Thanh Trì{dash}bà Phạm Thị Thu Huyền cho biết năm học mới có nhiều thay đổi"
    [mention] = officials(text)
    assert mention.name == "Phạm Thị Thu Huyền"
    assert posts(mention) == [("Phó Chủ tịch", "Ủy ban nhân dân huyện")]


def test_the_head_of_a_police_or_order_team_holds_a_post() -> None:
    text = "Thiếu tá Nguyễn Thanh Hiên, Đội trưởng Đội Tuần tra kiểm soát 188, Phòng CSGT Công an tỉnh cho biết"
    [mention] = officials(text)
    assert posts(mention)[0] == ("Đội trưởng", "Đội Tuần tra kiểm soát 188")
    text = "Ông Nguyễn Văn An, Phó Đội trưởng Đội CSGT số 1 - Công an huyện cho biết"
    [mention] = officials(text)
    assert posts(mention) == [("Phó Đội trưởng", "Đội Cảnh sát giao thông số 1 Công an huyện")]
    # a work crew's leader holds no public post
    assert officials("Anh Nguyễn Văn An, đội trưởng đội thi công của công ty cho biết") == []


@pytest.mark.parametrize("city", ["TP.HCM", "TP.Đà Nẵng", "TP Đà Nẵng"])
def test_the_office_of_a_city_committee_printed_with_a_glued_city(city: str) -> None:
    # "Chánh Văn phòng UBND TP.HCM Võ Văn Hoan": the city glued to the level word's dot is the place, not the name
    [mention] = officials(f"Chánh Văn phòng UBND {city} Võ Văn Hoan cho biết")
    assert mention.name == "Võ Văn Hoan"
    assert posts(mention) == [("Chánh", "Văn phòng Ủy ban nhân dân thành phố")]


@pytest.mark.parametrize(
    "text",
    [
        "Bà Đặng Thị Hồng Liên – nguyên Chủ tịch UBND quận 9 (hiện đang là Bí thư Quận ủy quận 9) cho biết",
        "Bà Đặng Thị Hồng Liên, nguyên Chủ tịch UBND quận 9, hiện là Bí thư Quận ủy quận 9 cho biết",
    ],
)
def test_the_post_held_now_after_a_former_one(text: str) -> None:
    [mention] = officials(text)
    assert posts(mention) == [("Chủ tịch", "Ủy ban nhân dân quận"), ("Bí thư", "Quận ủy")]
    assert [p.former for p in mention.chain.posts] == [True, False]
