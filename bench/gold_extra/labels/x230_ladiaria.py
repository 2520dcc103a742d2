from _dsl import *
FILE="trafilatura-eval/html/ladiaria.com.uy-productor.html.gz"
# la diaria (Uruguay) Ambiente article 'Productor fumigó con glifosato predio lindero a escuela rural ...'. Header: print
# logo, fixed nav (logo, section pill, main menu + dropdowns, 'Ingresá / Suscribite / Menú' tools), hidden full menu
# (login/subscribe buttons, sections, 'Más', 'Seguinos' / Ayuda / Nosotros). Empty #bn-module (breaking-news notice
# loaded by script). Article: photo, title, date/author/reading time, deck, subscriber-only audio player, soft-wall
# subscribe snackbar, body (with a grey 'Caza ilegal' side box, part of the text), empty ld-fin, Ambiente newsletter
# box, hidden paywall modal (save article), tags. Aside below the article: Coral Talk comments, share widget,
# 'Más de Ambiente' (4 cards), bottom ad section (#ad-container loaded from /adzone), empty 'más leídos' section
# (loaded by script), 'Ir a la portada' button, hidden share modal. Footer: copy of the full menu. Fixed mobile bottom
# nav (Portada / Compartir / Apuntes / Crucigramas / Menú). GTM only, no GPT.
# Not labelled: menus (incl. 'Newsletters'/'Contacto' menu items), login links, tags, 'Ir a la portada', the empty
# breaking-news module and alert placeholder, empty ld-fin div, the 'Caza ilegal' side box (body).
AR="/html/body/main/article"
related=[
 R("/html/body/aside/section[2]", "Más de Ambiente", 4, "after", note="'Más de Ambiente' grid of 4 story cards below comments and share"),
 R("/html/body/aside/section[4]", None, 0, "after", amb=True, note="empty #mas-leidos section (most-read tabs loaded by script from /masleidos/content/)"),
]
ctas=[
 C("subscribe", "Suscribite", "outside", "/html/body/header/div[2]/div/div/nav/ul[7]/li[2]", note="'Suscribite' button in the fixed header tools"),
 C("subscribe", "Ingresá Suscribite", "outside", "/html/body/header/div[3]/div/nav/div/div[1]", amb=True, note="login / 'Suscribite' buttons at the top of the hidden full menu"),
 C("follow", "Seguinos Twitter Facebook Instagram Telegram Newsletters RSS Más plataformas", "outside", "/html/body/header/div[3]/div/nav/div/div[4]/div[1]", amb=True, note="'Seguinos' block of the hidden full menu"),
 C("subscribe", "Este audio es una característica exclusiva para suscripciones. Suscribite o Ingresá", "before", AR+"/div[3]", amb=True, note="'Escuchá este artículo' audio player with a subscribers-only overlay (Suscribite / Ingresá) above the body"),
 C("subscribe", "Nuestro periodismo depende de vos Suscribite por $195/mes", "before", AR+"/div[4]", note="soft-wall snackbar above the body: subscribe for $195/month, log in, register for 10 free articles"),
 C("newsletter", "¿Te interesa el ambiente? Suscribite gratis y recibí el newsletter de Ambiente en tu email.", "after", AR+"/section", note="Ambiente newsletter box after the body"),
 C("subscribe", "Suscribite o ingresá Suscribite para guardar este artículo como favorito", "outside", AR+"/div[7]", amb=True, note="hidden paywall modal (subscribe to save the article)"),
 C("comments", "Comentar este artículo 1 comentario Suscribite para comentar", "after", "/html/body/aside/div[1]", note="Coral Talk comments section ('1 comentario' button, subscribe-to-comment prompt)"),
 C("share", "Compartir este artículo", "after", "/html/body/aside/section[1]", note="share widget (WhatsApp, Facebook, Twitter, e-mail, print, copy link) below the comments"),
 C("share", "Compartir este artículo", "outside", "/html/body/aside/div[3]", amb=True, note="hidden share modal (#article-share-full) opened from the mobile nav"),
 C("share", "Compartir", "outside", "/html/body/div[2]/nav/div/ul/li[2]", amb=True, note="'Compartir' button in the fixed mobile bottom nav"),
 C("subscribe", "Ingresá Suscribite", "outside", "/html/body/footer/div[2]/div/div[1]", amb=True, note="login / 'Suscribite' buttons in the footer menu copy"),
 C("follow", "Seguinos Twitter Facebook Instagram Telegram Newsletters RSS Más plataformas", "outside", "/html/body/footer/div[2]/div/div[4]/div[1]", note="footer 'Seguinos' block (social, Telegram, newsletters, RSS links)"),
]
ads=[
 A("/html/body/aside/section[3]", "after", "section#header-pub.article__bottom-ad with #ad-container loaded by script from /adzone/content/, below 'Más de Ambiente'"),
]
