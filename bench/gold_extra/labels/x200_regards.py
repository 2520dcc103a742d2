from _dsl import *
FILE="trafilatura-eval/html/regards.fr.enquetes.html.gz"
# Regards.fr (SPIP) article 'Deux ans et demi en Macronie …'. Header: logo, page tools (Facebook/Twitter/RSS links,
# Newsletter link, search), mobile bar (Partager, Rechercher, Menu), nav. Main column: lead image, meta, title, chapo,
# an options row (tags, 'Vos réactions (11)', mail/print links) above and again below the text; the text has two
# 'LIRE AUSSI SUR REGARDS.FR >>' lines and two GIPHY embeds; then 'Les plus lus', 'Du même auteur', comments and the
# comment form. Sidebar: 'Déclarama' quote slider and a 'soutenez-nous' subscription image. A page-level div.related
# band after the wrapper: Trimestriel cover, La boutique, Les + lus, Derniers Tweets, script-filled Facebook box.
# No ads. Not labelled: skip links, search form, nav and sub-nav (Contact, Points de vente, Boutique), tags, the
# footer link list (Facebook/Twitter/RSS among Contact, Boutique, Newsletter, legal links), GIPHY embeds.
W="/html/body/div/div[1]"
M=W+"/div[2]/div[1]"
RB="/html/body/div/div[2]"
related=[
 R(M+"/div[3]/div/p[26]", None, 1, "inline", note="'LIRE AUSSI SUR REGARDS.FR >> Affaire Benalla : le scandale d’Etat qui fait chanceler la Macronie'"),
 R(M+"/div[3]/div/p[68]", None, 1, "inline", note="'LIRE AUSSI SUR REGARDS.FR >> Les cinq raisons qui ont poussé Nicolas Hulot à la démission'"),
 R(M+"/div[5]", "Les plus lus", 3, "after", note="'Les plus lus' three article cards under the text"),
 R(M+"/div[6]", "Du même auteur", 3, "after", note="'Du même auteur' three article cards"),
 R(W+"/div[2]/div[2]/div[1]", "Déclarama", 0, "outside", amb=True, note="sidebar 'Déclarama' slider of 20 politicians' quotes (no story links; heading links to the section)"),
 R(RB+"/div[3]", "Les + lus", 5, "outside", note="'Les + lus' list in the page-level related band"),
]
ctas=[
 C("follow", "S'abonner à la page Facebook de Regards Suivre Regards sur Twitter S'abonner aux flux RSS de Regards", "outside", W+"/div[1]/div/div[1]/div/ul[1]", note="header Facebook / Twitter / RSS links"),
 C("newsletter", "Newsletter", "outside", W+"/div[1]/div/div[1]/div/ul[2]", amb=True, note="header page-tools 'Newsletter' link (own list)"),
 C("share", "Partager", "outside", W+"/div[1]/div/div[2]/a[1]", amb=True, note="mobile bar 'Partager' button"),
 C("comments", "Vos réactions (11)", "before", M+"/div[2]/a", amb=True, note="comment-count link in the options row above the text"),
 C("share", "envoyer par mail Version imprimable", "before", M+"/div[2]/div[2]", amb=True, note="mail-the-article / printable-version links above the text"),
 C("comments", "Vos réactions (11)", "after", M+"/div[4]/a", amb=True, note="comment-count link in the options row below the text"),
 C("share", "envoyer par mail Version imprimable", "after", M+"/div[4]/div[2]", amb=True, note="mail-the-article / printable-version links below the text"),
 C("comments", "Vos réactions très bien vos infos.", "after", M+"/div[7]", note="'Vos réactions' comment list"),
 C("comments", "Qui êtes-vous ? Votre nom Votre adresse email Votre message", "after", M+"/div[8]", note="SPIP comment form (Qui êtes-vous ? …)"),
 C("subscribe", "", "outside", W+"/div[2]/div[2]/div[2]", note="sidebar image link 'Abonnez-vous, soutenez-nous : Regards a besoin de vous'"),
 C("subscribe", "Trimestriel", "outside", RB+"/div[1]", amb=True, note="'Trimestriel' cover image linking to the paid quarterly issue"),
 C("subscribe", "La boutique Je m’abonne ! J’achète une revue J’achète un e-mensuel Tous nos points de vente", "outside", RB+"/div[2]", note="'La boutique' subscription / issue purchase links"),
 C("follow", "Derniers Tweets Tweets de @Regards_fr", "outside", RB+"/div[4]", note="'Derniers Tweets' Twitter timeline"),
 C("follow", "", "outside", RB+"/div[5]", amb=True, note="script-filled Facebook like box (ajaxbloc)"),
]
ads=[]
