from _dsl import *
FILE="wcxb/html/0459.html.gz"
# Abduzeedo (Drupal, abdz_2025 theme) blog post 'Academy of Art University Earns 19 Honors at the 2026 GDUSA Design
# Awards': skip link; header (site name, 3-link main menu incl. 'Get featured', search form); page title; date/author;
# text (intro, sections, winners list, project sections with images), tags; 'Don't miss these ones' related view (8
# image-only post links); AdSense code block (holds only the adsbygoogle.js auto-ads loader); footer (Inspiration
# and Information menus, 'Download Apps' menu, 'Get Featured' submission box with 'Submit content', credits and social
# links); decorative grid; TermsFeed noscript link.
# Not labelled: header menu (incl. 'Get featured'), search form, tags, footer Inspiration/Information menus (incl.
# 'Remove ads', 'Writer access'), decorative grid, TermsFeed link.
MN="/html/body/div[1]/div/main"
FT="/html/body/div[1]/div/footer"
related=[
 R(MN+"/div[3]", "Don't miss these ones", 8, "after", note="related-content view under the article: heading and 8 image-only post links (titles only in alt text)"),
]
ctas=[
 C("app", "Download Apps Android App Buft Compound Calculator Calmaria Taco Ball Game iPhone & iPad", "outside", FT+"/nav[3]", note="footer 'Download Apps' menu (Android and iPhone/iPad apps, three other apps)"),
 C("contact", "Get Featured Send your project to be featured on the blog.", "outside", FT+"/div[1]", note="footer 'Get Featured' box: submit your project, 'Submit content' button"),
 C("follow", "Behance Blue Sky Instagram LinkedIn X", "outside", FT+"/div[2]/ul", note="footer social links (Behance, Bluesky, Instagram, LinkedIn, X) plus a cookie-preferences link"),
]
ads=[
 A(MN+"/div[4]", "after", amb=True, note="empty block-abdz-2025-googleadsensecode block at the end of main: only the AdSense adsbygoogle.js loader (auto ads), no slot markup"),
]
