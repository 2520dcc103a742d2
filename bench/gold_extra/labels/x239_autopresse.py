from _dsl import *
FILE="trafilatura-eval/html/auto-presse.de-minisuv.html.gz"
# auto-presse.de news item 'Japanisches Mini-SUV auf dem Vormarsch' (Toyota Yaris Cross): header (top nav, service icons,
# logo + AdSense leaderboard, main menu, search), article column (section, title, category/date/author, lead image with
# caption, row of service buttons, bold lead, text row = text with an AdSense slot before it + meta line + share icons |
# narrow 'Neuheit' list beside it), 'Startseite' back button, AdSense slot, 'Weitere Meldungen' grid; sidebar (Videos
# playlist embeds, 'Top Meldungen', 'News'); footer (social icons, link columns, copyright menu).
# Not labelled: header service icon row (Staumeldungen, Benzinpreise … tool links styled as social icons), menus, the
# category button 'Neuheit', the 'Startseite' back button, footer link columns.
M="/html/body/div/div/div/div/div/div"
SB="/html/body/div/div/div/div/aside"
related=[
 R(M+"/div[5]/div[2]", "Neuheit", 3, "inline|outside", note="narrow 'Neuheit' column of three story teasers beside the article text"),
 R(M+"/div[9]", "Weitere Meldungen", 5, "after", note="'Weitere Meldungen' grid of five story teasers under the article"),
 R(SB+"/div[1]", "Videos", 0, "outside", amb=True, note="sidebar 'Videos': three YouTube playlist embeds of the site's channel"),
 R(SB+"/div[2]", "Top Meldungen", 3, "outside", note="sidebar 'Top Meldungen' three image teasers (items carry class 'werbung' but are the site's own stories)"),
 R(SB+"/div[3]", "News", 6, "outside", note="sidebar 'News' list of six stories"),
]
ctas=[
 C("other", "Konfigurator Versicherungsvergleich Steuerrechner Finanzierung ab 1,99%", "before", M+"/div[3]", note="row of service/lead buttons (configurator, insurance comparison, tax calculator, financing from 1.99%) between lead image and text"),
 C("share", "", "after", M+"/div[5]/div[1]/div[2]", note="share icons under the text (Facebook, Xing, Google+, e-mail, WhatsApp)"),
 C("follow", "Facebook Rss Youtube E-Mail", "outside", "/html/body/div/footer/div[1]/div/div/div[1]/div/div", note="footer social icons (Facebook, RSS, YouTube, e-mail)"),
]
ads=[
 A("/html/body/div/header/div[2]/div/div/div/div/div", "before|outside", "header AdSense 728x90 leaderboard beside the logo"),
 A(M+"/div[5]/div[1]/div[1]/div[2]", "inline", "AdSense responsive slot between the bold lead and the text, framed by two rules"),
 A(M+"/div[8]", "after", "AdSense responsive slot under the article, before 'Weitere Meldungen'"),
]
