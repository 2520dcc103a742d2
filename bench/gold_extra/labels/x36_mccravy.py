from _dsl import *
FILE="wcxb/html/4668.html.gz"
S="/html/body/div"
PC=S+"/div[3]/div[2]/div/div/div/div"
M=PC+"/div[1]/div/div/div/div/div/div"
# A designer/podcaster's blog post (Showit page with a Beaver Builder post body): hidden search/category overlay and
# site menus (inline, dropdown, hamburger), the post hero (title, excerpt, date, 'back to blog'), the post (reading
# time, rich-text modules, Buzzsprout player, 'Read More:' lines, a 'Links Mentioned' list, empty Jetpack 'Related'),
# then full-width Showit bands: categories + share + affiliate disclaimer, previous/next posts, newsletter promo,
# 'Keep Growing' product promo, author intro, podcast promo, footer navigation (with social icons), Instagram band,
# copyright. Showit bands are flat: labels sit on the band when a band holds one widget.
# Not labelled: menus (incl. the hidden hamburger menu whose social icons, 'Free Resources' and template-quiz promos are
# flat siblings of its nav links, and the footer navigation whose six social icons are flat siblings of its link
# columns), the categories line, 'back to blog', the author intro band ('Thanks for reading!', 'Learn more'), the
# episode player (content), three empty fl-html modules in the body (no hint of purpose), the course pitch written
# as body prose. No ad slots.
related=[
 R(M+"/div[7]/div/div/p[3]", None, 1, "inline", note="'Read More: 4 REAL Fears You Might Have About Starting a Podcast ...'"),
 R(M+"/div[10]/div/div/p[5]", None, 1, "inline", note="'Read More: 3 Real Ways to *Actually* Make Money from Your Podcast'"),
 R(PC+"/div[2]", "Related", 0, "after", amb=True, note="Jetpack related posts, heading only, filled by script"),
 R(S+"/div[5]", None, 2, "after", note="previous/next post pagination band"),
 R(S+"/div[1]/div[3]", "trending posts", 2, "outside", amb=True, note="hidden search-open overlay: search form, 'popular' topic links, 2 trending posts, category links"),
]
ctas=[
 C("follow", "Subscribe & download the episode to your device: Apple Podcasts | Spotify | YouTube | iHeartRadio", "inline", M+"/div[4]", note="podcast platform links under the player (with 'Search for episode 263!')"),
 C("other", "Links Mentioned: Grab my Free Podcast Equipment Guide Sign up for the Podcast Success Blueprint !", "after|inline", M+"/div[14]", amb=True, note="'Links Mentioned' list: free guide, course, template shop, Facebook community, Instagram; the source's ground truth keeps it in the body"),
 C("share", "Share this post:", "after", S+"/div[4]", amb=True, note="band with categories line, 'Share this post:' icons and the affiliate disclaimer"),
 C("newsletter", "Become an email insider! Get weekly tips and inspiration for building a business that aligns with your life.", "after|outside", S+"/div[6]", note="newsletter promo band (form embed empty, script-filled)"),
 C("other", "Keep Growing with online courses & website templates", "after|outside", S+"/div[7]", note="product promo band: course, podcast course, Showit templates"),
 C("follow", "Get more when you subscribe to Your relatable, always helpful and to the point podcast for women business owners", "after|outside", S+"/div[9]", note="podcast promo band: Subscribe on Apple / Spotify"),
 C("follow", "@ELIZABETHMCCRAVY instagram More Business Strategy & BTS on", "outside", S+"/div[11]", note="footer Instagram band (social grid filled by script)"),
]
ads=[]
