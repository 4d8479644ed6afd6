"""agencies: heads from the lexicon, canonical names with the level word, kinds (SPEC §4)."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.rules.agencies import dominant_level, find_agencies, match_agency_at, resolve_levels


def names(text: str, home: str | None = None) -> list[tuple[str, str | None, str]]:
    """(canonical name, level, kind) of every agency in `text`, levels resolved."""
    return [(m.name, m.level, m.kind) for m in resolve_levels(text, find_agencies(text), home)]


def test_a_shared_level_word_serves_the_whole_list() -> None:
    text = "UBND, Ủy ban MTTQ và các đoàn thể CT - XH huyện ký kết chương trình phối hợp"
    assert names(text) == [
        ("Ủy ban nhân dân huyện", "huyện", "people_committee"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "huyện", "fatherland_front"),
        ("Các đoàn thể chính trị - xã hội huyện", "huyện", "mass_organization"),
    ]


def test_place_name_is_dropped_and_level_kept() -> None:
    text = "Ban Thường trực Ủy ban MTTQ Việt Nam quận Hoàn Kiếm tổ chức hội nghị tổng kết"
    [mention] = find_agencies(text)
    assert mention.name == "Ủy ban Mặt trận Tổ quốc Việt Nam quận"
    assert (mention.level, mention.place) == ("quận", "Hoàn Kiếm")
    assert mention.entry.abbreviation == "UBMTTQ"


def test_level_less_heads_take_the_articles_level() -> None:
    text = "sự phối hợp của Thường trực HĐND, UBND và các ngành liên quan"
    assert names(text, home="quận") == [
        ("Hội đồng nhân dân quận", "quận", "people_council"),
        ("Ủy ban nhân dân quận", "quận", "people_committee"),
    ]


def test_units_named_in_a_list_get_their_kinds() -> None:
    text = "lãnh đạo các đơn vị: Thanh tra, LĐLĐ, Hội CCB, Hội LHPN, Quận Đoàn Hoàn Kiếm."
    assert names(text, home="quận") == [
        ("Thanh tra quận", "quận", "inspectorate"),
        ("Liên đoàn Lao động quận", "quận", "mass_organization"),
        ("Hội Cựu chiến binh quận", "quận", "mass_organization"),
        ("Hội Liên hiệp Phụ nữ quận", "quận", "mass_organization"),
        ("Quận Đoàn", "quận", "mass_organization"),
    ]


def test_standing_organ_counts_as_the_body() -> None:
    text = "tham mưu kịp thời cho Huyện ủy, BTV Huyện ủy giải pháp giải quyết thấu đáo"
    assert names(text) == [("Huyện ủy", "huyện", "party_committee")] * 2


def test_party_board_belongs_to_its_committee() -> None:
    text = "Đồng chí Nguyễn Thế Quyền - UVBTV, Trưởng Ban Dân vận HU, Chủ tịch UBMTTQ Việt Nam huyện"
    mention = match_agency_at(text, text.index("Ban Dân vận"))
    assert mention is not None
    assert (mention.name, mention.kind, mention.level) == ("Ban Dân vận Huyện ủy", "party_board", "huyện")


def test_collective_written_with_a_comma() -> None:
    text = "phối hợp giữa UBND, UBMTTQ và các đoàn thể chính trị, xã hội quận đã đạt được"
    assert names(text)[-1] == ("Các đoàn thể chính trị - xã hội quận", "quận", "mass_organization")


@pytest.mark.parametrize(
    "text",
    [
        "UBND các cấp, các cơ quan chức năng đã giải quyết kịp thời những kiến nghị",
        "Từ đầu năm đến nay, MTTQ Việt Nam các cấp và các tổ chức thành viên trong huyện",
        "thực hiện tốt các chủ trương, chính sách của Đảng, pháp luật của Nhà nước",
        "góp phần xây dựng Nhà nước pháp quyền của nhân dân, do nhân dân và vì nhân dân",
        "yêu cầu các ban, ngành cùng vào cuộc thực hiện những nhiệm vụ chung",
    ],
)
def test_all_levels_unnamed_groups_and_abstractions_are_not_agencies(text: str) -> None:
    assert find_agencies(text) == []


def test_dominant_level_is_the_most_printed_one() -> None:
    text = "Chương trình phối hợp giữa UBND huyện Vân Đồn với UB MTTQ và các tổ chức chính trị - xã hội huyện"
    assert dominant_level(find_agencies(text)) == "huyện"


def test_mentions_point_into_the_text() -> None:
    text = "UBND, Ủy ban MTTQ và các đoàn thể CT - XH huyện ký kết"
    assert [text[m.start : m.end] for m in find_agencies(text)] == [
        "UBND",
        "Ủy ban MTTQ",
        "các đoàn thể CT - XH huyện",
    ]


def test_a_plural_level_list_names_one_body_per_level() -> None:
    text = "Thường trực HĐND tỉnh tổ chức giao ban với Thường trực HĐND các huyện, thành phố trong tỉnh"
    found = find_agencies(text)
    assert [(m.name, m.plural) for m in found] == [
        ("Hội đồng nhân dân tỉnh", False),
        ("Hội đồng nhân dân huyện", True),
        ("Hội đồng nhân dân thành phố", True),
    ]
    assert {text[m.start : m.end] for m in found if m.plural} == {"HĐND các huyện, thành phố"}


def test_central_boards_keep_trung_uong_as_printed() -> None:
    text = "lãnh đạo Ban Tổ chức Trung ương, Ủy ban Kiểm tra Trung ương, Văn phòng Trung ương Đảng và Ban Bí thư"
    assert [m.name for m in find_agencies(text)] == [
        "Ban Tổ chức Trung ương",
        "Ủy ban Kiểm tra Trung ương",
        "Văn phòng Trung ương Đảng",
        "Ban Bí thư Trung ương Đảng",
    ]


def test_a_foreign_front_is_its_own_fatherland_front() -> None:
    text = "Ủy ban MTTQ Việt Nam tỉnh hội đàm với Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Bò Kẹo"
    assert [(m.name, m.kind) for m in find_agencies(text)] == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "fatherland_front"),
        ("Ủy ban Mặt trận Lào xây dựng đất nước tỉnh", "fatherland_front"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Ông Lê Văn Tư, Chủ tịch UBND TT.Hậu Nghĩa cho biết", "Ủy ban nhân dân thị trấn", "Hậu Nghĩa"),
        ("lãnh đạo Phòng TN-MT H.Đức Hòa cho hay", "Phòng Tài nguyên và Môi trường huyện", "Đức Hòa"),
        ("Theo Chủ tịch UBND P.4 (Q.Gò Vấp)", "Ủy ban nhân dân phường", None),
    ],
)
def test_abbreviated_level_words_glued_to_the_name(text: str, name: str, place: str | None) -> None:
    mention = find_agencies(text)[0]
    assert (mention.name, mention.place) == (name, place)


def test_courts_procuracies_treasuries_and_hospitals_have_levels() -> None:
    text = (
        "VKSND huyện phê chuẩn quyết định; TAND tỉnh xét xử; Kho bạc Nhà nước huyện và Ngân hàng "
        "Chính sách xã hội tỉnh giải ngân; Bệnh viện Đa khoa tỉnh tiếp nhận; Ngân hàng Nhà nước chỉ đạo"
    )
    assert [(m.name, m.kind) for m in find_agencies(text)] == [
        ("Viện Kiểm sát nhân dân huyện", "other"),
        ("Tòa án nhân dân tỉnh", "other"),
        ("Kho bạc Nhà nước huyện", "public_service"),
        ("Ngân hàng Chính sách xã hội tỉnh", "public_service"),
        ("Bệnh viện Đa khoa tỉnh", "public_service"),
        ("Ngân hàng Nhà nước Việt Nam", "other"),
    ]


def test_a_front_work_board_sits_in_a_residential_area() -> None:
    text = (
        "Ban Công tác Mặt trận thôn Đông Hòa và Ban Thanh tra nhân dân xã cùng dự. "
        "Ban Công tác Mặt trận đã tổ chức ngày hội đại đoàn kết."
    )
    assert names(text) == [
        ("Ban Công tác Mặt trận thôn", "thôn", "other"),
        ("Ban Thanh tra nhân dân xã", "xã", "other"),
        ("Ban Công tác Mặt trận thôn", "thôn", "other"),  # named again without its area
    ]


def test_the_committee_after_a_list_of_boards_serves_each_board() -> None:
    text = "lãnh đạo Ban Kinh tế - Xã hội, Ban Pháp chế HĐND xã và Ban Tuyên giáo, Ban Dân vận Huyện ủy"
    assert [m.name for m in find_agencies(text)] == [
        "Ban Kinh tế - Xã hội Hội đồng nhân dân xã",
        "Ban Pháp chế Hội đồng nhân dân xã",
        "Ban Tuyên giáo Huyện ủy",
        "Ban Dân vận Huyện ủy",
    ]
    first = find_agencies(text)[0]
    assert text[first.start : first.end] == "Ban Kinh tế - Xã hội"
    assert find_agencies("thành lập Ban Kinh tế - Xã hội, đồng thời") == []  # a board of no named body


def test_a_bare_province_name_after_a_body_is_its_level() -> None:
    text = "Bệnh viện Đa khoa Hòa Bình báo cáo; Phòng CSGT đường thủy (Công an Đồng Nai); HĐND Hà Nội chất vấn"
    assert [(m.name, m.place) for m in find_agencies(text)] == [
        ("Bệnh viện Đa khoa tỉnh", "Hòa Bình"),
        ("Phòng Cảnh sát giao thông đường thủy Công an tỉnh", None),  # a unit of the police of Đồng Nai
        ("Công an tỉnh", "Đồng Nai"),
        ("Hội đồng nhân dân thành phố", "Hà Nội"),
    ]
    [sở] = find_agencies("Sở GD-ĐT Hà Nội yêu cầu")  # a body whose level is written only when printed
    assert sở.name == "Sở Giáo dục và Đào tạo"


def test_a_hospital_named_as_the_place_someone_is_or_goes_is_a_venue() -> None:
    assert find_agencies("hai người bị thương đang được cấp cứu tại Bệnh viện Đa khoa tỉnh Bắc Giang") == []
    assert find_agencies("người nhà chạy vội lên Bệnh viện Đa khoa huyện Yên Dũng thì đã muộn") == []
    [acting] = find_agencies("Bệnh viện Đa khoa tỉnh Bắc Giang đã báo cáo Sở vụ việc")
    assert acting.name == "Bệnh viện Đa khoa tỉnh"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chủ tịch BCH T.Ư Hội NDVN Lại Xuân Môn nhấn mạnh", "Trung ương Hội Nông dân Việt Nam"),
        ("Trung ương Đoàn TNCS Hồ Chí Minh tổ chức Lễ trao giải", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("giữa Chính phủ và Ủy ban T.Ư MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ],
)
def test_central_bodies_of_the_front_and_its_organisations(text: str, name: str) -> None:
    assert name in [m.name for m in find_agencies(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo Bảo hiểm xã hội (BHXH) Việt Nam, số người tham gia tăng", "Bảo hiểm xã hội Việt Nam"),
        ("văn bản của Bảo hiểm xã hội (BHXH) VN gửi các tỉnh", "Bảo hiểm xã hội Việt Nam"),
        ("Giám đốc Bảo hiểm xã hội (BHXH) huyện Kim Sơn cho biết", "Bảo hiểm xã hội huyện"),
    ],
)
def test_an_abbreviation_in_brackets_does_not_part_a_national_body_from_its_country(text: str, name: str) -> None:
    assert [m.name for m in find_agencies(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sở VH-TT Hà Nội đã có văn bản gửi quận", "Sở Văn hóa và Thể thao"),
        ("Phòng VH-TT huyện đã kiểm tra", "Phòng Văn hóa và Thông tin huyện"),
        ("Sở VH-TT&DL tỉnh Lâm Đồng cho biết", "Sở Văn hóa, Thể thao và Du lịch tỉnh"),
    ],
)
def test_culture_abbreviations_read_by_the_body_they_name(text: str, name: str) -> None:
    assert [m.name for m in find_agencies(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ban Chỉ huy PCTT&TKCN huyện Kim Bôi đã huy động lực lượng",
            "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện",
        ),
        (
            "yêu cầu Thường trực Ban chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Sơn La chủ trì",
            "Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh",
        ),
        (
            "Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Kim Bôi họp khẩn",
            "Ban Chỉ đạo phòng, chống dịch Covid-19 huyện",
        ),
        (
            "báo cáo của Ban Chỉ đạo Trung ương về phòng chống thiên tai cho thấy",
            "Ban Chỉ đạo Trung ương về phòng chống thiên tai",
        ),
        ("Ban Chỉ đạo xây dựng NTM huyện Kim Bôi đã kiểm tra", "Ban Chỉ đạo xây dựng nông thôn mới huyện"),
    ],
)
def test_a_steering_committee_is_named_by_its_task_up_to_its_level(text: str, name: str) -> None:
    assert name in [m.name for m in find_agencies(text)]


def test_a_steering_committee_without_a_level_word_needs_a_capitalised_name() -> None:
    assert find_agencies("Ban Chỉ đạo họp bàn giải pháp với các xã") == []
    # "4 tỉnh" counts provinces: the words before it name no committee of a level
    assert find_agencies("Ban Chỉ đạo khắc phục sự cố môi trường biển 4 tỉnh miền Trung họp") == []


@pytest.mark.parametrize("central", ["Trung ương", "T.Ư", "TƯ", "TW"])
def test_a_central_party_board_in_any_abbreviation(central: str) -> None:
    assert [m.name for m in find_agencies(f"Trưởng Ban Dân vận {central} nhấn mạnh")] == ["Ban Dân vận Trung ương"]


def test_a_bare_organising_committee_is_no_party_board() -> None:
    assert find_agencies("Ban Tổ chức cho biết lễ hội năm nay đón nhiều du khách") == []
    assert [m.name for m in find_agencies("Ban Tổ chức Huyện ủy Kim Bôi đã thẩm định")] == ["Ban Tổ chức Huyện ủy"]


def test_a_dash_without_spaces_matches_a_form_written_with_them() -> None:
    text = "do Ban Văn hóa-Xã hội HĐND TP.HCM phối hợp với các đoàn thể chính trị-xã hội thành phố"
    assert [m.name for m in find_agencies(text)] == [
        "Ban Văn hóa - Xã hội Hội đồng nhân dân thành phố",
        "Các đoàn thể chính trị - xã hội thành phố",
    ]


def test_a_department_in_lower_case_with_its_field_capitalised() -> None:
    assert names("Đơn vị tuyển dụng, phòng Nội vụ huyện An Lão cho biết") == [
        ("Phòng Nội vụ huyện", "huyện", "department")
    ]
    assert find_agencies("đến phòng họp của sở để làm việc") == []


def test_a_body_of_every_level_in_lower_case_with_its_level_word() -> None:
    assert [m.name for m in find_agencies("Vụ việc được trình báo lên công an quận Liên Chiểu")] == ["Công an quận"]
    assert [m.name for m in find_agencies("huy động toàn bộ lực lượng công an huyện")] == ["Công an huyện"]
    # the bodies of a class of units, a place, and the word with no level are none
    assert find_agencies("bảo đảm nơi làm việc cho lực lượng công an xã, thị trấn trong tỉnh") == []
    assert find_agencies("hai nạn nhân được đưa đi cấp cứu tại bệnh viện đa khoa tỉnh Bắc Giang") == []
    assert find_agencies("lực lượng công an đã có mặt") == []


def test_a_communes_story_puts_a_level_less_department_at_its_district() -> None:
    text = "UBND phường Minh Khai phối hợp cùng phòng Giáo dục và Đào tạo làm việc"
    resolved = resolve_levels(text, find_agencies(text), "phường", district="quận")
    assert [m.name for m in resolved] == ["Ủy ban nhân dân phường", "Phòng Giáo dục và Đào tạo quận"]


def test_a_provinces_story_puts_a_level_less_department_at_a_district() -> None:
    # a province has no Phòng: in a Hà Nội story "Phòng GD&ĐT" is the district's printed there ("quận"),
    # never the city's; with no district printed it is left without a level
    text = "UBND thành phố Hà Nội yêu cầu UBND quận Cầu Giấy và Phòng GD&ĐT kiểm tra vụ việc."
    resolved = resolve_levels(text, find_agencies(text), "thành phố", province_home=True)
    assert [m.name for m in resolved] == [
        "Ủy ban nhân dân thành phố",
        "Ủy ban nhân dân quận",
        "Phòng Giáo dục và Đào tạo quận",
    ]
    text = "Sở GD&ĐT tỉnh Sơn La đã yêu cầu Phòng GD&ĐT báo cáo."
    assert [m.name for m in resolve_levels(text, find_agencies(text), "tỉnh", province_home=True)] == [
        "Sở Giáo dục và Đào tạo tỉnh",
        "Phòng Giáo dục và Đào tạo",
    ]
    # a provincial city is a district: its Phòng is its own
    text = "UBND thành phố Kon Tum giao Phòng Tài chính - Kế hoạch rà soát."
    assert resolve_levels(text, find_agencies(text), "thành phố")[-1].name == "Phòng Tài chính - Kế hoạch thành phố"


def test_the_party_unit_of_an_institution_is_no_levels_committee() -> None:
    # "Đảng ủy Bệnh viện …", "Đảng bộ Đại sứ quán": not the Đảng ủy of the article's commune or district
    text = "Ủy ban Kiểm tra Huyện ủy yêu cầu Đảng ủy Bệnh viện Đa khoa huyện Thường Xuân chỉ đạo chi bộ."
    assert [m.name for m in resolve_levels(text, find_agencies(text), "huyện")] == [
        "Ủy ban Kiểm tra Huyện ủy",
        "Bệnh viện Đa khoa huyện",
    ]
    assert "Đảng bộ" not in [m.name for m in find_agencies("Ông Nam là Đảng ủy viên Đảng bộ Đại sứ quán.")]
    assert [m.name for m in find_agencies("Đảng ủy xã Gia Xuân đã họp.")] == ["Đảng ủy xã"]


def test_a_party_committee_takes_no_level_it_does_not_exist_at() -> None:
    # a district's party committee is its Huyện ủy: an unqualified "Đảng ủy" (a hospital's, a ministry's) takes
    # neither the next post's district level nor the article's; a commune's story still gives it the commune's
    text = "ông Đặng Trung Bình (Huyện ủy viên, Bí thư Đảng ủy, Giám đốc Bệnh viện đa khoa huyện Gia Viễn)"
    assert "Đảng ủy" in [m.name for m in resolve_levels(text, find_agencies(text), "huyện")]
    text = "Đảng ủy, UBND xã Gia Xuân đã họp."
    assert [m.name for m in resolve_levels(text, find_agencies(text), "huyện")] == ["Đảng ủy xã", "Ủy ban nhân dân xã"]
    assert [m.name for m in resolve_levels("Đảng ủy đã họp.", find_agencies("Đảng ủy đã họp."), "xã")] == ["Đảng ủy xã"]
    # a province's border guard and National Assembly delegation take no ward's or district's level
    text = "Bộ đội Biên phòng phối hợp với Đoàn ĐBQH tiếp xúc cử tri."
    assert [m.name for m in resolve_levels(text, find_agencies(text), "phường")] == [
        "Bộ Chỉ huy Bộ đội Biên phòng",
        "Đoàn đại biểu Quốc hội",
    ]
    assert [m.name for m in resolve_levels(text, find_agencies(text), "tỉnh")] == [
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        "Đoàn đại biểu Quốc hội tỉnh",
    ]


def test_the_office_of_a_people_committee_is_one_of_its_departments() -> None:
    assert [m.kind for m in find_agencies("Văn phòng UBND huyện Tân Uyên cho biết")] == ["department"]
    assert [m.kind for m in find_agencies("Văn phòng Huyện ủy cho biết")] == ["party_board"]


def test_the_insurance_and_a_law_named_after_a_body_are_no_body() -> None:
    text = "Nhiều doanh nghiệp trốn đóng BHXH, nợ BHXH kéo dài; chế độ BHXH của người lao động bị ảnh hưởng."
    assert find_agencies(text) == []
    assert [m.name for m in find_agencies("Dự thảo Luật Công an xã được trình Quốc hội.")] == ["Quốc hội"]
    assert [m.name for m in find_agencies("BHXH tỉnh Nghệ An đã kiểm tra 20 doanh nghiệp.")] == ["Bảo hiểm xã hội tỉnh"]


def test_the_sentence_after_an_abbreviated_level_is_no_place_name() -> None:
    text = "ông A thôi giữ chức Phó Chủ tịch UBND TP. Theo đó, thành phố sẽ bầu bổ sung."
    assert [text[m.start : m.end] for m in find_agencies(text)] == ["UBND TP."]
    text = "UBND TP. Hồ Chí Minh và Công an TP. Vinh cho biết"
    assert [text[m.start : m.end] for m in find_agencies(text)] == ["UBND TP. Hồ Chí Minh", "Công an TP. Vinh"]


def test_the_party_as_an_abstraction_beside_the_government_is_no_body() -> None:
    # "Đảng bộ, chính quyền và nhân dân": the stock phrase names no party committee (SPEC §4)
    assert find_agencies("Đây là tấm lòng của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Hà Giang") == []
    assert find_agencies("dưới sự lãnh đạo của Đảng bộ và chính quyền huyện") == []
    assert [m.name for m in find_agencies("Đảng bộ huyện đã lãnh đạo thực hiện")] == ["Đảng bộ huyện"]


def test_a_unit_ends_before_another_unit_joined_by_and() -> None:
    text = "theo đề nghị của Tổng cục Cảnh sát và Phòng Cảnh sát kinh tế Công an TP cho biết"
    names = [m.name for m in find_agencies(text)]
    assert names[:2] == ["Tổng cục Cảnh sát", "Phòng Cảnh sát kinh tế Công an thành phố"]
    assert [m.name for m in find_agencies("của Cục Chống tham nhũng và Cục trưởng Cục Chống tham nhũng")] == [
        "Cục Chống tham nhũng",
        "Cục Chống tham nhũng",
    ]
    # "và Phòng chống …" is a field of the same name, not another unit
    assert [m.name for m in find_agencies("Chi cục Đê điều và Phòng chống lụt bão tỉnh cho biết")] == [
        "Chi cục Đê điều và Phòng chống lụt bão tỉnh"
    ]


def test_the_kind_of_a_unit_is_its_parents_unless_a_committee_department() -> None:
    # a Phòng is a people's committee's department only under one: the police force's is a public service
    [unit, force] = find_agencies("Phòng Quản lý xuất nhập cảnh Công an tỉnh Nghệ An cho biết")
    assert (unit.kind, force.kind) == ("public_service", "public_service")
    [unit, _] = find_agencies("Phòng Nghiệp vụ dược Sở Y tế TP.HCM cho biết")
    assert unit.kind == "department"
    assert [(m.name, m.kind) for m in find_agencies("Văn phòng Quốc hội cho biết")] == [("Văn phòng Quốc hội", "other")]


def test_inspecting_a_number_of_projects_is_no_inspectorate() -> None:
    assert find_agencies("Thanh tra 60 dự án đất vàng ở Hà Nội") == []


def test_and_printed_as_an_ampersand() -> None:
    text = "Sở Tài nguyên & Môi trường tỉnh Kiên Giang; Phòng Giáo dục & Đào tạo quận Hai Bà Trưng; Sở TN&MT"
    assert [m.name for m in find_agencies(text)] == [
        "Sở Tài nguyên và Môi trường tỉnh",
        "Phòng Giáo dục và Đào tạo quận",
        "Sở Tài nguyên và Môi trường",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo Chi cục Thủy sản Bình Định, vào lúc 19 giờ", ["Chi cục Thủy sản"]),
        ("đã về lại Trung tâm Y tế dự phòng tỉnh và giữ chức vụ", ["Trung tâm Y tế dự phòng tỉnh"]),
        ("ông được điều về Trung tâm y tế dự phòng tỉnh", ["Trung tâm Y tế dự phòng tỉnh"]),  # the field in lower case
        ("Đại diện Cảng vụ Đường thủy nội địa Quảng Ninh đã có mặt", ["Cảng vụ Đường thủy nội địa"]),
        ("Ban tiếp công dân tỉnh Cà Mau đã mời người khiếu nại", ["Ban Tiếp công dân tỉnh"]),
        ("Cục Di sản sẽ hướng dẫn địa phương lập hồ sơ", ["Cục Di sản văn hóa"]),  # the short name
        ("Viện Nghiên cứu phát triển TP.HCM tổ chức hội thảo", ["Viện Nghiên cứu phát triển thành phố"]),
        ("Cục Đăng kiểm Việt Nam hiện tại là", ["Cục Đăng kiểm Việt Nam"]),
        ("Cục Thuế đã thông báo dẫn đến vướng mắc", ["Cục Thuế"]),  # the fixed head, up to the verb
        ("Trung tâm Y tế huyện cho biết", ["Trung tâm Y tế huyện"]),
        ("Hạt KL huyện Phù Cát đã lập biên bản", ["Hạt Kiểm lâm huyện"]),
        (
            "Phòng Quản lý chất lượng thuộc Ban Quản lý ATTP TP.HCM yêu cầu",
            [
                "Phòng Quản lý chất lượng Ban Quản lý An toàn thực phẩm thành phố",
                "Ban Quản lý An toàn thực phẩm thành phố",
            ],
        ),
        ("Cục Thú y Phạm Văn Đông cho biết", ["Cục Thú y"]),  # a person's name ends the unit's
        ("theo yêu cầu của Cục Quản lý dược mất 25 ngày", ["Cục Quản lý dược"]),  # verbs of a subject end it
        ("Tổng cục Thủy sản chịu trách nhiệm hướng dẫn", ["Tổng cục Thủy sản"]),
        ("Cục Hậu cần Quân khu 7 cần bổ sung kho", ["Cục Hậu cần Quân khu 7"]),  # "hậu cần" is no verb "cần"
        ("Cục Hàng không Việt Nam cho biết", ["Cục Hàng không Việt Nam"]),
        ("Ban Chỉ đạo Phòng, chống tội phạm tỉnh yêu cầu", ["Ban Chỉ đạo Phòng, chống tội phạm tỉnh"]),
        ("Trưởng Ban Chỉ đạo Tây Nguyên nhấn mạnh", ["Ban Chỉ đạo Tây Nguyên"]),  # a speaking verb ends it
        ("Ban Chỉ đạo Giải phóng mặt bằng thành phố", ["Ban Chỉ đạo Giải phóng mặt bằng thành phố"]),
        ("đại diện Bộ Tư lệnh Vùng 3 Hải quân cho biết", ["Bộ Tư lệnh Vùng 3 Hải quân"]),
        ("Bộ Tư lệnh Thủ đô Hà Nội đã", ["Bộ Tư lệnh Thủ đô"]),  # a place's name ends it
        ("Theo BTC Lễ hội Cà phê Buôn Ma Thuột, năm nay", ["Ban Tổ chức Lễ hội"]),  # no party's board
        # a name that runs on across a dash (data/unit_name_pairs.txt), written with a plain one
        (
            "Lữ đoàn 28 Quân chủng Phòng không – Không quân",
            ["Lữ đoàn 28 Quân chủng Phòng không - Không quân", "Quân chủng Phòng không - Không quân"],
        ),
        # … and across a dash to a capitalised field, not to the institution it belongs to
        ("Chi cục Chăn nuôi - Thú y tỉnh cho biết", ["Chi cục Chăn nuôi - Thú y tỉnh"]),
        (
            "Viện Nghiên cứu Biến đổi khí hậu - Trường Đại học Cần Thơ cho biết",
            ["Viện Nghiên cứu Biến đổi khí hậu"],
        ),
        (
            "Phòng Cảnh sát giao thông - Công an tỉnh Sơn La cho biết",
            ["Phòng Cảnh sát giao thông Công an tỉnh", "Công an tỉnh"],
        ),
        # a national association needs no body to belong to
        ("Từ trong Tết, Hội Nhà văn Việt Nam đã có công văn", ["Hội Nhà văn Việt Nam"]),
    ],
)
def test_a_unit_with_an_open_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_agencies(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Quản lý thương mại cho biết",  # a Phòng of an open name is read only with its parent
        "Hội nghị diễn ra tại Trung tâm Hội nghị Quốc gia",  # a unit named as the place is a venue
        "trung tâm Văn hóa Lâm Đồng",  # outside a post, the head is capitalised
        "Vụ Nhà máy nước Sông Đà gây xôn xao",  # "Vụ" opens an incident's name too
        "Hội Nhà văn tổ chức ngày thơ",  # "Hội" needs the body it belongs to, or the country's name
    ],
)
def test_units_of_open_name_that_are_not_read(text: str) -> None:
    assert find_agencies(text) == []


def test_the_body_a_posts_unit_belongs_to() -> None:
    text = "ông Nguyễn Nguyên Phương, Trưởng phòng Quản lý thương mại - Sở Công Thương TP.HCM, cho biết"
    unit = match_agency_at(text, text.index("phòng"))
    assert unit is not None and unit.parent is not None
    assert (unit.name, unit.parent.name) == (
        "Phòng Quản lý thương mại Sở Công Thương thành phố",
        "Sở Công Thương thành phố",
    )
    text = "Ông Nguyễn Thanh Liêm, Giám đốc Trung tâm Hỗ trợ doanh nghiệp, Sở Kế hoạch và Đầu tư thành phố Cần Thơ nói"
    unit = match_agency_at(text, text.index("Trung tâm"))
    assert unit is not None and unit.name == "Trung tâm Hỗ trợ doanh nghiệp Sở Kế hoạch và Đầu tư thành phố"
    listed = "Giám đốc Trung tâm Hỗ trợ doanh nghiệp, Sở Kế hoạch và Đầu tư và Sở Tài chính"
    unit = match_agency_at(listed, listed.index("Trung tâm"))
    assert unit is not None and unit.name == "Trung tâm Hỗ trợ doanh nghiệp"  # a list goes on: no parent


def test_ministries_listed_after_one_are_ministries_until_a_body_of_a_level() -> None:
    text = "Thủ tướng yêu cầu các Bộ Tư pháp, Công an, Quốc phòng phối hợp với Bộ Công an, Công an tỉnh Hòa Bình"
    assert [m.name for m in find_agencies(text)] == [
        "Bộ Tư pháp",
        "Bộ Công an",
        "Bộ Quốc phòng",
        "Bộ Công an",
        "Công an tỉnh",
    ]


def test_fields_listed_after_a_department_are_departments_of_the_same_head() -> None:
    text = "UBND quận đã làm việc, lấy ý kiến của các Sở TNMT, Xây dựng, NN&PTNT, Hạt Kiểm lâm quận Liên Chiểu"
    assert [m.name for m in find_agencies(text)] == [
        "Ủy ban nhân dân quận",
        "Sở Tài nguyên và Môi trường",
        "Sở Xây dựng",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Hạt Kiểm lâm quận",
    ]
    assert [m.name for m in find_agencies("Sở Y tế, UBND huyện và Công an huyện")] == [
        "Sở Y tế",
        "Ủy ban nhân dân huyện",
        "Công an huyện",
    ]
    # a listed field printed with a capital inside ("Giao thông Vận tải") is still one; a verb is not
    text = "giao Sở Tài nguyên và Môi trường, Xây dựng, Giao thông Vận tải, Công Thương kiểm tra, xây dựng kế hoạch"
    assert [m.name for m in find_agencies(text)] == [
        "Sở Tài nguyên và Môi trường",
        "Sở Xây dựng",
        "Sở Giao thông vận tải",
        "Sở Công Thương",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nhà thơ Nguyễn Sĩ Đại - Phó Chủ tịch Hội Nhà văn Hà Nội cho biết", "Hội Nhà văn"),
        ("ông Võ Thiên Lăng, Phó Chủ tịch Hội Nghề cá Việt Nam cảm thấy rất bức xúc", "Hội Nghề cá Việt Nam"),
        ("bà Dương Thị Tuyết, Chủ tịch Hội Bảo trợ Người khuyết tật tỉnh, nói", "Hội Bảo trợ Người khuyết tật tỉnh"),
    ],
)
def test_an_association_of_open_name_as_the_body_of_a_post(text: str, expected: str) -> None:
    at = text.index("Hội")
    unit = match_agency_at(text, at)
    assert unit is not None and unit.name == expected
    # outside a post "Hội" opens too many other words, unless the country's name closes it
    national = expected.endswith("Việt Nam")
    assert [m.name for m in find_agencies(text[at:])] == ([expected] if national else [])


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Phó Chủ tịch Hội nghị tổng kết năm", "Hội"),  # a lookalike: "Hội nghị" is a meeting
        ("Chủ tịch Hội An và Khu đền tháp Mỹ Sơn", "Hội"),  # a town's name
        ("Giám đốc Đài Loan sang thăm", "Đài"),  # a country's
    ],
)
def test_lookalikes_of_a_unit_are_none(text: str, head: str) -> None:
    assert match_agency_at(text, text.index(head)) is None


def test_a_headline_in_capitals_names_no_unit_of_open_name() -> None:
    text = "HỘI NGHỊ GIAO BAN DƯ LUẬN XÃ HỘI VÀ TRIỂN KHAI CÔNG TÁC TRỌNG TÂM CỦA ỦY BAN MTTQ PHƯỜNG 1"
    assert [m.name for m in find_agencies(text)] == ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"]


def test_sources_and_photo_credits_name_no_agency() -> None:
    from extractor import extract

    text = (
        "Đuối nước thương tâm ở Nghệ An\n\n"
        "Chiều 15/6, ở xã Thanh Ngọc, huyện Thanh Chương đã xảy ra một vụ đuối nước khiến một em học sinh tử "
        "vong. (Ảnh minh họa: Thế Lập/TTXVN) Lực lượng Công an huyện đã có mặt để điều tra nguyên nhân. "
        "[Nguồn: UBND tỉnh Quảng Nam, Quảng Nam online, TTXVN]"
    )
    assert [a.name for a in extract(text).agencies] == ["Công an huyện"]


def test_a_complete_post_names_its_body_as_an_agency() -> None:
    record = extract(
        "Thủ tướng đồng ý xây tuyến đường ven biển\n\n"
        "Thủ tướng Nguyễn Xuân Phúc vừa đồng ý cho UBND tỉnh Nam Định chủ trì triển khai các thủ tục đầu tư "
        "xây dựng tuyến đường bộ ven biển. Tổng Thanh tra Phan Văn Sáu cũng đã có văn bản gửi tỉnh về việc "
        "rà soát quy mô đầu tư, phân kỳ đầu tư hợp lý theo đúng quy định pháp luật."
    )
    assert [(a.name, [m.text for m in a.mentions]) for a in record.agencies] == [
        ("Chính phủ", ["Thủ tướng", "Thủ tướng"]),  # the headline's and the opening's
        ("Ủy ban nhân dân tỉnh", ["UBND tỉnh Nam Định"]),
        ("Thanh tra Chính phủ", ["Tổng Thanh tra"]),
    ]


def test_a_foreign_heads_post_names_no_body_of_ours() -> None:
    record = extract(
        "Thủ tướng tới Tokyo dự hội nghị\n\n"
        "Chiều 4/6, chuyên cơ chở Thủ tướng Nguyễn Xuân Phúc đã tới Tokyo. Theo chương trình làm việc, Thủ "
        "tướng Nguyễn Xuân Phúc sẽ hội đàm với Thủ tướng Nhật Bản Shinzo Abe và dự Hội nghị Tương lai châu Á, "
        "bàn về hợp tác kinh tế giữa hai nước."
    )
    [government] = record.agencies
    assert government.name == "Chính phủ"
    assert [record.text[m.end : m.end + 8] for m in government.mentions] == [" tới Tok", " Nguyễn ", " Nguyễn "]


@pytest.mark.parametrize(
    ("text", "office", "body"),
    [
        ("Phó Chánh Thanh tra Bộ Nội vụ nói về việc bổ nhiệm", "Thanh tra Bộ Nội vụ", "Bộ Nội vụ"),
        ("Chánh Văn phòng Bộ Nội vụ thông tin", "Văn phòng Bộ Nội vụ", "Bộ Nội vụ"),
        ("Thanh tra Sở TN&MT đã kiểm tra", "Thanh tra Sở Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường"),
        (
            "Ngày 26-6, cơ quan CSĐT Công an tỉnh Khánh Hòa đã khởi tố",
            "Cơ quan Cảnh sát điều tra Công an tỉnh",
            "Công an tỉnh",
        ),
        (
            "Cơ quan Cảnh sát điều tra - Công an huyện Sóc Sơn đã ra",
            "Cơ quan Cảnh sát điều tra Công an huyện",
            "Công an huyện",
        ),
        (
            "Cơ quan cảnh sát điều tra (Công an thành phố Kon Tum) đã",
            "Cơ quan Cảnh sát điều tra Công an thành phố",
            "Công an thành phố",
        ),
    ],
)
def test_the_office_of_a_ministry_or_department(text: str, office: str, body: str) -> None:
    assert [a.name for a in find_agencies(text)] == [office, body]


def test_a_ministrys_inspectorate_printed_without_the_ministry() -> None:
    # "Thanh tra Bộ" alone is the inspectorate of the ministry named before it, or of the one ministry
    # the text names; never the inspectorate of the article's own level
    text = "Đoàn công tác của Bộ Y tế làm việc với Sở Y tế. Tham gia đoàn có Thanh tra Bộ và Cục Quản lý Dược."
    assert "Thanh tra Bộ Y tế" in [m.name for m in resolve_levels(text, find_agencies(text), "tỉnh")]
    text = "Công an tỉnh chưa nhận được công văn của Thanh tra Bộ. Bộ Công an đã vào cuộc."
    assert [m.name for m in resolve_levels(text, find_agencies(text), "tỉnh")] == [
        "Công an tỉnh",
        "Thanh tra Bộ Công an",
        "Bộ Công an",
    ]
    # the Politburo is named like a ministry but has no inspectorate
    assert "Thanh tra Bộ" in [m.name for m in find_agencies("Ủy viên Bộ Chính trị dự họp. Thanh tra Bộ đã kết luận.")]
    text = "Thanh tra Bộ đã kết luận vụ việc tại huyện."
    assert [m.name for m in resolve_levels(text, find_agencies(text), "huyện")] == ["Thanh tra Bộ"]


def test_a_committees_office_and_an_inspectorate_with_a_level_word() -> None:
    # a committee's office is its board, and an inspectorate with a level word is the level's
    assert [a.name for a in find_agencies("Văn phòng UBND tỉnh Nghệ An cho biết")] == ["Văn phòng Ủy ban nhân dân tỉnh"]
    assert [a.name for a in find_agencies("Thanh tra tỉnh Yên Bái cho biết")] == ["Thanh tra tỉnh"]


def test_an_investigating_office_is_named_only_with_its_force() -> None:
    # "Cơ quan CSĐT" alone names no force; its level comes from the article like its force's would
    assert find_agencies("Ngày 18/4, Cơ quan CSĐT ra quyết định khởi tố bị can") == []
    text = "cơ quan cảnh sát điều tra – Công an Ngô Quyền đã khởi tố vụ án"
    resolved = resolve_levels(text, find_agencies(text), "quận")
    assert [a.name for a in resolved] == ["Cơ quan Cảnh sát điều tra Công an quận", "Công an quận"]


def test_a_party_board_printed_with_a_level_word() -> None:
    text = "ông Đặng Văn Cảnh, Trưởng ban Tuyên giáo huyện Mỹ Đức. Ban Dân vận tỉnh Nghệ An đã"
    assert match_agency_at(text, text.index("ban Tuyên")).name == "Ban Tuyên giáo huyện"
    assert [a.name for a in find_agencies(text)] == ["Ban Dân vận tỉnh"]


def test_a_units_parent_after_a_comma_ends_at_the_next_clause() -> None:
    text = "Dược sĩ Đỗ Văn Dũng, Trưởng phòng Nghiệp vụ dược, Sở Y tế TP.HCM, cho biết việc tiêu hủy"
    assert match_agency_at(text, text.index("phòng")).name == "Phòng Nghiệp vụ dược Sở Y tế thành phố"
    listed = "Giám đốc Trung tâm Hỗ trợ doanh nghiệp, Sở Kế hoạch và Đầu tư, Sở Tài chính cho biết"
    assert match_agency_at(listed, listed.index("Trung tâm")).name == "Trung tâm Hỗ trợ doanh nghiệp"


def test_a_department_printed_once_with_its_level_is_one_body() -> None:
    record = extract(
        "Sở Y tế nhận trách nhiệm vụ hủy thuốc\n\n"
        "Chiều 10/5, Sở Y tế TP.HCM đã có báo cáo về vụ hủy 20.000 viên thuốc viện trợ. Theo báo cáo, Sở Y tế "
        "đã chỉ đạo bệnh viện kiểm điểm trách nhiệm. Ông Nguyễn Văn A, Phó Giám đốc Sở Y tế cho biết sẽ xử lý "
        "nghiêm các cá nhân có liên quan."
    )
    assert [a.name for a in record.agencies] == ["Sở Y tế thành phố"]
    # the post keeps the body as printed (SPEC §3)
    assert [p.title for o in record.officials for p in o.positions] == ["Phó Giám đốc Sở Y tế"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trực ban CAP Hòa Thọ Đông tiếp nhận người thanh niên", "Công an phường"),
        ("Bộ Y tế ký quy chế phối hợp với BHXH Việt Nam về chia sẻ dữ liệu", "Bảo hiểm xã hội Việt Nam"),
        ("Phó Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam dự lễ", "Tổng cục Chính trị Quân đội nhân dân Việt Nam"),
    ],
)
def test_abbreviated_bodies_of_national_news(text: str, name: str) -> None:
    assert name in [a.name for a in find_agencies(text)]


def test_an_abbreviation_in_capitals_is_no_word_of_another_case() -> None:
    # "FTSE Frontier All Cap Index" names no ward's police
    assert find_agencies("các chỉ số Frontier (như FTSE Frontier All Cap Index) trong") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều đại biểu Quốc hội và cử tri đã nêu vấn đề này từ lâu",
        "Hiện ông Cường là đại biểu HĐND TP.HCM khóa IX (2016-2021)",
        "quy định giới thiệu người ứng cử ĐB Quốc hội tại địa phương",
        "các hoạt động hướng tới ngày bầu cử Quốc hội khóa XV",
        "tham mưu tổ chức thành công Đại hội đại biểu Đảng bộ huyện lần thứ IX",
        "Nhiều người dân tập trung trước cổng UBND xã để phản đối",
        "mở quán giải khát đối diện trụ sở UBND xã Hàm Chính",
        "thực hiện nghiêm Chỉ thị số 09/CT-UBND ngày 7/6/2017 và Quyết định 514/2017/QĐ-UBND",
        "theo Quyết định 72/2016/QĐ - UBND về mức thu phí và Tờ trình số 05/TTr-UBND của xã",
    ],
)
def test_a_deputys_seat_a_building_or_a_document_number_names_no_agency(text: str) -> None:
    assert find_agencies(text) == []


def test_a_delegate_of_an_unelected_body_and_a_meetings_host_still_name_it() -> None:
    assert [m.name for m in find_agencies("Tham dự hội nghị có đại biểu Sở Tư pháp tỉnh")] == ["Sở Tư pháp tỉnh"]
    held_at = "Sáng 3/4, tại trụ sở UBND phường Tân Định, lãnh đạo phường làm việc với các hộ kinh doanh"
    assert [m.name for m in find_agencies(held_at)] == ["Ủy ban nhân dân phường"]


def test_the_joint_office_of_council_and_committee_printed_with_a_comma() -> None:
    text = "bà Lê Thị Mai, Chánh Văn phòng HĐND, UBND quận Hải Châu nói"
    assert [m.name for m in find_agencies(text)] == ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TAND Tối cao có quyết định giám đốc thẩm vụ án.", ["Tòa án nhân dân tối cao"]),
        ("Viện KSND tối cao vừa chỉ đạo xem xét lại.", ["Viện Kiểm sát nhân dân tối cao"]),
        ("TAND Cấp cao tại Đà Nẵng mở phiên phúc thẩm.", ["Tòa án nhân dân cấp cao"]),
        ("Thay mặt Đảng ủy Công an Trung ương, ông Lê Văn Sơn trao quyết định.", ["Đảng ủy Công an Trung ương"]),
    ],
)
def test_central_courts_and_procuracies_are_not_the_home_units(text: str, expected: list[str]) -> None:
    assert [name for name, _, _ in names(text, home="xã")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Theo Luật Thanh tra, Ban Thanh tra nhân dân do hội nghị bầu ra.",  # a law
        "Báo Thanh tra đã gửi công văn đến các cơ quan liên quan.",  # a newspaper
        "Thanh tra việc quản lý, sử dụng đất làm chợ đầu mối.",  # the verb
        "Trong kết luận Thanh tra, đoàn chỉ ra hàng loạt sai phạm.",  # the inspection, not the body
    ],
)
def test_inspection_that_is_no_inspectorate(text: str) -> None:
    assert [name for name, _, _ in names(text, home="huyện") if name.startswith("Thanh tra")] == []


def test_a_level_after_cap_is_a_class_of_bodies_not_one() -> None:
    text = "Ủy ban nhân dân cấp xã chịu trách nhiệm kiểm tra; UBND cấp huyện tổng hợp báo cáo."
    assert [(m.name, m.plural) for m in find_agencies(text)] == [
        ("Ủy ban nhân dân xã", True),
        ("Ủy ban nhân dân huyện", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tàu cá bị hư hỏng nặng sau bão. Ảnh: TTXVN",
        "Tàu cá neo đậu tránh bão. Thế Lập/TTXVN",
        "Hàng trăm hộ dân được hỗ trợ sau lũ (TTXVN)",
        "Lễ hội thu hút đông du khách. Phóng viên TTXVN tại các địa phương",
    ],
)
def test_the_press_credited_for_a_report_is_no_agency(text: str) -> None:
    assert names(text) == []


def test_the_press_at_work_in_the_story_is_one() -> None:
    text = "Nhóm phóng viên Đài Truyền hình Việt Nam bị cản trở khi tác nghiệp; UBND TP ký kết với TTXVN."
    assert [name for name, _, _ in names(text)] == [
        "Đài Truyền hình Việt Nam",
        "Ủy ban nhân dân thành phố",
        "Thông tấn xã Việt Nam",
    ]


def test_a_units_number_is_part_of_its_name() -> None:
    assert [m.name for m in find_agencies("Hạt Quản lý đê điều số 5 Hà Nội cho biết")] == ["Hạt Quản lý đê điều số 5"]
    # a document's number after the verb that cites it is not
    assert [m.name for m in find_agencies("Cục Văn hóa cơ sở căn cứ Thông tư số 15 hướng dẫn")] == ["Cục Văn hóa cơ sở"]


def test_three_levels_listed_name_a_class_of_bodies() -> None:
    assert all(m.plural for m in find_agencies("UBND quận, huyện, thị xã phải báo cáo trước ngày 15/6"))
    # two levels, or a list closed by a place's name, are the story's own bodies
    assert [(m.name, m.plural) for m in find_agencies("UBND huyện và xã đã hỗ trợ gia đình")] == [
        ("Ủy ban nhân dân huyện", False)
    ]


def test_a_project_or_a_bond_named_after_a_body_is_not_the_body() -> None:
    assert find_agencies("Dự án Bệnh viện Đa khoa tỉnh Lạng Sơn chậm tiến độ hai năm") == []
    assert find_agencies("công trình dùng vốn trái phiếu Chính phủ được giải ngân") == []


def test_the_young_pioneers_council_at_each_level() -> None:
    assert [m.name for m in find_agencies("Hội đồng Đội huyện Kim Bôi phối hợp tổ chức trại hè")] == [
        "Hội đồng Đội huyện"
    ]
    assert [m.name for m in find_agencies("Hội đồng Đội Trung ương trao giải")] == ["Hội đồng Đội Trung ương"]


def test_xa_hoi_is_society_not_a_commune() -> None:
    assert [m.name for m in find_agencies("Viện Nghiên cứu kinh tế xã hội Hà Nội công bố báo cáo")] == [
        "Viện Nghiên cứu kinh tế xã hội"
    ]


def test_a_department_listed_before_a_communes_body_is_the_districts() -> None:
    text = "Phòng GD&ĐT, UBND thị trấn đã kiểm tra lớp học"
    found = resolve_levels(text, find_agencies(text), "thị trấn", district="huyện")
    assert [m.name for m in found] == ["Phòng Giáo dục và Đào tạo huyện", "Ủy ban nhân dân thị trấn"]


def test_the_body_of_wherever_one_lives_is_a_class() -> None:
    assert all(m.plural for m in find_agencies("nộp hồ sơ tại UBND xã nơi thường trú"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cục Xuất bản, In và Phát hành đã thu hồi cuốn sách", "Cục Xuất bản, In và Phát hành"),
        ("Ban Tôn giáo tỉnh Lạng Sơn cho biết", "Ban Tôn giáo tỉnh"),
        ("Văn phòng Đăng ký đất đai tỉnh Bình Định cho biết", "Văn phòng Đăng ký đất đai tỉnh"),
    ],
)
def test_bodies_of_religion_land_and_publishing(text: str, name: str) -> None:
    assert [m.name for m in find_agencies(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phòng CSGT, Công an TP Hà Nội cho biết đã xử phạt", "Phòng Cảnh sát giao thông Công an thành phố"),
        (
            "Phòng Kỹ thuật hình sự (PC54) - Công an TP Hải Phòng đã khám nghiệm",
            "Phòng Kỹ thuật hình sự Công an thành phố",
        ),
    ],
)
def test_a_police_department_printed_before_its_force(text: str, name: str) -> None:
    assert [m.name for m in find_agencies(text)] == [name, "Công an thành phố"]


def test_a_unit_and_a_force_listed_side_by_side_stay_two() -> None:
    assert [m.name for m in find_agencies("Chi cục Kiểm lâm, Công an huyện đã vào cuộc")] == [
        "Chi cục Kiểm lâm",
        "Công an huyện",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Đồn Biên phòng 24 điều tàu ra hiện trường", ["Đồn Biên phòng 24"]),
        ("Đồn Biên phòng Cửa Tùng đã bàn giao đối tượng", ["Đồn Biên phòng Cửa Tùng"]),
        ("Đội Quản lý thị trường 7C kiểm tra cửa hàng", ["Đội Quản lý thị trường 7C"]),
        ("Sư đoàn 316 đóng quân tại đây", ["Sư đoàn 316"]),
        # one capitalised word, or another unit's head, names no such unit
        ("Đồn Biên phòng Cửa khẩu Quốc tế đã bàn giao", []),
        ("Trung đoàn Cảnh sát cơ động cùng tham gia", []),
    ],
)
def test_a_unit_named_by_its_number_or_a_place(text: str, names: list[str]) -> None:
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Cảnh sát PCCC TP Đà Nẵng đã điều 5 xe", ["Cảnh sát Phòng cháy chữa cháy thành phố"]),
        # the department of a police force is its own unit, not the fire police
        (
            "Phòng Cảnh sát PCCC Công an tỉnh Nghệ An cho biết",
            ["Phòng Cảnh sát Phòng cháy chữa cháy Công an tỉnh", "Công an tỉnh"],
        ),
        ("Phòng CSHS Công an tỉnh Gia Lai đã bắt giữ", ["Phòng Cảnh sát hình sự Công an tỉnh", "Công an tỉnh"]),
        ("Ủy ban Thường vụ Quốc hội (UBTVQH) cho ý kiến", ["Quốc hội"]),  # the standing board is the body itself
        ("Liên minh Hợp tác xã Việt Nam đề xuất", ["Liên minh Hợp tác xã Việt Nam"]),
    ],
)
def test_fire_police_the_assemblys_standing_board_and_the_cooperative_alliance(text: str, names: list[str]) -> None:
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trung tâm Văn hóa-Thể thao huyện Lâm Hà tổ chức giải", "Trung tâm Văn hóa - Thể thao huyện"),
        ("Trung tâm Phát thanh - Truyền hình Quân đội đưa tin", "Trung tâm Phát thanh - Truyền hình Quân đội"),
        ("Phòng Kế hoạch - Tài chính Sở Y tế tỉnh Bình Định cho biết", "Phòng Kế hoạch - Tài chính Sở Y tế tỉnh"),
        ("Sở Văn hóa-Du lịch tỉnh Quảng Nam cho biết", "Sở Văn hóa và Du lịch tỉnh"),
    ],
)
def test_a_name_runs_on_across_a_dash_printed_with_or_without_spaces(text: str, name: str) -> None:
    assert find_agencies(text)[0].name == name


def test_a_party_congress_named_in_a_resolution_names_no_agency() -> None:
    assert find_agencies("thực hiện Nghị quyết Đại hội Đảng bộ quận khóa V, nhiệm kỳ 2015-2020") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sáng 8-2, Ban Chấp hành Đảng bộ tỉnh Yên Bái tổ chức hội nghị", "Tỉnh ủy"),
        ("Ban Chấp hành Đảng bộ TP Hà Nội họp phiên thường kỳ", "Thành ủy"),
        ("BCH Đảng bộ huyện Lâm Hà thống nhất hình thức kỷ luật", "Huyện ủy"),
        ("các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã, lãnh đạo các ban", "Đảng ủy xã"),
        ("Đảng bộ tỉnh Yên Bái có hơn 50.000 đảng viên", "Đảng bộ tỉnh"),  # the party organisation itself
    ],
)
def test_the_executive_committee_of_a_party_organisation_is_its_party_committee(text: str, name: str) -> None:
    assert [m.name for m in find_agencies(text)] == [name]


def test_the_fronts_central_committee_abbreviated_with_spaces() -> None:
    assert [m.name for m in find_agencies("Tại hội nghị UB TƯ MTTQ VN sáng nay, các đại biểu")] == [
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    ]


def test_district_bodies_of_order_and_site_clearance() -> None:
    text = "Đội Trật tự đô thị quận Hoàng Mai phối hợp với Ban BT-GPMB quận cưỡng chế; Quân ủy Trung ương họp."
    assert [m.name for m in find_agencies(text)] == [
        "Đội Trật tự đô thị quận",
        "Ban Bồi thường giải phóng mặt bằng quận",
        "Quân ủy Trung ương",
    ]


@pytest.mark.parametrize(
    "printed",
    [
        "Đoàn Thanh tra đã công bố kết luận",  # a team of inspectors
        "Thanh tra viên Nguyễn Văn An",
        "ngành Thanh tra cả nước",
        "Thanh tra đất quốc phòng tại sân bay",  # the verb
    ],
)
def test_inspection_that_names_no_inspectorate_of_the_articles_level(printed: str) -> None:
    text = "Tin thanh tra\n\n" + f"Sáng 5/3, tại xã Đồng Tâm, huyện Mỹ Đức, {printed} cho biết sẽ làm rõ. " * 4
    assert [a.name for a in extract(text).agencies if a.name.startswith("Thanh tra")] == []


def test_a_body_only_a_province_has_is_the_provinces_in_a_wards_story() -> None:
    text = (
        "Cử tri phường Bình Trị Đông A kiến nghị chống ngập\n\n"
        "Ngày 9/5, Đoàn đại biểu Quốc hội đơn vị số 3 đã tiếp xúc cử tri phường Bình Trị Đông A, quận Bình Tân, "
        "TP.HCM. Cử tri "
        "kiến nghị thành phố sớm có giải pháp chống ngập, nâng cấp hệ thống thoát nước trên địa bàn phường."
    )
    record = extract(text)
    assert "Đoàn đại biểu Quốc hội thành phố" in [a.name for a in record.agencies]
    assert record.coordination is not None and record.coordination.parties == ["Đoàn đại biểu Quốc hội thành phố"]


def test_a_paragraphs_break_ends_a_units_name() -> None:
    text = "Phó Hạt trưởng Hạt Kiểm lâm Khu Bảo tồn thiên nhiên Nam Nung\n\nSở Nông nghiệp và PTNT tỉnh cho biết."
    assert [m.name for m in find_agencies(text)] == [
        "Hạt Kiểm lâm Khu Bảo tồn thiên nhiên Nam Nung",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh",
    ]


def test_a_party_board_printed_without_its_committee_is_the_articles_committees() -> None:
    text = (
        "Lễ hội pháo hoa quốc tế khai mạc\n\n"
        "Tối 3/6, ông Đặng Việt Dũng - Trưởng Ban Tuyên giáo, Phó Chủ tịch UBND TP. Đà Nẵng - Trưởng Ban tổ chức "
        "lễ hội cho biết thành phố đã sẵn sàng đón du khách. Lễ hội diễn ra trên sông Hàn thu hút hàng vạn người."
    )
    record = extract(text)
    [official] = [o for o in record.officials if o.name == "Đặng Việt Dũng"]
    assert official.positions[0].title == "Trưởng Ban Tuyên giáo Thành ủy"


def test_a_commune_listed_after_a_districts_body_is_that_body_of_the_commune() -> None:
    listed = "Thông báo được gửi các sở, ngành và UBND huyện Mỹ Đức, xã Đồng Tâm để thực hiện."
    assert [m.name for m in find_agencies(listed)] == ["Ủy ban nhân dân huyện", "Ủy ban nhân dân xã"]
    # an address runs from the commune up: the district there is no body
    address = "Đoàn đã đến trụ sở UBND xã Đồng Tâm, huyện Mỹ Đức để làm việc."
    assert [m.name for m in find_agencies(address)] == []


def test_a_councils_committee_printed_without_its_dash() -> None:
    text = "Ban Kinh tế Ngân sách HĐND TP.HCM và Ban Văn hóa Xã hội HĐND TP.HCM giám sát."
    assert [m.name for m in find_agencies(text)] == [
        "Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố",
        "Ban Văn hóa - Xã hội Hội đồng nhân dân thành phố",
    ]
