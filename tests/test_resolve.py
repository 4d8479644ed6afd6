"""resolve: one entry per person and per agency, canonical titles, spans into the text (SPEC §3–4)."""

from __future__ import annotations

from extractor.resolve import canonical_title, merge_agencies, merge_officials, unify_units
from extractor.rules.agencies import find_agencies, resolve_levels
from extractor.rules.officials import find_chains, find_officials


def resolved_officials(text: str):
    chains = find_chains(text)
    organizations = [p.organization for c in chains for p in c.posts if p.organization]
    resolved = {(m.start, m.entry.name): m for m in resolve_levels(text, organizations, None)}
    return merge_officials(text, find_officials(text, chains), resolved)


def test_titles_are_canonical() -> None:
    text = "Đồng chíPhạm Thị Thương - UVBTV Huyện ủy, Phó Chủ tịch UBND huyện phát biểu tại buổi làm việc"
    [official] = resolved_officials(text)
    assert official.name == "Phạm Thị Thương"
    assert [p.title for p in official.positions] == [
        "Ủy viên Ban Thường vụ Huyện ủy",
        "Phó Chủ tịch Ủy ban nhân dân huyện",
    ]
    assert [(p.role, p.organization, p.text) for p in official.positions] == [
        ("Ủy viên Ban Thường vụ", "Huyện ủy", "UVBTV Huyện ủy"),
        ("Phó Chủ tịch", "Ủy ban nhân dân huyện", "Phó Chủ tịch UBND huyện"),
    ]
    assert official.event_roles == ["speaker"]


def test_one_entry_per_person_with_every_mention_and_post() -> None:
    text = (
        "Ngày 24/12, UBND - UBMTTQ huyện Vân Đồn đã tổ chức hội nghị. Đông chí Mạc Thành Luân – Chủ tịch "
        "UBND huyện chủ trì hội nghị.\n\n"
        "Đồng chí Mạc Thành Luân – Phó Bí thư Huyện ủy, Chủ tịch UBND huyện phát biểu tại hội nghị"
    )
    [official] = resolved_officials(text)
    assert official.name == "Mạc Thành Luân"
    assert sorted(p.title for p in official.positions) == ["Chủ tịch Ủy ban nhân dân huyện", "Phó Bí thư Huyện ủy"]
    assert len(official.mentions) == 2
    assert all(text[s.start : s.end] == s.text == "Mạc Thành Luân" for s in official.mentions)
    assert official.event_roles == ["chair", "speaker"]


def test_expanded_standing_title() -> None:
    [official] = resolved_officials("Dự buổi làm việc có đồng chí Lưu Duy Khanh – Phó Bí thư TT Huyện ủy; Đồng chí")
    assert [p.title for p in official.positions] == ["Phó Bí thư Thường trực Huyện ủy"]


def test_bare_membership_is_kept_as_written_expanded() -> None:
    text = "Đồng chí Nguyễn Thế Quyền - UVBTV, Trưởng Ban Dân vận HU, Chủ tịch UBMTTQ Việt Nam huyện báo cáo"
    [official] = resolved_officials(text)
    assert [p.title for p in official.positions] == [
        "Ủy viên Ban Thường vụ",
        "Trưởng Ban Dân vận Huyện ủy",
        "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
    ]


def test_canonical_title_without_organization_is_the_role() -> None:
    text = "Đ/c Võ Công Hàm, Tỉnh ủy viên, Bí thư Huyện ủy"
    first, second = find_chains(text)[0].posts
    assert canonical_title(first, None) == "Tỉnh ủy viên"
    assert canonical_title(second, second.organization) == "Bí thư Huyện ủy"


def test_one_agency_per_canonical_name() -> None:
    text = (
        "chương trình phối hợp công tác giữa UBND huyện với UB MTTQ và các đoàn thể, tổ chức chính trị - xã "
        "hội huyện. Do đó, chương trình phối hợp giữa UBND huyện Vân Đồn với UB MTTQ và các tổ chức chính "
        "trị - xã hội huyện đã được thực hiện có hiệu quả"
    )
    agencies = merge_agencies(text, resolve_levels(text, find_agencies(text), None))
    assert [(a.name, a.kind, a.level) for a in agencies] == [
        ("Ủy ban nhân dân huyện", "people_committee", "huyện"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "fatherland_front", "huyện"),
        ("Các đoàn thể chính trị - xã hội huyện", "mass_organization", "huyện"),
    ]
    people_committee = agencies[0]
    assert people_committee.abbreviation == "UBND"
    assert [s.text for s in people_committee.mentions] == ["UBND huyện", "UBND huyện Vân Đồn"]
    assert all(text[s.start : s.end] == s.text for a in agencies for s in a.mentions)


