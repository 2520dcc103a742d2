from _dsl import *
FILE="wcxb/html/0402.html.gz"
S="/html/body/div[1]"
SM=S+"/div[5]"
AR=SM+"/div[1]/div[1]/div/article"
B=AR+"/div[5]"
RF=SM+"/div[1]/footer"
def rr(n):
    return R(B+"/div[%d]/div[2]/p[2]" % n if n != 4 else B+"/div[%d]/div[3]/p[2]" % n, None, 1, "inline", amb=True,
             note="chart entry footer 'Read Review | More on <artist>': link to the album's own review (+ artist topic link)")
related=[
 rr(3), rr(4), rr(5), rr(7), rr(8), rr(11), rr(12), rr(14),
 R(RF+"/div[1]", "From the Archive", 4, "after", note="yarpp related carousel under the article"),
 R(RF+"/div[2]", "More from Music of the Month", 9, "after", note="same-series carousel"),
 R(RF+"/div[3]", "More from Subscriber Area", 12, "after", note="subscriber-area carousel"),
 R(SM+"/section[1]", "Most Popular", 13, "after|outside", note="Most Popular chart (13 numbered stories) between the article area and the footer"),
 R(S+"/footer/div/div[2]", None, 1, "outside", amb=True, note="footer random-article quote linking to a review"),
]
ctas=[
 C("follow", "", "outside", S+"/header[2]/div/div[1]/div/ul", note="header social icons (Instagram, Bluesky, The Digest newsletter modal)"),
 C("subscribe", "Subscribe", "outside", S+"/header[2]/div/div[1]/div/nav/ul/li[2]/a", note="header Subscribe button (next to steady login)"),
 C("subscribe", "Subscribe", "outside", S+"/header[3]/nav/a", note="mobile header Subscribe button"),
 C("subscribe", "Subscribe", "outside", S+"/div[2]/div[1]", amb=True, note="Subscribe button in the off-canvas mobile menu (hidden)"),
 C("follow", "", "outside", S+"/div[2]/ul", amb=True, note="social links in the off-canvas mobile menu (hidden)"),
 C("other", "Read later", "before", AR+"/div[2]", amb=True, note="'Read later' bookmark link under the headline"),
 C("share", "", "before", AR+"/div[4]/div[2]", note="share icons in the byline row"),
 C("share", "", "before", AR+"/div[4]/button", amb=True, note="mobile share button in the byline row"),
 C("subscribe", "Everything you'll find below, as well as all the other excellent music we've covered at tQ this month, will also be compiled", "inline", B+"/p[3]", amb=True, note="subscriber-benefits paragraph (left out of the source's ground-truth body), leads into p[4]"),
 C("subscribe", "To sign up for all those benefits, and to help us keep bringing you the kind of music you're about to read about below", "inline", B+"/p[4]", note="subscription appeal 'you can click here' (left out of the source's ground-truth body)"),
 C("newsletter", "", "inline", B+"/div[1]", amb=True, note="hidden empty steady_newsletter_signup_embed (code-block-15); 15 more copies with the same id sit in the chart-entry footers and are not labelled, since only the first can be filled"),
 C("newsletter", "Don't Miss The Quietus Digest Start each weekend with our free email newsletter.", "after|outside", SM+"/section[2]/div/div/div[1]", note="join banner, newsletter half"),
 C("subscribe", "Help Support The Quietus in 2025 If you've read something you love on our site today, please consider becoming a tQ subscriber", "after|outside", SM+"/section[2]/div/div/div[2]", note="join banner, subscription half"),
 C("follow", "", "outside", S+"/footer/div/div[1]/div[3]/ul", note="footer social icons (Instagram, Bluesky, Newsletter)"),
 C("newsletter", "Get The Portal Direct To Your Inbox Sign up for a weekly delve into the tQ archives.", "outside", "/html/body/div[3]/div[2]", amb=True, note="hidden modal: The Portal newsletter form"),
 C("newsletter", "The Quietus Digest Sign up for our free Friday email newsletter.", "outside", "/html/body/div[3]/div[3]", amb=True, note="hidden modal: The Digest newsletter form"),
]
def ad2(path, where, what):
    return [A(path+"/div[1]", where, what+" desktop (ai-viewport-1, GPT articles_desktop)"),
            A(path+"/div[2]", where, what+" mobile (ai-viewport-2/3, GPT articles_mobile)")]
ads=[
 A(S+"/div[1]", "before|outside", "empty header billboard ad container"),
 *ad2(B+"/div[4]/div[2]", "inline", "in-chart ad after entry 3"),
 *ad2(B+"/div[6]/div[1]/div[2]", "inline", "in-chart ad inside entry 5"),
 *ad2(B+"/div[7]/div[3]", "inline", "in-chart ad after entry 6"),
 *ad2(B+"/div[9]/div[3]", "inline", "in-chart ad after entry 8"),
 *ad2(B+"/div[11]/div[3]", "inline", "in-chart ad after entry 10"),
 *ad2(B+"/div[13]/div[3]", "inline", "in-chart ad after entry 12"),
 *ad2(B+"/div[15]/div[2]/div[2]", "inline", "in-chart ad in the first track entry footer"),
 *ad2(B+"/div[19]/div[1]/div[2]", "inline", "in-chart ad inside the second-to-last track entry"),
 *ad2(SM+"/div[1]/div[2]", "after", "ad (code-block-16) below the article"),
 A(SM+"/div[2]", "after|outside", "footer billboard GPT slot labelled ADVERTISEMENT"),
]
