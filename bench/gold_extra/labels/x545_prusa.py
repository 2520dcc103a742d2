from _dsl import *
FILE="wcxb/html/0448.html.gz"
# Prusa Research blog (WordPress 'blog-prusaprinters' theme) post 'Open-sourcing CORE One CAD Files Under the New Open
# Community License (OCL)': fixed top bar (language drop-down, search button, Login); search form; empty #main-nav
# mount; article (h1, 'also available in following languages' flag links, author/date, reading time; text with a hidden
# Shareaholic share-buttons canvas above it, h3 sections, three 'prusa-hero' quote/notice boxes; hidden Shareaholic
# share-buttons and recommendations canvases below it); 'Related articles' list (3); 'Previous post' button; comments
# area (15 replies, 'You must be logged in to post a comment.', empty Facebook comments plugin); right sidebar
# ('Useful links' menu, 'Most read articles' with 'Sorry. No data so far.', Categories, 'Prusa CORE One+' product box
# with 'More info about CORE One+' button); empty #main-footer mount; fb-root. No ad markup.
# Not labelled: top bar (languages, search, Login), search form, translation flag links, reading time, quote/notice
# boxes (body), 'Useful links' menu (tools and product pages: navigation), Categories, empty #main-nav and #main-footer
# mounts (names give no kind), fb-root.
AR="/html/body/div[4]/div/div[1]/div/article"
PC=AR+"/div[4]/div[2]"
SB="/html/body/div[4]/div/div[2]"
related=[
 R(AR+"/div[4]/div[3]", "Related articles", 3, "after", note="'Related articles' list under the text (Holiday Gift Guide 2025, Prusament PLA LE 2025 Goldfish, 3D-printed Christmas cards)"),
 R(AR+"/div[4]/div[4]", None, 1, "after", note="'Previous post' button (btn-orange) linking the previous post"),
 R(SB+"/aside[2]", "Most read articles", 0, "outside", amb=True, note="sidebar WordPress Popular Posts widget 'Most read articles' showing 'Sorry. No data so far.' (no items)"),
]
ctas=[
 C("share", "", "before", PC+"/div[1]", amb=True, note="empty Shareaholic share-buttons canvas above the text (data-app=share_buttons, post_above_content; display:none until the script fills it)"),
 C("share", "", "after", PC+"/div[5]", amb=True, note="empty Shareaholic share-buttons canvas below the text (post_below_content; display:none until the script fills it)"),
 C("comments", "15 Replies to “Open-sourcing CORE One CAD Files Under the New Open Community License (OCL)”", "after", "/html/body/div[4]/div/div[1]/div/div/div", note="comments area: 15 replies, 'You must be logged in to post a comment.' (the Facebook comments plugin inside is labelled apart)"),
 C("comments", "", "after", "/html/body/div[4]/div/div[1]/div/div/div/div", amb=True, note="empty Facebook comments plugin (div.plugin-facebook-comments > div.fb-comments) at the end of the comments area (filled by script)"),
 C("other", "Prusa CORE One+ The CORE One+ is a fully enclosed CoreXY 3D printer with active chamber temperature", "outside", SB+"/aside[4]", note="sidebar product box 'Prusa CORE One+' (image link to the shop page, description, 'More info about CORE One+' button)"),
]
ads=[
 A(PC+"/div[6]", "after", "empty Shareaholic recommendations canvas below the text (data-app=recommendations, display:none until filled): a third-party recommendation container without a heading (gold README rule), though Shareaholic mostly shows the site's own posts", amb=True),
]
