from _dsl import *
FILE="wcxb/html/0430.html.gz"
# Filippo Valsorda's newsletter/blog 'words.filippo.io' (Buttondown) post 'Building a Transparent Keyserver': header with
# the site logo only; article (date, h1, long text with code blocks and quotes; 'Summing up', 'Future work' sections,
# a closing paragraph asking readers to join the Transparency.dev Slack and follow the author on Bluesky / Mastodon;
# 'The picture' section with a photo; Geomys funding note naming its sponsors and 'Here are a few words from some of
# them!' followed by two sponsor messages (Teleport with a utm link, Ava Labs); footnotes); 'Subscribe 📮 | Feed 📡 |
# Bluesky 🦋 | Mastodon 🐘' box under the article; in-text blockquote asides pointing to talk videos. No ad markup.
# Not labelled: header logo, in-text links, the 'cross-posted on the Transparency.dev Community Blog' note, the photo, the Geomys funding note (a disclosure naming the sponsors: kept
# as text, like the sponsor messages, by the wcxb ground truth), footnotes.
SE="/html/body/main/article/section"
SB="/html/body/main/aside/p"
related=[
 R(SE+"/blockquote[2]", None, 1, "inline", amb=True, note="in-text aside: 'If you'd like a longer introduction, my Real World Crypto 2024 talk presents …' (link to a talk video; the author's own prose, kept by wcxb)"),
 R(SE+"/blockquote[3]", None, 1, "inline", amb=True, note="in-text aside: 'If you want to catch up with the tlog ecosystem, my 2025 Transparency.dev Summit Keynote …' (talk video)"),
 R(SE+"/blockquote[4]", None, 1, "inline", amb=True, note="in-text aside: 'Katie Hockman gave a great talk on the Go Checksum Database at GopherCon 2019.' (talk video)"),
]
ctas=[
 C("follow", "I hope this step-by-step demo will help you apply tlogs to your own systems. If you need help, you can join the Transparency.dev Slack.", "inline|after", SE+"/p[71]", amb=True, note="closing paragraph of the text: join the Transparency.dev Slack, follow the author on Bluesky / Mastodon (an ask closing the text: open question; 'The picture' section follows)"),
 C("other", "Subscribe 📮 | Feed 📡 | Bluesky 🦋 | Mastodon 🐘", "after", "/html/body/main/aside", note="'subscribe' box under the article: newsletter 'Subscribe' link and Feed / Bluesky / Mastodon follow links (asks differ: convention 4)"),
 C("newsletter", "Subscribe", "after", SB+"/a[1]", amb=True, note="'Subscribe 📮' newsletter link of the box above (convention 9.2)"),
 C("follow", "Feed", "after", SB+"/a[2]", amb=True, note="'Feed 📡' RSS link of the box above (convention 9.2)"),
 C("follow", "Bluesky", "after", SB+"/a[3]", amb=True, note="'Bluesky 🦋' profile link of the box above (convention 9.2)"),
 C("follow", "Mastodon", "after", SB+"/a[4]", amb=True, note="'Mastodon 🐘' profile link of the box above (convention 9.2)"),
]
ads=[
 A(SE+"/p[76]", "after", "sponsor message 'Teleport — … Teleport Identity …' (utm-tagged link) after the picture section, under 'Here are a few words from some of them!'; a paid sponsor read in the text, no ad markup (kept as text by wcxb)", amb=True),
 A(SE+"/p[77]", "after", "sponsor message 'Ava Labs — … ongoing sponsorship of Filippo and his team'; sponsor read in the text, no ad markup", amb=True),
]
