from _dsl import *
FILE="trafilatura-eval/html/rueda.wikidot.com.enchufla.html.gz"
# Rueda in Berlin (Wikidot wiki, German) page 'Enchufla Figuren': Wikidot top bar (logo, new-site form, 'Share on' icons,
# Edit/History/Tags/Source, 'Explore »'); side-slide ad div; site header (title, login links); left side bar (wiki menu,
# 'Ansagen nach Grundschritt' call links, tag cloud, add-page form); page (title, above-content ad, TOC, figure
# descriptions, below-content ad, page tags, revision info and page option buttons); footer links, licence line,
# 'Other interesting sites' Wikidot network promo; hidden hover-tip divs. A 'wad-tier3-mobile-anchor' ad is only
# appended by script on small phones (no container in the HTML).
# Not labelled: the Wikidot top-bar edit/history/tags/source buttons and 'Explore »', login links, side-bar menus
# ('Ansagen nach Grundschritt' links are wiki navigation), tag cloud, add-page form, TOC, page tags, page options,
# footer links and licence, hover tips.
CW="/html/body/div[1]/div[4]/div[1]/div"
MC=CW+"/div[2]/div[2]"
related=[
 R(CW+"/div[8]", "Other interesting sites", 4, "outside", amb=True, note="(ambiguous since set K was read: other sites' home pages, no stories) footer 'Other interesting sites' bar: 4 other Wikidot sites with image, title and blurb"),
]
ctas=[
 C("share", "Share on", "outside", "/html/body/div[1]/div[1]/div[2]", note="top-bar 'Share on' icons (Twitter, Facebook, Delicious, Digg, Reddit, StumbleUpon)"),
 C("other", ".wikidot.com", "outside", "/html/body/div[1]/div[1]/div[1]", amb=True, note="top-bar Wikidot new-site form (site-name field '.wikidot.com')"),
]
ads=[
 A("/html/body/div[1]/div[3]", "outside", "empty Wikidot ad unit wad-tier3-side-slide (side slide-in, sized by script)"),
 A(MC+"/div[3]", "before", "empty Wikidot ad unit wad-tier3-above-content (728x90 etc., nads.createAd)"),
 A(MC+"/div[5]", "after", "empty Wikidot ad unit wad-tier3-below-content (300x250 etc., nads.createAd)"),
]
