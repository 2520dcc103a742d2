from _dsl import *
FILE="wcxb/html/0386.html.gz"
# Corti (healthcare AI company, Webflow) story 'Corti introduces GIM: Benchmark-leading method for understanding AI model
# behavior': inline global styles; nav bar (logo with hidden context menu 'Copy Logo as SVG / Visit Brand Kit', menu
# drop-downs Platform/Solutions/Developers/Company, mobile-only 'Get API key / Sign in' buttons, burger and 'Log in /
# Sign up' buttons); post header (category, h1, date, hero image); three-column story: left sidebar (author list linking
# LinkedIn profiles, 'Research' link to the arXiv paper, 'Resources' links: Substack, PyPI package, leaderboard), text
# (video embed, h2/h3 sections, figures, quote, code block) with 'Share this story' box (copy link, LinkedIn, X,
# Facebook, Reddit), right sidebar 'On this page' (table of contents placeholder); 'Recent stories' band (3 story cards,
# 'View all Stories' button); footer (Platform / Company / Developers / Connect / Legal link columns, copyright). No ads,
# no ad configuration.
# Not labelled: menus and drop-downs, hidden logo context menu, author list (bios), sidebar 'Research' and 'Resources'
# links (the paper and tools the story reports on), 'On this page' table of contents, video embed (body), footer link
# columns other than 'Connect' (incl. Contact, Discord Community, Corti Console sign-up links among product links).
ST="/html/body/div/main/header/div/div/div/div[2]/div"
related=[
 R("/html/body/div/main/section", "Recent stories", 3, "after", note="'Recent stories' band under the story: 3 story cards (title, category, date) and 'View all Stories' button"),
]
ctas=[
 C("other", "Log in Sign up", "outside", "/html/body/div/div[2]/div/div[4]", amb=True, note="nav bar button group: burger, 'Log in' and 'Sign up' (console account) buttons"),
 C("other", "Get API key Sign in", "outside", "/html/body/div/div[2]/div/nav/div[1]", amb=True, note="'Get API key' / 'Sign in' buttons at the top of the nav menu, hidden on desktop (hide-desktop)"),
 C("share", "Share this story corti.ai/stories/gim-a-new-standard-for-mechanistic-interpretability", "after", ST+"/div[2]/div[2]", note="'Share this story' box under the text: copy-link, LinkedIn, X, Facebook, Reddit"),
 C("follow", "Connect Discord LinkedIn Youtube Instagram GitHub X / Twitter", "outside", "/html/body/div/footer/div/div/div/div[1]/div/div[4]", note="footer 'Connect' column of social links (Discord, LinkedIn, YouTube, Instagram, GitHub, X)"),
]
ads=[]
