from _dsl import *
FILE="wcxb/html/4512.html.gz"
# SAP (sap.com, Adobe Edge Delivery 'franklin' page, unrendered: blocks are plain div tables a script decorates) insights
# article 'Emerging technologies to tackle climate change': empty header; hero-v2 block (config cells 'flex-height',
# 'text-black', picture, h1, dek, three button config cells 'default {}' / 'primary' / 'secondary' with no text or link);
# text section with h2/h3 parts; a fragment link '/fragments/insights/article-details'; a fragment link
# '/fragments/insights/article-read-more' in a section whose metadata says 'location document-footer'; empty footer.
# No ad slot on the page.
# Not labelled: empty header and footer (empty shells), hero config cells and the three empty button config cells (no text
# or link: empty shells), section-metadata cells, the 'article-details' fragment link (article meta, not a related or CTA
# kind by its name).
M="/html/body/main"
related=[
 R(M+"/div[4]/div[1]", None, 0, "after", amb=True, note="unrendered 'article-read-more' fragment link (document-footer section) that a script replaces with read-more story cards (10.9)"),
]
ctas=[]
ads=[]
