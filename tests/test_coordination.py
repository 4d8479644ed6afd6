"""coordination: event types, instrument, parties and years of the event (SPEC §5)."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.rules import coordination as coord
from extractor.rules.dates import find_dates

LEAD_000 = (
    "Hội nghị đánh giá kết quả thực hiện quy chế phối hợp giữa UBND huyện Vân Đồn với UBMTTQ và các đoàn "
    "thể, tổ chức chính trị - xã hội huyện năm 2019\n"
    "Ngày 24/12, UBND - UBMTTQ và các đoàn thể, tổ chức chính trị - xã hội huyện Vân Đồn đã tổ chức hội "
    "nghị đánh giá kết quả thực hiện quy chế phối hợp năm 2019; triển khai công tác phối hợp năm 2020."
)
TITLE_002 = (
    "Đức Thọ: Tổ chức ký kết phối hợp hoạt động giữa UBND huyện với MTTQ, các đoàn thể CT-XH năm 2020\n"
    "UBND, Ủy ban MTTQ và các đoàn thể CT - XH huyện ký kết chương trình phối hợp triển khai nhiệm vụ "
    "công tác năm 2020"
)
TITLE_003 = (
    "Quận Hoàn Kiếm Tổng kết chương trình phối hợp hoạt động năm 2020 và ký kết chương trình phối hợp "
    "hoạt động trọng tâm năm 2021"
)
TITLE_004 = "Đồng chí Bí thư Huyện ủy làm việc với Mặt trận Tổ quốc và các đoàn thể huyện"


def test_event_types_in_print_order() -> None:
    assert coord.event_types(LEAD_000) == ["danh_gia", "trien_khai"]
    assert coord.event_types(TITLE_003)[:2] == ["tong_ket", "ky_ket"]
    assert coord.event_types(TITLE_004) == ["lam_viec"]
    assert "ky_ket" in coord.event_types(TITLE_002)


def test_a_meeting_held_with_others_is_a_meeting() -> None:
    assert coord.event_types("UBND phường đã tổ chức họp với đại diện các hộ gia đình") == ["hoi_nghi_khac"]
    assert coord.event_types("Xã đã họp với các hộ dân và báo cáo huyện") == ["hoi_nghi_khac"]
    assert coord.event_types("Các hộ dân đã họp bàn cách làm đường") == []
    assert coord.event_types("Dự buổi công bố dự thảo kết luận thanh tra có đại diện UBND huyện") == ["hoi_nghi_khac"]


def test_discipline_and_contracts_are_no_review_or_signing() -> None:
    assert coord.event_types("Hội nghị kiểm điểm thực hiện quy chế phối hợp công tác năm 2023") == ["danh_gia"]
    assert coord.event_types("Sở yêu cầu kiểm điểm, làm rõ trách nhiệm của hiệu trưởng") == []
    assert coord.event_types("Các bộ phải kiểm điểm nghiêm túc việc không báo cáo") == []
    assert coord.event_types("Người dân đồng ý sẽ ký kết luận thanh tra") == []
    assert coord.event_types("Theo hợp đồng đã ký kết giữa ngư dân và cơ sở đóng tàu") == []
    assert coord.event_types("UBND tỉnh và Tập đoàn X đã ký kết biên bản ghi nhớ") == ["ky_ket"]
    assert coord.event_types("Thỏa thuận hợp tác sẽ được ký kết giữa UBND thành phố và Tập đoàn X") == []


def test_meeting_voters_as_a_field_of_work_is_no_meeting_held() -> None:
    assert coord.event_types("huyện là điểm sáng trong công tác tiếp xúc, đối thoại với người dân") == []
    assert coord.event_types("Đại biểu HĐND tỉnh tiếp xúc cử tri xã Yên Lạc") == ["tiep_xuc_cu_tri"]


def test_a_conference_deploying_a_document_is_a_deployment() -> None:
    assert coord.event_types("Bộ Y tế tổ chức Hội nghị triển khai Thông tư 02/2017/TT-BYT") == ["trien_khai"]
    assert coord.event_types("Hội nghị triển khai Nghị quyết Trung ương 5 khóa XII") == ["trien_khai"]
    assert coord.event_types("Tỉnh đã triển khai thông tư này từ tháng 3") == []


def test_the_tasks_of_the_second_half_year_are_a_plan() -> None:
    assert coord.event_types(
        "Buổi làm việc bàn tình hình 6 tháng đầu năm và nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2018"
    ) == ["lam_viec", "trien_khai"]
    assert coord.event_types("Kết quả 6 tháng cuối năm 2017 của huyện vượt kế hoạch") == []


def test_working_at_a_place_as_employment_is_no_working_session() -> None:
    assert coord.event_types("Hai cô giáo mới làm việc tại trường từ tháng 9 năm ngoái") == []
    assert coord.event_types("Ông từng làm việc tại Sở Xây dựng") == []
    assert coord.event_types("Đoàn công tác của tỉnh làm việc tại huyện Mường Tè") == ["lam_viec"]


def test_supervision_named_in_a_rule_is_no_supervision_held() -> None:
    assert coord.event_types("Bộ Chính trị vừa ban hành quy định việc kiểm tra, giám sát việc kê khai tài sản") == []
    assert coord.event_types("Đoàn giám sát của HĐND tỉnh làm việc tại huyện") == ["giam_sat", "lam_viec"]
    assert coord.event_types("HĐND huyện giám sát việc thực hiện chính sách") == ["giam_sat"]


def test_bodies_told_to_work_together_hold_no_event() -> None:
    text = (
        "Công trình sai phép trên đường Trần Hưng Đạo\n\n"
        "Ngày 6/2, sau cuộc họp giao ban, Chủ tịch UBND tỉnh Nam Định đã giao Sở Xây dựng chủ trì, phối hợp với "
        "UBND thành phố Nam Định kiểm tra công trình xây dựng sai phép trên đường Trần Hưng Đạo và báo cáo kết "
        "quả trước ngày 20/2. Công trình cao chín tầng, vượt ba tầng so với giấy phép được cấp năm ngoái."
    )
    assert extract(text).coordination is None
    held = text.replace("đã giao Sở Xây dựng chủ trì, phối hợp với", "đã họp với Sở Xây dựng và")
    assert extract(held).coordination is not None
    told_to_inspect = text.replace("đã giao Sở Xây dựng chủ trì, phối hợp với", "yêu cầu Sở Xây dựng và")
    assert extract(told_to_inspect).coordination is None
    charged = text.replace("Chủ tịch UBND tỉnh Nam Định đã giao Sở Xây dựng chủ trì,", "Sở Xây dựng được giao")
    assert extract(charged).coordination is None
    # a board whose name holds "chỉ đạo" is no directive
    board = (
        "Họp báo về lễ hội cà phê\n\n"
        "Sáng 6/2, Ban Chỉ đạo Tây Nguyên phối hợp với UBND tỉnh Đắk Lắk tổ chức họp báo về lễ hội cà phê lần "
        "thứ sáu, sẽ khai mạc ngày 10/3 tại thành phố Buôn Ma Thuột với nhiều hoạt động văn hóa. Lễ hội năm nay "
        "có chủ đề liên kết phát triển, với hội chợ triển lãm, đường phố cà phê và nhiều hội thảo chuyên đề."
    )
    coordination = extract(board).coordination
    assert coordination is not None and coordination.parties == ["Ban Chỉ đạo Tây Nguyên", "Ủy ban nhân dân tỉnh"]


def test_a_post_holder_with_the_delegation_stands_for_their_body() -> None:
    text = (
        "Thứ trưởng làm việc về lễ hội chọi trâu\n\n"
        "Chiều 1/7, Thứ trưởng Bộ VH-TT&DL Trần Thị Thu cùng đoàn công tác đã có buổi làm việc với Sở Du lịch "
        "thành phố Hải Phòng và UBND quận Kiến An về công tác tổ chức lễ hội truyền thống. Quận cho biết đã rà "
        "soát toàn bộ khâu chuẩn bị, bảo đảm an toàn cho người dân và du khách."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert coordination.parties == ["Bộ Văn hóa, Thể thao và Du lịch", "Sở Du lịch thành phố", "Ủy ban nhân dân quận"]
    leading = extract(text.replace("cùng đoàn công tác", "dẫn đầu đoàn công tác")).coordination
    assert leading is not None and leading.parties == coordination.parties


def test_giua_of_a_time_is_no_between() -> None:
    text = "Tòa án nhân dân huyện Ba Vì cho biết, dự kiến giữa tháng 7 tới sẽ đưa vụ án ra xét xử sơ thẩm."
    spans = coord.party_spans([(0, len(text))], text)
    assert spans.between == [] and spans.acting == []
    text = "Hội nghị ký kết quy chế phối hợp giữa UBND huyện với Ủy ban MTTQ huyện năm 2024."
    assert coord.party_spans([(0, len(text))], text).between == [(text.index("giữa"), len(text) - 1)]


def test_instrument() -> None:
    assert coord.instrument(LEAD_000) == "quy chế phối hợp"
    assert coord.instrument(TITLE_002) == "chương trình phối hợp"
    assert coord.instrument(TITLE_004) is None


def test_years_reviewed_and_planned() -> None:
    assert coord.years(LEAD_000, find_dates(LEAD_000)) == ([2019], [2020])
    assert coord.years(TITLE_003, find_dates(TITLE_003)) == ([2020], [2021])


@pytest.mark.parametrize(
    ("lead", "reviewed", "planned"),
    [
        # a half-year's review and the tasks of the next half, a supervision of a year's work
        (
            "Hội nghị giao ban công tác mặt trận 6 tháng đầu năm 2019, đề ra nhiệm vụ 6 tháng cuối năm 2020.",
            [2019],
            [2020],
        ),
        ("Thường trực HĐND xã tổ chức giám sát công tác quản lý quỹ đất công năm 2018.", [2018], []),
        # a year told in a sentence with no cue of its own is neither, however near the last cue
        ("Đoàn công tác kiểm tra tình hình sạt lở. Trong 4 tháng đầu năm 2017, đã xảy ra 4 vụ sạt lở.", [], []),
    ],
)
def test_a_year_is_read_by_a_cue_in_its_own_sentence(lead: str, reviewed: list[int], planned: list[int]) -> None:
    assert coord.years(lead, find_dates(lead)) == (reviewed, planned)


def test_coordination_needs_two_bodies_or_voters() -> None:
    assert coord.is_coordination(["lam_viec"], ["Huyện ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"])
    assert not coord.is_coordination(["hoi_nghi_khac"], ["Huyện ủy"])
    assert coord.is_coordination(["tiep_xuc_cu_tri"], ["Hội đồng nhân dân huyện"])
    assert not coord.is_coordination(["ky_ket"], [])


# --- the coordination block of whole records ------------------------------------------------


def test_review_and_plan_of_a_regulation(seed_record) -> None:
    c = seed_record("seed-000").coordination
    assert c is not None
    assert c.event_types == ["danh_gia", "trien_khai"]
    assert c.instrument == "quy chế phối hợp"
    assert c.parties == [
        "Ủy ban nhân dân huyện",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
        "Các đoàn thể chính trị - xã hội huyện",
    ]
    assert (c.years_reviewed, c.years_planned) == ([2019], [2020])


def test_typo_level_is_not_a_party(seed_record) -> None:
    # "giữa UBND huyện với UBMTTQVN quận" in a quận article: "huyện" is a slip of the pen.
    c = seed_record("seed-001").coordination
    assert c is not None
    assert set(c.event_types) == {"so_ket", "ky_ket"}
    assert "Ủy ban nhân dân huyện" not in c.parties
    assert {"Ủy ban nhân dân quận", "Ủy ban Mặt trận Tổ quốc Việt Nam quận"} <= set(c.parties)


def test_working_session_of_the_party_committee(seed_record) -> None:
    c = seed_record("seed-004").coordination
    assert c is not None
    assert c.event_types == ["lam_viec"]
    assert c.instrument is None
    assert c.parties[0] == "Huyện ủy"
    assert (c.years_reviewed, c.years_planned) == ([], [])


GIAO_BAN = (
    "Giao ban Thường trực HĐND tỉnh quý II\n\n"
    "Ngày 8/7, Thường trực HĐND tỉnh tổ chức hội nghị giao ban với Thường trực HĐND các huyện, thành phố "
    "6 tháng đầu năm 2022 để đánh giá kết quả hoạt động và bàn nhiệm vụ những tháng cuối năm. Ông Trần Văn "
    "Bình, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị. Dự hội nghị có đại diện lãnh đạo MTTQ các huyện, thị xã.\n\n"
    "Hội nghị đã nghe báo cáo và thảo luận nhiều nội dung. Ảnh: Hữu Tâm/TTXVN"
)


def test_plural_bodies_are_parties_and_agencies_only_as_parties() -> None:
    record = extract(GIAO_BAN)
    assert record.coordination is not None
    assert record.coordination.parties == [
        "Hội đồng nhân dân tỉnh",
        "Hội đồng nhân dân huyện",
        "Hội đồng nhân dân thành phố",
    ]
    names = [a.name for a in record.agencies]
    assert "Hội đồng nhân dân huyện" in names
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam huyện" not in names  # a class of bodies in an attendance list
    assert "Thông tấn xã Việt Nam" not in names  # a photo credit


def test_a_persons_post_is_not_a_party_but_stands_for_its_body_after_giua() -> None:
    quoted = (
        "Cây xanh trên vành đai 3\n\n"
        "Cần quan tâm hiệu quả kinh tế của dự án là ý kiến của Chủ tịch UBND thành phố Nguyễn Đức Chung và các "
        "đại biểu HĐND thành phố tại cuộc tiếp xúc cử tri quận Hoàn Kiếm trước kỳ họp thứ tư, tổ chức sáng 20/6. "
        "Cử tri đã đề cập nhiều vấn đề nóng của Thủ đô, trong đó có kế hoạch di dời cây xanh trên tuyến đường."
    )
    record = extract(quoted)
    assert record.coordination is not None  # the head whose opinion is given at the meeting is there
    assert record.coordination.parties == ["Ủy ban nhân dân thành phố", "Hội đồng nhân dân thành phố"]
    # the post of one quoted from elsewhere names no party, and a "dự án" before it is no attending ("dự")
    elsewhere = quoted.replace(
        "là ý kiến của Chủ tịch UBND thành phố Nguyễn Đức Chung và các đại biểu",
        "là ý kiến của Chủ tịch UBND thành phố Nguyễn Đức Chung gửi Sở Xây dựng. Ý kiến này được các đại biểu",
    ).replace(" tại cuộc", " nêu lại tại cuộc")
    record = extract(elsewhere)
    assert record.coordination is not None
    assert record.coordination.parties == ["Hội đồng nhân dân thành phố"]
    forum = (
        "Diễn đàn lắng nghe tiếng nói Mặt trận cơ sở\n\n"
        "Sáng 11/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức Diễn đàn giữa đồng chí Trần Văn Thành, "
        "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam với cán bộ Mặt trận cơ sở trong toàn tỉnh. Hơn 900 cán bộ, "
        "công chức và người hoạt động không chuyên trách đã tham dự tại các điểm cầu cấp huyện, xã."
    )
    record = extract(forum)
    assert record.coordination is not None
    assert record.coordination.event_types == ["hoi_nghi_khac"]
    assert set(record.coordination.parties) == {
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    }


def test_bodies_acting_together_without_an_event_hold_no_coordination() -> None:
    text = (
        "Sẽ kỷ luật cán bộ hộ tịch làm khó dân\n\n"
        "Ngày 19-5, ông Nguyễn Văn Dũng cho biết Huyện ủy và UBND huyện đã chỉ đạo kiểm tra, xác minh làm rõ "
        "việc cán bộ xã gây khó khăn cho cặp vợ chồng đến đăng ký kết hôn và làm giấy khai sinh cho con. "
        "Xã đã họp để xem xét, phân tích vụ việc và đề xuất hướng xử lý theo quy định."
    )
    assert coord.event_types(text) == []
    assert extract(text).coordination is None


def test_a_signing_later_in_the_article_names_its_parties() -> None:
    text = (
        "Thành Đoàn thăm và làm việc tại huyện Lâm Hà\n\n"
        "Ngày 8/10, đoàn công tác Thành Đoàn Hà Nội đã đến thăm và làm việc tại huyện Lâm Hà, tỉnh Lâm Đồng, "
        "trao quà cho các hộ dân có hoàn cảnh khó khăn.\n\n"
        "Chương trình có sự tham gia của lãnh đạo hai địa phương và đông đảo đoàn viên, thanh niên.\n\n"
        "Bên cạnh đó, nhằm tăng cường hợp tác; Thành Đoàn Hà Nội và Tỉnh Đoàn Lâm Đồng đã tổ chức ký kết kết nghĩa "
        "giữa Huyện Đoàn Lâm Hà với Quận Đoàn Tây Hồ."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert coordination.event_types == ["lam_viec", "ky_ket"]
    assert coordination.parties == ["Thành Đoàn", "Tỉnh Đoàn", "Huyện Đoàn", "Quận Đoàn"]


def test_bodies_signing_together_are_the_signatories() -> None:
    text = (
        "Hướng dẫn mức giá dịch vụ khám bệnh mới\n\n"
        "Chiều 12.4, tại Đà Nẵng, Bộ Y tế tổ chức hội nghị hướng dẫn thông tư quy định giá dịch vụ khám, chữa "
        "bệnh cho các tỉnh miền Trung. Tại hội nghị, đại diện Bộ Y tế cho biết thông tư sẽ áp dụng từ tháng 6.\n\n"
        "Cùng ngày 12.4, Bảo hiểm xã hội Việt Nam và Bộ Tài chính đã ký kết quy chế trao đổi dữ liệu người tham "
        "gia bảo hiểm y tế."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["hoi_nghi_khac", "ky_ket"]
    assert set(coordination.parties) == {"Bảo hiểm xã hội Việt Nam", "Bộ Tài chính"}
    # a signing of years before is the story's background
    assert extract(text.replace("Cùng ngày 12.4", "Cuối năm 2013")).coordination is None
    # people signing a contract are no bodies signing
    assert extract(text.replace("Bảo hiểm xã hội Việt Nam và Bộ Tài chính", "bệnh nhân và bác sĩ")).coordination is None


def test_a_memorandum_signed_between_the_sides_is_a_signing() -> None:
    blocks_text = "Hai bên đã trao đổi kinh nghiệm.\n\nKý biên bản ghi nhớ nội dung hợp tác giữa các bên."
    [(start, end)] = coord.signings([(0, len(blocks_text))], blocks_text)
    assert blocks_text[start:end] == "Ký biên bản ghi nhớ nội dung hợp tác giữa các bên"


def test_a_report_on_the_coordination_programme_anywhere_makes_the_event_a_review() -> None:
    text = (
        "Huyện Mỹ Đức ký kết chương trình phối hợp năm 2024\n\n"
        "Sáng 6/3, HĐND, UBND và Ủy ban MTTQ Việt Nam huyện Mỹ Đức tổ chức hội nghị ký kết chương trình phối "
        "hợp công tác năm 2024.\n\n"
        "Tại hội nghị, đại diện Ủy ban MTTQ huyện đã báo cáo kết quả thực hiện chương trình phối hợp năm 2023."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert coordination.event_types == ["ky_ket", "danh_gia"]
    blocks = [(0, len(text))]
    assert coord.reviews_instrument(blocks, text, ["tong_ket"]) == ["tong_ket"]  # a tổng kết already reviews
    assert coord.reviews_instrument(blocks, text, []) == []  # no event, nothing to review


def test_giao_ban_reviews_a_period_but_a_briefing_on_opinion_is_another_meeting() -> None:
    assert coord.event_types("Hội nghị giao ban công tác Hội quý I năm 2024") == ["danh_gia"]
    assert coord.event_types("Hội nghị giao ban dư luận xã hội và triển khai công tác năm 2024") == ["trien_khai"]


def test_the_host_and_the_bodies_attending_as_bodies_are_parties() -> None:
    text = (
        "Phường 4 giao ban dư luận xã hội\n\n"
        "Chiều 3/3, Ban Thường trực Ủy ban MTTQ Việt Nam phường 4 tổ chức hội nghị giao ban dư luận xã hội và "
        "triển khai công tác năm 2024. Tham dự hội nghị có Ban Công tác Mặt trận khu phố và Ban Thanh tra nhân dân "
        "phường, chủ trì hội nghị là bà Trần Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam phường."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert coordination.event_types == ["trien_khai"]
    assert coordination.parties == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "Ban Công tác Mặt trận khu phố",
        "Ban Thanh tra nhân dân phường",
    ]
    # the guests may be printed among people, and a guest list of no body names no party
    among_people = text.replace("có Ban Công tác", "có đông đảo hội viên, đại diện Ban Công tác")
    assert extract(among_people).coordination == extract(text).coordination
    without_bodies = text.replace("Ban Công tác Mặt trận khu phố và Ban Thanh tra nhân dân phường", "đông đảo hội viên")
    assert extract(without_bodies).coordination is None


def test_a_host_meeting_its_own_lower_levels() -> None:
    text = (
        "Giao ban công tác Mặt trận các tỉnh Tây Nguyên\n\n"
        "Ngày 12/7, tại TP. Buôn Ma Thuột, Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị giao ban công tác "
        "Mặt trận 6 tháng đầu năm 2023 của 5 tỉnh Tây Nguyên. Các đại biểu trao đổi kinh nghiệm vận động nhân "
        "dân và bàn nhiệm vụ những tháng cuối năm."
    )
    record = extract(text)
    assert record.coordination is not None
    assert record.coordination.event_types == ["danh_gia"]
    assert record.coordination.parties == [
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ]
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" in [a.name for a in record.agencies]
    alone = text.replace(" của 5 tỉnh Tây Nguyên", "")
    assert extract(alone).coordination is None  # one body's own meeting


def test_a_post_holder_working_with_a_body_brings_their_own_body() -> None:
    text = (
        "Bí thư Thành ủy làm việc với quận\n\n"
        "Ngày 7/2, Bí thư Thành ủy TP.HCM Đinh La Thăng có buổi làm việc với quận ủy quận 2 về tình hình kinh "
        "tế xã hội của địa phương năm 2016 và nhiệm vụ năm 2017. Ông Thăng đã chất vấn lãnh đạo quận về tình "
        "trạng tội phạm và tai nạn giao thông trên địa bàn."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert coordination.event_types == ["lam_viec"]
    assert coordination.parties == ["Thành ủy", "Quận ủy"]


def test_when_the_opening_names_no_event_the_sentence_dating_it_may() -> None:
    text = (
        "Yêu cầu cơ sở mầm non tạm dừng hoạt động\n\n"
        "Sau khi nhận được nhiều phản ứng từ dư luận về sự việc giáo viên cơ sở mầm non dùng dép đánh vào đầu "
        "học sinh, cơ sở này đã bị đình chỉ hoạt động theo yêu cầu của chính quyền địa phương và ngành giáo dục.\n\n"
        "Ông Trần Văn Đức cho biết: Liên quan đến vụ việc, sáng 6/2, UBND phường Minh Khai phối hợp cùng Phòng "
        "Giáo dục và Đào tạo quận Hai Bà Trưng đã có buổi làm việc với chủ cơ sở mầm non này."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert coordination.event_types == ["lam_viec"]
    assert coordination.parties == ["Ủy ban nhân dân phường", "Phòng Giáo dục và Đào tạo quận"]


def test_a_joint_conference_of_two_bodies_reviewing_and_planning() -> None:
    text = (
        "Niềm tin của nhân dân vào Chính phủ và Mặt trận\n\n"
        "Sáng 10/2, Thủ tướng Chính phủ Nguyễn Xuân Phúc và Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Thiện "
        "Nhân đã chủ trì Hội nghị liên tịch thường niên của Chính phủ và Ủy ban Trung ương MTTQ, kiểm điểm việc "
        "phối hợp công tác năm 2016, bàn nhiệm vụ trọng tâm năm 2017."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert coordination.event_types == ["danh_gia", "trien_khai"]
    assert coordination.parties == ["Chính phủ", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    assert (coordination.years_reviewed, coordination.years_planned) == ([2016], [2017])


def test_a_body_named_as_the_venue_is_no_party() -> None:
    text = (
        "Nhà cung cấp máy lọc nước nói gì?\n\n"
        "Đại diện nhà cung cấp đã làm việc với đoàn kiểm tra của UBND phường Tân Lập về sự cố nước nhiễm bẩn "
        "tại Trung tâm Y tế huyện Lạc Sơn khiến nhiều người phải nhập viện. Cơ quan chức năng đã tạm dừng "
        "hoạt động của nhà cung cấp để phục vụ công tác điều tra."
    )
    record = extract(text)
    assert "Trung tâm Y tế huyện" in [a.name for a in record.agencies]
    assert record.coordination is None


def test_a_districts_delegation_working_with_a_commune() -> None:
    text = (
        "Đình chỉ công tác Chủ tịch UBND xã dùng bằng giả\n\n"
        "Ngày 30-6, đoàn kiểm tra của huyện Mê Linh đã về làm việc với UBND xã Chu Phan và ông Nguyễn Văn Hưng, "
        "Chủ tịch UBND xã. Tại buổi làm việc, ông Hưng thừa nhận việc sử dụng bằng giả đại học và xác nhận nội "
        "dung báo nêu là đúng."
    )
    record = extract(text)
    assert record.coordination is not None
    assert record.coordination.event_types == ["lam_viec"]
    assert record.coordination.parties == ["Ủy ban nhân dân huyện", "Ủy ban nhân dân xã"]


def test_a_unit_a_session_is_held_with_is_its_peoples_committee() -> None:
    text = (
        "Hai tỉnh thống nhất phương án làm đường liên vùng\n\n"
        "Ngày 5/6, đoàn công tác của Bộ Giao thông vận tải đã có buổi làm việc với lãnh đạo tỉnh Ninh Bình về "
        "phương án đầu tư tuyến đường nối hai tỉnh. Hai bên thống nhất giao chủ đầu tư hoàn thiện hồ sơ trong "
        "tháng 7 để trình Thủ tướng phê duyệt."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.parties == ["Bộ Giao thông vận tải", "Ủy ban nhân dân tỉnh"]
    with_residents = extract(text.replace("lãnh đạo tỉnh Ninh Bình", "người dân tỉnh Ninh Bình")).coordination
    assert with_residents is not None and with_residents.parties == ["Bộ Giao thông vận tải"]
    with_provinces = extract(text.replace("lãnh đạo tỉnh Ninh Bình", "lãnh đạo các tỉnh ven biển")).coordination
    assert with_provinces is not None and with_provinces.parties == ["Bộ Giao thông vận tải", "Ủy ban nhân dân tỉnh"]


def test_a_unit_visited_by_a_delegation_is_its_peoples_committee() -> None:
    text = (
        "Ứng phó sạt lở bờ biển là ưu tiên hàng đầu\n\n"
        "Ngày 12/4, Phó Thủ tướng Chính phủ Lê Văn An đã dẫn đầu đoàn công tác đến làm việc tại tỉnh Sóc Trăng về "
        "công tác phòng, chống sạt lở bờ biển. Đoàn đã khảo sát các điểm sạt lở và ghi nhận nỗ lực của địa "
        "phương trong việc huy động nguồn lực để làm kè chắn sóng. Năm ngoái, UBND tỉnh Sóc Trăng đã xin hỗ trợ "
        "vốn làm kè."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert coordination.parties == ["Chính phủ", "Ủy ban nhân dân tỉnh"]
    # one who works at a place in the job sense pays no visit
    employed = extract(text.replace("đã dẫn đầu đoàn công tác đến làm việc tại", "từng làm việc tại")).coordination
    assert employed is None
    # where the text prints no people's committee of the place, the visit's host is some other body of it
    youth = text.replace("Phó Thủ tướng Chính phủ Lê Văn An", "Thành Đoàn Hà Nội").replace("UBND tỉnh", "Tỉnh Đoàn")
    assert "Ủy ban nhân dân tỉnh" not in {a.name for a in extract(youth).agencies}


def test_one_who_agrees_at_the_session_speaks_at_it() -> None:
    text = (
        "Sắp có tuyến đường ven biển Thái Bình\n\n"
        "Thủ tướng đã đồng ý cho tỉnh Thái Bình chủ trì triển khai thủ tục đầu tư tuyến đường bộ ven biển qua "
        "địa bàn tỉnh, bảo đảm hiệu quả và đúng quy định. Tại cuộc làm việc với lãnh đạo tỉnh Thái Bình, Bộ "
        "trưởng Bộ Giao thông vận tải Lê Văn Hải đồng tình với đề xuất xây dựng tuyến đường của tỉnh này."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert set(coordination.parties) == {"Bộ Giao thông vận tải", "Ủy ban nhân dân tỉnh"}


def test_one_who_reports_or_speaks_at_a_session_of_two_bodies_adds_theirs() -> None:
    text = (
        "Bí thư Thành ủy Cần Thơ làm việc với Quận ủy Bình Yên\n\n"
        "Ngày 9/3, Bí thư Thành ủy Cần Thơ Lê Minh Tâm chủ trì buổi làm việc với Quận ủy quận Bình Yên về tình "
        "hình kinh tế xã hội của địa phương năm qua. Ông Trần Văn Lộc – Phó Chủ tịch UBND quận Bình Yên báo cáo, năm "
        "2016 quận thu ngân sách vượt dự toán. Dự buổi làm việc có ông Vũ Hải Nam, Giám đốc Sở Tài chính thành "
        "phố Cần Thơ. Trưởng Công an quận Bình Yên Nguyễn Văn Hòa cho biết tội phạm giảm."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    # the reporter's and the speaker's bodies join the two that meet; one who only attends is their guest
    assert set(coordination.parties) == {"Thành ủy", "Quận ủy", "Ủy ban nhân dân quận", "Công an quận"}
    # what one said before the session, or aside from it, is not said at it
    for aside in ("Trước đó", "Trong khi đó"):
        said = extract(text.replace("Trưởng Công an quận", f"{aside}, Trưởng Công an quận")).coordination
        assert said is not None and "Công an quận" not in said.parties


def test_one_who_reports_for_a_party_adds_no_other_body_of_theirs() -> None:
    text = (
        "Bí thư Huyện ủy làm việc với Mặt trận huyện\n\n"
        "Ngày 12/4, Bí thư Huyện ủy Lâm Hà Đỗ Thị Mai chủ trì buổi làm việc với Ủy ban MTTQ Việt Nam huyện Lâm Hà về "
        "kết quả công tác quý I. Ông Phan Văn Tư, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam "
        "huyện Lâm Hà báo cáo kết quả công tác từ đầu năm đến nay của Mặt trận và các đoàn thể."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert coordination.parties == ["Huyện ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]


def test_a_former_post_holder_speaks_for_no_body() -> None:
    text = (
        "Tranh cãi về quy hoạch bán đảo\n\n"
        "Ngày 14/5, Tổng cục Du lịch có buổi làm việc với Hiệp hội Du lịch Khánh Hòa về kiến nghị của Hiệp "
        "hội liên quan đến quy hoạch bán đảo. Tại buổi làm việc, ông Lê Văn An, nguyên Bí thư Thành ủy Nha Trang "
        "cho biết người dân rất lo lắng về quy hoạch này và đề nghị giữ nguyên hiện trạng rừng."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert "Thành ủy" not in coordination.parties


def test_a_stray_level_is_a_typo_only_at_the_home_levels_rank() -> None:
    mentions = [
        coord.PartyMention("Ủy ban nhân dân quận", 0, 10, "quận", "Ủy ban nhân dân"),
        coord.PartyMention("Ủy ban nhân dân huyện", 20, 30, "huyện", "Ủy ban nhân dân"),
        coord.PartyMention("Ủy ban nhân dân phường", 40, 50, "phường", "Ủy ban nhân dân"),
    ]
    spans = coord.PartySpans(between=[(0, 60)], acting=[], subjects=[])
    assert coord.select_parties(mentions, spans, "quận", " " * 60) == [
        "Ủy ban nhân dân quận",
        "Ủy ban nhân dân phường",
    ]
    assert coord.select_parties(mentions, spans, "thành phố", " " * 60) == [m.name for m in mentions]


def test_the_list_after_a_colon_names_the_parties_between() -> None:
    text = (
        "Tăng cường phối hợp quảng bá hình ảnh của tỉnh\n\n"
        "Chiều 12/7, Lễ ký kết hợp tác truyền thông giữa UBND tỉnh Quảng Ninh và 4 cơ quan báo chí Trung ương: "
        "Báo Nhân dân, Thông tấn xã Việt Nam, Đài Tiếng nói Việt Nam, Đài Truyền hình Việt Nam giai đoạn "
        "2017-2020 đã diễn ra tại Hà Nội."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert coordination.event_types == ["ky_ket"]
    assert coordination.parties[:2] == ["Ủy ban nhân dân tỉnh", "Báo Nhân Dân"]
    assert len(coordination.parties) == 5


def test_the_bodies_an_event_is_held_by_are_parties() -> None:
    text = (
        "Hội thảo về chống xói lở bờ biển Hội An\n\n"
        "Hội thảo quốc gia về giải pháp bảo vệ bờ biển diễn ra trong hai ngày 25 và 26/5 tại thành phố Hội An. "
        "Sự kiện do Sở Tài nguyên và Môi trường tỉnh và Hội Nông dân tỉnh Quảng Nam phối hợp tổ chức. Các nhà "
        "khoa học đã trình bày nhiều giải pháp nuôi bãi kết hợp với đê ngầm để bảo vệ bờ biển."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["hoi_nghi_khac"]
    assert coordination.parties == ["Sở Tài nguyên và Môi trường tỉnh", "Hội Nông dân tỉnh"]
    unheld = text.replace("phối hợp tổ chức", "cử cán bộ tham dự")
    assert extract(unheld).coordination is None  # "do …" that holds nothing names no party


def test_the_bodies_in_the_delegation_of_one_who_inspects_are_parties() -> None:
    text = (
        "Phó Thủ tướng thị sát sạt lở bờ biển Cà Mau\n\n"
        "Ngày 29/5, Phó Thủ tướng Trần Văn Nam đã thị sát tình hình sạt lở bờ biển tại huyện Ngọc Hiển, tỉnh "
        "Cà Mau để tìm giải pháp ứng phó. Tham gia đoàn công tác, đại diện Bộ Nông nghiệp và Phát triển nông thôn "
        "cho biết toàn vùng có 24 khu vực thường xuyên bị sạt lở, mỗi năm mất khoảng 500 ha đất."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert coordination.parties == ["Chính phủ", "Bộ Nông nghiệp và Phát triển nông thôn"]
    # a body quoted without being in the delegation is no party
    assert extract(text.replace("Tham gia đoàn công tác, đại diện", "Theo")).coordination is None


def test_a_meeting_called_gap_go_held_by_two_bodies() -> None:
    text = (
        "Tri ân sự góp sức của kiều bào cho phát triển\n\n"
        "Chiều 8-2, Ủy ban MTTQ Việt Nam TP.HCM và Hội Liên lạc với người Việt Nam ở nước ngoài TP đã tổ chức "
        "chương trình gặp gỡ kiều bào mừng tân niên. Tại buổi gặp gỡ, ông Nguyễn Hoàng Năng, Chủ tịch Ủy ban "
        "MTTQ Việt Nam TP.HCM, đã bày tỏ sự tri ân đối với những đóng góp của kiều bào."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["hoi_nghi_khac"]
    assert coordination.parties == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
        "Hội Liên lạc với người Việt Nam ở nước ngoài thành phố",
    ]


def test_post_holders_taking_part_in_the_event_stand_for_their_bodies() -> None:
    text = (
        "Kiểm tra chéo cụm thi đua Mặt trận các tỉnh\n\n"
        "Từ ngày 27/11 đến ngày 01/12, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Văn Bình đã tham gia đoàn "
        "công tác kiểm tra chéo cụm thi đua các tỉnh. Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Lê Thị Hoa "
        "đã đến dự, chủ trì hội nghị tại tỉnh An Giang. Cụm thi đua gồm các tỉnh Cà Mau, Bạc Liêu, Sóc Trăng, "
        "An Giang, Hậu Giang và Kiên Giang."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert coordination.parties == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]
    # one holder at the event is no meeting of bodies, nor are holders only quoted on it to the press
    alone = text.replace("đã đến dự, chủ trì hội nghị tại", "trả lời phóng viên về thế mạnh của")
    assert extract(alone).coordination is None


def test_two_bodies_holding_a_press_conference() -> None:
    text = (
        "Lễ hội cà phê sẽ diễn ra từ ngày 8 đến 13-3\n\n"
        "Ngày 6-2 tại Hà Nội, Ban Chỉ đạo Tây Nguyên, UBND tỉnh Đắk Lắk tổ chức họp báo về Lễ hội Cà phê "
        "Buôn Ma Thuột lần thứ 6. Lễ hội lần này nhằm quảng bá thương hiệu cà phê của tỉnh trên thị trường "
        "thế giới."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["hoi_nghi_khac"]
    assert coordination.parties == ["Ban Chỉ đạo Tây Nguyên", "Ủy ban nhân dân tỉnh"]


def test_one_bodys_press_conference_is_no_event_between_bodies() -> None:
    text = (
        "Nguyên nhân tôm hùm chết hàng loạt\n\n"
        "Tại cuộc họp báo sáng 2-6 dưới sự chủ trì của ông Trần Hữu Thế, Phó Chủ tịch UBND tỉnh Phú Yên, ông Nguyễn "
        "Tri Phương, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên cho biết nước vịnh Xuân Đài "
        "bị ô nhiễm hữu cơ do mật độ lồng nuôi quá dày."
    )
    assert extract(text).coordination is None
    # two bodies may hold one together
    joint = (
        "Lễ hội cà phê sẽ diễn ra từ ngày 8 đến 13-3\n\n"
        "Ngày 6/2, tại Hà Nội, Ban Chỉ đạo Tây Nguyên đã phối hợp với UBND tỉnh Đắk Lắk tổ chức họp báo giới thiệu "
        "chương trình Lễ hội Cà phê Buôn Ma Thuột lần thứ 6. Lễ hội lần này nhằm quảng bá thương hiệu cà phê."
    )
    coordination = extract(joint).coordination
    assert coordination is not None and coordination.parties == ["Ban Chỉ đạo Tây Nguyên", "Ủy ban nhân dân tỉnh"]


def test_at_one_bodys_press_conference_its_speakers_brief_the_press() -> None:
    text = (
        "Nguyên nhân tôm hùm chết hàng loạt\n\n"
        "Chiều 10-5, Phó Chủ tịch UBND tỉnh Phú Yên Trần Hữu Thế chủ trì họp báo thông tin nguyên nhân tôm hùm nuôi "
        "chết ở vịnh Xuân Đài. "
        "Ông Lê Văn Sang, Giám đốc Sở Tài nguyên và Môi trường tỉnh Phú Yên cho biết nước vịnh bị ô nhiễm hữu cơ "
        "do mật độ lồng nuôi quá dày."
    )
    assert extract(text).coordination is None
    # the same report at a meeting of the province with its department is an event between bodies
    meeting = extract(text.replace("chủ trì họp báo thông tin", "chủ trì cuộc họp bàn về")).coordination
    assert meeting is not None and meeting.parties == ["Ủy ban nhân dân tỉnh", "Sở Tài nguyên và Môi trường tỉnh"]


def test_bodies_joined_by_phoi_hop_hold_the_event_together() -> None:
    text = (
        "Hội nghị về tàu cá vỏ thép\n\n"
        "Sáng 9-6, UBND tỉnh Bình Định phối hợp cùng Bộ NN&PTNT tổ chức hội nghị chuyên đề về đóng mới và nâng "
        "cấp tàu cá theo Nghị định 67. Hội nghị có đại diện 28 tỉnh, thành phố ven biển và các cơ sở đóng tàu tham dự."
    )
    hosts = ["Ủy ban nhân dân tỉnh", "Bộ Nông nghiệp và Phát triển nông thôn"]
    coordination = extract(text).coordination
    assert coordination is not None and coordination.parties == hosts
    hosted_by = text.replace(
        "UBND tỉnh Bình Định phối hợp cùng Bộ NN&PTNT tổ chức hội nghị chuyên đề",
        "diễn ra hội nghị chuyên đề do UBND tỉnh Bình Định phối hợp với Bộ NN&PTNT tổ chức",
    )
    coordination = extract(hosted_by).coordination
    assert coordination is not None and coordination.parties == hosts


def test_the_results_of_an_inspection_are_no_inspection_held_with_a_body() -> None:
    text = (
        "Sau vụ trâu húc chết người, thành phố vẫn muốn tổ chức lễ hội\n\n"
        "Ngày 5.7, Sở Văn hóa và Thể thao Hải Phòng đã có công văn gửi Cục Văn hóa cơ sở (Bộ VHTT&DL) về kết quả "
        "kiểm tra công tác tổ chức vòng đấu loại lễ hội chọi trâu. Sở đề nghị quận tổ chức hội thảo về việc "
        "tiếp tục lễ hội."
    )
    assert extract(text).coordination is None


def test_a_side_named_by_its_place_is_its_body_at_the_event() -> None:
    text = (
        "Hợp tác truyền thông giữa tỉnh Hòa Bình và các cơ quan báo chí\n\n"
        "Chiều 12/7, Lễ ký kết hợp tác truyền thông giữa tỉnh Hòa Bình và 2 cơ quan báo chí Trung ương: Báo Nhân "
        "Dân, Đài Truyền hình Việt Nam giai đoạn 2017-2020 đã diễn ra tại Hà Nội. Tham dự Lễ ký kết có Tổng Giám "
        "đốc Đài Truyền hình Việt Nam Trần Văn Minh; Bí thư Tỉnh ủy Hòa Bình Bùi Văn Tỉnh."
    )
    expected = ["Báo Nhân Dân", "Đài Truyền hình Việt Nam", "Tỉnh ủy"]
    coordination = extract(text).coordination
    assert coordination is not None and coordination.parties == expected
    # "Lễ ký hợp tác" is a signing too
    signed = extract(text.replace("Lễ ký kết hợp tác", "Lễ ký hợp tác")).coordination
    assert signed is not None and signed.event_types == ["ky_ket"] and signed.parties == expected
    assert signed.years_planned == [2017, 2018, 2019, 2020]


def test_one_who_speaks_at_an_event_a_body_holds_stands_for_their_body() -> None:
    text = (
        "Tết gặp mặt doanh nghiệp\n\n"
        "Ngày 6/2, UBND tỉnh Nghệ An tổ chức họp mặt Doanh nghiệp và Nhà đầu tư Xuân Đinh Dậu 2017. Ông Nguyễn "
        "Hồng Lĩnh, Bí thư Tỉnh ủy tỉnh Nghệ An cho biết trong năm 2016 kinh tế tỉnh vẫn tăng trưởng tích cực với "
        "mức 5,6%. Ông Nguyễn Văn Trình, Chủ tịch UBND tỉnh Nghệ An trao giấy chứng nhận đầu tư cho các doanh nghiệp."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.parties == ["Ủy ban nhân dân tỉnh", "Tỉnh ủy"]
    # with no body holding it, one who speaks of it is no party: the story names one body
    unhosted = text.replace("UBND tỉnh Nghệ An tổ chức họp mặt", "diễn ra buổi họp mặt")
    assert extract(unhosted).coordination is None


def test_the_dot_of_an_abbreviated_level_does_not_end_the_list_of_bodies() -> None:
    text = (
        "Làm rõ vụ học sinh bị bạo hành\n\n"
        "Ngày 29.6, UBND tỉnh Quảng Trị đã có buổi làm việc với Công an TP. Đông Hà, Sở GD&ĐT tỉnh Quảng Trị, "
        "Phòng GD&ĐT TP. Đông Hà về vụ việc xảy ra tại một trường mầm non trên địa bàn thành phố. Các đơn vị "
        "báo cáo kết quả xác minh ban đầu và đề xuất hướng xử lý."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert coordination.parties[:3] == ["Ủy ban nhân dân tỉnh", "Công an thành phố", "Sở Giáo dục và Đào tạo tỉnh"]


def test_one_body_working_with_others_that_name_no_body() -> None:
    text = (
        "Cơ sở mầm non bị đình chỉ hoạt động\n\n"
        "Ngày 6/2, đại diện Phòng GD&ĐT quận Hai Bà Trưng đã làm việc với nhà trường và phụ huynh, quyết định "
        "đình chỉ hoạt động của cơ sở. Cơ sở này bị đóng cửa sau khi để xảy ra sự việc giáo viên đánh trẻ. "
        "Phòng cũng đã chỉ đạo, quán triệt hoạt động của các cơ sở giáo dục trên địa bàn quận."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert coordination.parties == ["Phòng Giáo dục và Đào tạo quận"]
    # a body named only as acting, with no one it works with, holds no event
    assert extract(text.replace("đã làm việc với nhà trường và phụ huynh,", "đã")).coordination is None


def test_the_event_told_where_the_opening_prints_its_day_again() -> None:
    text = (
        "Cho thôi việc hai bảo mẫu\n\n"
        "Sau khi xác nhận sự việc, ngày 9-3, Phòng GD-ĐT quận Ngô Quyền đã yêu cầu chủ cơ sở tạm dừng hoạt "
        "động để cơ quan công an điều tra, đồng thời báo cáo Sở GD-ĐT thành phố về việc hai bảo mẫu dùng thước "
        "đánh vào tay trẻ trong giờ ăn trưa.\n\n"
        "Trao đổi với phóng viên, bà Lê Thu Hà cho biết: Ngày 9-3, Phòng GD-ĐT quận Ngô Quyền, UBND phường Máy "
        "Chai đã làm việc với chủ nhóm trẻ và các cá nhân liên quan. Tại buổi làm việc, chủ nhóm trẻ cam kết "
        "thực hiện đầy đủ yêu cầu của cơ quan quản lý."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert coordination.parties == ["Phòng Giáo dục và Đào tạo quận", "Ủy ban nhân dân phường"]
    # an undated sentence of the opening may tell of any day, not the event's
    assert extract(text.replace("Ngày 9-3, Phòng", "Phòng")).coordination is None


def test_one_body_holding_a_meeting_with_others_that_name_no_body() -> None:
    text = (
        "Nguyên nhân khiến hải sản chết bất thường ở Kiên Giang\n\n"
        "Sáng 2/6, UBND tỉnh Kiên Giang tổ chức cuộc họp với các Sở, ngành, địa phương và các đơn vị có liên "
        "quan để nghe báo cáo kết quả xác định hiện tượng thủy sản chết bất thường tại vùng biển của tỉnh. "
        "Tỉnh chỉ đạo thông báo kết quả để người dân an tâm sản xuất."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["hoi_nghi_khac"]
    assert coordination.parties == ["Ủy ban nhân dân tỉnh"]
    # a body that only holds a meeting names no one it meets
    assert extract(text.replace("cuộc họp với các Sở, ngành, địa phương và", "cuộc họp có")).coordination is None


def test_a_meeting_with_the_bodies_it_is_held_with() -> None:
    text = (
        "Lớp mầm non tư thục thông báo giải thể\n\n"
        "Chiều 7/2, trong cuộc họp với lãnh đạo Phòng GD&ĐT quận Hai Bà Trưng, UBND phường Minh Khai và phụ "
        "huynh học sinh, chủ cơ sở đã thông báo quyết định giải thể lớp và sẽ trả lại kinh phí cho phụ huynh. "
        "Phụ huynh sẽ được hỗ trợ chuyển con sang các trường gần kề."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["hoi_nghi_khac"]
    assert coordination.parties == ["Phòng Giáo dục và Đào tạo quận", "Ủy ban nhân dân phường"]
    assert coord.event_types("Tại cuộc làm việc với lãnh đạo tỉnh, Bộ trưởng đồng tình") == ["lam_viec"]


def test_a_long_blocks_later_lines_name_no_parties() -> None:
    opening = "Sáng 5/6, Sở Tài nguyên và Môi trường tỉnh đã có buổi làm việc với UBND huyện về việc cấp sổ đỏ. "
    story = "Theo phản ánh của người dân, nhiều hộ chờ cấp giấy chứng nhận quyền sử dụng đất đã nhiều năm. " * 16
    background = "Trước đó, Thanh tra tỉnh đã phối hợp với Sở Xây dựng rà soát, báo cáo."
    text = opening + story + background
    spans = coord.party_spans([(0, len(text))], text)
    assert [text[s:e] for s, e in spans.acting] == [opening.rstrip(". ")]
    near = opening + background
    assert len(coord.party_spans([(0, len(near))], near).acting) == 2


def test_one_who_speaks_at_the_meeting_stands_for_their_body() -> None:
    text = (
        "Chủ tịch tỉnh yêu cầu làm rõ vụ ngộ độc ở trường tiểu học\n\n"
        "Sáng 9/3, tại cuộc họp giao ban với các sở ngành, Chủ tịch UBND tỉnh Hà Nam Trần Văn Sơn yêu cầu "
        "lãnh đạo Sở Y tế báo cáo về vụ 30 học sinh nhập viện sau bữa trưa bán trú. Sở cho biết các em đã "
        "được điều trị và xuất viện trong ngày."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["hoi_nghi_khac"]
    assert coordination.parties == ["Ủy ban nhân dân tỉnh", "Sở Y tế"]
    # one who speaks elsewhere, or of another post-holder, does not put that holder's body at the meeting
    elsewhere = text.replace("tại cuộc họp giao ban với các sở ngành,", "trả lời báo chí,")
    assert extract(elsewhere).coordination is None
    spoken_of = (
        "Cách chức một chi cục trưởng sinh con thứ tư\n\n"
        "Chiều 29/6, tại cuộc họp báo của tỉnh, ông Lê Văn Hải, Phó Giám đốc Sở Y tế cho biết UBND tỉnh đã "
        "cách chức Chi cục trưởng Chi cục Dân số của ông Trần Văn Tâm. Ông Tâm đã về công tác tại trung tâm "
        "y tế dự phòng của tỉnh."
    )
    assert extract(spoken_of).coordination is None


def test_one_who_reports_after_the_chair_reports_to_the_meeting() -> None:
    text = (
        "Cải cách hành chính cần đồng bộ hơn\n\n"
        "Chiều 14/6, tại cuộc họp thẩm tra báo cáo cải cách hành chính, ông Lê Văn Tâm, Trưởng Ban Pháp chế HĐND "
        "tỉnh chủ trì. Báo cáo công tác 6 tháng đầu năm, ông Trần Minh Đức, Phó Giám đốc Sở Nội vụ cho biết "
        "tỉnh đã rút ngắn thời gian giải quyết nhiều thủ tục."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["hoi_nghi_khac"]
    assert coordination.parties == ["Ban Pháp chế Hội đồng nhân dân tỉnh", "Sở Nội vụ"]
    # one who only speaks later may speak of the meeting from anywhere
    assert extract(text.replace("Báo cáo công tác 6 tháng đầu năm,", "Trả lời báo chí,")).coordination is None


def test_a_sentence_opening_with_a_report_puts_the_reporter_at_the_meeting() -> None:
    text = (
        "Phó Chủ tịch Quốc hội gặp mặt học viên Lào\n\n"
        "Chiều 12/5, Phó Chủ tịch Quốc hội Nguyễn Văn An đã gặp mặt học viên lớp bồi dưỡng tiếng Việt cho cán bộ "
        "các tỉnh bạn đang học tại Điện Biên. Báo cáo tình hình lớp học, Bí thư Tỉnh ủy Điện Biên Lò Văn Minh "
        "cho biết năm nay tỉnh đào tạo thêm 60 học viên."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["hoi_nghi_khac"]
    assert coordination.parties == ["Quốc hội", "Tỉnh ủy"]
    # one who only speaks may speak of the meeting from anywhere
    assert extract(text.replace("Báo cáo tình hình lớp học,", "Trả lời câu hỏi,")).coordination is None


def test_one_who_speaks_in_their_own_words_after_the_chair_speaks_at_the_meeting() -> None:
    text = (
        "Truy xuất nguồn gốc thịt gà từ tháng 9\n\n"
        "Sáng 3-7, ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh Long An, nhấn mạnh yêu cầu trên tại hội nghị sơ kết "
        "đề án truy xuất nguồn gốc thịt heo. Ông Phạm Văn Sơn, Phó Giám đốc Sở Công Thương tỉnh Long An, cho biết "
        "đề án sẽ mở rộng kiểm soát chất lượng thịt và trứng gia cầm từ nơi chăn nuôi đến chợ."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["so_ket"]
    assert coordination.parties == ["Ủy ban nhân dân tỉnh", "Sở Công Thương tỉnh"]
    # one a fronted clause speaks of does not speak: the chair's body alone holds no event between bodies
    spoken_of = text.replace(
        "Ông Phạm Văn Sơn, Phó Giám đốc Sở Công Thương tỉnh Long An, cho biết",
        "Trả lời câu hỏi về việc bổ nhiệm ông Phạm Văn Sơn làm Phó Giám đốc Sở Công Thương tỉnh Long An, ông Bình nói",
    )
    assert extract(spoken_of).coordination is None


def test_one_person_speaking_twice_stands_for_one_body() -> None:
    text = (
        "Giao ban kinh tế tháng đầu năm\n\n"
        "Sáng 6-2, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nam Định Trần Văn Quang chủ trì hội nghị giao ban "
        "với các sở, ngành nhằm đánh giá tình hình thực hiện nhiệm vụ tháng 1. Kết luận hội nghị, Chủ tịch "
        "UBND tỉnh Nam Định Trần Văn Quang yêu cầu các sở tập trung giải ngân vốn đầu tư công."
    )
    assert extract(text).coordination is None


def test_a_bodys_own_plenum_with_its_guests_is_no_coordination() -> None:
    text = (
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn công tác cán bộ\n\n"
        "Chiều 12/7, Tỉnh ủy Hòa Bình tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 (khóa XVI). Dự hội "
        "nghị có ông Lê Văn Tâm, Phó Trưởng Ban Tổ chức Trung ương. Phát biểu tại hội nghị, Bí thư Tỉnh ủy Bùi "
        "Văn Hùng yêu cầu các cấp ủy chuẩn bị tốt công tác nhân sự."
    )
    assert extract(text).coordination is None
    # a conference deploying the plenum's resolution is held between bodies
    deploying = (
        "Quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XII\n\n"
        "Sáng 12/7, Ban Tuyên giáo Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh Hòa Bình tổ chức hội nghị quán "
        "triệt Nghị quyết Hội nghị Trung ương 5 khóa XII cho cán bộ chủ chốt của tỉnh. Bí thư Tỉnh ủy Bùi Văn "
        "Hùng chủ trì hội nghị."
    )
    coordination = extract(deploying).coordination
    assert coordination is not None and coordination.parties[:2] == [
        "Ban Tuyên giáo Tỉnh ủy",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ]


def _a_working_session_told_at_length(closing: str) -> str:
    """A ministry's working session with a province's police, its report running past the first lines,
    then `closing`."""
    report = "Năm qua, lực lượng công an tỉnh đã triển khai nhiều biện pháp bảo đảm an ninh trật tự trên địa bàn. "
    return (
        "Bộ Công an làm việc với Công an tỉnh Trà Vinh\n\n"
        "Ngày 7/2, Thứ trưởng Bộ Công an Lê Quý Vương dẫn đầu đoàn công tác làm việc với Công an tỉnh Trà Vinh. "
        "Tại buổi làm việc, Giám đốc Công an tỉnh Trà Vinh Nguyễn Văn Hùng báo cáo kết quả công tác năm 2016. "
        + report * 16
        + closing
    )


def test_one_who_speaks_at_the_session_further_on_stands_for_their_body() -> None:
    text = _a_working_session_told_at_length(
        "Phát biểu tại buổi làm việc, Chủ tịch UBND tỉnh Trà Vinh Đồng Văn Lâm đánh giá cao sự hỗ trợ của Bộ."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert coordination.parties == ["Bộ Công an", "Công an tỉnh", "Ủy ban nhân dân tỉnh"]
    # so far on, one who speaks at another event is not at this one
    elsewhere = extract(text.replace("Phát biểu tại buổi làm việc", "Phát biểu tại buổi tiếp xúc cử tri"))
    assert elsewhere.coordination is not None
    assert elsewhere.coordination.parties == ["Bộ Công an", "Công an tỉnh"]


def test_one_who_reports_further_on_at_a_working_session_stands_for_their_body() -> None:
    # at a working session, those who report do so to it, however far into the page the report is told
    text = _a_working_session_told_at_length(
        "Ông Trần Văn Minh, Giám đốc Sở Tư pháp tỉnh Trà Vinh báo cáo số vụ việc được hòa giải thành năm 2016."
    )
    coordination = extract(text).coordination
    assert coordination is not None
    assert coordination.parties == ["Bộ Công an", "Công an tỉnh", "Sở Tư pháp tỉnh"]
    # what was reported before the session is no report to it
    earlier = extract(text.replace("Ông Trần Văn Minh", "Trước đó, ông Trần Văn Minh"))
    assert earlier.coordination is not None
    assert earlier.coordination.parties == ["Bộ Công an", "Công an tỉnh"]


@pytest.mark.parametrize(
    ("opening", "plenum"),
    [
        ("Sáng 3/7, Kỳ họp thứ 4 HĐND thành phố Hà Nội khóa XV chính thức khai mạc.", True),
        ("Sáng 21-6, kỳ họp thứ 3, Quốc hội (QH) khóa XIV đã bế mạc.", True),
        ("Sáng 22-6, Ủy ban T.Ư MTTQ Việt Nam tổ chức Hội nghị lần thứ 7 (khóa VIII) hiệp thương cử Chủ tịch.", True),
        (
            "Chiều 20/6, Tổ đại biểu HĐND tiếp xúc cử tri trước kỳ họp thứ 4 HĐND thành phố khóa XV khai mạc ngày 3/7.",
            False,
        ),
        ("Hội nghị quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XII cho cán bộ chủ chốt.", False),
        # a body's own personnel session, not a decision to inspect
        ("Sáng 7/2, Tỉnh ủy tổ chức Hội nghị triển khai quyết định của Ban Bí thư về công tác cán bộ.", True),
        ("Sáng 7/2, Đoàn kiểm tra công bố quyết định kiểm tra công tác cán bộ tại Tỉnh ủy.", False),
    ],
)
def test_a_councils_or_the_national_assemblys_own_session_is_a_plenum(opening: str, plenum: bool) -> None:
    assert coord.names_a("plenum", opening) is plenum


def test_a_meeting_with_voters_before_a_session_is_held_with_voters() -> None:
    text = (
        "Cử tri quận Hoàn Kiếm kiến nghị về vỉa hè\n\n"
        "Chiều 20/6, Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung cùng Tổ đại biểu HĐND thành phố đã tiếp xúc "
        "với cử tri quận Hoàn Kiếm trước kỳ họp thứ 4 HĐND thành phố khóa XV khai mạc ngày 3/7. Cử tri kiến nghị "
        "nhiều vấn đề về trật tự đô thị."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["tiep_xuc_cu_tri"]
    assert "Hội đồng nhân dân thành phố" in coordination.parties


@pytest.mark.parametrize(
    "held",
    ["đã tổ chức chương trình Hội đồng nhân dân với cử tri", "đã tổ chức buổi đối thoại với cử tri các phường"],
)
def test_a_council_meeting_voters_by_another_name_is_held_with_voters(held: str) -> None:
    text = (
        "Cử tri hỏi về nước thải ra biển\n\n"
        f"Sáng 6/6, HĐND thành phố Đà Nẵng {held} về tình trạng ô nhiễm môi trường. Nhiều cử tri bày tỏ "
        "bức xúc vì nước thải chảy ra biển gây mùi hôi, đề nghị thành phố sớm có giải pháp xử lý dứt điểm."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["tiep_xuc_cu_tri"]
    assert coordination.parties == ["Hội đồng nhân dân thành phố"]


def test_the_bodies_a_meeting_hears_report_are_its_parties_not_those_reported_on() -> None:
    text = (
        "Tạm dừng quy hoạch khu du lịch ven biển\n\n"
        "Chiều 28/5, Phó Chủ tịch UBND tỉnh Quảng Nam Lê Văn Thanh chủ trì cuộc họp để nghe Sở Xây dựng và UBND "
        "huyện Duy Xuyên báo cáo về việc tiếp thu kiến nghị của Hội Nông dân huyện về quy hoạch khu du lịch. Các "
        "đại biểu thống nhất tạm dừng quy hoạch trong ba tháng để lấy thêm ý kiến người dân."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["hoi_nghi_khac"]
    assert coordination.parties == ["Ủy ban nhân dân tỉnh", "Sở Xây dựng", "Ủy ban nhân dân huyện"]


def test_deputies_meeting_voters_before_a_session_meet_them_as_their_delegation() -> None:
    text = (
        "Cử tri Phù Cát kiến nghị về giá nông sản\n\n"
        "Ngày 9/5, Tổ đại biểu Quốc hội tỉnh Bình Định đã tiếp xúc cử tri huyện Phù Cát trước Kỳ họp thứ 3, Quốc "
        "hội khóa XIV. Cử tri kiến nghị nhiều vấn đề về giá nông sản, đất đai và chính sách hỗ trợ nông dân."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["tiep_xuc_cu_tri"]
    assert coordination.parties == ["Đoàn đại biểu Quốc hội tỉnh"]


def test_one_who_holds_several_posts_stands_for_the_body_of_the_first() -> None:
    text = (
        "Phát triển công nghiệp Nghệ An\n\n"
        "Sáng 28/6, ông Lê Văn An, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Nghệ An chủ trì buổi làm việc về phát "
        "triển công nghiệp. Báo cáo tại buổi làm việc, ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh cho biết tỉnh "
        "đã thu hút hơn 21.000 tỷ đồng đầu tư hạ tầng."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.parties == ["Tỉnh ủy", "Ủy ban nhân dân tỉnh"]


def test_one_who_reports_to_the_delegation_stands_for_their_body() -> None:
    text = (
        "Thứ trưởng kiểm tra công tác phòng dịch ở Kim Bảng\n\n"
        "Ngày 8/2, Thứ trưởng Bộ Y tế Nguyễn Thị Lan dẫn đầu đoàn công tác của Bộ Y tế đến kiểm tra công tác "
        "phòng dịch tại huyện Kim Bảng. Tại trạm y tế xã, ông Trần Văn Hùng, Phó Chủ tịch UBND huyện Kim Bảng "
        "báo cáo với đoàn công tác về tình hình dịch bệnh trên địa bàn."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert coordination.parties == ["Bộ Y tế", "Ủy ban nhân dân huyện"]
    # one who reports to the press is not at the delegation's working session
    assert extract(text.replace("với đoàn công tác", "với báo chí")).coordination is None


def test_one_who_speaks_at_the_session_further_into_the_opening() -> None:
    story = "Đoạn quốc lộ qua các xã ven sông đã bị sạt lở nhiều lần từ đầu năm, uy hiếp hàng trăm hộ dân. " * 7
    text = (
        "Đoàn công tác khảo sát sạt lở quốc lộ ven sông Thao\n\n"
        "Ngày 12/5, đoàn công tác của Bộ Giao thông vận tải đã đến kiểm tra đoạn quốc lộ bị sạt lở qua huyện "
        f"Tam Nông. {story}Tại buổi làm việc với đoàn công tác, Phó Chủ tịch UBND tỉnh Phú Thọ Nguyễn Văn Hòa "
        "kiến nghị Bộ hỗ trợ kinh phí khắc phục."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert coordination.parties == ["Bộ Giao thông vận tải", "Ủy ban nhân dân tỉnh"]


def test_a_long_blocks_later_lines_name_no_event_type_or_year() -> None:
    opening = "Sáng 5/6, Sở Tài nguyên và Môi trường tỉnh đã có buổi làm việc với UBND huyện về việc cấp sổ đỏ. "
    story = "Theo phản ánh của người dân, nhiều hộ chờ cấp giấy chứng nhận quyền sử dụng đất đã nhiều năm. " * 16
    directive = "Sở yêu cầu huyện tổ chức đánh giá kết quả thực hiện năm 2016 và triển khai kế hoạch năm 2018."
    coordination = extract(f"Cấp sổ đỏ chậm ở huyện ven biển\n\n{opening}{story}{directive}").coordination
    assert coordination is not None
    assert coordination.event_types == ["lam_viec"]
    assert (coordination.years_reviewed, coordination.years_planned) == ([], [])


def test_an_inquirys_working_sessions_are_no_event_between_bodies() -> None:
    text = (
        "Triệu tập người đập phá máy quay của phóng viên\n\n"
        "Sau khi nhận tin báo, Công an huyện Đông Anh đã lấy lời khai, làm việc với nhóm phóng viên Đài "
        "Truyền hình Việt Nam và người đàn ông bị tố cáo để phục vụ công tác điều tra. Chiều 14/6, công an "
        "đã triệu tập người đàn ông lên trụ sở để làm rõ vụ việc. Nhóm phóng viên cho biết máy quay bị hư "
        "hỏng nặng khi đang ghi hình tại hiện trường."
    )
    assert extract(text).coordination is None
    recorded = text.replace("đã lấy lời khai, làm việc với", "đã ghi lời khai và làm việc với").replace(
        "để phục vụ công tác điều tra", "để làm rõ sự việc"
    )
    assert extract(recorded).coordination is None
    survey = (
        "Chuẩn bị tổng điều tra dân số năm 2019\n\n"
        "Sáng 14/3, UBND huyện Đông Anh đã làm việc với Chi cục Thống kê huyện về công tác chuẩn bị tổng "
        "điều tra dân số và nhà ở năm 2019 trên địa bàn. Huyện yêu cầu các xã rà soát địa bàn điều tra, "
        "tuyển chọn điều tra viên và hoàn thành việc lập bảng kê trước ngày 1/4."
    )
    coordination = extract(survey).coordination
    assert coordination is not None
    assert coordination.parties == ["Ủy ban nhân dân huyện", "Chi cục Thống kê huyện"]


def test_the_head_of_a_delegation_stands_for_their_unit_not_its_parent() -> None:
    text = (
        "Khảo sát sạt lở bờ sông Hồng tại Phú Thọ\n\n"
        "Ngày 11/5, ông Lê Văn Hòa, Phó Tổng cục trưởng Tổng cục Phòng chống thiên tai (Bộ Nông nghiệp và "
        "Phát triển nông thôn) dẫn đầu đoàn khảo sát liên ngành đến kiểm tra tình hình sạt lở bờ sông Hồng. "
        "Tại buổi làm việc với đoàn, ông Nguyễn Văn Nam, Phó Chủ tịch UBND tỉnh Phú Thọ cho biết tỉnh đã di dời "
        "hàng chục hộ dân khỏi vùng nguy hiểm."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert coordination.parties == [
        "Tổng cục Phòng chống thiên tai Bộ Nông nghiệp và Phát triển nông thôn",
        "Ủy ban nhân dân tỉnh",
    ]


def test_a_working_session_one_is_to_hold_is_no_event() -> None:
    text = (
        "Chấn chỉnh bãi xe tự phát quanh cảng\n\n"
        "Chiều 3/4, lãnh đạo Sở Giao thông vận tải TP Cần Thơ cho biết nguyên nhân ùn tắc là do xe ra vào bãi tự "
        "phát quanh cảng. Sở Giao thông vận tải sẽ tiếp tục làm việc với UBND quận Cái Răng để tìm cách xử lý "
        "tình trạng này trong thời gian tới."
    )
    assert extract(text).coordination is None


def test_one_who_gives_a_view_at_the_session_speaks_at_it() -> None:
    text = (
        "Xử lý nghiêm cán bộ để tái chiếm vỉa hè\n\n"
        "Tại cuộc làm việc với Đoàn đại biểu Quốc hội TP Đà Nẵng chiều 16/5, Bí thư Thành ủy Đà Nẵng Trương Văn "
        "Hải nhận định việc duy trì trật tự đô thị ở một số nơi chưa quyết liệt, thành phố sẽ lập đoàn kiểm tra."
    )
    coordination = extract(text).coordination
    assert coordination is not None and coordination.event_types == ["lam_viec"]
    assert set(coordination.parties) == {"Thành ủy", "Đoàn đại biểu Quốc hội thành phố"}


def test_a_body_and_its_own_unit_hold_no_event_between_bodies() -> None:
    assert not coord.is_coordination(["hoi_nghi_khac"], ["Bộ Nội vụ", "Thanh tra Bộ Nội vụ"])
    assert coord.is_coordination(["lam_viec"], ["Bộ Nội vụ", "Ủy ban nhân dân tỉnh", "Thanh tra Bộ Nội vụ"])


@pytest.mark.parametrize(
    "lead",
    [
        # a spokesman answering a reporter
        "Ngày 26/5, người phát ngôn của UBND tỉnh Yên Bái đã có buổi làm việc với phóng viên TTXVN về vụ việc.",
        # the police at a company: an inquiry
        "Ngày 2/6, lực lượng Công an tỉnh Hòa Bình đã đến làm việc với công ty bảo trì máy lọc thận của bệnh viện.",
        "Ngày 2/6, Phòng Cảnh sát môi trường Công an tỉnh đã làm việc với lãnh đạo công ty xả thải cùng Sở TN&MT.",
        # a session yet to be held
        "Sắp tới, UBND tỉnh Bắc Kạn tiếp tục làm việc với Bộ Tài nguyên và Môi trường để tìm nguyên nhân sụt lún.",
        # a private contract's signing
        "Theo hợp đồng thuê đất ký kết giữa UBND huyện Phù Cát và Sở Nông nghiệp và PTNT tỉnh Bình Định năm 2015, "
        "khu đất được giao lại cho địa phương.",
        # a report named after supervision
        "Bộ Tài chính và UBND tỉnh Quảng Nam đã gửi báo cáo kết quả giám sát tài chính 6 tháng đầu năm.",
        # what a festival is for: meeting up is no meeting
        "Tối 10/6, Sở Văn hóa, Thể thao và Du lịch phối hợp với UBND thành phố Hội An tổ chức liên hoan hợp xướng, "
        "là cơ hội để các nghệ sĩ giao lưu, học hỏi kinh nghiệm.",
    ],
)
def test_words_of_an_event_used_of_no_event_between_bodies(lead: str) -> None:
    filler = " Người dân trong vùng mong sớm có câu trả lời rõ ràng về vụ việc đã kéo dài nhiều tháng qua." * 2
    text = f"Tin trong ngày\n\n{lead}{filler}"
    assert extract(text).coordination is None
