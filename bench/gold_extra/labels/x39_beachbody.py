from _dsl import *
FILE="scrapinghub/html/5f03fc173ebc6abdfae50b96ce0b05a6137b7d3f2ef379be35a9bb8ca9f49e87.html.gz"
R2="/html/body/div/div[2]"
B=R2+"/div[2]/article/div[4]"
related=[
 R(B+"/p[9]", None, 1, "inline", amb=True, note="'Pro tip: Get more pre-workout meal ideas here!' single-link line (in the source's articleBody)"),
 R(B+"/p[12]", None, 1, "inline", amb=True, note="'Pro tip: Learn more about how Beachbody Performance supplements can help...' single-link line"),
 R(B+"/p[21]", None, 1, "inline", amb=True, note="'Pro tip: Get more post-workout meal ideas here!' single-link line"),
 R(R2+"/aside/div/div[1]", "Related Articles", 2, "outside", note="sidebar related tiles"),
]
ctas=[
 C("follow", "Facebook Pinterest Instagram Join our newsletter", "outside", "/html/body/div/header/div[1]/ul", note="header social icons (last one links to the newsletter page)"),
 C("follow", "Facebook Pinterest Instagram Join our newsletter", "outside", "/html/body/div/footer/div[1]/div[1]", amb=True, note="hidden mobile copy of the footer social icons"),
 C("follow", "Facebook Pinterest Instagram Join our newsletter", "outside", "/html/body/div/footer/div[1]/div[3]", note="footer social icons"),
]
ads=[
 A(R2+"/div[1]", "before|outside", "blog_article_leaderboard GPT offer banner above the article"),
 A(R2+"/div[3]", "after", "blog_article_bottom GPT offer banner, mobile copy"),
 A(R2+"/aside/div/div[2]", "outside", "blog_article_sidebar GPT offer banner"),
 A(R2+"/div[4]", "after", "blog_article_bottom GPT offer banner, desktop copy (after the sidebar in source order)"),
]
