from _dsl import *
FILE="wcxb/html/4367.html.gz"
# emit digital (emit.digital, a Duesseldorf web agency; English news page, no canonical or og:site_name) post 'Biggest Tech
# events 2026': header (section tags '#clients say / #services / #lama relax / #who what why? / #contact / #blog' as
# script-driven divs with no links, 'Deutsch' language switch, logo); main: date, h1, hero image; article text (intro, then
# 20 numbered conferences, each an h2, Date / Location / Focus / Pricing lines, a 'Registration' link to the event's own
# site, a photo credit and a gallery image); closing German agency boilerplate paragraph in the same article ('emit digital
# ist eine Webagentur / Digitalagentur aus Duesseldorf ...' with in-sentence links to CMS glossary pages and case studies,
# a 'Sie suchen:' run of 20 service / city agency pages, and a 'Relaunch Checklisten: Relaunch Onlineshop Checkliste /
# Relaunch Webseite Checkliste' line); inquiry form box under the article (portrait, 'We would be happy to support you with
# your next digital project ...', Company Name / Name / eMail fields, 'Send inquiry'; a hidden empty thank-you box);
# 'Next Topic' link to the next news post; an empty follow-cursor div. No footer in the HTML.
# No ads and no ad markup on the page.
# Not labelled: header section tags (a menu, '#contact' among them, no link or button), language switch, the events'
# 'Registration' links (the article's data), photo credits, gallery images, the boilerplate's in-sentence links (glossary
# pages, 'webflow' / 'Typo3' / 'easyCMS' case studies), its 'Sie suchen:' run of service and city pages (a site directory,
# convention 6), the hidden empty thank-you box of the form, follow-cursor div.
S="/html/body/div/main/section/div"
A=S+"/div[1]/article"
related=[
 R(A+"/p[2]/span[35]", "Relaunch Checklisten", 2, "after", amb=True, note="'Relaunch Checklisten: Relaunch Onlineshop Checkliste / Relaunch Webseite Checkliste' line at the end of the German agency boilerplate closing the text: a lead-in label and two links to the site's checklist guides, but a line of a boilerplate paragraph beside a service directory (10.4 / 11.4 pull apart)"),
 R(S+"/div[3]", "Next Topic", 1, "after", note="'Next Topic' link (image and label) to the next news post 'shopify-agency-relaunch-onlineshop-samenfritze' under the inquiry form (previous/next post link)"),
]
ctas=[
 C("contact", "We would be happy to support you with your next digital project or idea with our expertise in the development", "after", S+"/div[2]", note="inquiry form box under the article: portrait, 'We would be happy to support you with your next digital project ...', Company Name / Name / eMail fields and 'Send inquiry' (asks to be contacted: 9.6)"),
]
ads=[]
