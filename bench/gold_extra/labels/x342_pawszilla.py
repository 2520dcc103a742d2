from _dsl import *
FILE="trafilatura-eval/html/pawszilla.com.celine.html.gz"
# PawsZilla (Battery Media Group, 'gamma' slideshow layout) article 'Fans Expressed Fears Over Céline Dion's Major Weight
# Loss – Then The Star Confirmed The Real Cause', all 79 slides in the HTML (image + text each; the second half is about
# Kirstie Alley, same article). Header: logo + category menu; title, 'By Staff Writer', empty share container; slides;
# 'NEXT ARTICLE' button; empty Nativo container; two bottom ad units; footer (copyright, legal links).
# Ads: from slide 4 on, every other slide carries an 'ADVERTISEMENT' wrapper above its image (adf-adunit above-content-image)
# and, from slide 5 on, one below its text (adf-adunit below-content-text-alternate); each wrapper (label + empty unit) is one
# slot: 38 above + 38 below; the last one, below slide 79's text, is after the body.
# Not labelled: category menu, footer legal links, the scorecardresearch pixel and page-bottom tracker.
AR="/html/body/div/div/div/div[2]/div/div/main/article"
TOP=[4]+list(range(7, 80, 2))    # slides with an ad above the image
BELOW=[5]+list(range(7, 80, 2))  # slides with an ad below the text
related=[
 R(AR+"/a", None, 1, "after", note="'NEXT ARTICLE' button linking to the next story (Jaguar / doctor's note)"),
]
ctas=[
 C("share", "", "before", "/html/body/div/div/div/div[2]/div/div/main/div/div/div[3]", amb=True, note="empty div.share beside the byline (share buttons filled by script)"),
]
ads=[
 *[A(AR+f"/div[{n}]/div/div[1]", "inline", f"'ADVERTISEMENT' + empty adf-adunit above the image of slide {n}") for n in TOP],
 *[A(AR+f"/div[{n}]/div/div[{2 if n == 5 else 3}]", "after" if n == 79 else "inline", f"'ADVERTISEMENT' + empty adf-adunit below the text of slide {n}") for n in BELOW],
 A(AR+"/div[80]", "after", "empty Nativo native-ad container under the 'NEXT ARTICLE' button"),
 A(AR+"/div[81]", "after", "'ADVERTISEMENT' + empty adf-adunit below-page-navigation"),
 A(AR+"/div[82]", "after|outside", "'ADVERTISEMENT' + empty adf-adunit above-footer"),
]
