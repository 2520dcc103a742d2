from _dsl import *
FILE="wcxb/html/0397.html.gz"
# GardenWith.Me (small static blog; AdSense auto-ads script and ss.mrmnd.com native/dynamic ad scripts in the head)
# article 'Mastering Clematis Pruning: A Group-by-Group Guide to Abundant Blooms All Season': header (logo, Home / About /
# Privacy / Terms nav, search box); article (h1, byline and date, lead image; text with h2 sections, a comparison table,
# a huge paragraph holding a broken markdown table and pasted news copy with 'Read more news like this on
# HindustanTimes.com' lines, lists; three empty data-mndazid ad-zone divs between paragraphs, each followed by an empty
# paragraph); 'Written by Randy Thompson' author bio card with 'Learn more about Randy'; footer (brand, tagline,
# protected e-mail line, Explore and Resources link columns incl. RSS Feed, copyright).
# No related block on the page.
# Not labelled: nav, search, header anchors, the pasted news copy inside paragraph 17 (body junk; its HindustanTimes.com
# links are not a widget), author bio card, footer link columns (incl. RSS Feed), AdSense and mrmnd scripts in the head
# (no element where an ad shows), empty paragraphs after the ad divs.
T="/html/body/main/article/div[1]"
related=[]
ctas=[
 C("contact", "[email protected]", "outside", "/html/body/footer/div/div[1]/div[1]/p[2]", amb=True, note="footer e-mail line (Cloudflare-protected address link) under the tagline, no button or form (10.5)"),
]
ads=[
 A(T+"/div[1]", "inline", "empty data-mndazid ad-zone div (mrmnd native ad network mount) in the Group 1 section"),
 A(T+"/div[2]", "inline", "empty data-mndazid ad-zone div (same zone id) in the Group 3 section"),
 A(T+"/div[3]", "inline", "empty data-mndazid ad-zone div (same zone id) in the mistakes section"),
]
