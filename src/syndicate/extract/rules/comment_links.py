"""Comment jump links (``extract/comment_links.py``): the anchors they point to and the counts they are not."""

from __future__ import annotations

#: Words of the anchor a comment jump link points to on its own page ("#respond",
#: "#comments", "#disqus_thread", "#kommentare"; ``comment_links``), its longest anchor...
COMMENT_JUMP_ANCHORS = frozenset({
    "respond", "comments", "comment", "disqus", "kommentare", "kommentar", "commentaires", "commentaire",
    "comentarios", "comentario", "commenti", "commento", "komentarze", "reactions", "reacties", "reacciones",
    "reaktionen", "reagir", "réagir", "discussion", "diskussion",
})
MAX_JUMP_ANCHOR = 40
#: ...the words such an anchor may hold besides ("comment-form", "disqus_thread"),
COMMENT_JUMP_WORDS = COMMENT_JUMP_ANCHORS | frozenset({
    "form", "section", "area", "thread", "reply", "title", "list", "wrapper", "wrap", "container", "box",
    "block", "anchor", "all", "new", "add", "leave", "post", "write", "top", "start", "widget", "module",
})
#: ...its longest text read, and the first words of a count's ("One comment so far").
MAX_JUMP_TEXT = 120
COUNT_WORDS = frozenset({
    "no", "one", "zero", "keine", "kein", "ein", "eine", "einen", "null", "un", "une", "aucun", "aucune",
    "sin", "uno", "una", "nessun", "nessuno", "geen", "één", "brak", "sem", "um", "uma", "ingen", "inga",
})
