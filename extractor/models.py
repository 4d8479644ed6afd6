"""The record contract of SPEC.md (schema_version "1") as Pydantic models.

These models are the single source of truth: the JSON Schema in `schemas/`
is generated from them, and every record the pipeline writes is validated
by them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION: Literal["1"] = "1"

Unit = Literal["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"]
EventRole = Literal["chair", "speaker", "reporter", "attendee", "signatory"]
DateRole = Literal["publication", "event", "deadline", "period", "reference"]
AgencyKind = Literal[
    "party_committee",
    "party_board",
    "people_committee",
    "people_council",
    "fatherland_front",
    "mass_organization",
    "inspectorate",
    "department",
    "public_service",
    "other",
]
EventType = Literal[
    "tong_ket",
    "so_ket",
    "danh_gia",
    "ky_ket",
    "trien_khai",
    "lam_viec",
    "giam_sat",
    "tiep_xuc_cu_tri",
    "hoi_nghi_khac",
]
Instrument = Literal["quy chế phối hợp", "chương trình phối hợp", "kế hoạch phối hợp", "nghị quyết liên tịch"]
TopicLabel = Literal[
    "xay_dung_dang_chinh_quyen",
    "giam_sat_phan_bien",
    "dan_chu_co_so",
    "tuyen_truyen_van_dong",
    "thi_dua_van_dong",
    "dai_doan_ket",
    "nong_thon_moi_do_thi",
    "giam_ngheo_an_sinh",
    "an_ninh_trat_tu",
    "an_toan_giao_thong",
    "khieu_nai_to_cao",
    "tiep_xuc_cu_tri",
    "dat_dai_moi_truong",
    "phat_trien_kinh_te",
    "cai_cach_hanh_chinh",
    "dan_toc_ton_giao",
    "bau_cu_dai_hoi",
    "phong_chong_dich",
    "dan_so_gia_dinh",
    "van_hoa_xa_hoi",
]
ErrorCode = Literal[
    "empty",
    "binary",
    "undecodable",
    "not_vietnamese",
    "not_article",
    "too_large",
    "html_parse",
    "internal",
]
PartialDate = Annotated[str, Field(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(_Model):
    """A piece of evidence: `text == record.text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Position(_Model):
    title: str = Field(description="Canonical post: abbreviations expanded, place name dropped.")
    role: str = Field(description="The post itself, e.g. 'Phó Bí thư'.")
    organization: str | None = Field(description="Canonical organisation of the post, if printed.")
    text: str = Field(description="The post as printed.")


class Official(_Model):
    name: str
    positions: list[Position]
    event_roles: list[EventRole] = []
    mentions: list[Span] = []


class Agency(_Model):
    name: str
    abbreviation: str | None = None
    kind: AgencyKind
    level: str | None = None
    mentions: list[Span] = []


class Locality(_Model):
    unit: Unit
    name: str
    province: str | None


class Coordination(_Model):
    event_types: list[EventType]
    instrument: Instrument | None
    parties: list[str]
    years_reviewed: list[int] = []
    years_planned: list[int] = []


class Topic(_Model):
    label: TopicLabel
    mentions: list[Span] = []


class DateMention(_Model):
    text: str
    value: PartialDate
    role: DateRole
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ExtractorInfo(_Model):
    version: str
    ner: str


class Record(_Model):
    """One article, as SPEC.md section 2 defines it."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    id: str
    source: str
    status: Literal["ok"] = "ok"
    title: str | None = Field(description="The headline, in the page's own spelling.")
    published: str | None = Field(description="ISO 8601 date-time (+07:00) or date.")
    event_date: PartialDate | None
    locality: Locality | None
    byline: str | None = Field(description="The author line as printed.")
    officials: list[Official]
    agencies: list[Agency]
    coordination: Coordination | None
    topics: list[Topic]
    dates: list[DateMention]
    text: str
    captions: list[str]
    warnings: list[str]
    extractor: ExtractorInfo

    @model_validator(mode="after")
    def _spans_point_into_text(self) -> Record:
        """Every offset must slice `text` to exactly the evidence it claims."""
        spans: list[Span] = [m for o in self.officials for m in o.mentions]
        spans += [m for a in self.agencies for m in a.mentions]
        spans += [m for t in self.topics for m in t.mentions]
        for span in spans:
            if self.text[span.start : span.end] != span.text:
                raise ValueError(f"span {span.start}:{span.end} does not match text: {span.text!r}")
        for date in self.dates:
            if self.text[date.start : date.end] != date.text:
                raise ValueError(f"date span {date.start}:{date.end} does not match text: {date.text!r}")
        return self


class ErrorInfo(_Model):
    code: ErrorCode
    message: str


class ErrorRecord(_Model):
    """What an input that could not be read yields instead of a record (SPEC §6)."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    id: str
    source: str
    status: Literal["error"] = "error"
    error: ErrorInfo


AnyRecord = Annotated[Record | ErrorRecord, Field(discriminator="status")]
