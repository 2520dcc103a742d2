from _dsl import *
FILE="trafilatura-eval/html/uncutnews.ch-ID-Diktat.html.gz"
# uncut-news.ch (Elementor WordPress) article 'Digitale ID-Diktat': header tagline + menu (Uncut-News, Meistgelesen,
# Tages-Tipp, Video-Tipp, Kontakt; desktop + dropdown copy); featured image, headline, meta line, a sign-up icon link, the
# text, 'Quelle:' source link (body), a 3-post grid without heading, a 'Prev' post-navigation arrow; footer 'Unmanipulierte &
# Freie Medien' with the no-ads/donation paragraph, search, 'Auf einen Blick' links, 'Connect' links; cookie notice.
# No ads ('Wir schalten keine Werbung'), no ad configuration.
# Not labelled: header menus, meta line (author/date/category), the 'Quelle:' source line, footer search, 'Auf einen Blick'
# link list (site pages), copyright, cookie notice.
COL="/html/body/div[2]/section[1]/div/div/div"
FC="/html/body/footer/footer[2]/div/footer/div/section/div[2]"
related=[
 R(COL+"/div[6]", None, 3, "after", note="Elementor posts grid of 3 related surveillance stories with thumbnails and dates, no heading"),
 R("/html/body/div[2]/section[2]", None, 1, "after", amb=True, note="post navigation: a lone 'Prev' arrow link to the previous post (no title shown)"),
]
ctas=[
 C("newsletter", "", "before", COL+"/div[3]", note="sign-up icon image (icon-signup.svg) linking to kontakt/#newsletter, between the meta line and the text"),
 C("donate", "Wir werden nicht von Vereinen, Verbänden, Parteien oder sonstigen Lobbygruppen unterstützt. Wir schalten keine Werbung", "outside", FC+"/div[1]/div/div[2]", note="footer paragraph ending 'Unterstütze unsere Unabhängigkeit!' (PayPal donate link)"),
 C("follow", "Connect E-Mail Telegram Youtube 1 Youtube 2 Newsletter", "outside", FC+"/div[3]", note="footer 'Connect' column: e-mail, Telegram, two YouTube channels, newsletter link"),
]
ads=[]
