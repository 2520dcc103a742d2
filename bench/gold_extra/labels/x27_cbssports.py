from _dsl import *
FILE="scrapinghub/html/08f793762792bd252c75fb57544cdf506ffcc04785136cb87503f02364b82b56.html.gz"
ART="/html/body/div[2]/div[3]/main/div[2]/div/div[2]/section/article"
X=ART+"/div[4]/div/div[2]/div/div"
COL=X+"/div[1]/div/div/div[1]/div[2]/div/div"
BODY=COL+"/div[2]/div[1]/div"
RC=X+"/div[1]/div/div/div[2]"
related=[
 R("/html/body/div[2]/div[3]/main/div[1]", "Up next:", 1, "before|outside", amb=True, note="hidden sticky reading-list bar; its one item is the article itself"),
 R(RC+"/aside", "2019 NFL Playoff Picture", 1, "outside", amb=True, note="right-column SEO promo card for the playoff-picture page with nav-like links (Scores, Expert Picks, Odds, Standings)"),
 R(X+"/div[2]/div/div[2]", "Our Latest Stories", 8, "after", note="latest-news box under the article, 3 rows of story cards"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[2]/header/div[1]/div", note="network-bar social icons (Facebook, Twitter, Instagram...)"),
 C("follow", "@BryanDeArdo", "before", ART+"/div[3]/div/ul/li[3]", amb=True, note="author's Twitter handle link in the byline"),
 C("share", "", "before|outside", COL+"/div[1]/div", note="vertical share bar (Facebook, Twitter, ...) beside the body"),
 C("newsletter", "Pick Six Newsletter Get the day's big stories", "after", BODY+"/section", note="Pick Six newsletter sign-up form right after the body"),
 C("other", "Join our Free $1,000,000 Parlay Challenge Play Now", "outside", RC+"/div[1]", note="right-column ArticleEventPromo for a picks game"),
 C("follow", "", "outside", "/html/body/div[2]/footer/div[2]", note="footer social icons"),
]
ads=[
 A("/html/body/div[2]/div[1]", "before|outside", "skybox_top wrapper"),
 A("/html/body/div[2]/div[3]/div", "before|outside", "leader_plus_top wrapper"),
 A(BODY+"/div[2]/div/div", "inline", "native-story-ad-0 (native_story_flex_top) after the 4th paragraph"),
 A(RC+"/div[2]", "outside", "mpu_plus_top right column"),
 A(X+"/div[2]/div/div[1]", "after", "empty taboola-recommends RecommendedRecirc (bottom-page thumbnails)"),
 A(X+"/div[2]/div/div[3]", "after", "leader_bottom"),
]
