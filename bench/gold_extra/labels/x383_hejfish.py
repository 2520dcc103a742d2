from _dsl import *
FILE="trafilatura-eval/html/hejfish.com-stephan.html.gz"
# hejfish 'Fischerhütte' blog (WordPress, Max Mega Menu) interview 'Anglertalk mit Stephan Höferer': mega menu (incl.
# 'Angelkarten kaufen' button), site title; header, meta, thumbnail; Q&A text with three hidden empty MailMunch form
# holders (before / middle / after); AddToAny share kit; YARPP 'Das könnte dich auch interessieren:' (4 interviews);
# entry footer (category, tags); comment form; sidebar newsletter box, 'hejfish Angelkarten' shop box, 'Angelkarten für
# hejfish-Gewässer in' country links; footer widgets 'Folge uns' (AddToAny follow), 'hejfish im Web' (e-mail, site,
# Impressum, Datenschutz), voucher image link; copyright; four Popup Maker modals (water suggestion form, three photo
# upload forms). No ads (only GTM), no ad configuration.
# Not labelled: menu (incl. the 'Angelkarten kaufen' menu button), entry meta, category/tags footer, in-text search links
# to fishing waters (body), copyright line, the hidden responsive sidebar button.
AC="/html/body/div[1]/div[1]/div/div/main/article/div"
SB="/html/body/div[1]/div[1]/div/aside"
FW="/html/body/div[1]/div[2]/div"
related=[
 R(AC+"/div[15]", "Das könnte dich auch interessieren:", 4, "after", note="YARPP thumbnails: 4 other 'Anglertalk' interviews, after the share kit"),
]
ctas=[
 C("newsletter", "", "before", AC+"/div[1]", amb=True, note="hidden empty .mailmunch-forms-before-post holder (script-filled e-mail form)"),
 C("newsletter", "", "inline", AC+"/div[7]", amb=True, note="hidden empty .mailmunch-forms-in-post-middle holder"),
 C("newsletter", "", "after", AC+"/div[13]", amb=True, note="hidden empty .mailmunch-forms-after-post holder"),
 C("share", "", "after", AC+"/div[14]", note="AddToAny share icons after the text"),
 C("comments", "Schreibe einen Kommentar", "after", "/html/body/div[1]/div[1]/div/div/main/div", note="comment form 'Schreibe einen Kommentar'"),
 C("newsletter", "hejfish Newsletter abonnieren Melde dich an für spannende Angelstorys, hejfish Rabatte und", "outside", SB+"/section[1]", note="sidebar newsletter box with 'JETZT ANMELDEN' button"),
 C("other", "hejfish Angelkarten hejfish Angelkarten: JETZT ANGELKARTEN KAUFEN", "outside", SB+"/section[2]", note="sidebar shop box: buy fishing permits"),
 C("other", "Angelkarten für hejfish-Gewässer in Deutschland Österreich", "outside", SB+"/section[3]", amb=True, note="sidebar widget with two country links into the permit shop"),
 C("follow", "Folge uns", "outside", FW+"/div[1]/section[1]", note="footer 'Folge uns' AddToAny follow icons"),
 C("contact", "hejfish im Web info@hejfish.com hejfish.com Impressum Datenschutz", "outside", FW+"/div[1]/section[2]", amb=True, note="footer widget with e-mail address, site link and legal links"),
 C("other", "", "outside", FW+"/div[2]/section", amb=True, note="footer image link to the gift voucher shop (utm gutscheinkampagne)"),
 C("contact", "Gewässervorschläge hejfish", "outside", "/html/body/div[3]", amb=True, note="hidden Popup Maker modal: form to suggest missing fishing waters"),
 C("other", "Lade ein Foto von deinem Lieblingsgewässer hoch", "outside", "/html/body/div[4]", amb=True, note="hidden Popup Maker modal: photo upload form (favourite water)"),
 C("other", "Lade dein Lieblings-Angelfoto hoch", "outside", "/html/body/div[5]", amb=True, note="hidden Popup Maker modal: photo upload form (fishing photo)"),
 C("other", "Lade ein Foto von dir und einem Fischerhut hoch", "outside", "/html/body/div[6]", amb=True, note="hidden Popup Maker modal: photo upload form (fishing hat)"),
]
ads=[]
