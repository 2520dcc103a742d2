from _dsl import *
FILE="trafilatura-eval/html/theinsidersnet.com-wellaflex.html.gz"
# The Insiders (influencer-marketing network) campaign info page 'Wellaflex – Schnell aufgefrischtes Haar …': loading
# screen overlay, fixed navbar (So funktioniert es/Kampagnen/Blog/Hilfe, Anmeldung, country menu), campaign text (intro
# with a 'Bewirb Dich jetzt!' button, then Produktinformation / Was erwartet Dich? / Was erwarten wir von Dir? / Alle
# Fakten auf einen Blick with images), sidebar (campaign dates, FAQ link, 'Bewirb Dich jetzt!' button; 'Teile mit
# Freunden' share icons; empty Vue campaign-sidebar-view), footer (Über The Insiders links, Navigation, 'Folge uns'
# icons, B2B 'Möchten Sie eine Kampagne mit uns umsetzen?' button, tagline), language-selection modal. No ads, no ad
# configuration.
# Not labelled: navbar and country menu, footer link lists (Kontakt among them), language modal, loading screen, scroll-to-top.
M="/html/body/div[3]/div/div/div/div[2]"
related=[
 R(M+"/div[2]/section", None, 0, "outside", amb=True, note="empty Vue <campaign-sidebar-view> in the sidebar (filled by script; probably other campaigns)"),
]
ctas=[
 C("other", "Bewirb Dich jetzt!", "inline", M+"/div[1]/div/div[1]/a", note="'Bewirb Dich jetzt!' application (registration) button under the campaign intro, before Produktinformation"),
 C("other", "Start 27/02/2022 Ende 27/03/2022 Hast Du noch Fragen? Bewirb Dich jetzt!", "outside", M+"/div[2]/div[1]", note="sidebar campaign box: dates, FAQ link and 'Bewirb Dich jetzt!' application button"),
 C("share", "Teile mit Freunden", "outside", M+"/div[2]/div[2]", note="sidebar 'Teile mit Freunden' Facebook/Twitter share icons"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div[3]/ul", note="footer 'Folge uns' Facebook/Instagram icons (heading h2 just above)"),
 C("contact", "Möchten Sie eine Kampagne mit uns umsetzen?", "outside", "/html/body/footer/div[1]/div[3]/div", amb=True, note="footer B2B button 'Möchten Sie eine Kampagne mit uns umsetzen?' to the business site"),
]
ads=[]
