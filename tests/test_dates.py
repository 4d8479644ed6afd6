"""dates: datelines, event dates, deadlines and periods as partial ISO values (SPEC §2)."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.rules.dates import find_dates, is_deadline, is_event_cue, parse_dateline, with_year, year_of_sentence


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("24/12/2019 21:18", "2019-12-24T21:18:00+07:00"),
        ("Ngày đăng tin: 24/04/2018", "2018-04-24"),
        ("19:02 11/03/2020", "2020-03-11T19:02:00+07:00"),
        ("05/02/2021 - 02:39 PM", "2021-02-05T14:39:00+07:00"),
    ],
)
def test_dateline_formats_of_the_seeds(line: str, published: str) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    value, hit = parsed
    assert value == published
    assert line[hit.start : hit.end] == hit.text


@pytest.mark.parametrize(
    "line",
    ["Hôm nay: 4848", "Đã truy cập: 1527147", "Ngày 08/5, đồng chí Nguyễn Thị Liên – TUV, Bí thư Huyện ủy"],
)
def test_no_dateline_without_a_full_date(line: str) -> None:
    assert parse_dateline(line) is None


def test_year_less_event_date_stays_partial() -> None:
    text = "Ngày 08/5, đồng chí Nguyễn Thị Liên – TUV, Bí thư Huyện ủy đã chủ trì buổi làm việc"
    [hit] = find_dates(text)
    assert (hit.text, hit.value, hit.kind) == ("08/5", "--05-08", "dm")
    assert is_event_cue(text, hit)


def test_year_less_date_takes_the_datelines_year() -> None:
    assert with_year("--12-24", 2019) == "2019-12-24"
    assert with_year("--05-08", None) == "--05-08"
    assert with_year("2017-04-23", 2018) == "2017-04-23"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Chiều ngày 23/4/2017, UBND quận tổ chức hội nghị sơ kết chương trình phối hợp", "2017-04-23"),
        ("Sáng ngày 04/02/2021, tại 42 phố Nhà Chung, trụ sở Ủy ban MTTQ Việt Nam quận Hoàn Kiếm", "2021-02-04"),
        ("Ngày 24/12, UBND - UBMTTQ và các đoàn thể, tổ chức chính trị - xã hội huyện Vân Đồn", "--12-24"),
        ("- Ngày 19-6, tại TP. Long Xuyên, Ủy ban MTTQ tỉnh tổ chức hội nghị giao ban", "--06-19"),
        ("Ngày (1/6) Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ X đã diễn ra", "--06-01"),
        ("Chiều 12.5, ông Nguyễn Văn A - Phó Chủ tịch UBND xã cho biết", "--05-12"),
        ("Thực hiện Kế hoạch số 14-KH/ĐU, sáng ngày 8/10/2025, Đảng ủy xã tổ chức hội nghị", "2025-10-08"),
        ("HĐND thành phố tổ chức sáng 20/6 buổi tiếp xúc cử tri", "--06-20"),
        ("Từ ngày 27/11 đến ngày 01/12 năm 2018, đoàn công tác đã kiểm tra chéo", "2018-11-27"),
        ("Hội thảo quốc gia diễn ra trong hai ngày 25 và 26/5 tại phố cổ Hội An", "--05-25"),
        ("Sáng nay 29/6, Sở Giao thông vận tải TP.HCM đã tổ chức thông xe hai nhánh cầu vượt", "--06-29"),
        ("bên lề Lễ Công bố chỉ số PCI do VCCI tổ chức ngày 14/03 là nơi các địa phương chia sẻ", "--03-14"),
        ("Cụ thể, chốt phiên 6/3, giá vàng miếng SJC được niêm yết ở mức 182 triệu đồng", "--03-06"),
        ("tại buổi tiếp của Chủ tịch UBND TPHCM với Đại sứ Phần Lan, chiều ngày hôm nay, 8-2.", "--02-08"),
        ("Vào khoảng 22 giờ 15 phút ngày 12/5, xe khách mất lái lao xuống vực", "--05-12"),
        ("21 giờ 40 ngày 3-2, tổ tuần tra của Công an phường phát hiện một thanh niên ngất bên đường", "--02-03"),
        ("Hội chợ được tổ chức tại Trung tâm Hội chợ triển lãm tỉnh Cần Thơ từ ngày 5 đến 9-7 với 300 gian", "--07-05"),
        ("Trẻ bị giáo viên bạo hành. Công an vào cuộc Ngày 6/2, Công an quận Hai Bà Trưng cho biết", "--02-06"),
    ],
)
def test_event_dates_in_the_lead(text: str, value: str) -> None:
    hit = find_dates(text)[0]
    assert hit.value == value
    assert is_event_cue(text, hit)
    assert not is_deadline(text, hit)


def test_a_named_day_and_a_day_before_are_no_event_days() -> None:
    text = "Hội LHPN tổ chức kỷ niệm Ngày 8/3. Sau sự cố vào 4 ngày trước, ngày 23/5, tàu lại hỏng máy"
    first, second = find_dates(text)
    assert not is_event_cue(text, first)
    assert second.value == "--05-23" and not is_deadline(text, second)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Sáng 6-2, Hội Nông dân tỉnh phát động Tết trồng cây xuân Đinh Dậu 2017.", 2017),
        ("Tối 9.6, tỉnh khai mạc Festival Biển Nha Trang lần thứ 8 - 2017 tại quảng trường.", 2017),
        ("Ngày 4/6, Ban Giám khảo DIFF 2017 đã họp để chọn ba đội vào chung kết.", 2017),
        ("Sáng 12/7, tỉnh truy điệu các liệt sĩ hy sinh trong cuộc Tổng tiến công Tết Mậu Thân 1968.", None),
        ("Ngày 11.5, em cùng người em họ (SN 2007) chơi ngoài đường thì gặp nhóm thanh niên.", None),
        ("Tối 21.5, một du khách tử vong trên tàu Công Nghĩa QN 2040 khi tham quan vịnh.", None),
        # a year the sentence looks ahead to, or a law's, is not the day's
        ("Chiều 9/5, tỉnh họp góp ý điều chỉnh quy hoạch sử dụng đất đến năm 2020.", None),
        ("Ngày 16/6, tại hội nghị phản biện lộ trình quản lý xe máy vào năm 2030, chuyên gia góp ý.", None),
        ("Ngày 10/6, Bộ NN&PTNT tổ chức sơ kết thi hành Luật Hợp tác xã năm 2012 tại Hà Giang.", None),
        ("Sáng 3/7, Chính phủ họp sơ kết năm 2017, bàn các mục tiêu đến năm 2020.", 2017),
    ],
)
def test_the_year_of_a_days_sentence(sentence: str, year: int | None) -> None:
    assert year_of_sentence(sentence, find_dates(sentence)[0]) == year


def test_a_dateline_clock_time_is_no_event_cue() -> None:
    text = "06:10, 10/10/2022\nNgày 10/10, Huyện Đoàn cho biết đoàn công tác đã đến thăm"
    assert not is_event_cue(text, find_dates(text)[0])


def test_a_day_planned_with_sẽ_is_no_event_day() -> None:
    text = "Hội chợ nông sản sẽ khai mạc ngày 20/9 tại sân vận động tỉnh, Ban tổ chức dự kiến tổ chức ngày 21/9"
    assert not any(is_event_cue(text, hit) for hit in find_dates(text))


def test_deadline() -> None:
    text = "thực hiện có hiệu quả để phát triển kinh tế và xây dựng huyện đạt chuẩn nông thôn mới trước ngày 19/5/2020."
    [hit] = find_dates(text)
    assert hit.value == "2020-05-19"
    assert is_deadline(text, hit)
    assert not is_event_cue(text, hit)


def test_years_and_no_false_dates() -> None:
    text = "bổ sung và làm rõ một số nội dung trong phương hướng, nhiệm vụ năm 2020; tại 42 phố Nhà Chung"
    hits = find_dates(text)
    assert [(h.text, h.value, h.kind) for h in hits] == [("năm 2020", "2020", "y")]


def test_date_spans_point_into_the_text() -> None:
    text = "Phát huy những kết quả đạt được trong năm 2017, UBND cùng MTTQ xác định nhiệm vụ năm 2018"
    hits = find_dates(text)
    assert [h.value for h in hits] == ["2017", "2018"]
    assert all(text[h.start : h.end] == h.text for h in hits)


# --- the same rules, as the record reports them ---------------------------------------------


def test_event_date_without_a_dateline_has_no_year(seed_record) -> None:
    record = seed_record("seed-004")  # "Ngày 08/5, …", no dateline on the page
    assert record.published is None
    assert record.event_date == "--05-08"
    assert "no_dateline" in record.warnings
    assert [(d.text, d.role) for d in record.dates if d.role == "event"] == [("08/5", "event")]


def test_event_date_borrows_the_dateline_year(seed_record) -> None:
    record = seed_record("seed-000")  # "24/12/2019 21:18" then "Ngày 24/12, …"
    assert record.event_date == "2019-12-24"
    assert {d.role for d in record.dates if d.text == "24/12/2019"} == {"publication"}


def test_event_date_contradicting_the_dateline_is_kept_and_flagged(seed_record) -> None:
    record = seed_record("seed-001")  # dated 24/04/2018, "Chiều ngày 23/4/2017, …"
    assert record.published == "2018-04-24"
    assert record.event_date == "2017-04-23"
    assert "event_year_mismatch" in record.warnings


def test_no_event_date_when_the_article_does_not_say(seed_record) -> None:
    record = seed_record("seed-002")
    assert record.event_date is None
    assert [d.value for d in record.dates if d.role == "deadline"] == ["2020-05-19"]


def test_a_range_end_gives_its_year_to_the_start() -> None:
    hits = find_dates("từ ngày 28/12 đến ngày 3/1/2019 và từ 1/3 - 5/3/2019")
    assert [h.value for h in hits] == ["2018-12-28", "2019-01-03", "2019-03-01", "2019-03-05"]


def test_prices_and_decimals_are_not_dates() -> None:
    assert find_dates("giá 12.500 đồng, tăng 2.5 lần so với ngày thường") == []


def test_a_year_no_page_can_mean_is_no_date() -> None:
    # a dateline mistyped "0019" gave the event day a three-character year, and the record failed to validate
    assert find_dates("24/12/0019 21:18") == []
    assert parse_dateline("24/12/0019 21:18") is None
    assert [h.value for h in find_dates("24/12/2019 21:18, tháng 5/2017")] == ["2019-12-24", "2017-05"]


def test_a_reported_incident_is_dated_by_its_own_day() -> None:
    text = (
        "Xã Ea Na: nhiều người nhập viện sau khi ăn bánh lạ\n\n"
        "Chiều 12.5, ông Trần Văn Hòa – Phó Chủ tịch UBND xã cho biết, 40 người đã xuất viện. "
        "Trước đó, khoảng 14h ngày 11.5, một nhóm người lạ đã phát bánh kẹo cho học sinh trước cổng trường "
        "tiểu học của xã, sau đó nhiều em có biểu hiện đau bụng, buồn nôn và được đưa đi cấp cứu kịp thời."
    )
    assert extract(text).event_date == "--05-11"
    # the day a clip of it appeared online dates no incident: the report's day stands
    posted = text.replace("khoảng 14h ngày 11.5, một nhóm", "ngày 11.5, trên mạng xã hội xuất hiện clip một nhóm")
    assert extract(posted).event_date == "--05-12"


def test_without_a_dateline_the_events_sentence_gives_the_year() -> None:
    text = (
        "Giao ban Thường trực HĐND\n\n"
        "Ngày 08/6, Thường trực HĐND tỉnh tổ chức giao ban 6 tháng đầu năm 2018 để đánh giá kết quả hoạt động "
        "của HĐND các cấp và trao đổi kinh nghiệm trong thực hiện các nhiệm vụ theo quy định của pháp luật. "
        "Các đại biểu đã thảo luận về công tác giám sát và tiếp xúc cử tri trước kỳ họp giữa năm."
    )
    record = extract(text)
    assert record.event_date == "2018-06-08"
    assert [d.value for d in record.dates if d.role == "event"] == ["2018-06-08"]


def test_a_year_the_sentence_looks_back_to_is_not_the_days() -> None:
    text = (
        "Nộp tiền mua đất, nhiều năm sau mới được nhận đất\n\n"
        "Ngày 5.2, UBND tỉnh Gia Lai cho biết đã có công văn về việc giải quyết vụ việc 45 cán bộ đã đóng tiền "
        "để mua mỗi người một lô đất từ năm 2003, nhưng khi xây nhà họ phát hiện các lô đất này đã thuộc quyền "
        "sở hữu của người khác."
    )
    assert extract(text).event_date == "--02-05"


def test_a_day_inside_what_is_reported_is_the_events() -> None:
    text = (
        "Yêu cầu cơ sở mầm non tạm dừng hoạt động\n\n"
        "Ông Trần Văn Đức, Chủ tịch UBND phường Minh Khai cho biết: Liên quan đến vụ việc, sáng 6/2, UBND "
        "phường phối hợp cùng Phòng GD&ĐT quận đã có buổi làm việc với chủ cơ sở mầm non này. Ngày 5/2, "
        "trên mạng xã hội lan truyền đoạn clip ghi lại cảnh giáo viên dùng dép đánh vào đầu trẻ."
    )
    assert extract(text).event_date == "--02-06"


def test_an_adverbial_day_in_the_opening_and_the_year_printed_with_the_next_day() -> None:
    text = (
        "Chấm dứt hợp đồng đối với hai giáo viên\n\n"
        "Sau khi xác nhận việc hai cô giáo có hành vi bạo hành trẻ, ngày 6-2, Phòng GD-ĐT quận đã yêu cầu chủ "
        "cơ sở tạm dừng hoạt động. Thời gian tạm dừng hoạt động đối với cơ sở này là hai ngày (6 và 7-2-2017)."
    )
    assert extract(text).event_date == "2017-02-06"
    background = text.replace("(6 và 7-2-2017)", "(khởi công ngày 1-2-2013)")
    assert extract(background).event_date == "--02-06"  # a full date before the day is background


def test_an_adverbial_day_after_a_long_opening_sentence() -> None:
    text = (
        "Cầu vượt sông sẽ thông xe trước mùa mưa bão\n\n"
        "Là công trình giao thông trọng điểm của tỉnh, cây cầu bắc qua sông được kỳ vọng nối liền hai bờ, rút "
        "ngắn thời gian đi lại của hàng vạn người dân và mở ra cơ hội phát triển cho các xã vùng bãi ven sông. "
        "Sau hơn hai năm thi công trong điều kiện thời tiết khắc nghiệt, nhiều hạng mục chính của cây cầu đã "
        "cơ bản hoàn thành, chỉ còn phần đường dẫn hai đầu cầu và hệ thống chiếu sáng. Để kịp thời tháo gỡ "
        "vướng mắc và động viên nhà thầu, ngày 13-3, đoàn công tác của tỉnh do ông Nguyễn Văn A dẫn đầu đã "
        "kiểm tra tiến độ tại công trường."
    )
    assert extract(text).event_date == "--03-13"


def test_trước_đó_dates_the_background() -> None:
    text = (
        "Ông Nguyễn Văn A làm Bí thư Thành ủy\n\n"
        "Bộ Chính trị đã điều động, phân công ông Nguyễn Văn A giữ chức Bí thư Thành ủy thay ông Trần Văn B, "
        "theo quyết định được công bố hôm nay tại hội nghị Thành ủy. Trước đó, ngày 7/5, Ban Chấp hành Trung "
        "ương Đảng đã quyết định kỷ luật ông B."
    )
    assert extract(text).event_date is None


def test_a_day_the_paper_reported_before_is_the_background() -> None:
    title = "Kiên quyết xử lý các nhà xe chống lệnh điều chuyển bến\n\n"
    story = (
        "ngày 2/1, Sở Giao thông vận tải Hà Nội đã điều chuyển các tuyến xe khách về bến Nước Ngầm và "
        "Giáp Bát. Mới đây, Sở tiếp tục có văn bản yêu cầu các doanh nghiệp vận tải khách bằng xe ô tô theo "
        "tuyến cố định chấp hành nghiêm việc điều chuyển."
    )
    assert extract(title + "Như đã thông tin, " + story).event_date is None
    assert extract(title + "Như Báo Lao Động đã đưa tin, " + story).event_date is None
    assert extract(title + story[0].upper() + story[1:]).event_date == "--01-02"


def test_a_day_deep_in_a_page_printed_as_one_block_is_background() -> None:
    title = "Khách sạn bị phạt vì xây sai phép\n\n"
    opening = title + "Chiều nay, Chánh thanh tra Sở Xây dựng cho biết đã ký quyết định xử phạt. "
    detail = "Công trình có nhiều hạng mục sai phép so với hồ sơ thiết kế được duyệt ban đầu. " * 12
    late = "Ngày 11/4/2017, Sở Xây dựng có văn bản yêu cầu UBND phường dừng công trình."
    assert extract(opening + detail + late).event_date is None
    assert extract(opening + late + " " + detail).event_date == "2017-04-11"


def test_a_day_after_a_photo_credit_starts_a_sentence() -> None:
    text = (
        "Học sinh ngoại thành thích thú với bể bơi thông minh\n\n"
        "Bể bơi thông minh tại các trường học là mô hình phòng, chống đuối nước sáng tạo lần đầu triển khai.\n\n"
        "Học sinh thích thú với bể bơi. Ảnh: Tuệ Nhi Ngày 14.5, UBND huyện tổ chức khai mạc chương trình dạy "
        "bơi, phòng chống đuối nước cho học sinh tại trường THCS Hải Bối."
    )
    assert extract(text).event_date == "--05-14"
    bracketed = text.replace("Ảnh: Tuệ Nhi Ngày", "(Ảnh: Tuệ Nhi) Ngày")
    assert extract(bracketed).event_date == "--05-14"


def test_the_day_of_the_meeting_a_sentence_opens_on() -> None:
    text = (
        "Thông qua nghị quyết về giá dịch vụ\n\n"
        "Tại kỳ họp bất thường (vào) ngày 11/6 của HĐND tỉnh, các đại biểu đã thông qua nghị quyết về giá dịch "
        "vụ khám chữa bệnh. Nghị quyết có hiệu lực sau mười ngày kể từ ngày ký và được áp dụng tại các cơ sở "
        "khám chữa bệnh công lập trên địa bàn tỉnh."
    )
    assert extract(text).event_date == "--06-11"
    # a meeting cited as the ground of a decision is background
    cited = text.replace("Tại kỳ họp bất thường (vào) ngày", "Theo kết luận của kỳ họp ngày")
    assert extract(cited).event_date is None


@pytest.mark.parametrize("tag", ["GD&TĐ- ", "TTO - ", "(Dân trí) - "])
def test_a_day_after_a_sources_tag_opens_the_lead(tag: str) -> None:
    text = (
        "Khảo sát nhu cầu trông giữ trẻ ngoài giờ học\n\n"
        f"{tag}Ngày 8/2, Sở Giáo dục và Đào tạo thành phố đã có văn bản gửi các quận, huyện về việc khảo sát "
        "nhu cầu trông giữ trẻ ngoài giờ học của phụ huynh trên địa bàn để có phương án phù hợp. Các trường "
        "tổng hợp số liệu, gửi về Sở trước cuối tháng để xây dựng kế hoạch cho năm học mới."
    )
    assert extract(text).event_date == "--02-08"


def test_the_first_day_of_a_range_and_its_year_told_again() -> None:
    assert [(h.text, h.value) for h in find_dates("lần thứ I năm 2017 diễn ra từ ngày 10 đến 13-6 nhằm")] == [
        ("năm 2017", "2017"),
        ("10", "--06-10"),
        ("13-6", "--06-13"),
    ]
    text = (
        "Bán được củ sâm giá 120 triệu đồng tại lễ hội\n\n"
        "Tối 10-6, UBND huyện Nam Trà My tổ chức khai mạc lễ hội sâm Ngọc Linh, thu hút đông đảo du khách.\n\n"
        "Lễ hội sâm núi Ngọc Linh lần thứ I năm 2017 diễn ra từ ngày 10 đến 13-6 nhằm quảng bá thương hiệu sâm "
        "Ngọc Linh, giới thiệu văn hóa của đồng bào các dân tộc trong huyện tới du khách."
    )
    assert extract(text).event_date == "2017-06-10"


def test_a_reporting_day_yields_only_to_an_earlier_day_close_after_it() -> None:
    background = "Ông Trang từng giữ nhiều chức vụ ở Sở Y tế và các trung tâm trực thuộc trong nhiều năm. " * 8
    text = (
        "Cách chức một Chi cục trưởng vì sinh con thứ 4\n\n"
        "Chiều 29/6, tại cuộc họp báo về tình hình kinh tế - xã hội, ông Đậu Huy Hoàn – Phó giám đốc Sở Y tế cho "
        f"biết, UBND tỉnh đã có quyết định cách chức ông Chu Trọng Trang. {background}Trước đó, ngày 28/4, ông "
        "Trang được bổ nhiệm chức Chi cục trưởng."
    )
    assert extract(text).event_date == "--06-29"


def test_an_adverbial_day_of_the_opening_with_a_lower_case_subject_and_no_birth_year() -> None:
    text = (
        "Khẩn trương tìm kiếm cứu hộ tàu cá bị trôi dạt\n\n"
        "Sau khi khắc phục sự cố hỏng máy vào 4 ngày trước, ngày 23/5, tàu cá Bình Định mang số hiệu BĐ 95746 TS "
        "lại tiếp tục bị hư hỏng và trôi dạt trên biển. Theo Chi cục Thủy sản Bình Định, vào lúc 19 giờ ngày 21/5, "
        "tàu cá do ông Nguyễn Minh Đức (sinh năm 1988, quê Phú Yên) làm thuyền trưởng bị hỏng máy."
    )
    record = extract(text)
    assert record.event_date == "--05-23"
    dated = text.replace("ngày 23/5, tàu cá Bình Định", "tàu cá Bình Định")
    assert extract(dated).event_date == "--05-21"  # the day of the next sentence, and "sinh năm 1988" is no year


def test_a_year_named_in_the_sixty_year_cycle() -> None:
    text = "20 giờ 30 ngày 6-2 (nhằm mồng Mười tháng Giêng, năm Đinh Dậu 2017), Trực ban CAP tiếp nhận"
    assert [(h.kind, h.value) for h in find_dates(text)] == [("dm", "--02-06"), ("y", "2017")]


def test_the_year_of_an_anniversary_is_the_end_of_its_span_of_days() -> None:
    text = (
        "Di tích lịch sử Mộ Nguyễn Đình Chiểu nhận bằng xếp hạng đặc biệt\n\n"
        "Tối 1/7, UBND tỉnh Bến Tre long trọng tổ chức kỷ niệm 195 năm Ngày sinh nhà thơ yêu nước Nguyễn Đình "
        "Chiểu (1/7/1822 - 1/7/2017) và đón nhận Bằng xếp hạng Di tích quốc gia đặc biệt.\n\n"
        "Nguyễn Đình Chiểu là nhà thơ yêu nước lớn của miền Nam. Ông mất ngày 3/7/1888 tại Ba Tri."
    )
    # the day's own sentence gives its year before the rest of the article (3/7/1888 is also in its week)
    assert extract(text).event_date == "2017-07-01"


@pytest.mark.parametrize(
    ("lead", "value"),
    [
        (
            "Ông Lê Văn Minh cho biết ngày mai 7.7, đoàn thanh tra huyện sẽ công bố kết luận thanh tra đất đai.",
            "--07-07",
        ),
        ("Khoảng 8h30 sáng mai (6/7), tại trụ sở UBND huyện, thành phố sẽ công bố dự thảo kết luận.", "--07-06"),
        # the day told as today is the story's, the one told as tomorrow only its background
        ("Mặc dù ngày mai (9/2) mới là chính hội, nhưng ngay từ hôm nay (8/2), du khách đã đổ về thị trấn.", "--02-08"),
    ],
)
def test_a_day_told_as_tomorrow(lead: str, value: str) -> None:
    body = " Nhiều hộ dân trong xã đã đến theo dõi, ghi nhận và bày tỏ đồng tình với cách làm của chính quyền." * 2
    assert extract(f"Tin địa phương hôm nay\n\n{lead}{body}").event_date == value


@pytest.mark.parametrize(
    ("sentence", "value", "event"),
    [
        ("Thứ sáu (3/2), Sở GD-ĐT đã họp với các trường.", "--02-03", True),
        ("Sáng Chủ nhật 11-6, tại nhà văn hóa phường diễn ra lễ trao giấy khai sinh.", "--06-11", True),
        ("Sự việc được xác định xảy ra ngày 8/1 tại nhóm lớp mầm non.", "--01-08", True),
        ("Buổi làm việc giữa hai bên, ngày 11/5 vừa qua, chưa có sự thống nhất.", "--05-11", True),
        # a day planned is no event's, however the plan is worded
        ("Đêm chung kết sẽ được tổ chức vào ngày 24/6 tới.", "--06-24", False),
        ("Khu tưởng niệm sẽ chính thức khánh thành vào ngày 15-7.", "--07-15", False),
    ],
)
def test_weekdays_incidents_and_plans(sentence: str, value: str, event: bool) -> None:
    [hit] = find_dates(sentence)
    assert (hit.value, is_event_cue(sentence, hit)) == (value, event)


def test_the_day_an_anniversary_marks_gives_no_year() -> None:
    text = (
        "Công ty xây lắp số 9 kỷ niệm 40 năm thành lập\n\n"
        "Ngày 27/6, Công ty Cổ phần Cơ giới và Xây lắp số 9 tổ chức kỷ niệm 40 năm ngày thành lập tại Hà Nội.\n\n"
        "Ông Lê Văn An, nguyên Tổng giám đốc, nhớ lại công ty được thành lập sau ngày thống nhất hơn 2 năm "
        "(27/6/1977), với nhiệm vụ thi công các công trình giao thông, thủy lợi, thủy điện trên cả nước."
    )
    assert extract(text).event_date == "--06-27"


def test_a_day_the_story_looks_years_back_to_is_no_event() -> None:
    text = (
        "Sự biến tướng của một tập tục\n\n"
        "Cách đây 10 năm, trên địa bàn huyện miền núi Con Cuông rộ lên vài vụ việc biến tướng của tục cũ từng được "
        "các phương tiện thông tin đại chúng phản ánh. Đêm 12/1/2007, một nhóm thanh niên ở xã Lạng Khê chặn xe "
        "một cô gái. Sau nhiều năm tuyên truyền, các xã đã không còn tình trạng này."
    )
    assert extract(text).event_date is None
