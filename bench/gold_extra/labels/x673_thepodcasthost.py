from _dsl import *
FILE="wcxb/html/0359.html.gz"
# The Podcast Host (WordPress theme 'thepodcasthost', Alitu) article 'What’s the Best Video Editing Software for Creators?'
# by Colin Gray: OptinMonster loader script; skip link; header (logo, search toggle, 'More help' menu toggle, 'Subscribe'
# button to the Pod Pointers newsletter; hidden hamburger menu of product/resource links); stage tabs (Plan & launch ...);
# article header (h1, thumbnail), author/date aside; content (hidden empty p, inline TOC, intro, affiliate disclosure, 7
# product sections each ending in a '👉 Try <product>' affiliate link line (thirstylink, rel sponsored), 'What’s Your
# Choice?' close, closing pointer 'here’s how to put your podcast on YouTube!'); 'Share on LinkedIn' button; 'Prefer to
# watch?' YouTube banner; 'What now, you might wonder?' three next-post cards; empty OptinMonster footer aside
# (tphOmFooterCode); 'Go from idea to legendary podcast...' four stage buttons; sticky sidebar (TOC, 'Edit your next podcast
# in 20 minutes with Alitu' / 'Try Alitu for free' widget, 'Get weekly podcasting tips!' ConvertKit form); mobile TOC
# toggle; sticky alt nav (title, 'Your next read' card, 'See full guide on Producing & editing'); 'Resources' button;
# footer (tagline, legal nav, PodCraft Podcast / Video Guides section, 'More content by us:' links, 'Work with us' links);
# search overlay; cookie bar and settings modal.
# No ads: AdRotate's clicker script is loaded but no AdRotate slot is in the HTML.
# Not labelled: OptinMonster loader script (no box), skip link, hamburger and stage-tab menus, author/date, TOCs, affiliate
# disclosure line, in-text product and article links, 'Resources' toggle, footer legal nav and 'More content by us:' links
# (evergreen site pages, navigation), search overlay, cookie bar and cookie settings modal.
PC="/html/body/div[3]/main/div/div/article/div/div/div[1]"
SB="/html/body/div[3]/main/div/div/article/div/div/aside/div/div[2]"
AN="/html/body/div[4]/div[1]/div/div"
FT="/html/body/footer/div/div"
related=[
 R(PC+"/p[70]", None, 1, "after", amb=True, note="closing line 'And, once you’re up and running ..., here’s how to put your podcast on YouTube!' linking another post (an ordinary sentence of the text, kept in the wcxb ground truth; 10.10/11.4)"),
 R(PC+"/aside[2]", "What now, you might wonder?", 3, "after", note="'What now, you might wonder?' next-post grid: Industry Latest card and two 'Matthew’s pick' cards"),
 R(PC+"/aside[4]", "Go from idea to legendary podcast...", 4, "after", amb=True, note="'Go from idea to legendary podcast...' four stage buttons (Plan & launch, Produce & edit, Presenting, Grow & monetise) linking the site's stage hubs (section pages, 10.4)"),
 R(AN+"/div[2]", "Your next read", 1, "outside", note="sticky alt nav 'Your next read: How to hire a podcast producer' card (shown on scroll)"),
 R(AN+"/div[3]", "See full guide on", 1, "outside", amb=True, note="sticky alt nav 'See full guide on Producing & editing' link to the stage hub (a section page)"),
]
ctas=[
 C("newsletter", "Subscribe", "outside", "/html/body/header/div[1]/div/div[3]/a[2]", note="header 'Subscribe' button to the Pod Pointers newsletter sign-up page"),
 C("other", "👉 Try Adobe Premiere", "inline", PC+"/p[25]", amb=True, note="affiliate 'Try Adobe Premiere' line closing the product section (thirstylink, rel sponsored; affiliate convention)"),
 C("other", "👉 Try Filmora", "inline", PC+"/p[32]", amb=True, note="affiliate 'Try Filmora' line"),
 C("other", "👉 Try Final Cut Pro", "inline", PC+"/p[40]", amb=True, note="affiliate 'Try Final Cut Pro' line"),
 C("other", "👉 Try Camtasia", "inline", PC+"/p[46]", amb=True, note="affiliate 'Try Camtasia' line"),
 C("other", "👉 Try Veed", "inline", PC+"/p[54]", amb=True, note="affiliate 'Try Veed' line"),
 C("other", "👉 Try FlexClip", "inline", PC+"/p[59]", amb=True, note="affiliate 'Try FlexClip' line"),
 C("other", "👉 Try Movavi", "inline", PC+"/p[64]", amb=True, note="affiliate 'Try Movavi' line before 'What’s Your Choice?'"),
 C("share", "Share on LinkedIn", "after", PC+"/div[2]", note="'Share on LinkedIn' button under the text"),
 C("follow", "Prefer to watch? Visit our YouTube channel for more HOW TO content. Click here to open our channel", "after", PC+"/aside[1]", note="'Prefer to watch?' YouTube channel banner"),
 C("other", "", "after", PC+"/aside[3]", amb=True, note="empty OptinMonster footer-code aside (tphOmFooterCode), filled by script (10.9)"),
 C("other", "Edit your next podcast in 20 minutes with Alitu Seriously, just 20 minutes. That's faster than ordering a pizza. Nice. Try Alitu for free", "outside", SB+"/div[1]", note="sidebar Alitu promo with 'Try Alitu for free' trial button (own product)"),
 C("newsletter", "Get weekly podcasting tips!", "outside", SB+"/div[2]", note="sidebar 'Get weekly podcasting tips!' ConvertKit form (script-filled form in its own box)"),
 C("follow", "PodCraft Podcast Our podcast on the art of podcasting. Listen and learn more here. Video Guides Subscribe to our YouTube channel.", "outside", FT+"/div[2]", note="footer section: PodCraft Podcast (listen) and Video Guides (subscribe to the YouTube channel)"),
 C("follow", "PodCraft Podcast Our podcast on the art of podcasting. Listen and learn more here.", "outside", FT+"/div[2]/div[1]", amb=True, note="footer PodCraft Podcast 'Listen and learn more here' item (9.2)"),
 C("follow", "Video Guides Subscribe to our YouTube channel.", "outside", FT+"/div[2]/div[2]", amb=True, note="footer Video Guides 'Subscribe to our YouTube channel' item (9.2)"),
 C("contact", "Work with us Affiliate Programme Contact Us Recruitment Speaking, Teaching & Media Enquiries", "outside", FT+"/div[4]", amb=True, note="footer 'Work with us' column: affiliate programme, Contact Us, recruitment, speaking enquiries (half-menu column, 9.7)"),
]
ads=[]
