from _dsl import *
FILE="wcxb/html/2740.html.gz"
# AppAddict (Scribbles blog) post 'Digital Photo Frame App Makes Old Hardware Useful Again' (19 Dec 2025): header (avatar,
# blog name); article (date, h1, figure, text with h2 sections and feature lists, closing paragraph with an in-text link
# to the blog's Digikam post); empty Tinylytics kudos button; '✉️ Reply by email' link; 'Got any feedback on this app? Got
# an alternative? Leave a comment!' Komments button; footer (blog name, blog description, 'Search Archive' menu button,
# 'Subscribe via RSS here' link, empty Shoutouts embed, secondary link row 'Get AppAddict via Newsletter' / GuestBook /
# Contact Form / Mastodon / Micro.blog / About / /now / Living Out Loud / Find me / Bluesky). No ads, no ad configuration.
# Not labelled: header, blog description, 'Search Archive' button, the in-text Digikam link (kept in the wcxb ground truth).
AR="/html/body/main/div/article"
FT="/html/body/main/div/footer"
related=[
 R(FT+"/div[2]", None, 0, "outside", amb=True, note="empty footer div with the shoutouts.page embed script (blog recommendations filled by script; purpose only guessed from the script URL)"),
]
ctas=[
 C("other", "", "after", AR+"/div[2]", amb=True, note="empty Tinylytics kudos (like) button under the text"),
 C("comments", "Reply by email", "after", AR+"/div[3]", note="'Reply by email' mailto link to the author"),
 C("comments", "Got any feedback on this app? Got an alternative? Leave a comment!", "after", AR+"/div[4]", note="Komments button 'Got any feedback on this app? … Leave a comment!'"),
 C("follow", "Subscribe via RSS here", "outside", FT+"/a", note="footer 'Subscribe via RSS here' feed link"),
 C("follow", "Get AppAddict via Newsletter GuestBook | Contact Form | Mastodon | Micro.blog | About | /now", "outside", FT+"/div[3]", amb=True, note="footer secondary link row: newsletter sign-up link, guestbook, contact form, Mastodon / Micro.blog / Bluesky profiles, about pages (mixed row)"),
]
ads=[]
