from _dsl import *
FILE="trafilatura-eval/html/lsvd.de-afghanistan.html.gz"
# LSVD (Lesben- und Schwulenverband, NGO) press release 'Erste Zusagen für Aufnahmen von über 80 LSBTI aus Afghanistan':
# header (mobile menu with 'Unterstütze uns!' button; header image; sticky title bar with Politik/Recht/Verband/Presse
# mega-menus and 'Unterstütze uns!' button opening a 'Jetzt Spenden' / 'Mitglied werden' drop-down pane); press article
# (h1, subtitle, 'Pressemitteilung vom' date; text with 'Hintergrund' section; right column: 'Pressekontakt' card,
# 'zuständiges Vorstandsmitglied' card, 'Pressemitteilung als pdf' button); press footer (LSVD profile paragraph, donation
# / membership line); 'Teile diesen Beitrag' share bar (sticky at the bottom on small screens); footer (social icons with
# a donate heart, toggled contact form, 'Kontaktformular' buttons, Service menu incl. 'Newsletter', address). No related
# block, no ad slots (only a Google Ads conversion tag).
# Not labelled: menus and mega-menus, board-member card, PDF button, LSVD profile paragraph, footer Service menu (incl.
# 'Newsletter' link) and address, loading overlay.
HB="/html/body/header/div[3]/div"
PR="/html/body/main/section"
FT="/html/body/footer"
related=[]
ctas=[
 C("donate", "Unterstütze uns!", "outside", "/html/body/header/div[1]/div[3]", amb=True, note="'Unterstütze uns!' support button under the mobile menu bar (small screens only)"),
 C("donate", "Unterstütze uns!", "outside", HB+"/div[1]/div[3]", note="'Unterstütze uns!' button at the right of the sticky title bar (opens the donate/member pane)"),
 C("donate", "Jetzt Spenden Jede Spende zählt, Deine Spende hilft! Mitglied werden Du willst gleiche Rechte, Vielfalt und Respekt? Wir auch!", "outside", HB+"/div[2]", amb=True, note="drop-down pane #mega-menu-member (hidden until the button is clicked): 'Jetzt Spenden' and 'Mitglied werden' buttons"),
 C("contact", "LSVD-Bundesverband Pressekontakt Pressesprecher*in Markus Ulrich", "outside", PR+"/div[2]/div[2]/div/div[1]", amb=True, note="right-column 'Pressekontakt' card (press officer, address, phone, e-mail) beside the text"),
 C("donate", "Mit Ihrer Spende und / oder Mitgliedschaft können Sie uns und unsere Arbeit für \"Menschenrechte, Vielfalt und Respekt\" unterstützen.", "after", PR+"/div[3]/div/div/div/p[2]", note="press-footer line asking for a donation / membership (links Spende, Mitgliedschaft), after the LSVD profile paragraph"),
 C("share", "Teile diesen Beitrag facebook LinkedIn Twittern WhatsApp Pocket E-Mail", "after", "/html/body/main/div", note="'Teile diesen Beitrag' share bar under the press release (sticky at the bottom on small screens)"),
 C("follow", "", "outside", FT+"/section[1]/div/div", note="footer social icons (Facebook, Twitter, Instagram, YouTube, plus a heart linking the donation page)"),
 C("contact", "Kontaktformular Name E-Mail Nachricht", "outside", FT+"/div", amb=True, note="footer contact form #footer-contact-form (toggled open by the 'Kontaktformular' buttons)"),
 C("contact", "Kontaktformular", "outside", FT+"/section[2]/div/div[1]", amb=True, note="'Kontaktformular' toggle button, small-screen copy"),
 C("contact", "Kontaktformular", "outside", FT+"/section[2]/div/div[3]/div/div[2]", note="'Kontaktformular' toggle button beside the footer address (medium and up)"),
]
ads=[]
