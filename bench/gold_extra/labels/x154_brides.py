from _dsl import *
FILE="wcxb/html/4591.html.gz"
# brides.com (Dotdash Meredith 'mntl' template): header with follow icons + newsletter reveal, digital-issue journey nav, full-width
# article whose structured content has an (empty, script-filled) mntl-sc-block-adslot div after nearly every block, featured-link
# cards, post-content leaderboard, 'Related Stories' recirc with footer leaderboards, footer newsletter + social.
H="/html/body/div[1]/div[2]"
B="/html/body/main/article/div[3]/div"
RC="/html/body/main/div[2]"
related=[
 R("/html/body/div[1]/div[3]", "Explore The Digital Issue", 18, "outside", amb=True, note="digital-issue journey nav under the header (dropdown; overview + 18 issue stories, this one highlighted)"),
 R(B+"/div[4]", None, 1, "inline", note="featured-link card: The 8 Most Common Wedding-Planning Questions Couples Ask"),
 R(B+"/div[34]", None, 1, "inline", note="featured-link card: What to Know About Honeymoon-Fund Wedding Registries"),
 R(B+"/div[73]", None, 1, "after", note="featured-link card after the last list: How Long Does It Take to Plan a Wedding?"),
 R(RC, "Related Stories", 16, "after|outside", note="recirc: two card lists of 8 with footer leaderboards between/after"),
]
ctas=[
 C("follow", "", "outside", H+"/div[2]/div[1]", note="header social icons (Instagram, Pinterest, Facebook, TikTok)"),
 C("newsletter", "Subscribe", "outside", H+"/div[2]/div[2]", note="header 'Subscribe' reveal button with e-mail sign-up form"),
 C("follow", "", "outside", H+"/div[4]/div[2]/div", amb=True, note="social icons in the hidden slide-out nav"),
 C("newsletter", "Email Address Subscribe", "outside", H+"/div[4]/div[2]/form", amb=True, note="newsletter form in the hidden slide-out nav"),
 C("newsletter", "Sign up for the Brides newsletter.", "outside", "/html/body/footer/div[1]/div/div[2]/form", note="footer newsletter form"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div/div[2]/div", note="footer social icons"),
]
_skip={4,34,38,73}
ads=[
 A(B+"/p[1]/span", "inline", "mntl-sc-block-adslot-inline span inside the first paragraph", amb=True),
]+[
 A(B+f"/div[{i}]", "after" if i==72 else "inline", f"empty mntl-sc-block-adslot div #{n+1} between body blocks" if i!=72 else "empty mntl-sc-block-adslot div after the last list")
 for n,i in enumerate(i for i in range(1,73) if i not in _skip)
]+[
 A(B+"/div[74]", "after", "structured-content-ads container with dynamic-inline leaderboard (GPT) at the end of the body"),
 A("/html/body/main/div[1]", "after", "leaderboard-post-content (leaderboardac) under the article"),
 A(RC+"/div[1]", "after|outside", "leaderboardfooter-flex-1 between the recirc card lists"),
 A(RC+"/div[2]", "after|outside", "leaderboardfooter-flex-2 after the recirc card lists"),
]
