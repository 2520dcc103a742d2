from _dsl import *
FILE="wcxb/html/0325.html.gz"
# Yoast blog post 'What is SEO (Search Engine Optimization)?': skip link; search bar; sticky header (logo, main menu,
# 'Download FREE' button, utility menu with search, Login, Cart, currency switch); reading progress bar; breadcrumb;
# post header (h1, author, date, tags); post content: product aside 'Enhance your site's SEO for free' with 'Get started
# for FREE' button and star rating, 'Key takeaways' AI summary, text with testimonial-style quote boxes, a closing 'How we
# can help you' section (plugin, academy, blog links) and a 'Read more: The ultimate guide to WordPress SEO »' line;
# 'Share this post' bar; author box; post footer newsletter block ('Want to stay ahead of the SEO game?', ActiveCampaign
# form mount _form_44); full footer sitemap menu; site footer (legal links incl. Contact us, currency switch, copyright,
# social icons); back-to-top button.
# No ad markup or ad scripts: no ads.
# Not labelled: menus, search, utility menu (Login / Cart), breadcrumb, tags, Key takeaways box, quote boxes, the
# 'How we can help you' section (ordinary body sentences about Yoast's products), author box, footer sitemap and legal
# links, back-to-top button.
C0="/html/body/div[2]/main/article/div"
related=[
 R(C0+"/p[36]", None, 1, "after", note="'Read more: The ultimate guide to WordPress SEO »' line (p.readmore) closing the text"),
]
ctas=[
 C("other", "Download FREE", "outside", "/html/body/header/div[2]/div", note="header 'Download FREE' button (plugin download)"),
 C("other", "Enhance your site's SEO for free Optimize content for SEO", "before|outside", C0+"/aside", note="product aside 'Enhance your site's SEO for free' with 'Get started for FREE' button and WordPress.org review stars, beside the start of the text"),
 C("share", "Share this post", "after", C0+"/div[4]", note="'Share this post' bar: X, LinkedIn, WhatsApp, Telegram, Mastodon, copy link"),
 C("newsletter", "Want to stay ahead of the SEO game? Subscribe to our newsletter", "after", "/html/body/div[2]/main/article/footer", note="post footer newsletter block with ActiveCampaign form mount (_form_44)"),
 C("follow", "", "outside", "/html/body/footer/div/div[2]/div[2]", note="footer social icons: Facebook, YouTube, Instagram, LinkedIn"),
]
ads=[]
