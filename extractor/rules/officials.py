"""Officials: chains of posts ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện") and the names they attach to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from extractor import lexicon, nlp
from extractor.gazetteer import gazetteer
from extractor.lexicon import RoleEntry, alternation, form_key
from extractor.rules.agencies import AgencyMention, implied_agency, match_agency_at
from extractor.rules.names import (
    LEVEL_END,
    LEVEL_PATTERN,
    LEVEL_WORDS,
    UPPER,
    Word,
    has_honorific_before,
    is_honorific_word,
    is_surname,
    is_vietnamese_syllable,
    strip_honorifics,
    titled_run,
    words,
)
from extractor.sentences import sentence_at

# "Ông Lê Văn Tám, chủ tịch UBND xã": a post printed in lower case right after a name
_NAMED_BEFORE = re.compile(r"[A-ZĐ]\w*\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3}(?:\s*\([^)]{0,20}\))?\s*(?:,|[-–])\s*$")
_GIVEN_BEFORE = re.compile(
    r"(?<![^\W_])(?:là|làm|giữ (?:chức(?: vụ)?|cương vị)|(?:vào|thôi) (?:chức(?: vụ| danh)?|vị trí)|chức danh)\s+$"
)
_LEVEL_WORD = re.compile(rf"(?<![^\W_]){LEVEL_PATTERN}{LEVEL_END}", re.IGNORECASE)
# "…, Phó Chủ tịch UBND tỉnh", "… kiêm …", "Chủ tịch UBND tỉnh Yên Bái nay là Bí thư Tỉnh ủy", "nguyên Chủ tịch
# UBND quận 9 (hiện đang là Bí thư Quận ủy)"
_CHAIN_SEPARATOR = re.compile(r"\s*[,(]?\s*(?:hiện (?:đang |nay )?|nay )là\s+|\s*[,–-]\s*|\s+kiêm\s+")
_NAME_BEFORE_SEPARATOR = re.compile(r"\s*[-–—,:(]\s*$")
# "Trần Trương Mạnh Hoài (SN 1986) - …", "Lê Đình Kình (82 tuổi, nguyên Bí thư …)"
_ASIDE_BEFORE = re.compile(r"\s+\((?:[^()]{1,25}\)|\s*\d{1,3}\s+tuổi)$")
_LIST_ITEM_OPEN = re.compile(r"(?:^|[;\n]|(?:đồng chí|các đồng chí|gồm|có):)\s*$", re.IGNORECASE)
_LIST_ITEM_DASH = re.compile(r"\s*[-–—]\s")
_HONORIFIC_AFTER = re.compile(
    r"(?:,|\s+[-–—]|\s+của)\s+(?:ông|bà|đồng chí|đ/c)\s+|(?-i: (?:ông|bà|đồng chí|đ/c) )", re.IGNORECASE
)
# "phó chủ tịch UBND tỉnh Nguyễn Văn Sơn", "… UBND TP Hải Phòng ông Lê Thanh Sơn": a name printed after the post
# (three syllables at least without the honorific: "chủ tịch UBND TP Hà Nôi yêu cầu" is a typo of the city)
_NAME_AHEAD = re.compile(
    rf" (?:(?:ông|bà|đồng chí) {UPPER}\w* {UPPER}|(?!Ông |Bà |Đồng chí ){UPPER}\w* {UPPER}\w* {UPPER})"
)
_PLURAL_BEFORE = re.compile(r"\bcác\s+(?:đồng chí\s+)?$", re.IGNORECASE)
_LIST_END = re.compile(r"[;\n]|\.(?=\s|$)")
_LIST_CLOSE = re.compile(r"\n|\.(?=\s|$)|[;,]\s*(?:cùng|và đại diện|đại biểu|các đồng chí)(?![^\W_])|:")
_LIST_COLON = re.compile(r"\s*:\s*(?:(?:ông|bà|đồng chí)\s+)?", re.IGNORECASE)
_NAME_JOINER = re.compile(r"\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s+)?", re.IGNORECASE)
_NER_CONTEXT = 80  # characters of context on each side of a name that NER is asked about
# "nguyên Bí thư" (former), "Quyền Trưởng phòng" (acting): see _prefix_start
_PREFIXES = re.compile(r"(?P<former>(?:[Nn]guyên|[Cc]ựu)\s+)?(?P<acting>[Qq]uyền\s+)?")
_PREFIXES_BEFORE = re.compile(r"(?:(?:[Nn]guyên|[Cc]ựu)\s+)?(?P<acting>[Qq]uyền\s+)?\Z")
_TITLED_WORD_BEFORE = re.compile(r"[A-ZĐ]\w*\s+\Z")
_ABBREVIATIONS_AHEAD = re.compile(r"(?:[A-ZĐ][A-ZĐƯ&-]+ )*")
# "Ban Bí thư", "Ban Giám đốc", "Đoàn Chủ tịch MTTQ": a board, not its post
_BOARD_BEFORE = re.compile(r"(?<![^\W_])(?:Ban|Đoàn)\s+\Z")
# "… làm Phó trưởng Ban Kinh tế Trung ương Ông Phạm Minh Chính sau đó …": a capitalised honorific right after a
# post opens the next sentence, run into a headline or caption that ends on the post
_NEXT_SENTENCE = re.compile(r" (?:Ông|Bà) (?=[A-ZĐ])")
_EMBASSY = re.compile(r" quán(?![^\W_])")
_ASIDE_AHEAD = re.compile(r" \((?P<inside>[^()\n]{1,40})\) ")
_DOUBLED_HEAD = re.compile(r"(?P<head>ban|phòng|khoa|đội|trạm)\s+(?=(?P=head)\s)", re.IGNORECASE)
_HOME_COUNTRY = re.compile(r"Việt Nam(?![^\W_])")
_POSTED_IN = re.compile(r" tại ")  # "Đại sứ Việt Nam tại Trung Quốc"
_TERM = re.compile(r"\s+(?P<term>khóa\s+[IVXLC]+)(?![^\W_])")  # "Đại biểu Quốc hội khóa XV": a deputy's term
_MAX_NAME_WORDS = 5
_MAX_UNREAD_POST_WORDS = 8
_FOREIGN_NAME_WORDS = 4


@dataclass
class PostMatch:
    """One post as printed: a role and, usually, the organisation it is held in."""

    start: int
    end: int
    role: RoleEntry
    organization: AgencyMention | None
    former: bool = False
    acting: bool = False
    term: str | None = None

    @property
    def counts_organization(self) -> bool:
        """A seat on a body ("Ủy viên Ban Thường vụ Quận ủy") does not name it as a party to anything."""
        return self.organization is not None and self.role.organization != "membership"


@dataclass
class Chain:
    start: int
    end: int
    posts: list[PostMatch]


@dataclass
class OfficialMention:
    name: str
    start: int
    end: int
    chain: Chain | None = None
    event_roles: set[str] = field(default_factory=set)


@cache
def _role_pattern() -> tuple[re.Pattern[str], dict[str, RoleEntry]]:
    table = {form_key(f): r for r in lexicon.roles() for f in r.forms}
    forms = [f for r in lexicon.roles() for f in r.forms]
    return re.compile(rf"(?:{alternation(forms)})(?![^\W_]|-\w)", re.IGNORECASE), table


def match_post_at(text: str, pos: int, *, continued: bool = False) -> PostMatch | None:
    """The post printed at `pos`, e.g. "Chủ tịch UBND huyện Vân Đồn" or "UVBTV".

    A post in lower case counts with its body printed, when a verb gives it ("khi đó ông Quý là phó
    giám đốc Sở TNMT"), it goes on a chain of posts (`continued`: "Thành ủy viên, đại biểu HĐND TP")
    or a name follows it ("phó chủ tịch UBND tỉnh Nguyễn Văn Sơn", "đại biểu Quốc hội Lê Thanh Vân").
    """
    prefixes = _PREFIXES.match(text, pos)
    at = prefixes.end()
    capitalised = text[at : at + 1].isupper() or bool(_NAMED_BEFORE.search(text, max(0, at - 40), at))
    given = not capitalised and (continued or bool(_GIVEN_BEFORE.search(text, max(0, at - 30), at)))
    named_after = not (capitalised or given)  # a post in lower case, then the name of its holder
    if _BOARD_BEFORE.search(text, max(0, at - 5), at):
        return None
    pattern, table = _role_pattern()
    m = pattern.match(text, at)
    if m is None:
        return None
    role = table[form_key(m.group())]
    end, organization = m.end(), None
    if lexicon.private_bodies().match(text, end + 1):  # "Giám đốc Công ty TNHH …": no public office
        return None
    if _EMBASSY.match(text, end):  # "Đại sứ quán Nhật Bản": the embassy, no envoy
        return None
    if role.organization != "none" and text[end : end + 1] == " ":
        # a head of a field reads the field first: "Bộ trưởng Công an" heads the Bộ Công an, no "Công an"
        of_field = (role.implied or "").startswith("field:")
        organization = implied_agency(text, end + 1, role.implied) if of_field else None
        doubled = _DOUBLED_HEAD.match(text, end + 1)  # "Trưởng ban Ban Dân vận", "Trưởng phòng Phòng Tư pháp"
        organization = organization or match_agency_at(text, doubled.end() if doubled else end + 1)
        if organization is None and role.implied and not of_field:
            organization = implied_agency(text, end + 1, role.implied)
        if organization:
            end = organization.end
    if organization is None and (role.organization == "required" or given):
        return None
    if named_after and ((organization is None and role.organization != "none") or not _NAME_AHEAD.match(text, end)):
        return None
    term = _TERM.match(text, end) if role.organization == "none" else None
    if term:
        end = term.end()
    return PostMatch(
        pos,
        end,
        role,
        organization,
        former=bool(prefixes["former"]),
        acting=bool(prefixes["acting"]),
        term=term["term"] if term else None,
    )


def _share_level(text: str, post: PostMatch, concurrent: PostMatch) -> None:
    """ "Bí thư kiêm Chủ tịch phường Nguyễn Thái Bình": a post held "kiêm" another of a unit is held
    in that unit too, in the body the role implies (the party committee of the ward). A comma joins
    posts that are each written as printed (SPEC §3): "Phó Bí thư, Chủ tịch UBND huyện"."""
    if post.organization or not post.role.implied or concurrent.organization is None:
        return
    level = _LEVEL_WORD.search(text, concurrent.organization.start, concurrent.organization.end)
    if level:
        post.organization = implied_agency(text, level.start(), post.role.implied)


def _share_body(post: PostMatch, joined: PostMatch) -> None:
    """ "Phó Chủ tịch – Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam": one title of two posts joined by a
    dash names its body once, at the end (a party post joins no other kind of body: "Phó Bí thư -
    Chủ tịch UBND huyện")."""
    body = joined.organization
    if post.organization or post.role.organization == "none" or body is None:
        return
    if "Bí thư" in post.role.role and body.kind != "party_committee":
        return
    post.organization = body


def _prefix_start(text: str, start: int) -> int:
    """Where a post printed at `start` begins with its "nguyên"/"Quyền" ("Quyền Trưởng phòng"); a
    "Quyền" after a capitalised word is the end of a name ("ông Lê Văn Quyền Chủ tịch …")."""
    prefixes = _PREFIXES_BEFORE.search(text, max(0, start - 16), start)
    if prefixes is None or not prefixes.group():
        return start
    if prefixes["acting"] and _TITLED_WORD_BEFORE.search(text, max(0, prefixes.start() - 12), prefixes.start()):
        return start
    return prefixes.start()


def find_chains(text: str) -> list[Chain]:
    """Every run of comma-separated posts, left to right."""
    pattern, _ = _role_pattern()
    chains: list[Chain] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() < pos:
            continue
        start = m.start()
        first = match_post_at(text, _prefix_start(text, start))
        if first is None:
            continue
        posts, end = [first], first.end
        while True:
            sep = _CHAIN_SEPARATOR.match(text, end)
            nxt = match_post_at(text, sep.end(), continued=True) if sep else None
            if nxt is None:
                break
            if sep.group().strip() in "-–":
                _share_body(posts[-1], nxt)
            elif "kiêm" in sep.group():
                _share_level(text, posts[-1], nxt)
            elif posts[-1].former and posts[-1].organization is None and "là" not in sep.group():
                nxt.former = True  # "nguyên Bí thư, Chủ tịch UBND huyện Tuy Đức": both were held
            posts.append(nxt)
            end = nxt.end
        chains.append(Chain(posts[0].start, end, posts))
        pos = end
    return chains


def _is_place(text: str, run: list[Word], after_post: bool) -> bool:
    """A level word before the run makes it a place, unless a post's organisation already took it."""
    before = text[max(0, run[0].start - 12) : run[0].start].lower().rstrip()
    if not after_post and any(before.endswith(level) for level in LEVEL_WORDS):
        return True
    name = " ".join(w.text for w in run)
    return bool(gazetteer().lookup(name)) and not has_honorific_before(text, run[0].start)


def _person_run(text: str, run: list[Word], sentence: tuple[int, int], after_post: bool) -> list[Word] | None:
    """Trim a capitalised run to a person's name, or say it is none."""
    run = _name_syllables(run, after_post)
    # "Ảnh: Hồng Đức Ông Lê Bá Lộc - Bí thư …": a credit runs into the name; it starts after the honorific
    cut = max(
        (i for i, w in enumerate(run[1:-2], 1) if is_honorific_word(w.text) and is_surname(run[i + 1].text)), default=0
    )
    run = run[cut + 1 :] if cut else run
    # "Ông" is a family name too, but "Ông Đặng" is a man called Đặng, and so is "Ông Lê Huỳnh Minh Tú" one Lê
    while (
        len(run) > 1
        and is_honorific_word(run[0].text)
        and (not is_surname(run[0].text) or len(run) == 2 or is_surname(run[1].text))
    ):
        run = run[1:]
    # "các Ủy viên Trung ương Đảng: Phó Trưởng Ban …": a post starts where the list's first name would
    if len(run) < 2 or _is_place(text, run, after_post) or match_post_at(text, run[0].start):
        return None
    if is_surname(run[0].text.title()) or has_honorific_before(text, run[0].start):
        return run
    if not after_post and _list_item(text, run):
        return run
    w_start, w_end = _ner_window(text, run[0].start, run[-1].end, sentence)
    for start, end in nlp.person_spans(text[w_start:w_end]):
        if w_start + start <= run[0].start and run[-1].end <= w_start + end:
            return run
    return None


def _name_syllables(run: list[Word], after_post: bool) -> list[Word]:
    """The part of a run next to the post that can be a name: a number ("Phó Thủ tướng Vũ Đức Đam 3
    lần") or an abbreviation in capitals ("ĐBQH", "TTXVN", "TS", "HN") is no syllable of one."""
    capitals = [w for w in run if w.text.isupper() and not is_honorific_word(w.text)]
    if 2 <= len(capitals) <= 4 and capitals == run[-len(capitals) :] and is_surname(capitals[0].text.title()):
        return run  # a name printed in capitals: "Bà TRIỆU LỆ KHÁNH, Phó Chủ tịch …"
    parts: list[list[Word]] = [[]]
    for word in run:
        if word.text.isdigit() or (len(word.text) > 1 and word.text.isupper()):
            parts.append([])
        else:
            parts[-1].append(word)
    parts = [p for p in parts if p]
    if not parts:
        return []
    return _past_brand(parts[0]) if after_post else parts[-1]


def _past_brand(run: list[Word]) -> list[Word]:
    """ "Tổng Giám đốc Vinaconex Nguyễn Văn Tuân", "TGĐ Vietnam Airlines Dương Trí Thành": words that are
    no Vietnamese syllable before a family name are a company's, and the name starts at the family name
    (an ethnic name keeps its syllables: "Ksor Phước Hà")."""
    for i, word in enumerate(run[1:], 1):
        if is_surname(word.text) and len(run) - i >= 2:
            return run[i:] if not any(is_vietnamese_syllable(w.text) for w in run[:i]) else run
    return run


def _list_item(text: str, run: list[Word]) -> bool:
    """ "…; Ngọc Kim Nam - Ủy viên Ban Thường vụ Tỉnh ủy": a whole item of a list of attendees, a
    name then a dash then the post, is a person's name whatever its family name."""
    opens = _LIST_ITEM_OPEN.search(text, max(0, run[0].start - 12), run[0].start)
    dash = _LIST_ITEM_DASH.match(text, run[-1].end)
    return bool(
        opens
        and dash
        and 2 <= len(run) <= 4
        and all(w.text.isalpha() for w in run)
        and match_agency_at(text, run[0].start) is None
    )


def _ner_window(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The words around a candidate name, within its sentence: NER costs grow with the length it reads."""
    s_start, s_end = sentence
    left = max(s_start, start - _NER_CONTEXT)
    if left > s_start:
        left = text.find(" ", left, start) + 1 or left
    right = min(s_end, end + _NER_CONTEXT)
    if right < s_end:
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) > end else right
    return left, right


def _name_before(text: str, chain: Chain) -> list[Word] | None:
    """The name printed before the post and a dash, comma or colon; or, after an honorific, right
    before it ("ông Hồ Quang Bửu Chủ tịch UBND huyện Nam Trà My cho hay")."""
    sep = _NAME_BEFORE_SEPARATOR.search(text, max(0, chain.start - 4), chain.start)
    if sep is None and text[chain.start - 1 : chain.start] != " ":
        return None
    stop = sep.start() if sep else chain.start - 1
    if aside := _ASIDE_BEFORE.search(text, max(0, stop - 30), stop):
        stop = aside.start()
    window = [w for w in words(text, max(0, stop - 60), stop) if w.end <= stop]
    run: list[Word] = []
    for word in reversed(window):
        gap = text[word.end : run[0].start if run else stop]
        if gap != ("" if not run else " ") or not word.titled or len(run) == _MAX_NAME_WORDS:
            break
        run.insert(0, word)
    if sep is None and run and not (is_honorific_word(run[0].text) or has_honorific_before(text, run[0].start)):
        return None
    return run or None


def _name_before_unread_post(text: str, chain: Chain) -> list[Word] | None:
    """ "ông Trần Tuấn Anh, Ủy viên Trung ương, Bộ trưởng Công Thương": a post the lexicon does not read
    stands between a name and the post it does. The name before it holds the post, where the words
    between the commas open with a capital and name no one ("bà A, vợ ông B, Giám đốc …" is B's)."""
    sep = _NAME_BEFORE_SEPARATOR.search(text, max(0, chain.start - 4), chain.start)
    left = text.rfind(",", max(0, chain.start - 60), sep.start()) if sep and sep.group().strip() == "," else -1
    between = words(text, left + 1, sep.start()) if left >= 0 else []
    if not 1 < len(between) <= _MAX_UNREAD_POST_WORDS or not between[0].titled:
        return None
    if any(is_honorific_word(w.text) for w in between) or any(
        is_surname(w.text) and len(titled_run(text, w.start, 2)) == 2 for w in between
    ):
        return None  # a name between the commas
    return _name_before(text, replace(chain, start=between[0].start))


def _name_after(text: str, chain: Chain) -> list[Word] | None:
    """The name printed right after the post, or after a comma or "của" and an honorific ("Trưởng phòng
    GD&ĐT quận, bà Trần Lưu Hoa cho biết", "cách chức Chi cục trưởng … của ông Chu Trọng Trang")."""
    honorific = _HONORIFIC_AFTER.match(text, chain.end)
    if honorific:
        return titled_run(text, honorific.end(), _MAX_NAME_WORDS) or None
    if text[chain.end : chain.end + 1] != " " or _NEXT_SENTENCE.match(text, chain.end):
        return None
    start = _past_aside(text, chain.end)
    # "Chủ tịch UBTW MTTQ VN Nguyễn Thiện Nhân": abbreviations the post did not take are no part of the name
    abbreviations = _ABBREVIATIONS_AHEAD.match(text, start)
    return titled_run(text, start, _MAX_NAME_WORDS + len(abbreviations.group().split())) or None


def _past_aside(text: str, end: int) -> int:
    """Where the name after a post printed up to `end` may begin: past a place or an abbreviation in
    brackets ("Phó Chủ tịch UBND xã Tân Lập (Thạch Hà) Nguyễn Văn Hải", "Giám đốc Sở (GD-ĐT) …"), which
    holds only capitalised words and level words; and past the rest of the body's name the bracket cut
    ("Chủ tịch Ủy ban Trung ương MTTQ (UBTW MTTQ) Việt Nam Nguyễn Thiện Nhân")."""
    aside = _ASIDE_AHEAD.match(text, end)
    if aside and all(w.titled or _LEVEL_WORD.fullmatch(w.text) for w in words(aside["inside"])):
        country = _HOME_COUNTRY.match(text, aside.end())
        return country.end() + 1 if country and text[country.end() : country.end() + 1] == " " else aside.end()
    return end + 1


def _names_listed_after(text: str, chain: Chain, sentence: tuple[int, int]) -> list[list[Word]]:
    """ "các Phó Thủ tướng Chính phủ: Trương Hòa Bình, Vũ Đức Đam": a plural post, then its holders."""
    if not _PLURAL_BEFORE.search(text, max(0, chain.start - 5), chain.start):
        return []
    colon = _LIST_COLON.match(text, chain.end)
    if colon is None:
        return []
    runs, at = [], colon.end()
    while run := titled_run(text, at, _MAX_NAME_WORDS):
        if _person_run(text, run, sentence, after_post=True) is None:
            break
        runs.append(run)
        joiner = _NAME_JOINER.match(text, run[-1].end)
        if joiner is None:
            break
        at = joiner.end()
    return runs


@cache
def _appointed() -> re.Pattern[str]:
    """An honorific and a name, then the words that give or state a post, up to where the post begins."""
    verbs = lexicon.cues("appointment")[0][1].pattern
    return re.compile(
        rf"(?<![^\W_])(?i:ông|bà|đồng chí)\s+(?P<name>{UPPER}\w*(?:\s+{UPPER}\w*){{0,4}})"
        rf"(?:\s+\([^()]{{1,25}}\))?\s+(?i:{verbs})\Z"
    )


def _appointee(text: str, chain: Chain, names: set[str]) -> tuple[str, int, int] | None:
    """ "bà Hoài được bổ nhiệm làm Phó Trưởng Phòng GD&ĐT", "ông Mạnh là PGĐ Sở KH-CN": the person a post
    is given to, by the name printed before the verb: a full name, or the given name of one found
    elsewhere in the article. Only a post with its body counts; a bare "Chủ tịch" says too little."""
    if not all(p.organization or p.role.organization == "none" for p in chain.posts):
        return None
    m = _appointed().search(text, max(0, chain.start - 120), chain.start)
    if m is None:
        return None
    printed = m["name"]
    if len(printed.split()) >= 2 and is_surname(printed.split()[0]):
        return printed, m.start("name"), m.end("name")
    holders = [n for n in names if n.endswith(" " + printed)]
    return (holders[0], m.start("name"), m.end("name")) if len(holders) == 1 else None


_HONORED = re.compile(rf"(?<![^\W_])(?:ông|bà|đồng chí)\s+(?P<name>{UPPER}\w*(?:\s+{UPPER}\w*){{1,3}})")


def _honored_names(text: str) -> set[str]:
    """Full names printed after an honorific ("thay ông Nguyễn Thiện Nhân"), whose given name alone
    may later receive a post ("ông Nhân được phân công làm Bí thư Thành ủy")."""
    return {m["name"] for m in _HONORED.finditer(text) if is_surname(m["name"].split()[0])}


@cache
def _constituency_deputy() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![^\W_])(?:ĐB|Đại biểu|đại biểu)\s+(?P<name>{UPPER}\w*(?:\s+{UPPER}\w*){{1,4}})\s*"
        rf"\((?:đoàn\s+|Đoàn\s+)?(?P<place>[^()]{{2,25}})\)"
    )


def _deputies(text: str) -> list[OfficialMention]:
    """ "ĐB Nguyễn Bá Sơn (Đà Nẵng) bày tỏ …": a delegate named with a province in brackets is a
    deputy of the National Assembly, whose constituency the province is, whatever post is printed
    after it ("…, Chủ tịch Liên đoàn Luật sư Việt Nam"): the seat is merged with the post."""
    role = next(r for r in lexicon.roles() if r.role == "Đại biểu Quốc hội")
    found = []
    for m in _constituency_deputy().finditer(text):
        place = lexicon.place_abbreviations().get(m["place"].strip(), m["place"].strip())
        if place not in gazetteer().province_names:
            continue
        post = PostMatch(m.start(), m.start("name") - 1, role, None)
        found.append(OfficialMention(m["name"], m.start("name"), m.end("name"), Chain(post.start, post.end, [post])))
    return found


_SESSION_WITHIN = 800  # the headline and opening lines, which say what the article reports
_SESSION = re.compile(r"kỳ họp|thảo luận (?:tại |ở )?(?:tổ|hội trường)|phiên (?:thảo luận|chất vấn)", re.IGNORECASE)
_ELECTED_BODY = re.compile(r"(?<![^\W_])(?:HĐND|Hội đồng nhân dân|Quốc hội)(?![^\W_])")


@cache
def _named_deputy() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:ĐB|Đại biểu|đại biểu)\s+(?P<name>{UPPER}\w*(?:\s+{UPPER}\w*){{1,4}})(?![^\W_])")


def _session_body(text: str) -> AgencyMention | None:
    """The one elected body whose session the headline and opening report ("kỳ họp", "thảo luận tại
    tổ"): the Quốc hội, or an HĐND printed with its level ("kỳ họp thứ 4 HĐND TP.HCM khóa IX")."""
    found: dict[str, AgencyMention] = {}
    for session in _SESSION.finditer(text, 0, _SESSION_WITHIN):
        left, right = sentence_at(text, session.start(), session.end())
        for printed in _ELECTED_BODY.finditer(text, left, right):
            body = match_agency_at(text, printed.start())
            if body and (body.entry.name == "Quốc hội" or body.explicit_level):
                found.setdefault(body.name, body)
    return next(iter(found.values())) if len(found) == 1 else None


def _session_deputies(text: str, taken: set[int]) -> list[OfficialMention]:
    """ "ĐB Cao Thanh Bình đề cập …" in the report of a session: a deputy of the body in session, an
    HĐND at its level or the Quốc hội; a post printed beside the name is held as well."""
    body = _session_body(text)
    if body is None:
        return []
    wanted = "Đại biểu Quốc hội" if body.entry.name == "Quốc hội" else "Đại biểu"
    role = next(r for r in lexicon.roles() if r.role == wanted)
    found = []
    for m in _named_deputy().finditer(text):
        if m.start("name") in taken or not is_surname(m["name"].split()[0]):
            continue
        post = PostMatch(m.start(), m.start("name") - 1, role, None if wanted == "Đại biểu Quốc hội" else body)
        found.append(OfficialMention(m["name"], m.start("name"), m.end("name"), Chain(post.start, post.end, [post])))
    return found


def _name_of(text: str, run: list[Word]) -> str:
    """The name a run prints, honorifics dropped; one printed in capitals is written as a name."""
    name = strip_honorifics(text[run[0].start : run[-1].end])
    return name.title() if name.isupper() else name


def _shared_post(text: str, chains: list[Chain], mentions: list[OfficialMention]) -> list[OfficialMention]:
    """ "các đồng chí Ủy viên Trung ương Đảng: Tổng Giám đốc TTXVN Nguyễn Đức Lợi, Tổng Giám đốc VOV
    Nguyễn Thế Kỷ; …": a plural post before a colon is held by each person listed after it, up to ";".
    A list of one person to each ";" ("Ủy viên Bộ Chính trị: Phó Thủ tướng A; Thượng tướng B, Bộ trưởng
    Bộ Công an; …") runs on to the sentence's end, or to a word that opens other guests ("cùng")."""
    shared = []
    for chain in chains:
        colon = _LIST_COLON.match(text, chain.end)
        if not colon or not _PLURAL_BEFORE.search(text, max(0, chain.start - 14), chain.start):
            continue
        stop = _LIST_END.search(text, colon.end())
        listed = _holders_between(mentions, chain, colon.end(), stop.start() if stop else len(text))
        if len(listed) == 1 and stop and stop.group() == ";":
            closing = _LIST_CLOSE.search(text, stop.start())
            listed = _holders_between(mentions, chain, colon.end(), closing.start() if closing else len(text))
        shared += [OfficialMention(m.name, m.start, m.end, chain) for m in listed]
    return shared


def _holders_between(mentions: list[OfficialMention], header: Chain, start: int, end: int) -> list[OfficialMention]:
    """The people a list after a plural post names between `start` and `end`, each with posts of their own."""
    return [m for m in mentions if m.chain and m.chain is not header and start <= m.chain.start < end]


def _trim_glued_words(text: str, mentions: list[OfficialMention]) -> None:
    """ "… Trương Thị Mai Qua 3 năm": a caption run into the next sentence glues its first word to
    the name. A name that is another found name plus trailing words is that name."""
    names = {m.name for m in mentions}
    for m in mentions:
        shorter = max((n for n in names if m.name.startswith(n + " ")), key=len, default=None)
        extra = m.name[len(shorter) :] if shorter else ""
        if shorter and text[m.start : m.end].endswith(extra):
            m.name, m.end = shorter, m.end - len(extra)


def find_officials(text: str, chains: list[Chain]) -> list[OfficialMention]:
    """Names attached to chains of posts, then every other printed mention of the same names."""
    mentions: list[OfficialMention] = []
    for chain in chains:
        sentence = sentence_at(text, chain.start, chain.end)
        if foreign := _foreign_holder(text, chain, sentence):
            mentions.append(foreign)
            continue
        listed = _names_listed_after(text, chain, sentence)
        for run in listed:
            mentions.append(OfficialMention(_name_of(text, run), run[0].start, run[-1].end, chain))
        if listed:
            continue
        before = _candidate_name(text, _name_before(text, chain), sentence, after_post=False)
        run, printed_after = before, None
        if before is None or _named_by_post_before(mentions, before):
            # "Chủ tịch nước Trần Đại Quang, Thủ tướng Nguyễn Xuân Phúc": a list of post-holders. The words
            # after the post name its holder; where the rules cannot confirm them as a name (and they are
            # no place: "nguyên Bí thư Hà Tĩnh"), the post is left to no one rather than to the name before
            printed_after = _name_after(text, chain)
            run = _candidate_name(text, printed_after, sentence, after_post=True)
            if run is None and (printed_after is None or _is_place(text, printed_after, after_post=True)):
                run = before
        if run is None and printed_after is None:
            run = _candidate_name(text, _name_before_unread_post(text, chain), sentence, after_post=False)
        if run:
            # "ông Shinzo Abe, Thủ tướng Nhật Bản": the name before a post of another country
            held = (_foreign_chain(text, chain, named_before=True) if run is before else None) or chain
            mentions.append(OfficialMention(_name_of(text, run), run[0].start, run[-1].end, held))
    mentions += _shared_post(text, chains, mentions)
    constituency = _deputies(text)
    mentions += constituency + _session_deputies(text, {m.start for m in constituency})
    _trim_glued_words(text, mentions)
    names = {m.name for m in mentions} | _honored_names(text)
    named = {id(m.chain) for m in mentions}
    for chain in chains:
        if id(chain) not in named and (appointee := _appointee(text, chain, names)):
            mentions.append(OfficialMention(*appointee, chain))
    names = {m.name for m in mentions}
    taken = {(m.start, m.end) for m in mentions}
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", text):
            if (m.start(), m.end()) not in taken and not any(s <= m.start() < e for s, e in taken):
                mentions.append(OfficialMention(name, m.start(), m.end()))
                taken.add((m.start(), m.end()))
    mentions.sort(key=lambda m: m.start)
    _assign_event_roles(text, mentions)
    return mentions


def _foreign_chain(text: str, chain: Chain, *, named_before: bool = False) -> Chain | None:
    """ "Thủ tướng Nhật Bản", "Đại sứ Phần Lan tại Việt Nam", "Đại sứ Việt Nam tại Trung Quốc": a post
    of another country, or held in one, written out with the countries; it names no body at home.

    After a name (`named_before`) only a complete post takes a country, and only one that ends the run
    of capitals: "cán bộ địa chính xã Đức Lạng" is of a commune."""
    post = chain.posts[0]
    if len(chain.posts) > 1 or post.organization or text[chain.end : chain.end + 1] != " ":
        return None
    if named_before and post.role.organization != "none":
        return None
    country = _country_at(text, chain.end + 1)
    if country is None:
        return None
    written, end = _written_country(country), country.end()
    posted = _POSTED_IN.match(text, end)
    if host := _country_at(text, posted.end()) if posted else None:
        written, end = f"{written} tại {_written_country(host)}", host.end()
    elif country.re is _HOME_COUNTRY:
        return None  # "Thủ tướng Việt Nam": the post at home
    if named_before and titled_run(text, end + 1, 1):
        return None
    # the role written out, less the Vietnamese body it heads at home ("Thủ tướng Chính phủ")
    role = RoleEntry((), f"{post.role.role.removesuffix(' Chính phủ')} {written}", "none", None)
    foreign = PostMatch(post.start, end, role, None, former=post.former, acting=post.acting)
    return Chain(chain.start, end, [foreign])


def _country_at(text: str, pos: int) -> re.Match[str] | None:
    """A country's name printed at `pos`, another country's or Việt Nam."""
    return lexicon.countries().match(text, pos) or _HOME_COUNTRY.match(text, pos)


def _written_country(country: re.Match[str]) -> str:
    return lexicon.country_names().get(country.group(), country.group())


def _foreign_holder(text: str, chain: Chain, sentence: tuple[int, int]) -> OfficialMention | None:
    """ "Thủ tướng Nhật Bản Shinzo Abe", "Đại sứ Phần Lan tại Việt Nam, ông IIkka-Pekke Simila": a post of
    another country, held by the name printed after the country's (its syllables may be joined by dashes)."""
    foreign = _foreign_chain(text, chain)
    if foreign is None:
        return None
    honorific = _HONORIFIC_AFTER.match(text, foreign.end)
    run = titled_run(text, honorific.end() if honorific else foreign.end + 1, _MAX_NAME_WORDS, dashed=True)
    if len(run) < 2 or _is_place(text, run, after_post=True):
        return None
    # after a post and a country, a short capitalised run is a name ("Tập Cận Bình"); a longer one must read as one
    w_start, w_end = _ner_window(text, run[0].start, run[-1].end, sentence)
    named = len(run) <= _FOREIGN_NAME_WORDS or any(
        w_start + s <= run[0].start and run[-1].end <= w_start + e for s, e in nlp.person_spans(text[w_start:w_end])
    )
    return OfficialMention(_name_of(text, run), run[0].start, run[-1].end, foreign) if named else None


def _candidate_name(
    text: str, candidate: list[Word] | None, sentence: tuple[int, int], *, after_post: bool
) -> list[Word] | None:
    """The printed run beside a post, trimmed to a person's name, if it is one."""
    return _person_run(text, candidate, sentence, after_post) if candidate else None


def _named_by_post_before(mentions: list[OfficialMention], run: list[Word]) -> bool:
    """The name is already the holder of the post printed right before it."""
    return any(m.start == run[0].start and m.chain and m.chain.end < m.start for m in mentions)


def _assign_event_roles(text: str, mentions: list[OfficialMention]) -> None:
    cues = lexicon.cues("event_role")
    at_event = dict(lexicon.cues("attending"))["at_event"]
    for i, mention in enumerate(mentions):
        after_start = mention.chain.end if mention.chain and mention.chain.start > mention.start else mention.end
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        after = re.split(r"[.;\n]|, (?=[^\W\d_]+ [^\W\d_]+ [-–])", text[after_start : min(limit, after_start + 90)])[0]
        sentence_start = sentence_at(text, mention.start)[0]  # not after the dot of "TP. Hà Nội"
        clause_start = max(sentence_start, *(text.rfind(c, 0, mention.start) + 1 for c in ";:"))
        before = text[clause_start : mention.start]
        opening = text[sentence_start : mention.start]
        for value, pattern in cues:
            if pattern.search(after) or pattern.search(before):
                mention.event_roles.add(value)
        attendee = dict(cues)["attendee"]
        if attendee.match(opening.strip()) or re.search(r"\bdự\b.*\bcó\b", opening, re.IGNORECASE):
            mention.event_roles.add("attendee")
        if not mention.event_roles and at_event.search(after):  # "ý kiến của Chủ tịch UBND TP X tại cuộc họp"
            mention.event_roles.add("attendee")
