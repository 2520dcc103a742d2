from _dsl import *
FILE="wcxb/html/0438.html.gz"
# Anil Madhavapeddy (anil.recoil.org, og:site_name 'Anil Madhavapeddy'; a hand-built personal site) note 'AoAH Day 15: Porting a
# complete HTML5 parser and browser test suite': header (site name, nav Papers / Projects / Notes / Talks / Ideas, 'Search'
# toggle); content grid: article (note: h2 title linking to itself with '/ Dec 2025', paragraphs with sections Approach /
# Results / Avoid reinventing the wheel / Types making browsing the specification fun / Reflections, figures (two linking to
# the test-suite snapshot and to the odoc output), a quoted list of Simon Willison's open questions; the text carries
# <side-note> custom elements a site script turns into margin notes: type="note" references to the series' other notes
# (Day 6 twice, Day 11, the series index 'groundrules', Day 16), type="paper" references to two papers, type="contact" names
# of people; the closing line 'Tomorrow in Day 16 we'll use this new library ...' points to the next note), note-meta line
# ('#' permalink, date, a 'backlinks' toggle whose hidden panel reads 'The following entries link to this note:' with 2
# notes, tag labels), rule, an empty div.related-items mount carrying the entry's id and tags), empty <aside>; footer
# (copyright / licence line, 'Chat (Bluesky / Mastodon / LinkedIn / Twitter) Video (Recoil / EEG / OCaml) Code (GitHub /
# GitLab@cam / Tangled) Atom / Perma / JSON' profile and feed links); hidden search modal.
# No ads, no ad markup, no share or comment widget.
# Not labelled: header nav and search toggle, permalink '#', in-sentence links and the <side-note> references inside ordinary
# sentences of the text (Day 6, Day 11, 'groundrules', the two papers, the people), figures linking to the author's own
# snapshots (body), tag labels, the empty <aside>, footer copyright line, search modal.
A_="/html/body/div[1]/article"
related=[
 R(A_+"/div[1]/p[24]", None, 1, "inline|after", amb=True, note="closing line of the text 'Tomorrow in Day 16 we'll use this new library to help with \"vibesplaining\" code ...', its 'Day 16' a <side-note type=\"note\"> reference to 'AoAH Day 16: Vibesplaining JSON Pointers using OCaml/Javascript' (/notes/aoah-2025-16): a next-post pointer written into an ordinary sentence (10.10: amb)"),
 R(A_+"/div[2]/span[2]", "backlinks", 2, "after", amb=True, note="'backlinks' toggle in the note-meta line under the text; its hidden panel 'The following entries link to this note:' lists 2 notes (2025 Advent of Agentic Humps: Building a useful O(x)Caml library every day; AoAH Day 16: Vibesplaining JSON Pointers using OCaml/Javascript); hidden until toggled"),
 R(A_+"/div[3]", None, 0, "after", amb=True, note="empty div.related-items mount under the rule after the note, carrying the entry id and tags (aoah ocaml agents llms ai web) for a site script to fill (10.9, as x552 / x648)"),
]
ctas=[
 C("follow", "Chat (Bluesky / Mastodon / LinkedIn / Twitter)Video (Recoil / EEG / OCaml)Code (GitHub / GitLab@cam / Tangled)", "outside", "/html/body/footer/p[2]", note="footer block of the author's profiles (Bluesky, Mastodon, LinkedIn; video channels; GitHub, GitLab, Tangled) and feeds (Atom, Perma, JSON)"),
]
ads=[]
