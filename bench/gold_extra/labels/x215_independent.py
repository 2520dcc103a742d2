from _dsl import *
FILE="trafilatura-eval/html/independent.co.uk.penalty.html.gz"
# The Independent (AMP page) 'Coronavirus: £1,000 fine for falsely reporting a contact to force them to self-isolate'.
# Page: out-of-page slot; header (Subscribe now/Login bar, logo bar with Subscribe, section nav, full menu, search).
# Article: gutter pair, thirdparty/top-banner/skin slots, header (breadcrumb nav, empty sticky jwplayer video block,
# headline, standfirst, byline with author Twitter handle, comment count, bookmark + share buttons), body of text
# paragraphs with mobile MPUs, teads slots, an embedded 'UK news in pictures' 50-photo gallery (its hidden lightbox
# carries 16 between-slide MPUs plus a side MPU and a banner), an empty Taboola carousel, an Apester embed (left as
# editorial) and an inset 'Read more' box; then 'More about' topics, 'Show 0 comments', the lead-image lightbox (two
# more gallery slots), Taboola below-article, partner slots, newsletter signpost, comments, Taboola, bookmark modal.
# Right rail: MPU, 'Most popular', 'Popular videos', Taboola rail, 300x250, indy100 'Trending', 'Sponsored
# Features' (all amp-list templates, no items in the HTML), sticky MPU. Sticky footer banner, footer nav, empty
# sticky prompt, hidden login sidebar.
# Not labelled: menus, search, login sidebar, breadcrumb nav, 'More about' topic tags, the Apester interaction,
# the empty div after the last paragraph (no purpose visible), footer nav (Contact us, Subscriptions, Install our apps).
AR="/html/body/div[2]/div[2]/article"
M=AR+"/div[5]/div"
B=M+"/div[1]"
G=B+"/div[11]/aside/amp-lightbox"
SB=AR+"/div[5]/aside"
related=[
 R(B+"/aside", "Read more", 4, "inline", note="inset 'Read more' box with 4 related stories between body paragraphs"),
 R(B+"/div[11]", "UK news in pictures", 0, "inline", amb=True, note="embedded 'UK news in pictures — Show all 50' photo gallery unrelated to the story (no story links; slides in a lightbox)"),
 R(SB+"/div[2]", "Most popular", 0, "outside", amb=True, note="rail 'Most popular': amp-list template, filled by script"),
 R(SB+"/div[3]", "Popular videos", 0, "outside", amb=True, note="rail 'Popular videos': amp-list template"),
 R(SB+"/div[6]", "Trending", 0, "outside", amb=True, note="rail indy100 'Trending': amp-list template"),
 R(SB+"/div[7]", "Sponsored Features", 0, "outside", sponsored=True, amb=True, note="rail 'Sponsored Features': amp-list template"),
]
ctas=[
 C("subscribe", "Subscribe now", "outside", "/html/body/div[2]/header/div[1]", note="top bar 'Subscribe now' button with Login"),
 C("subscribe", "Subscribe", "outside", "/html/body/div[2]/header/div[2]/div/div[1]", note="'Subscribe' button in the logo bar"),
 C("follow", "@andywoodcock", "before", AR+"/header/div/div[3]/div/div[1]/a[2]", amb=True, note="author Twitter handle in the byline"),
 C("comments", "0 comments", "before", AR+"/header/div/div[3]/div/div[1]/a[3]", amb=True, note="comment-count link in the byline"),
 C("share", "", "before", AR+"/header/div/div[3]/div/div[2]", note="bookmark and share buttons (Facebook, Twitter, WhatsApp, e-mail) under the byline"),
 C("other", "", "inline", B+"/div[5]", amb=True, note="empty #article-im-prompt container in the text (script-filled prompt)"),
 C("comments", "Show 0 comments", "after", M+"/div[2]", note="'Show 0 comments' button under the topics"),
 C("newsletter", "Inside politics newsletter The latest news on Brexit, politics and beyond direct to your inbox every weekday", "after", M+"/div[5]", note="newsletter signpost with 'Sign up'"),
 C("comments", "Comments Share your thoughts and debate the big issues", "after", M+"/div[6]", note="comments section (premium/open tabs, forms, empty lists)"),
 C("subscribe", "Subscribe to Independent Premium to bookmark this article", "outside", M+"/div[8]", amb=True, note="hidden bookmark lightbox with Subscribe button"),
 C("other", "", "outside", "/html/body/div[2]/div[3]", amb=True, note="empty #footerPrompt sticky prompt container"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "out-of-page 1x1 slot"),
 A(AR+"/div[1]/div[1]", "outside", "left gutter slot gtl"),
 A(AR+"/div[1]/div[2]", "outside", "right gutter slot gtr"),
 A(AR+"/div[2]", "before|outside", "thirdparty_05 9x9 slot"),
 A(AR+"/div[3]", "before|outside", "top_banner slot"),
 A(AR+"/div[4]", "outside", "skin slot"),
 A(AR+"/header/div/div[1]", "before", "empty sticky jwplayer video block above the headline (video unit, purpose guessed)", amb=True),
 A(B+"/div[3]", "inline", "mpu1 mobile slot"),
 A(B+"/div[7]", "inline", "teads thirdparty01 desktop slot"),
 A(B+"/div[8]", "inline", "teads thirdparty01 mobile slot"),
 A(B+"/div[13]", "inline", "empty #taboola-carousel-thumbnails container"),
 A(B+"/div[18]", "inline", "teads thirdparty02 slot"),
 A(B+"/div[21]", "inline", "bottom_mpu_1 mobile slot"),
 A(B+"/div[26]", "inline", "bottom_mpu_2 mobile slot"),
]+[
 A(G+"/div[1]/amp-carousel/div[%d]" % i, "inline|outside", "gallery_mpu_%d slide in the hidden 'UK news in pictures' lightbox" % i, amb=True) for i in range(1, 17)
]+[
 A(G+"/div[2]", "inline|outside", "gallery_mpu_sb in the hidden 'UK news in pictures' lightbox", amb=True),
 A(G+"/div[3]", "inline|outside", "gallery_banner in the hidden 'UK news in pictures' lightbox", amb=True),
 A(M+"/aside/amp-lightbox/div[2]", "outside", "gallery_mpu_sb in the hidden lead-image lightbox", amb=True),
 A(M+"/aside/amp-lightbox/div[3]", "outside", "gallery_banner in the hidden lead-image lightbox", amb=True),
 A(M+"/div[3]", "after", "empty taboola-below-article-1"),
 A(M+"/div[4]/div[1]", "after", "partner_ad_1 slot"),
 A(M+"/div[4]/div[2]", "after", "partner_ad_2 slot"),
 A(M+"/div[7]", "after", "empty taboola-below-article-2 below the comments"),
 A(SB+"/div[1]", "outside", "rail mpu1 slot"),
 A(SB+"/div[4]", "outside", "empty taboola-right-rail"),
 A(SB+"/div[5]", "outside", "rail thirdparty_03 300x250 slot"),
 A(SB+"/div[8]", "outside", "sticky rail mpu_bottom_sb_1 slot"),
 A("/html/body/div[2]/div[2]/div", "outside", "sticky footer bottom_banner_0 with close button"),
]
