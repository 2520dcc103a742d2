from _dsl import *
FILE="trafilatura-eval/html/observer.com-LVMH.html.gz"
# Observer (WordPress VIP, HTL ad wrappers) arts story on LVMH and the Louvre's Chardin. Header (hamburger, search,
# channel nav, 'Newsletters' button, flyout menu); ATF leaderboard; article header (kicker, title, dek, byline with
# share icons); text with three mobile/desktop in-content slot pairs (the third pair right after the last paragraph);
# 'Filed Under:' tags; 'SEE ALSO:' story link. Right rail: sticky river/right-rail slots, an empty Outbrain
# sidebar container, two more right-rail slots. Under the article an empty Outbrain container, then the footer (nav,
# social icons, legal). Ad-blocker notice; two out-of-page 1x1 slots, mobile/desktop adhesion slots, a GPT div.
# Not labelled: menus (incl. flyout 'Events'/'Newsletters' links), search, 'Filed Under:' tag list, footer nav
# (Contact/Advertise/Newsletters/RSS links), legal nav, the hidden itemprop image.
ART="/html/body/div/div[1]/div[2]/div[1]/main/div"
EC=ART+"/article/div"
SB="/html/body/div/div[1]/div[2]/div[2]"
related=[
 R(ART+"/div[2]", None, 1, "after", note="'SEE ALSO: A New Book Explores How the Boy from Kyiv…' story link under the tags"),
]
ctas=[
 C("newsletter", "Newsletters", "outside", "/html/body/div/header/div/div[2]/div[3]", amb=True, note="header 'Newsletters' button (div.subscribe) beside the channel nav"),
 C("share", "", "before", ART+"/article/header/div[2]/ul", note="share icons (Facebook, Twitter, LinkedIn, e-mail) in the byline row"),
 C("follow", "", "outside", "/html/body/div/div[1]/section/footer/div/div[1]/div[2]/ul", note="footer social icons ('Follow us on …')"),
 C("other", "We noticed you're using an ad blocker. We get it: you like to have control of your own internet experience", "outside", "/html/body/div/div[2]", amb=True, note="ad-blocker notice asking to whitelist Observer (hidden unless an ad blocker is detected)"),
]
ads=[
 A("/html/body/div/div[1]/div[1]", "before|outside", "observer_leaderboard_atf leaderboard above the article"),
 A(EC+"/div[1]", "inline", "observer_article_instream_mobile_1 in-content slot (mobile)"),
 A(EC+"/div[2]", "inline", "observer_article_instream_dsk_1 in-content slot (desktop)"),
 A(EC+"/div[3]", "inline", "observer_article_instream_mobile_2 (mobile)"),
 A(EC+"/div[4]", "inline", "observer_article_instream_dsk_2 (desktop)"),
 A(EC+"/div[5]", "after", "observer_article_instream_mobile_3, right after the last paragraph (mobile)"),
 A(EC+"/div[6]", "after", "observer_article_instream_dsk_3, right after the last paragraph (desktop)"),
 A(SB+"/aside/div[1]", "outside", "sidebar sticky observer_river slot (mobile)"),
 A(SB+"/aside/div[2]", "outside", "sidebar sticky observer_right_rail slot (desktop)"),
 A(SB+"/div[2]", "outside", "empty Outbrain container in the desktop sidebar"),
 A(SB+"/div[3]/div[1]", "outside", "sidebar sticky observer_article right-rail slot"),
 A(SB+"/div[3]/div[2]", "outside", "second sidebar observer_article right-rail slot"),
 A("/html/body/div/div[1]/section/div", "after|outside", "empty Outbrain container between the article and the footer"),
 A("/html/body/div/div[3]/div[1]", "outside", "observer_1x1 out-of-page slot"),
 A("/html/body/div/div[3]/div[2]", "outside", "observer_1x1_2 out-of-page slot"),
 A("/html/body/div/div[4]", "outside", "observer_adhesion_mobile sticky adhesion slot"),
 A("/html/body/div/div[5]", "outside", "observer_adhesion desktop adhesion slot"),
 A("/html/body/div/div[6]", "outside", "GPT div-gpt-ad-1660852592103-0 at the page end"),
]
