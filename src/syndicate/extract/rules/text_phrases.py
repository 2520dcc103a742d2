"""Words of the lines that close an article in a page dump (text reader).

A short line is a closing mark when its word tokens hold one of the stems of
a kind below and every other token is a filler word or a number: "Top Rated
Comments", "[ 167 comments ]", "12 Kommentare", "Discussion about this post",
"Artikel teilen", "Partager cet article", "About the Author", "Previous Post
Next Post", "Popular articles". Stems match token starts, so inflections in
many languages match one entry. Phrases the shared chrome tables already know
(``rules/phrases.py``) are not repeated here.
"""

from __future__ import annotations

#: Longest closing mark, in word tokens.
MAX_MARK_WORDS = 6

#: Stems of each kind of closing mark (token prefixes, lower case).
MARK_STEMS: dict[str, tuple[str, ...]] = {
    # Comment threads: the article does not go on past their heading.
    "comments": ("comment", "kommentar", "komentar", "comentari", "коммент", "reactie",
                 "discussion", "diskussion", "discusi", "discussi", "leserbrief", "leserkomment",
                 "reply", "replies", "réaction", "reaccion", "reazion",
                 # Reply forms: "Antworten abbrechen", "Deja una respuesta", "Deixe um comentário".
                 "antwort", "respuest", "comentá"),
    # Sharing, author boxes, post navigation and sources: the article has ended.
    "end": ("share", "teilen", "partag", "compart", "condivid", "udostępnij", "deel",
            "author", "autor", "auteur", "autore", "previous", "prev", "next", "vorherig",
            "nächst", "précédent", "suivant", "anterior", "siguiente", "precedent",
            "successiv", "sources", "quellen", "fuentes", "fonti",
            # Tag lines under a post: "Tagged with:", "getaggt mit:".
            "tagged", "getaggt", "étiquet", "etiquet"),
    # Headings of lists of other articles.
    "related": ("related", "popular", "latest", "trending", "recommended", "beliebt",
                "neueste", "meistgelesen", "populaires", "récents", "relacionad",
                "populares", "correlat", "popolari", "recenti", "powiązan", "popularn",
                "similar", "ähnlich", "similair", "thema", "themen", "thèmes", "temas", "temi",
                # "Other news", "Otras noticias", "Das könnte Dich auch interessieren".
                "other", "autres", "otras", "otros", "altre", "altri", "interessier",
                # "Weiterführende Links", "Empfehlungen der Redaktion", "Lesetipps".
                "weiterführend", "empfehl", "lesetipp", "recommand", "recomendad", "consigliat"),
}

#: Words that may stand beside a stem in a closing mark (lower case).
MARK_FILLERS: frozenset[str] = frozenset("""
    a an the this that these our all your of on by for to about with and or more most top leave
    mit mehr vos könnte dich sie auch
    rated best new newest oldest show view read hide load see reader readers user users post
    posts article articles story stories news insights resources items link page
    der die das des dem den diesen dieser zum zur zu über von vom und alle mehr weitere
    neue artikel beitrag beiträge nachrichten leser anzeigen
    le la les l de du des ce cet cette cet à au aux sur et plus voir nos articles article
    lecteurs
    el la los las lo del de este esta al y más ver artículo artículos noticias
    il lo gli i di del della questo questa e più vedi articolo articoli notizie
    na o z i w do ten ten artykuł artykułu artykuły więcej
    schreibe einen eine ihre deine unsere laisser un une deja dejar una lascia deixe um laat een
    achter links redaktion editor editors picks abbrechen cancel annuler cancelar annulla
""".split())

