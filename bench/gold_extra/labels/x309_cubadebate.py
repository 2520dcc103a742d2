from _dsl import *
FILE="trafilatura-eval/html/cubadebate.cu-sesiona.html.gz"
# Cubadebate (Cuban state news site, WordPress) report 'Sesiona IV Pleno del Comité Central del Partido': header (pages
# menu, blogs menu, social links, search, logo, two headline teasers, main + topic navs); post ('Estallido de Comentarios'
# badge, breadcrumbs, title, authors, tag line, date + comment count, anexo index list, share bar, text with an embedded
# tweet, then #anexos_list: four follow-up reports with their own h3 titles and full text (the body continues there: the
# eval snippets are in them), share bar, tabbed 'Noticias | Política' latest-posts box); hidden mobile copy of the
# author/'Vea también' lists; comment section (two forms, 5 comments); per-author story lists and 'Vea también';
# sidebar (sister-site image banners, COVID-19 counter, 'Últimas Noticias', 'Más Leídas Hoy'); 'Temas del día' topic
# columns; 'Más Leídas / Más Compartidas / Más Comentadas' lists. No footer in the saved page. No ads, no ad configuration.
# Not labelled: navs, search, breadcrumbs, tag line, the 'Estallido de Comentarios' badge (a topic link), the anexo index
# list before the text (in-page anchors to the follow-up reports, a table of contents), the COVID-19 counter widget, the
# empty #sidebar-top div and the empty home/top links.
S="/html/body/section[2]/section/section/div[2]"
related=[
 R("/html/body/header/section/div[1]/div[2]", None, 2, "outside", note="two headline teasers beside the logo in the header"),
 R(S+"/div[4]/div/div[5]", "Noticias", 9, "after", note="#moreposts tab box 'Noticias | Política' with 5 latest posts each (9 distinct) under the bottom share bar"),
 R(S+"/section[1]/section/section[1]", "Yaima Puig Meneses", 5, "after", amb=True, note="hidden (display:none) mobile copy: author's latest stories"),
 R(S+"/section[1]/section/section[2]", "Alina Perera Robbio", 5, "after", amb=True, note="hidden mobile copy: author's latest stories"),
 R(S+"/section[1]/section/section[3]", "René Tamayo", 5, "after", amb=True, note="hidden mobile copy: author's latest stories"),
 R(S+"/section[1]/section/section[4]", "Vea también", 6, "after", amb=True, note="hidden mobile copy of 'Vea también'"),
 R(S+"/section[3]/section[1]", "Yaima Puig Meneses", 5, "after|outside", note="author box with bio and 5 latest stories by the author (first in it is this article)"),
 R(S+"/section[3]/section[2]", "Alina Perera Robbio", 5, "after|outside", note="author box with bio and 5 latest stories"),
 R(S+"/section[3]/section[3]", "René Tamayo", 5, "after|outside", note="author name and 5 latest stories"),
 R(S+"/section[3]/section[4]", "Vea también", 6, "after|outside", note="'Vea también' list of 6 stories"),
 R(S+"/div[5]/aside[3]", "Últimas Noticias", 9, "outside", note="sidebar 'Últimas Noticias' recent posts"),
 R(S+"/div[5]/aside[4]", "Más Leídas Hoy", 3, "outside", note="sidebar 'Más Leídas Hoy'"),
 R(S+"/section[4]/section/section[1]", "Serie Nacional de Béisbol", 3, "after|outside", note="'Temas del día' topic column (the band's h2 is hidden) with 3 stories"),
 R(S+"/section[4]/section/section[2]", "Bloqueo contra Cuba", 3, "after|outside", note="'Temas del día' topic column with 3 stories"),
 R(S+"/section[4]/section/section[3]", "Enfrentamiento a la COVID-19", 3, "after|outside", note="'Temas del día' topic column with 3 stories"),
 R(S+"/section[4]/aside/section[1]", "Más Leídas", 10, "after|outside", note="'Más Leídas' list at the bottom of the page"),
 R(S+"/section[4]/aside/section[2]", "Más Compartidas", 10, "after|outside", note="'Más Compartidas' list"),
 R(S+"/section[4]/aside/section[3]", "Más Comentadas", 10, "after|outside", note="'Más Comentadas' list with comment excerpts"),
]
ctas=[
 C("follow", "Youtube Facebook Twitter Telegram Flickr Instagram RSS", "outside", "/html/body/header/div/div/div/nav", note="header social-profile links"),
 C("comments", "11", "before", S+"/div[2]/span[2]", amb=True, note="comment-count link in the date line"),
 C("share", "Compartir en Facebook Compartir en Twitter Compartir en WhatsApp Compartir en Telegram", "before", S+"/div[3]", note="share bar above the text"),
 C("share", "Compartir en Facebook Compartir en Twitter Compartir en WhatsApp Compartir en Telegram", "after", S+"/div[4]/div/div[3]", note="share bar under the last follow-up report"),
 C("comments", "Se han publicado 11 comentarios", "after", S+"/section[2]", note="comment section: count headings, two comment forms, 5 comments"),
]
ads=[
 A(S+"/div[5]/aside[1]", "outside", "sidebar custom-HTML widget with three house image banners (Razones de Cuba, Mesa Redonda, COVID-19 topic page)", amb=True),
]
