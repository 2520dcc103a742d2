from _dsl import *
FILE="trafilatura-eval/html/docs.docker.com.install.html.gz"
# Docker docs page 'Install Docker Engine' (Jekyll docs theme, 2021): fixed header (logo, search form, sidebar toggle,
# Home/Guides/Manuals/Reference/Samples nav, breadcrumb); empty left sidebar nav (filled by script); content (h1, reading
# time, 'Docker Desktop for Linux' beta notice box linking its docs page, platform tables, release channels, support,
# security reporting, 'Get started' section); tags line; empty Polldaddy rating holder; right column ('Edit this page' /
# 'Request docs changes' links with the dark-mode toggle, 'On this page:' TOC); footer (product/feature/company link
# columns, Terms/Status/Legal, copyright, social links). No ad slots (only GTM).
# Not labelled: header nav, search form, breadcrumb, left sidebar nav, TOC, tags line, footer link columns, in-text links.
SE="/html/body/div/div/div/div/main/section"
related=[
 R(SE+"/blockquote[1]", "Docker Desktop for Linux", 1, "before|inline", amb=True, note="'important' notice box under the reading time announcing Docker Desktop for Linux (Beta), 'For more information, see Docker Desktop for Linux' link; a reader could call it part of the docs text"),
]
ctas=[
 C("other", "", "after", SE+"/div[2]", amb=True, note="empty ratings-div with the Polldaddy rating holder under the tags (page rating widget filled by script)"),
 C("contact", "Edit this page Request docs changes", "outside", "/html/body/div/div/div/div/div/div/div/div[1]", amb=True, note="right-column feedback links (edit on GitHub, open a docs-change issue) in one row with the dark-mode toggle"),
 C("follow", "Twitter Youtube GitHub Linkedin Facebook Slideshare Reddit", "outside", "/html/body/footer/div/div[2]/div[2]", note="footer social links"),
]
ads=[]
