from _dsl import *
FILE="wcxb/html/0058.html.gz"
# Otter (tryotter.com, Next.js + Prismic) SaaS blog post '10 Trends in catering to look for in 2025': sticky navbar with
# mega menus and 'Sign in / Get a demo' (plus a mobile menu copy), article grid (title/meta column, body column with
# TOC, rich-text slices and an inline 'Book a demo' CTA slice, 'Follow Us' icons and a sticky 'Book a demo' card in
# side areas), then 'Explore recent articles' band with skeleton cards and subscribe cards. No footer in the HTML
# (rendered later), no ads, no ad config (Osano CMP, FB pixel, statsig, Cloudflare/Netlify beacons only).
# Note: the parsed tree has a second <html> (Netlify RUM script), hence /html[1].
# Not labelled: mega-menu product/resource links (incl. 'Product demos', 'Otter Pulse *NEW*') and the image figure in
# the Products dropdown, 'Restaurant Tips' category chip, 'Table of contents', in-text product links, 'View all articles'.
AR="/html[1]/body/div/div/div/main/div/div/article"
NB="/html[1]/body/div/div/div/div/div/div"
EX="/html[1]/body/div/div/div/main/div/section"
related=[
 R(EX, "Explore recent articles", 0, "after|outside", amb=True, note="'Explore recent articles' band: 4 skeleton article cards (animate-pulse placeholders, filled by script) + 'View all articles' button; holds the subscribe cards"),
]
ctas=[
 C("other", "Sign in Get a demo", "outside", NB+"/div[2]/div", note="navbar 'Sign in' and 'Get a demo' (/start) buttons"),
 C("other", "Sign in Get a demo", "outside", NB+"/div[3]/div/div/div/div[1]", amb=True, note="mobile menu copy of 'Sign in' / 'Get a demo' (hidden off-canvas menu)"),
 C("other", "Book a demo with Otter It’s time to enhance your operations with Otter’s all-in-one restaurant platform.", "after", AR+"/div[2]/section[2]", note="block_blog_inline_cta slice under the FAQ: dark 'Book a demo with Otter' card (href is a broken /blog/[category]/[uid])"),
 C("follow", "Follow Us", "outside", AR+"/aside", note="'Follow Us' Instagram, Facebook, LinkedIn, YouTube, TikTok, Pinterest icons in a side grid area"),
 C("other", "Book a demo to see how Otter’s all-in-one platform can help your restaurant thrive.", "outside", AR+"/a", note="a#aside-ad: sticky side card linking to /start (house demo promo, not an ad slot)"),
 C("newsletter", "Subscribe for restaurant stories, news, and insights — straight to your inbox", "after|outside", EX+"/div/div[1]/div/div", note="subscribe card beside the recent-article cards (desktop, hidden on small screens; links to /start)"),
 C("newsletter", "Subscribe for restaurant stories, news, and insights — straight to your inbox", "after|outside", EX+"/div/div[2]", note="mobile copy of the subscribe card (sm:hidden)"),
]
ads=[]
