from _dsl import *
FILE="wcxb/html/0407.html.gz"
# LMSYS Org (Next.js) blog post 'Mini-SGLang: Efficient Inference Engine in a Nutshell' by Ziyi Xu: fixed left navbar
# ('LMSYS ORG' title, Projects / Blog / About / Donations / Chatbot Arena links, desktop icon row: e-mail, Slack, GitHub,
# Twitter, RSS; mobile burger menu, off-canvas, with the same links and an icon row with Discord instead of Slack);
# content column (h1, byline, text with figures, benchmark sections, Conclusion inviting readers to the source code,
# Acknowledgements); Cloudflare e-mail decoder and __NEXT_DATA__ scripts.
# No related block, no ads, no newsletter or share widget in the HTML.
# Not labelled: navbar links (incl. 'Donations', a menu entry), byline, in-text links (incl. the Conclusion's 'source code'
# link: part of the text, no ask of a CTA kind), acknowledgements.
NB="/html/body/div/div/div[1]/div"
related=[]
ctas=[
 C("follow", "", "outside", NB+"/div[2]", note="navbar icon row (desktop, hidden md:flex): e-mail, Slack, GitHub, Twitter, RSS"),
 C("follow", "", "outside", NB+"/div[3]/div/div[3]/div[1]/nav/div/div[2]", amb=True, note="icon row (e-mail, Discord, GitHub, Twitter, RSS) in the off-canvas mobile burger menu (md:hidden, 9.3)"),
]
ads=[]
