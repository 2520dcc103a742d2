from _dsl import *
FILE="trafilatura-eval/html/toptal.com.python.html.gz"
# Toptal Engineering blog post 'Buggy Python Code: The 10 Most Common Mistakes...': navbar with a hiring headline and
# action buttons, hero (title, short author bio + SHARE widget), the body (main > div.blog_post_body), an aside
# under the body (tags, 'About the author' + 'Hire Martin', Disqus comments rendered in the HTML), a right sidebar
# (hidden freelancer promo, newsletter card, Trending Articles, related talent tags, Hire the author, Read Next),
# then a post footer (newsletter banner + its sticky copy, skill list, 'Join the Toptal community', in-demand talent).
# No ad slots (googletag only as gtag analytics).
# Not labelled: blog menu/search, 'Read the Spanish version' locale line, tag line, 'See our related talent' tag
# links, footer skill lists ('Toptal Developers', 'Most In-Demand Talent'), cookie banner, the in-text hiring-guide
# link inside the Python 2/3 paragraph (p[57]).
NB="/html/body/div[3]/div[1]/div/div/div"
MC="/html/body/div[3]/article/div[2]/div/div"
FT="/html/body/div[3]/div[3]/div/div"
related=[
 R(MC+"/main/div[2]/p[67]", None, 1, "inline", amb=True, note="'You might also want to check out our Insider's Guide to Python Interviewing' promo line before the closing sentence"),
 R(MC+"/aside/div[3]", "Trending Articles", 4, "outside", note="sidebar trending articles cards"),
 R(MC+"/aside/div[6]", "Read Next", 1, "outside", note="sticky sidebar 'Read Next' card"),
]
ctas=[
 C("other", "Hiring? Toptal handpicks top Python developers to suit your needs.", "outside", NB+"/span", amb=True, note="navbar headline promo linking to the Python developers page"),
 C("other", "Apply as a Freelancer Start Hiring", "outside", NB+"/ul[2]", amb=True, note="navbar action buttons (Apply as a Freelancer, Start Hiring, Log In)"),
 C("share", "SHARE", "before", "/html/body/div[3]/article/div[1]/div/div[2]/div[2]/div[2]", note="social share widget (Twitter, Facebook, LinkedIn, Pocket) in the hero next to the author bio"),
 C("other", "Hire Martin", "after", MC+"/main/aside/div[2]/div/div/div[2]/div", note="'Hire Martin' button in the about-the-author box under the body"),
 C("comments", "Comments", "after", MC+"/main/aside/div[3]", note="Disqus comments section with rendered comments"),
 C("other", "Are you a Python developer? Work with vetted clients, from anywhere, on your terms. Find out more", "outside", MC+"/aside/div[1]", amb=True, note="hidden sidebar freelancer-jobs promo (is-hidden)"),
 C("newsletter", "World-class articles, delivered weekly. Get great content", "outside", MC+"/aside/div[2]", note="sidebar subscribe card"),
 C("other", "Hire the author Martin Chikilian Python Software Engineer", "outside", MC+"/aside/div[5]", amb=True, note="sidebar 'Hire the author' card (scrolls to the author box)"),
 C("newsletter", "World-class articles, delivered weekly. Sign Me Up", "after|outside", FT+"/div[1]", note="full-width subscribe banner below the article"),
 C("newsletter", "World-class articles, delivered weekly. Sign Me Up", "outside", FT+"/div[2]", note="sticky copy of the subscribe banner"),
 C("other", "Join the Toptal® community. Hire a Developer OR Apply as a Developer", "outside", FT+"/div[4]", note="join CTA band in the post footer"),
]
ads=[]
