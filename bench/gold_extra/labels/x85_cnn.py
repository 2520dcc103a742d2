from _dsl import *
FILE="scrapinghub/html/d605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d.html.gz"
AC="/html/body/div[4]/article/div[1]"
SIDE=AC+"/div[3]/div[1]"
L=SIDE+"/div[2]/section[1]/div[1]"
RA=L+"/div[9]"
SB=SIDE+"/div[2]/section[2]"
SP=SIDE+"/div[2]/section[3]"
RAIL=AC+"/div[3]/div[2]"
related=[
 R(SIDE+"/div[1]/section/div/div/div[2]", "(16 Videos)", 16, "before", amb=True, note="video-collection carousel under the lead video (China playlist)"),
 R(L+"/div[6]", None, 1, "inline", note="embedded story card 'The United States once again kicks the Huawei can down the road'"),
]
ctas=[
 C("follow", "Follow CNN Business", "outside", "/html/body/div[3]/div/div/header/div/div[2]/div/div[6]", note="social follow bar in the expanded header menu"),
 C("share", "", "before|outside", AC+"/div[1]", note="gigya share rail floating beside the article (empty)"),
 C("other", "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.", "before", AC+"/div[2]/div[2]", note="send-to-messenger box by the byline"),
 C("share", "", "before", AC+"/div[2]/div[3]", note="share bar (rail-top) under the byline"),
 C("read_more", "Read More", "inline", L+"/div[8]", note="Read More expander that reveals the rest of the body"),
 C("share", "", "after", SIDE+"/div[2]/div", note="share bar (rail-bottom) after the body"),
 C("comments", "", "after", AC+"/div[3]/div[3]", amb=True, note="empty pg-comments container"),
 C("follow", "Follow CNN Business", "outside", "/html/body/div[5]/div/footer/div[4]/div/div/div[2]", note="footer social follow bar"),
]
ads=[
 A("/html/body/div[2]/div/div", "before|outside", "sticky header ad_bnr_atf_01"),
 A("/html/body/div[4]/div[2]/div[2]", "before|outside", "empty ticker-entitlement-ad beside the markets ticker ribbon", amb=True),
 A("/html/body/div[4]/section/div/div[1]", "before|outside", "empty data-ad-branding='before_the_bell' entitlement slot under the column logo", amb=True),
 A(L+"/div[4]", "inline", "ad_rect_atf_02 mobile"),
 A(L+"/ul", "inline", "empty cn-zoneAdContainer list", amb=True),
 A(RA+"/div[2]", "inline", "ad_rect_btf_01 mobile (inside the read-all part)"),
 A(RA+"/ul", "inline", "empty cn-zoneAdContainer list", amb=True),
 A(SIDE+"/div[2]/section[1]/div[2]", "after", "empty Outbrain HOP_25 (read-more outbrain)"),
 A(SB+"/div[1]", "after", "freewheel-rail-placeholder mobile"),
 A(SB+"/div[3]/div/div[1]", "after", "empty Outbrain AR_36"),
 A(SB+"/div[3]/div/div[2]", "after", "empty Outbrain AR_13"),
 A(SB+"/div[3]/div/div[3]", "after", "empty Outbrain AR_39"),
 A(SP+"/div[1]/div[2]", "after", "empty zn-top__banner of the ad-spon zone (sponsor banner slot)", amb=True),
 A(SP+"/div[2]/div/div/div", "after", "ad_bnr_btf_02 desktop (ad-spon zone)"),
 A(SP+"/div[2]/div/div/ul", "after", "empty cn-zoneAdContainer list", amb=True),
 A(RAIL+"/section[1]/div[2]/div/div[1]/div[1]", "outside", "rail freewheel-rail-placeholder tablet"),
 A(RAIL+"/section[1]/div[2]/div/div[1]/div[2]", "outside", "rail ad_rect_atf_01 tablet"),
 A(RAIL+"/section[1]/div[2]/div/div[1]/ul", "outside", "rail empty Outbrain HOP_69"),
 A(RAIL+"/section[1]/div[2]/div/div[2]/div[1]", "outside", "rail freewheel-rail-placeholder desktop"),
 A(RAIL+"/section[1]/div[2]/div/div[2]/div[2]", "outside", "rail ad_rect_atf_01 desktop"),
 A(RAIL+"/section[1]/div[2]/div/div[2]/ul", "outside", "rail empty cn-zoneAdContainer", amb=True),
 A(RAIL+"/section[2]", "outside", "rail zone sponsored-outbrain-2, empty list", amb=True),
 A(RAIL+"/section[3]/div[2]/div/div[1]", "outside", "rail empty Outbrain AR_18"),
 A(RAIL+"/section[3]/div[2]/div/div[2]", "outside", "rail empty Outbrain AR_45"),
 A(RAIL+"/section[4]/div[2]/div/div/div[1]", "outside", "rail ad_rect_btf_01 tablet (partner zone)"),
 A(RAIL+"/section[4]/div[2]/div/div/div[2]", "outside", "rail ad_rect_btf_01 desktop (partner zone)"),
 A(RAIL+"/section[4]/div[2]/div/div/ul", "outside", "rail empty cn-zoneAdContainer", amb=True),
 A("/html/body/div[4]/div[3]", "after|outside", "ad_bnr_btf_01 banner below the article"),
 A("/html/body/div[6]", "outside", "empty Outbrain TR_1 after the footer"),
 A("/html/body/div[7]", "outside", "ad_oop_skin_01 skin"),
 A("/html/body/div[8]", "outside", "ad_oop_float_01 out-of-page"),
 A("/html/body/div[9]", "outside", "ad_oop_float_02 out-of-page"),
 A("/html/body/div[10]", "outside", "ad_nat_btf_01 native out-of-page"),
]
