from _dsl import *
FILE="trafilatura-eval/html/laviedesidees.fr.evaluation.html.gz"
# La Vie des idées (SPIP) essay 'L'évaluation et les listes de revues': top bar with social links and Books & Ideas
# link, logos, search, theme/section menu; article (cartouche with title/byline/keywords, chapo, long text with notes,
# signature), Tweet/Like buttons, 'Gardons le contact' social icons, 'Aller plus loin' external link, newsletter form,
# 'Pour citer cet article', 'Nota bene' invitation to propose a text; 'À lire aussi' band; notes; 'Nos partenaires'
# logo band; footer ('Articles les plus lus', theme/category/about menus, 'Réseaux'). No ad configuration.
# Not labelled: skip links, menus, search, keywords, citation box, notes, footer theme/category/about menus.
T="/html/body/div[2]/div[7]/div/div/div/div/div[4]"
FT="/html/body/div[2]/div[11]/div/div/div[1]/ul"
related=[
 R(T+"/div[4]", "Aller plus loin", 1, "after", amb=True, note="'Aller plus loin' pointer to an external congress page on publication practices"),
 R("/html/body/div[2]/div[8]", "À lire aussi", 4, "after|outside", note="grey band with four related essays/reviews/dossier"),
 R(FT+"/div[1]", "Articles les plus lus", 7, "outside", note="footer most-read list"),
]
ctas=[
 C("follow", "Instagram | Youtube | Linkedin | Twitter | Facebook", "outside", "/html/body/div[2]/div[1]/div/div/div", note="top bar social links (+ Books & Ideas link)"),
 C("share", "Tweeter", "after", T+"/div[2]", note="Tweet button and Facebook Like under the signature"),
 C("follow", "Gardons le contact", "after", T+"/div[3]", note="'Gardons le contact' social profile icons"),
 C("newsletter", "Abonnez-vous gratuitement à notre newsletter hebdomadaire : Votre adresse email :", "after", T+"/div[5]", note="weekly newsletter sign-up form"),
 C("contact", "Nota bene : Si vous souhaitez critiquer ou développer cet article, vous êtes invité à proposer un texte", "after", T+"/div[6]/div[2]", amb=True, note="invitation to submit a response text to the editors"),
 C("follow", "Réseaux Newsletter Instagram Twitter Facebook Linkedin SeenThis Fil RSS", "outside", FT+"/div[5]", note="footer 'Réseaux' column"),
]
ads=[
 A("/html/body/div[2]/div[10]", "outside", "'Nos partenaires' band of partner/funder logos", amb=True),
]