def test_an_open_name_printed_in_two_cases_is_one_agency() -> None:
    text = "Trung tâm Bảo Tồn Di tích Cố đô Huế đề nghị; sau đó Trung tâm Bảo tồn Di tích Cố đô Huế hỗ trợ"
    [agency] = merge_agencies(text, find_agencies(text))
    assert agency.name == "Trung tâm Bảo Tồn Di tích Cố đô"  # as first printed
    assert len(agency.mentions) == 2


def _with_free_bodies(text: str):
    chains = find_chains(text)
    organizations = [p.organization for c in chains for p in c.posts if p.organization]
    spans = [(p.start, p.end) for c in chains for p in c.posts]
    free = [m for m in find_agencies(text) if not any(s <= m.start < e for s, e in spans)]
    resolved = {(m.start, m.entry.name): m for m in resolve_levels(text, organizations + free, None)}
    return {
        o.name: [p.title for p in o.positions] for o in merge_officials(text, find_officials(text, chains), resolved)
    }


def test_a_bare_minister_heads_the_one_ministry_their_sentence_names() -> None:
    text = "Sáng 3/7, đoàn công tác của Bộ NN&PTNT do Thứ trưởng Hoàng Văn Lâm dẫn đầu đã làm việc với tỉnh."
    assert _with_free_bodies(text) == {"Hoàng Văn Lâm": ["Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"]}
    # a ministry held by another post, or named in another sentence, is no one else's
    text = "Bộ trưởng Bộ Y tế Trần Thị Lan và Thứ trưởng Hoàng Văn Lâm dự lễ. Thứ trưởng Lê Minh Đức phát biểu."
    assert _with_free_bodies(text) == {
        "Trần Thị Lan": ["Bộ trưởng Bộ Y tế"],
        "Hoàng Văn Lâm": ["Thứ trưởng"],
        "Lê Minh Đức": ["Thứ trưởng"],
    }


def _agency_names(text: str) -> list[str]:
    return [a.name for a in merge_agencies(text, unify_units(find_agencies(text)))]


def test_a_unit_printed_once_with_its_parent_is_that_unit_where_printed_bare() -> None:
    text = "Cục Quản lý giá (Bộ Tài chính) đã có văn bản. Theo Cục Quản lý giá, giá xăng sẽ giảm."
    assert _agency_names(text) == ["Cục Quản lý giá Bộ Tài chính", "Bộ Tài chính"]


def test_a_unit_name_that_runs_on_into_the_sentence_is_cut_to_the_name_printed_more_often() -> None:
    text = (
        "Tổng cục Thủy sản cho biết. Tổng cục Thủy sản giám định lại mẫu. "
        "Tổng cục Thủy sản sẽ công bố. Chi cục Kiểm lâm đã họp. Chi cục Kiểm lâm tỉnh Lạng Sơn cũng có mặt."
    )
    # a level word after the name is the name's own, however seldom it is printed
    assert _agency_names(text) == ["Tổng cục Thủy sản", "Chi cục Kiểm lâm", "Chi cục Kiểm lâm tỉnh"]


def test_a_name_printed_without_its_family_name_is_the_full_names() -> None:
    text = (
        "Bà Nguyễn Thị Kim Thoa, Giám đốc Sở Y tế tỉnh Lạng Sơn cho biết. "
        "Theo bà Kim Thoa, Trưởng Ban Chỉ đạo phòng chống dịch tỉnh, dịch đã được khống chế."
    )
    [official] = resolved_officials(text)
    assert official.name == "Nguyễn Thị Kim Thoa"
    assert [m.text for m in official.mentions] == ["Nguyễn Thị Kim Thoa", "Kim Thoa"]


def test_a_bare_board_is_the_one_board_of_its_name_printed_whole() -> None:
    text = "Bà Lê Thị Hoa, Phó Trưởng Ban Tuyên giáo Trung ương dự. Ban Tuyên giáo đã chỉ đạo các báo. Ban Dân vận dự."
    assert _agency_names(text) == ["Ban Tuyên giáo Trung ương", "Ban Dân vận"]


def test_a_bare_post_adds_nothing_beside_the_same_post_written_whole() -> None:
    text = (
        "Phó Thủ tướng Thường trực Chính phủ Trương Văn Bình chủ trì hội nghị. "
        "Kết luận hội nghị, Phó Thủ tướng Trương Văn Bình yêu cầu các bộ khẩn trương thực hiện."
    )
    [official] = resolved_officials(text)
    assert [p.title for p in official.positions] == ["Phó Thủ tướng Thường trực Chính phủ"]


def test_a_levelless_front_is_the_central_one_where_the_story_names_it_and_no_local_one() -> None:
    text = "Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị. Đại diện MTTQ Việt Nam cho biết sẽ giám sát."
    assert _agency_names(text) == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    # a local committee printed with its level keeps the level-less ones local
    local = text + " Ủy ban MTTQ Việt Nam huyện Kim Bôi đã báo cáo."
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam huyện" in _agency_names(local)
