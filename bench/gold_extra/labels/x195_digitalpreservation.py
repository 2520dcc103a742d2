from _dsl import *
FILE="wcxb/html/0447.html.gz"
# National Library of Norway digital-preservation blog (Hugo Hextra theme) post: top navbar (Blog/Docs/About,
# search, theme and language switchers, NB.no link); sidebar with search and a mobile-only site navigation tree
# whose 'Blog' branch lists all 14 posts; breadcrumb, title, date/author, text, 'Last updated … Github commit
# history', previous-post link; footer with language/theme switchers only. Empty table-of-contents column with a
# back-to-top button. No ad slot, no share/follow/newsletter widget.
# Not labelled: navbar, search, breadcrumbs, the tree's About/Documentation branches, 'Last updated' line with the
# commit-history link, language/theme switchers, back-to-top button.
M="/html/body/div[2]/article/main"
related=[
 R("/html/body/div[2]/aside/div[2]/ul/li[2]/div", "Blog", 14, "outside", amb=True, note="'Blog' branch of the mobile-only sidebar navigation tree listing all 14 posts (site menu more than a story list)"),
 R(M+"/div[5]", None, 1, "after", note="previous-post link 'Workshop with KBNL' under the text"),
]
ctas=[]
ads=[]
