"""The document model: one article with its body, ad slots, related blocks and CTAs.

Every reader produces a :class:`Document`; every writer consumes one. The JSON
form (``to_dict``) is described by ``schemas/document.schema.json``; the two
are kept in step by the tests (round trip + schema validity of generated
documents).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

SCHEMA_VERSION = 1

Placement = Literal["before", "inline", "after", "outside"]
AdFormat = Literal["display", "native", "video", "sponsored", "unknown"]
CtaKind = Literal[
    "newsletter", "comments", "subscribe", "share", "follow",
    "donate", "app", "read_more", "contact", "other",
]


@dataclass
class Position:
    """Where a non-body item stood relative to the body.

    ``placement`` is ``before`` (above the first body block), ``inline``
    (between two body blocks), ``after`` (below the body) or ``outside``
    (page chrome: header, sidebar, footer). ``after`` is the id of the body
    block the item follows, or None when before the first block or outside.
    """

    placement: Placement = "outside"
    after: str | None = None


@dataclass
class Image:
    """An image reference (lead image, related-item thumbnail)."""

    src: str
    alt: str | None = None
    caption: str | None = None
    width: int | None = None
    height: int | None = None


# --------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """Base of all body blocks. ``type`` is fixed by each subclass."""

    id: str
    locator: str | None = None

    type: ClassVar[str] = ""

    def plain_text(self) -> str:
        """The block's text as one line of plain text (used by ``Document.text``)."""
        return ""


@dataclass
class Paragraph(Block):
    """A paragraph of running text. ``html`` is sanitized inline HTML."""

    text: str = ""
    html: str = ""
    type: ClassVar[str] = "paragraph"

    def plain_text(self) -> str:
        return self.text


@dataclass
class Heading(Block):
    """A section heading inside the article (level 1-6)."""

    level: int = 2
    text: str = ""
    html: str = ""
    type: ClassVar[str] = "heading"

    def plain_text(self) -> str:
        return self.text


@dataclass
class ListItem:
    """One item of a :class:`ListBlock`."""

    text: str = ""
    html: str = ""


@dataclass
class ListBlock(Block):
    """An ordered or unordered list."""

    ordered: bool = False
    items: list[ListItem] = field(default_factory=list)
    type: ClassVar[str] = "list"

    def plain_text(self) -> str:
        # (lists, not generators, joined: ``join`` lists a generator first anyway)
        return "\n".join([item.text for item in self.items if item.text])


@dataclass
class Quote(Block):
    """A block quotation; ``cite`` is the attribution or source URL when known."""

    text: str = ""
    html: str = ""
    cite: str | None = None
    type: ClassVar[str] = "quote"

    def plain_text(self) -> str:
        return self.text


@dataclass
class ImageBlock(Block):
    """A standalone image (``type`` ``image``) or a figure with a caption (``figure``)."""

    src: str = ""
    alt: str | None = None
    caption: str | None = None
    width: int | None = None
    height: int | None = None
    kind: Literal["image", "figure"] = "image"
    type: ClassVar[str] = "image"

    def plain_text(self) -> str:
        # A caption describes its image, not the article (credits, labels, often repeated):
        # it stays on the block, out of the running text, as a table's caption does.
        return ""


@dataclass
class TableCell:
    """One cell of a :class:`Table`; ``header`` for ``th`` cells."""

    text: str = ""
    html: str = ""
    header: bool = False


@dataclass
class Table(Block):
    """A data table: rows of cells."""

    rows: list[list[TableCell]] = field(default_factory=list)
    caption: str | None = None
    type: ClassVar[str] = "table"

    def plain_text(self) -> str:
        return "\n".join([" ".join([c.text for c in row if c.text]) for row in self.rows])


@dataclass
class Code(Block):
    """Preformatted text or source code; whitespace is significant."""

    text: str = ""
    language: str | None = None
    type: ClassVar[str] = "code"

    def plain_text(self) -> str:
        return self.text


@dataclass
class Embed(Block):
    """Embedded third-party content (YouTube video, tweet, Instagram post...).

    ``text`` is the embedded post's own words as the page carries them (a tweet's text in
    its blockquote), or None: they are part of what the article says.
    """

    provider: str | None = None
    url: str | None = None
    title: str | None = None
    text: str | None = None
    type: ClassVar[str] = "embed"

    def plain_text(self) -> str:
        return self.text or ""


@dataclass
class Rule(Block):
    """A thematic break (``hr``)."""

    type: ClassVar[str] = "rule"


# --------------------------------------------------------------------------- page chrome


@dataclass
class AdSlot:
    """An advertising slot found around or inside the article."""

    id: str
    locator: str | None = None
    position: Position = field(default_factory=Position)
    network: str | None = None
    unit: str | None = None
    client: str | None = None
    sizes: list[list[int]] = field(default_factory=list)
    format: AdFormat = "unknown"
    label: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass
class RelatedItem:
    """One recommended link of a :class:`Related` block."""

    title: str | None = None
    url: str | None = None
    image: str | None = None


@dataclass
class Related:
    """A related-content / recommendation block ("Must Read", Taboola feed...)."""

    id: str
    locator: str | None = None
    position: Position = field(default_factory=Position)
    title: str | None = None
    provider: str | None = None
    sponsored: bool = False
    items: list[RelatedItem] = field(default_factory=list)


