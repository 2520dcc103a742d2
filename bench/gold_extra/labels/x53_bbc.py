from _dsl import *
FILE="scrapinghub/html/c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23.html.gz"
SC="/html/body/div[1]/div[6]/div"
COLS=SC+"/div[5]/div[1]/div[2]/div"
P=COLS+"/div[1]"
BODY=P+"/div[1]/div[2]"
RAIL=COLS+"/div[2]"
related=[
 R(BODY+"/ul[1]", None, 2, "inline", amb=True, note="in-body bullet list of two story links (Profile: Julian Assange, Timeline of saga); in the source's articleBody"),
 R(BODY+"/ul[2]", None, 1, "inline", amb=True, note="in-body bullet story link 'How likely is an Assange conviction in US?'; in the source's articleBody"),
 R(P+"/div[4]", "More on this story", 5, "after", note="story-alsos list under the share bar"),
 R(P+"/div[6]", None, 0, "after", amb=True, note="hidden empty comp-from-other-news-sites (post-loaded)"),
 R(RAIL+"/div[1]", "Top Stories", 3, "outside", note="right rail top stories"),
 R(RAIL+"/div[3]", "Features", 9, "outside", note="right rail features list; an infeed ad slot sits inside it"),
 R(RAIL+"/div[5]", "Elsewhere on the BBC", 2, "outside", note="right rail promos of BBC quizzes/articles"),
 R(RAIL+"/div[6]", None, 0, "outside", amb=True, note="hidden empty comp-most-popular (script-filled)"),
]
ctas=[
 C("share", "Share this with Facebook", "before", P+"/div[1]/div[1]/div/div[1]/div[2]", note="share tools beside the date under the headline"),
 C("share", "Share this story About sharing", "after", P+"/div[3]", note="share bar under the topic tags"),
 C("app", "BBC News Services On your mobile", "after|outside", SC+"/div[7]", amb=True, note="BBC News Services box: on your mobile / connected tv / news alerts / contact"),
 C("other", "Notifications", "outside", "/html/body/div[1]/header/div/div[1]/div[2]/a", amb=True, note="header notifications link"),
]
ads=[
 A("/html/body/div[1]/div[1]", "outside", "bbccom_interstitial_ad (hidden, script-filled)", amb=True),
 A("/html/body/div[1]/div[3]", "outside", "bbccom_wallpaper_ad (hidden, script-filled skin)", amb=True),
 A(SC+"/div[2]", "before|outside", "bbccom_leaderboard"),
 A(SC+"/div[4]/div", "before|outside", "bbccom_sponsor_section (first copy, beside the section title)"),
 A(SC+"/div[5]/div[1]/div[1]/div", "before|outside", "bbccom_sponsor_section (second copy, in the main area)"),
 A(BODY+"/div", "inline", "bbccom_mpu_1_2_3 between paragraphs"),
 A(P+"/div[7]", "after", "bbccom_outbrain_ar_5 (empty Outbrain slot)"),
 A(P+"/div[8]", "after", "bbccom_outbrain_ar_7"),
 A(P+"/div[9]", "after", "bbccom_outbrain_ar_8"),
 A(P+"/div[10]", "after", "bbccom_outbrain_ar_9_3_4"),
 A(RAIL+"/div[2]", "outside", "bbccom_mpu_4"),
 A(RAIL+"/div[3]/div/div[4]", "outside", "bbccom_infeed_news_story inside the Features list"),
 A(RAIL+"/div[4]", "outside", "bbccom_native"),
 A(RAIL+"/div[7]", "outside", "bbccom_mpu_bottom"),
 A(RAIL+"/div[8]", "outside", "bbccom_outbrain_ar_9_1_2 (rail)"),
 A(RAIL+"/div[9]", "outside", "bbccom_adsense"),
 A(RAIL+"/div[10]", "outside", "bbccom_inread"),
]