#: Verbs of a comment's author line, "Anna says:", "Peter sagt:", "Juan dijo:" (lower case).
#: Two or more such lines on a page are a comment thread: each is a comments mark.
COMMENT_VERBS: tuple[str, ...] = (
    "says", "said", "writes", "wrote", "replied", "sagt", "schreibt", "schrieb", "meint",
    "antwortet", "dit", "écrit", "répond", "dice", "dijo", "escribe", "escribió", "respondió",
    "scrive", "ha scritto", "disse", "diz", "escreveu", "zegt", "schreef", "skriver", "sagde",
    "säger", "skrev", "pisze", "napisał", "napisała", "říká", "napsal", "sanoo", "kirjoitti",
    "говорит", "пишет", "написал", "написала", "dedi", "yazdı",
)
#: Longest comment author line, in words (a name, a date, the verb).
MAX_COMMENT_AUTHOR_WORDS = 10
#: Author lines needed on a page before they count.
MIN_COMMENT_AUTHORS = 2

#: Cookie and consent notices: a line (shorter than MAX_CONSENT_CHARS) with a word starting
#: with one of CONSENT_COOKIE and one starting with one of CONSENT_CONTEXT is a notice, never
#: article text (an article about cookies rarely pairs them with consent words in one line).
CONSENT_COOKIE: tuple[str, ...] = ("cookie", "ciasteczk", "куки", "süti", "evästei", "témoin")
CONSENT_CONTEXT: tuple[str, ...] = (
    "consent", "accept", "agree", "privacy", "browsing", "browser", "personalis", "personaliz",
    "analytics", "tracking", "einwillig", "zustimm", "akzeptier", "datenschutz", "nutzererlebnis",
    "einverstanden", "consentement", "accepte", "confidentialit", "navigation", "naviguer",
    "consentimiento", "acepta", "privacidad", "navegación", "navegar", "consenso", "accett",
    "acconsent", "navigazione", "zgod", "prywatnoś", "akkoord", "toestemming", "согла",
)
MAX_CONSENT_CHARS = 1200
#: ... and so is a line with a word starting with one of CONSENT_POLICY and one of
#: CONSENT_AGREE_STEMS or CONSENT_AGREE_WORDS (whole words: "agreement" is no consent), as
#: newsletter and comment forms write them ("Ich bin mit der Datenschutzerklärung
#: einverstanden", "I agree to the privacy policy").
CONSENT_POLICY: tuple[str, ...] = (
    "datenschutzerkl", "datenschutzbestimm", "datenschutzrichtlin", "datenschutzhinweis",
    "privacy", "confidentialit", "privacidad", "riservatezza",
)
CONSENT_AGREE_STEMS: tuple[str, ...] = (
    "einverstanden", "akzeptier", "zustimm", "einwillig", "acepto", "aceptas", "accetto",
)
CONSENT_AGREE_WORDS: frozenset[str] = frozenset(
    "agree agreed accept accepte accepter consent".split())

#: An author box's heading: one of AUTHOR_BOX_LEADS (perhaps with AUTHOR_BOX_LINKS), then a
#: full name of MIN_ to MAX_AUTHOR_NAME_WORDS capitalised words ("About Jane Porter", "Über
#: Simon Dückert", "À propos de Claire Dubois"; "About Python" is a topic): the article has
#: ended, and the paragraph under it is the author's bio, never body.
AUTHOR_BOX_LEADS: frozenset[str] = frozenset("about über sobre su o over om à".split())
AUTHOR_BOX_LINKS: frozenset[str] = frozenset("propos de di del".split())
MIN_AUTHOR_NAME_WORDS = 2
MAX_AUTHOR_NAME_WORDS = 3

#: A comment thread's heading that names the post: "12 thoughts on “Title”", "Ein Gedanke zu
#: „Title“", "11 responses to ...", "2 Kommentare zu ..." (matched at the line's start).
COMMENT_COUNT_HEAD = (
    r"(?:\d+|one|ein|eine|un|une|uno|una)\s+(?:thoughts?|gedanken?|responses?|repl(?:y|ies)|"
    r"comments?|kommentare?|antworten?|réponses?|réflexions?|commentaires?|comentarios?|"
    r"respuestas?|commenti|risposte|reacties?)\s+(?:on|to|zu|auf|sur|à|a|en|para|su|per|op)\b"
)
#: Longest such heading, in characters (the post's title is in it).
MAX_COMMENT_HEAD_CHARS = 200