@dataclass
class CallToAction:
    """A call to action: newsletter signup, comment prompt, share bar..."""

    id: str
    locator: str | None = None
    position: Position = field(default_factory=Position)
    kind: CtaKind = "other"
    text: str | None = None
    url: str | None = None


# --------------------------------------------------------------------------- document


@dataclass
class Metadata:
    """Article metadata. Dates are RFC 3339 strings; language is BCP 47.

    ``language_detected`` is True when the page declared no language and ``language``
    was detected from the article's text.
    """

    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    language_detected: bool = False
    description: str | None = None
    image: Image | None = None
    tags: list[str] = field(default_factory=list)
    section: str | None = None


BLOCK_TYPES: dict[str, type[Block]] = {
    "paragraph": Paragraph,
    "heading": Heading,
    "list": ListBlock,
    "quote": Quote,
    "image": ImageBlock,
    "figure": ImageBlock,
    "table": Table,
    "code": Code,
    "embed": Embed,
    "rule": Rule,
}


@dataclass
class Document:
    """One article: metadata, body blocks, and the ads/related/CTAs kept apart."""

    url: str | None = None
    canonical_url: str | None = None
    metadata: Metadata = field(default_factory=Metadata)
    body: list[Block] = field(default_factory=list)
    ads: list[AdSlot] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    ctas: list[CallToAction] = field(default_factory=list)
    version: int = SCHEMA_VERSION

    def text(self) -> str:
        """The article's running text, one block per line: no ads, related or CTAs, and no
        image or table captions (they stay on their blocks)."""
        # (a list joined, not a generator: ``join`` lists a generator first anyway)
        return "\n".join([p for block in self.body if (p := block.plain_text())])

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the document (see ``schemas/document.schema.json``)."""
        return {
            "version": self.version,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "metadata": _plain(self.metadata),
            "body": [block_to_dict(b) for b in self.body],
            "ads": [_plain(a) for a in self.ads],
            "related": [_plain(r) for r in self.related],
            "ctas": [_plain(c) for c in self.ctas],
        }

    @classmethod
    def from_dict(cls, data: Any) -> Document:
        """Build a document from its JSON form; raises ValidationError if it is invalid
        (nesting, size and huge integers are checked before anything recurses). A
        Document given here is copied through its JSON form."""
        from .validation import validate

        if isinstance(data, Document):
            data = data.to_dict()
        validate(data)
        return cls(
            version=data["version"],
            url=data.get("url"),
            canonical_url=data.get("canonical_url"),
            metadata=_metadata_from(data.get("metadata") or {}),
            body=[block_from_dict(b) for b in data.get("body", [])],
            ads=[_ad_from(a) for a in data.get("ads", [])],
            related=[_related_from(r) for r in data.get("related", [])],
            ctas=[_cta_from(c) for c in data.get("ctas", [])],
        )


# --------------------------------------------------------------------------- (de)serialisation


def _plain(obj: Any) -> Any:
    """Dataclass -> JSON-ready dict, recursively, keeping field order."""
    if isinstance(obj, Block):
        return block_to_dict(obj)
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


def block_to_dict(block: Block) -> dict[str, Any]:
    """A body block's JSON form: ``id``, ``type``, ``locator``, then its own fields."""
    out: dict[str, Any] = {"id": block.id, "type": block.type, "locator": block.locator}
    if isinstance(block, ImageBlock):
        out["type"] = block.kind
    for f in fields(block):
        if f.name in ("id", "locator", "kind"):
            continue
        out[f.name] = _plain(getattr(block, f.name))
    return out


def block_from_dict(data: dict[str, Any]) -> Block:
    """Inverse of :func:`block_to_dict` (no validation; see ``Document.from_dict``)."""
    cls = BLOCK_TYPES[data["type"]]
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name == "kind" or f.name not in data:
            continue
        kwargs[f.name] = data[f.name]
    if cls is ListBlock:
        kwargs["items"] = [ListItem(**i) for i in data.get("items", [])]
    elif cls is Table:
        kwargs["rows"] = [[TableCell(**c) for c in row] for row in data.get("rows", [])]
    elif cls is ImageBlock:
        kwargs["kind"] = data["type"]
    return cls(**kwargs)


def _position_from(d: dict[str, Any] | None) -> Position:
    return Position(**d) if d else Position()


def _metadata_from(d: dict[str, Any]) -> Metadata:
    kwargs = dict(d)
    if kwargs.get("image") is not None:
        kwargs["image"] = Image(**kwargs["image"])
    return Metadata(**kwargs)


def _ad_from(d: dict[str, Any]) -> AdSlot:
    return AdSlot(**{**d, "position": _position_from(d.get("position"))})


def _related_from(d: dict[str, Any]) -> Related:
    return Related(
        **{
            **d,
            "position": _position_from(d.get("position")),
            "items": [RelatedItem(**i) for i in d.get("items", [])],
        }
    )


def _cta_from(d: dict[str, Any]) -> CallToAction:
    return CallToAction(**{**d, "position": _position_from(d.get("position"))})
