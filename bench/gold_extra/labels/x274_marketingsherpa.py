from _dsl import *
FILE="wcxb/html/0327.html.gz"
# MarketingSherpa chart article 'Digital Marketing Pricing Data: Agency rates comparison for all 50 states…': empty lightbox /
# signup-lightbox / popup / modal containers, hidden mobile menu, header (logo, search, tabs incl. 'Newsletter'); article
# (house hero banner #ad105 for a MECLABS course, date, title, 'RSS / Free Newsletters' line, summary table with addthis/Tweet share buttons, byline, text opening
# with an 'Action Box' promo for the Price Strategist app, chart, 'distributed through the free … newsletter' line, 'Related
# resources' (h3 + 3 link paragraphs), full data table), 'Improve Your Marketing' newsletter sign-up; right column
# ('Marketing Agency' promo, 'Top Resources' 8 lead-magnet promos, 'Newsletters' sign-up iframe, empty block); footer (nav,
# content directory years, customer-service e-mail, copyright). No ad network configuration (GTM only).
# Not labelled: hidden mobile menu and header tabs (incl. 'Newsletter'), the empty #light/#popup/#modal overlays (purpose
# unknown), the empty last EditorialBlock, footer nav and content directory.
MA="/html/body/div[9]/div/div/div[1]/div[1]"
AC=MA+"/div[1]/div[7]"
SB="/html/body/div[9]/div/div/div[1]/div[2]"
related=[
 R(AC+"/h3", "Related resources", 3, "inline", note="'Related resources' h3; its 3 story links are the following sibling paragraphs p[29]-p[31] (no common container; kept in the wcxb ground truth); the data table follows"),
]
ctas=[
 C("newsletter", "", "outside", "/html/body/div[4]", amb=True, note="empty #signup_light lightbox (sign-up pop-up, filled by script)"),
 C("newsletter", "RSS Free Newsletters", "before", MA+"/div[1]/div[4]", note="'RSS / Free Newsletters' links under the headline"),
 C("share", "Tweet", "before", MA+"/div[1]/div[5]/table/tr/td[2]/div", note="addthis counter + Tweet button in the right cell of the summary table"),
 C("other", "Action Box: Price Strategist Get strategies on setting and negotiating rates", "inline", AC+"/blockquote", amb=True, note="'Action Box' promo for the parent company's Price Strategist app at the top of the text (kept in the wcxb ground truth)"),
 C("newsletter", "This article was distributed through the free MarketingSherpa email newsletter.", "inline", AC+"/p[28]", amb=True, note="closing line linking to the newsletter sign-up (kept in the wcxb ground truth)"),
 C("newsletter", "Improve Your Marketing Join our thousands of weekly case study readers.", "after", MA+"/div[2]", note="'Improve Your Marketing' newsletter sign-up (iframe form) under the article"),
 C("other", "Marketing Agency Get Better Business Results With a Skillfully Applied Customer-first Marketing Strategy", "outside", SB+"/div[1]", note="right-column promo for the agency services ('Get More Info >')"),
 C("other", "Top Resources MECLABS AI Get headlines, value prop, competitive analysis, and more.", "outside", SB+"/div[2]", amb=True, note="right-column 'Top Resources': 8 lead-magnet promos (AI tool, video, event scholarship, course, template, checklists, infographics)"),
 C("newsletter", "Newsletters Receive the latest case studies and data on email, lead gen, and social media", "outside", SB+"/div[3]", note="right-column 'Newsletters' sign-up with iframe form"),
 C("contact", "Questions? Contact Customer Service at customer.service@marketingsherpa.com", "outside", "/html/body/div[9]/div/div/div[2]/p[1]", amb=True, note="footer customer-service e-mail line"),
]
ads=[
 A(MA+"/div[1]/div[1]", "before", "heroAdHeader #ad105: house banner for a MECLABS live course above the headline (utm campaign link); a house promo, so could be read as a CTA", amb=True),
]
