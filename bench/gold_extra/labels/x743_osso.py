from _dsl import *
FILE="wcxb/html/0440.html.gz"
# OSSO B.V. (hosting company, static site) blog post 'recap 2025 - updates at OSSO': header navbar (logo, burger, menu
# Hosting / Security / Open Source / Operations / Kubernetes / Blog / About); hero with h1 'OSSO 2025 recap +
# highlights'; content container: goback row 'Back to overview' and 'Older post: Kubernetes: the new Gateway API';
# row of the article column (h2, 'Written by The Team, edited by Walter', date; the text: intro, jump list of five
# sections, sections on infrastructure, tooling & security, open source (SONiC, Alpine sponsoring, OSSO tooling list
# of GitHub repos, MinIO), the human element and the HQ, closing 'Looking Forward to 2026') and right sidebar ('Most
# recent posts' list of 5 and 'Surrounding posts' list of 4 entries, the current one unlinked); rule and a second
# 'Back to overview' / 'Older post: ...' pair; footer ('Location' address, phone and e-mail; 'Links' column OSSO B.V.,
# OSSO B.V. at GitHub, OSSO.network; company registration column; copyright). No ads, no share or comment widgets.
# Not labelled: navbar menu, the 'Back to overview' links (navigation to the blog index), the text's jump list (table
# of contents), links written on terms inside ordinary sentences ('security page', 'sponsor hardware and bandwidth',
# 'zabbix-agent-osso', 'pursue the switch replacement project again'), the 'OSSO tooling' list of the company's GitHub
# repositories (the text's own subject), the closing 'see you around in Slack!' line (no link or ask), the footer
# company-registration column (IBAN/KvK/BTW) and copyright.
CT="/html/body/div[1]/div/div[2]/div"
SB=CT+"/div[2]/div/aside/div"
TX=CT+"/div[2]/article/div/section"
related=[
 R(CT+"/div[1]", None, 1, "before", note="goback row above the article: 'Back to overview' (blog index) and 'Older post: Kubernetes: the new Gateway API' (previous-post link; previous/next links are one related block)"),
 R(SB+"/ul[1]", "Most recent posts", 5, "outside", note="right sidebar 'Most recent posts' list of 5 dated posts; the sidebar holds two headed lists with no container each (convention 7 and 9.1: the list, titled by its h3)"),
 R(SB+"/ul[2]", "Surrounding posts", 3, "outside", note="right sidebar 'Surrounding posts' list: this post (unlinked, 'current') and 3 linked older posts"),
 R(CT+"/a[2]", None, 1, "after", note="'Older post: Kubernetes: the new Gateway API' link under the rule after the article row, beside a second 'Back to overview' link (no wrapper of its own)"),
]
ctas=[
 C("contact", "For those of you who need that 100% internet.nl rating, you know where to find us. =)", "inline", TX+"/p[23]", amb=True, note="line in the IPv6 section inviting customers who need a 100% internet.nl rating to come to OSSO; a pitch with no link or control (as x705's pitch lines)"),
 C("contact", "Location Helperpark 282A 9723ZA Groningen Phone: +31 (0)50 210 3520 E-mail: info@osso.nl", "outside", "/html/body/div[2]/div/div[1]/div[1]", amb=True, note="footer 'Location' column: address, tel: and mailto: links, no button or form (convention 2)"),
 C("follow", "Links OSSO B.V. OSSO B.V. at GitHub OSSO.network", "outside", "/html/body/div[2]/div/div[1]/div[2]", amb=True, note="footer 'Links' column: company site, 'OSSO B.V. at GitHub' profile, OSSO.network; one of three links is a profile (9.7 half-menu column)"),
]
ads=[]
