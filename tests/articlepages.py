"""Small article pages written for the project, shared by the body-extraction tests."""

from __future__ import annotations

import syndicate

#: Eight paragraphs of one article, each long enough to count as running text.
STORY = [
    "The county council voted on Tuesday to rebuild the harbour wall, which was breached twice "
    "during the winter storms and left the lower town flooded for three days.",
    "Engineers told the meeting that the new wall would be a metre higher than the old one and "
    "would be built from granite quarried on the island, as the original was in 1860.",
    "Work is due to start in April and should take eighteen months, during which the ferry will "
    "use the north pier, the council said, adding that fishing boats would not be affected.",
    "Residents who lost property in the floods welcomed the decision but asked why it had taken "
    "so long, pointing out that the wall had been reported as unsafe as early as 2015.",
    "The harbour master said the delay had been caused by a dispute over who owned the "
    "foreshore, which was only settled by the land tribunal in the autumn of last year.",
    "A public exhibition of the plans will open in the town hall next week, and the council "
    "has promised to answer every written question before the contract is signed in March.",
    "Opponents of the scheme, led by the sailing club, argue that a higher wall will spoil the "
    "view from the promenade and want the council to consider a floating breakwater instead.",
    "The council's leader said every option had been costed and that a breakwater would cost "
    "twice as much to build and would still leave the lower town exposed to the spring tides.",
]
NAV = (
    "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section number {i}</a></li>" for i in range(12))
    + "</ul></nav>"
)
FOOTER = "<footer><p>Copyright 2024 The Harbour Gazette. All rights reserved.</p></footer>"


def page(body: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour wall</title></head>"
        f"<body>{body}</body></html>"
    ).encode()


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def text_of(raw: bytes) -> str:
    return syndicate.parse(raw).text()
