from _dsl import *
FILE="trafilatura-eval/html/reporternewspapers.net-Brookhaven.html.gz"
# Rough Draft Atlanta (Newspack WordPress) news brief 'Brookhaven Village closed due to gas leak': GPT slot above the
# header; hidden mobile sidebar menu (tertiary Support Local News / Newsletters, search, papers menu, quick-access menu,
# social links); header (quick-access menu, social icons, logo, Support Local News / Newsletters, search, red 'SUPPORT
# LOCAL NEWS' button, papers menu); article (categories, title, byline, Jetpack share icons; empty audio-player widget;
# lead image, inline newsletter sign-up 'Get the newsletter that Atlanta is talking about', three paragraphs, then four
# empty GPT slots – scaip-1, scaip-2, sidebar_article-2, below-content widget –, tags, author bio); right sidebar (GPT
# widget, 'Trending on Rough Draft', GPT widget, 'Recent Stories', three GPT widgets); footer (legal links, copyright,
# social icons); hidden Jetpack image-carousel overlay with its comment form.
# Not labelled: menus (incl. the highlighted 'Support Local News' / 'Newsletters' items and 'Advertise'), tags, author bio
# ('More by ...'), the empty luna audio-player widget above the text, the hidden Jetpack carousel overlay (its image-comment
# form is part of the lightbox), search.
M="/html/body/div[2]/div/section/main"
EC=M+"/div/article/div[1]"
SB=M+"/aside"
related=[
 R(SB+"/section[2]", "Trending on Rough Draft", 5, "outside", note="sidebar Jetpack top posts"),
 R(SB+"/section[4]", "Recent Stories", 5, "outside", note="sidebar recent posts (includes this story)"),
]
ctas=[
 C("follow", "Facebook Instagram LinkedIn Twitter", "outside", "/html/body/aside[1]/nav[4]", amb=True, note="social links in the hidden mobile sidebar menu"),
 C("follow", "Facebook Instagram LinkedIn Twitter", "outside", "/html/body/div[2]/header/div[2]/div/div[1]", note="header social icons"),
 C("donate", "SUPPORT LOCAL NEWS", "outside", "/html/body/div[2]/header/div[2]/div/a", note="header 'SUPPORT LOCAL NEWS' button to the membership page"),
 C("share", "Share:", "before", M+"/header/div/div[2]", note="Jetpack share icons (Facebook, LinkedIn, Twitter) under the byline"),
 C("newsletter", "Get the newsletter that Atlanta is talking about", "before", EC+"/aside[1]", note="Newspack inline newsletter sign-up between the lead image and the first paragraph"),
 C("follow", "Facebook Instagram LinkedIn Twitter", "outside", "/html/body/div[2]/footer/div/div/nav", note="footer social icons"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "Newspack global_above_header GPT slot at the very top"),
 A(EC+"/aside[2]", "after", "scaip-1 GPT slot after the last paragraph"),
 A(EC+"/aside[3]", "after", "scaip-2 GPT slot"),
 A(EC+"/div", "after", "sidebar_article-2 GPT slot at the end of the entry content"),
 A(EC+"/section", "after", "below-content Newspack ads widget (GPT)"),
 A(SB+"/section[1]", "outside", "sidebar Newspack ads widget (GPT) at the top"),
 A(SB+"/section[3]", "outside", "sidebar Newspack ads widget (GPT)"),
 A(SB+"/section[5]", "outside", "sidebar Newspack ads widget (GPT)"),
 A(SB+"/section[6]", "outside", "sidebar sticky Newspack ads widget (GPT)"),
 A(SB+"/section[7]", "outside", "sidebar Newspack ads widget (GPT)"),
]
