from _dsl import *
FILE="wcxb/html/0244.html.gz"
# Splunk blog 'Learn' article '12 Must-Have Data Analysis Tools for 2026 | Python, SQL & AI', served as unrendered
# Adobe Edge Delivery markup: empty header and footer (filled by script); visually hidden h1; first section (Key
# Takeaways box, text with h2/h3 tool sections, in-text '(Related reading: …)', '(Know the differences: …)' and '(Want
# to skill up? Explore …)' story lines, 'Wrapping up', FAQ accordion block, fragment link for a disclaimer, 'sidebar'
# block holding a fragment link '/en_us/blog/fragments/the-new-rules-of-data-management' (a promo fragment loaded by
# script; section metadata 'two-column' puts it beside the text), section-metadata table); empty author-bio-list block;
# 'Related Articles' article-list block (config rows, then 9 server-rendered cards); fragment links 'about-splunk' and
# 'subscribe-footer' (filled by script). No ads, no ad configuration.
# Not labelled: empty header/footer, Key Takeaways box, FAQ accordion (body, convention 7), disclaimer fragment link,
# section-metadata table, empty author-bio-list, in-sentence links to other Learn articles (e.g. the closing 'data
# analysis techniques' link).
BD="/html/body/main/div[1]"
related=[
 R(BD+"/p[5]", "Related reading:", 2, "inline", note="'(Related reading: most common data types & big data analytics.)' line with 2 story links"),
 R(BD+"/p[22]", "Know the differences:", 1, "inline", note="'(Know the differences: SQL vs NoSQL.)' story line"),
 R(BD+"/p[34]", "Related reading:", 1, "inline", note="'(Related reading: the democratization of data.)' story line"),
 R(BD+"/p[70]", None, 1, "inline", note="'(Want to skill up? Explore these data analytics & data science certifications.)' story line before 'Wrapping up'"),
 R("/html/body/main/div[3]", "Related Articles", 9, "after", note="'Related Articles' article-list block (config rows 'Title / Filter / Blog Limit 3 / …' as raw text, h3, grid of 9 cards with category, reading time, title, excerpt)"),
]
ctas=[
 C("other", "/en_us/blog/fragments/the-new-rules-of-data-management", "outside", BD+"/div[4]", amb=True, note="'sidebar' block whose only content is a fragment link to a 'the new rules of data management' promo (filled by script; placed beside the text by the two-column section style)"),
 C("other", "/en_us/blog/fragments/about-splunk", "after", "/html/body/main/div[4]", amb=True, note="fragment block 'about-splunk' (company box, filled by script)"),
 C("newsletter", "/en_us/blog/fragments/subscribe-footer", "after", "/html/body/main/div[5]", amb=True, note="fragment block 'subscribe-footer' (blog subscription box, filled by script)"),
]
ads=[]
