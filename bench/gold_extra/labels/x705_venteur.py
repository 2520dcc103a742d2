from _dsl import *
FILE="wcxb/html/0089.html.gz"
# Venteur (ICHRA health-benefits SaaS, Webflow) blog post 'List of Top Health Insurance Companies in the USA.: Finding the
# Right Coverage': style embeds; navbar (closable top banner 'New "SF Chamber Care powered by Venteur" offers cost-effective
# health coverage ... Learn more' linking to a blog post; logo; Solutions / Company / Resources drop-down menus, Pricing;
# 'Login' and 'Get a quote' buttons; burger); breadcrumbs; post header (category, read time, h1, date, image); content
# section (left column: table of contents with placeholder 'Heading 2/3/4' links, 'Author Venteur', 'Share' row of four
# icons; rich text: intro, ranked list, three embedded tables, sections with lists, seven stand-alone pitch sentences
# 'Contact Venteur ...' / 'Get started with Venteur ...' without links closing subsections, 'Conclusion' whose last
# paragraph holds a 'Contact Venteur today' link); 'FAQs / You got questions, we got answers!' accordion of 8 questions
# with a 'Speak with an expert' button; 'Explore more related content' swiper of 3 post cards with 'View all' (desktop and
# mobile copies inside the section); 'What is Venteur' feature band (six feature tiles, 'Get a quote' button opening a
# Fillout pop-up); footer (newsletter pitch 'Join our newsletter ...' with 'Get the newsletter' button and hidden HubSpot
# form; Product / Use Cases / Company / Resources / Contact link columns; legal links; social icons; disclaimer; badge).
# No ads and no ad markup (only a GTM googletag call in the head).
# Not labelled: style embeds, drop-down menus (incl. 'Contact us' and 'Support' entries), 'Pricing' and 'Login', breadcrumbs,
# table of contents, author line, in-sentence links of the text ('PPO', 'HMOs' glossary links), FAQ accordion (body),
# the feature tiles of 'What is Venteur' (no links), footer menu columns Product (one 'Schedule a demo' link among product
# pages), Use Cases, Company and Resources, legal links, disclaimer, badge.
NB="/html/body/div[2]/div[2]"
RT="/html/body/div[2]/main/header[2]/div/div/div/div/div[2]/div"
MN="/html/body/div[2]/main"
FT="/html/body/div[2]/footer/div/div/div"
related=[
 R(NB+"/section", None, 1, "outside", amb=True, note="closable top banner 'New \"SF Chamber Care powered by Venteur\" offers cost-effective health coverage ... Learn more' linking to the site's blog post about it (a product announcement a reader could take as a story link; the plain reading is the `other` CTA)"),
 R(MN+"/section[2]", "Explore more related content", 3, "after|outside", note="'Explore more related content' swiper of 3 post cards (Venteur Growth Collective, ICHRA Playground for Small Businesses, Small Business Health Benefits) with 'View all' links, band under the FAQ"),
]
ctas=[
 C("other", "New “SF Chamber Care powered by Venteur” offers cost-effective health coverage tailored to", "outside", NB+"/section", note="closable top announcement banner promoting the new SF Chamber Care product, 'Learn more' button (as x258/x266)"),
 C("other", "Get a quote", "outside", NB+"/div[1]/div/nav/div[2]/a[2]", note="navbar 'Get a quote' button beside 'Login' (11.7: a quote button is a plain `other`; no item for the pair, as x683)"),
 C("share", "Share", "before|outside", MN+"/header[2]/div/div/div/div/div[1]/div[3]", note="'Share' row of four icons (incl. LinkedIn) in the left column beside the text, under the table of contents and author"),
 C("other", "Understanding MLR helps assess value received from premium payments. Get started with Venteur to compare MLRs", "inline", RT+"/p[19]", amb=True, note="stand-alone pitch sentence 'Get started with Venteur to compare MLRs ...' closing the 'Medical Loss Ratios' subsection; no link (as x449's pitch paragraph)"),
 C("contact", "Seeking innovative health solutions beyond basic insurance? Contact Venteur to explore companies with integrated", "inline", RT+"/p[21]", amb=True, note="stand-alone pitch sentence 'Contact Venteur to explore ...' closing 'Specialty Services and Innovations'; no link"),
 C("contact", "For help assessing your specific coverage needs, get started with Venteur for a personalized consultation.", "inline", RT+"/p[24]", amb=True, note="stand-alone pitch sentence offering a personalized consultation (9.6: contact), 'Coverage Needs Assessment'; no link"),
 C("contact", "Confused about which plan type suits your situation? Contact Venteur for clear explanations of available options.", "inline", RT+"/p[26]", amb=True, note="stand-alone pitch sentence 'Contact Venteur ...' closing 'Plan Type Considerations'; no link"),
 C("other", "Want to verify network coverage before selecting an insurer? Get started with Venteur to check provider participation.", "inline", RT+"/p[28]", amb=True, note="stand-alone pitch sentence 'Get started with Venteur ...' closing 'Network Adequacy'; no link"),
 C("contact", "Seeking an insurer known for exceptional customer service? Contact Venteur for insights on customer satisfaction ratings.", "inline", RT+"/p[30]", amb=True, note="stand-alone pitch sentence 'Contact Venteur ...' closing 'Customer Service Quality'; no link"),
 C("other", "Looking for the strongest regional coverage options? Get started with Venteur to explore local market leaders.", "inline", RT+"/p[32]", amb=True, note="stand-alone pitch sentence 'Get started with Venteur ...' closing 'Regional Market Leaders', before the Conclusion; no link"),
 C("contact", "Ready to navigate the complex world of health insurance with expert guidance? Contact Venteur today", "after", RT+"/p[35]", amb=True, note="closing paragraph of the text with a 'Contact Venteur today' link to /contact/contact (10.1: an ask in the closing sentence of the text)"),
 C("contact", "Speak with an expert", "after", MN+"/section[1]/div/div/div/div/div[5]", note="'Speak with an expert' button (to /contact/contact-us) under the FAQ accordion"),
 C("other", "What is Venteur Explore the best human-first Health Insurance platform", "after|outside", MN+"/section[3]", note="'What is Venteur' product band (six feature tiles) with a 'Get a quote' button opening a Fillout pop-up (a quote button is `other`, 11.7; band as x275)"),
 C("newsletter", "Join our newsletter to get the latest on ICHRA and other healthcare topics.", "outside", FT+"/div[1]/div[1]", note="footer newsletter pitch with 'Get the newsletter' button and its hidden HubSpot e-mail form"),
 C("contact", "Contact Contact us Get a quote Support", "outside", FT+"/div[2]/div[2]/div[5]", note="footer 'Contact' column: Contact us, Get a quote, Support (all its links serve the ask, 9.7)"),
 C("follow", "", "outside", FT+"/div[4]/div/div[2]", note="footer social icons (Facebook, Instagram, X, LinkedIn)"),
]
ads=[]
