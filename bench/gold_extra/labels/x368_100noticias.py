from _dsl import *
FILE="trafilatura-eval/html/100noticias.com-millones.html.gz"
# 100% Noticias (Nicaragua) EFE story on external debt: out-of-page GPT 1x1 at the top of body; sticky section nav
# ('Economía', logo, search); content column with a 970x90 leaderboard, then a left rail ('LO MÁS LEÍDO', two 160x600
# skyscrapers, 'NOTICIAS RELACIONADAS') beside the story (meta, headline, excerpt, photo, EFE line, text with three
# 'Lea ...:' story lines and a YouTube embed, PayPal donation box); right sidebar (336x90, 'En Vivo' live video, 336x280,
# 'Otras noticias', 336x600); 1200x300 billboard under the content; sticky 'ÚLTIMA HORA' bar (6 latest stories + share
# links); footer (nav, tagline, address, contact, app badges, social icons); off-canvas section menu; image modal;
# two Revive <ins> zones (one in the head, one at the end of body). GPT slots from defineSlot: 8, all with divs here.
# Not labelled: section nav and off-canvas menu, the in-text YouTube video (body), footer nav links, footer tagline and
# address ('Obtener dirección' link), the image-preview modal, the sticky bar's slider arrows.
ST="/html/body/div[3]/div[3]/div/div/div"
LR=ST+"/div[2]/aside/div"
SB="/html/body/div[3]/div[3]/div/div/aside"
SC=ST+"/div[2]/div"
FT="/html/body/div[3]/footer/div/div[1]"
related=[
 R(SC+"/div[5]/p[3]", None, 1, "inline", note="'Lea: Consejo Permanente de OEA aborda este miércoles confiscación...' in-text story line"),
 R(SC+"/div[5]/p[8]", None, 1, "inline", note="'Lea más: Juan Carlos Ortega Murillo propone legalizar...' in-text story line"),
 R(SC+"/div[5]/p[11]", None, 1, "inline", note="'Lea también: Impiden ingreso a Nicaragua a reportero...' in-text story line (one paragraph follows)"),
 R(LR+"/div[1]", "LO MÁS LEÍDO", 3, "outside", note="left rail 'LO MÁS LEÍDO' list of 3 stories with times"),
 R(LR+"/div[3]", "NOTICIAS RELACIONADAS", 3, "outside", note="left rail 'NOTICIAS RELACIONADAS' list of 3 stories (the same three as the in-text lines)"),
 R(SB+"/div[4]", "Otras noticias", 3, "outside", note="right sidebar 'Otras noticias' (economy): 1 featured card + 2 list items"),
 R("/html/body/div[3]/div[5]", "ÚLTIMA HORA", 6, "outside", note="sticky bottom 'ÚLTIMA HORA' bar: numbered slider of 6 latest stories (the first is this story); holds the share links"),
]
ctas=[
 C("donate", "Ayúdanos a romper la censura, necesitamos tu apoyo para seguir informando DONA AQUÍ", "after", SC+"/div[6]", note="PayPal donation box under the text"),
 C("share", "Compartir Nota", "outside", "/html/body/div[3]/div[5]/div[5]", note="'Compartir Nota' Facebook/Twitter/LinkedIn share links in the sticky bar"),
 C("other", "En Vivo", "outside", SB+"/div[2]", amb=True, note="sidebar 'En Vivo' live-stream box (YouTube iframe)"),
 C("contact", "Contacto Teléfono: 22669086 Fax: 22682615 Email:", "outside", FT+"/div[3]", amb=True, note="footer contact block (phone, fax, e-mail)"),
 C("contact", "Dirección", "outside", "/html/body/div[3]/footer/div/div[1]/div[2]", amb=True, note="footer address block with an 'Obtener dirección' link to /contacto/ (added as ambiguous when set K was read)"),
 C("app", "Descarga nuestra app", "outside", FT+"/div[4]", note="footer 'Descarga nuestra app' Google Play / App Store badges"),
 C("follow", "Síguenos", "outside", FT+"/div[5]", note="footer 'Síguenos' social icons (Facebook, Twitter, Instagram, YouTube, LinkedIn)"),
]
ads=[
 A("/html/body/div[1]", "outside", "GPT out-of-page 1x1 slot ARTECO1X1 at the top of body"),
 A(ST+"/div[1]", "before|outside", "GPT 970x90 leaderboard ARTECOMBA1 at the top of the content column, above the headline"),
 A(LR+"/div[2]", "outside", "left rail GPT 160x600 ARTECOTOR1"),
 A(LR+"/div[4]", "outside", "left rail GPT 160x600 ARTECOTOR2"),
 A(SB+"/div[1]", "outside", "right sidebar GPT 336x90 ARTECOPUN1"),
 A(SB+"/div[3]", "outside", "right sidebar GPT 336x280 ARTECOSRO1"),
 A(SB+"/div[5]", "outside", "right sidebar GPT 336x600 ARTECOSPA1"),
 A("/html/body/div[3]/div[4]", "after|outside", "GPT 1200x300 billboard ARTECOBIL1 under the story and sidebar"),
 A("/html/head/ins", "outside", "Revive zone 92 <ins> in the head (parsed into head; page-level zone)", amb=True),
 A("/html/body/ins", "outside", "Revive zone 2234 <ins> at the end of body (page-level zone)"),
]
