from _dsl import *
FILE="wcxb/html/0415.html.gz"
# Ash Vardanian's blog (Hugo PaperMod) post 'Full Unicode Search at 50x ICU Speed with AVX-512': header (logo, menu Archive /
# Tags / Search / Unum / Subscribe); post header (breadcrumbs, h1, description, meta); collapsible table of contents; long
# text with tables, code blocks, blockquote notes (one ending 'More on this topic in the "Processing Strings 109x Faster
# than Nvidia on H100" post'), install instructions, 'Future Plans', embedded tweet of the author announcing the post;
# post footer (tag 'Tech', 'Next >> Tuning TLS: AES-256 Beats ChaCha20 on Every CPU', share buttons); footer (copyright,
# Hugo/PaperMod credits); go-to-top link. No ads (gtag only).
# Not labelled: menu (incl. the Mailchimp 'Subscribe' link among the five menu items), breadcrumbs, table of contents,
# in-text links to the author's GitHub repositories, the embedded tweet (the author's own post, body media), tag,
# footer credits, go-to-top link.
AR="/html/body/main/article"
related=[
 R(AR+"/div[2]/blockquote[11]/p[2]", None, 1, "inline", note="own paragraph in a blockquote note: 'More on this topic in the \"Processing Strings 109x Faster than Nvidia on H100\" post' (10.10)"),
 R(AR+"/footer/nav", None, 1, "after", note="post navigation: 'Next >> Tuning TLS: AES-256 Beats ChaCha20 on Every CPU' (no previous link)"),
]
ctas=[
 C("share", "", "after", AR+"/footer/ul[2]", note="share buttons under the post (X, LinkedIn, Reddit, Facebook, WhatsApp, Telegram, Y Combinator icons)"),
]
ads=[]
