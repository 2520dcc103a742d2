from _dsl import *
FILE="wcxb/html/0354.html.gz"
# Experts In Your Home (expertsinyourhome.com, HubSpot CMS landing page, Chico CA remodelling contractor) resource page
# 'House Renovation Costs: A Complete Breakdown for Homeowners and Investors': header (orange top bar with a lone phone
# tel: link; logo; menu Residential / Commercial / Projects / Services drop-down / Resources / About Us; 'Request A Quote'
# button; a display:none mobile header copy whose social and phone boxes are empty); empty first dnd row; hero (h1, 'Share'
# Twitter / Facebook icons, hero image); body: left column = table of contents (numbered section list, progress bar) and
# under it a 'Try Our Home Renovation Cost Calculator / Access Calculator' box (anchor to the band below); right column =
# intro (its third paragraph 'Want a personalized estimate? Try our Home Renovation Cost Calculator.' has no link) and
# eight sections (h2, image, text, a cost table; each closes with an empty 'invesport__content_post2 box_design' div);
# black band 'Ready to Plan Your Renovation? Use Our Free Home Renovation Cost Calculator' (closing paragraph, pitch,
# 'Use the Calculator' button; WCXB keeps its first paragraph as body); footer (about blurb and licence number; address /
# toll-free and Chico tel: links with Facebook / Instagram icons; 'Useful Links' menu; 'Resources & More' menu; 'Subscribe to
# Our Blog' column whose HubSpot form a script fills into an empty target; accessibility line; copyright, legal links).
# No ads, no ad markup or ad scripts (HubSpot, jQuery, UserWay accessibility widget only). No related content: the body's
# only pointer ('this list of questions to ask a contractor before hiring') carries no link.
# Not labelled: menus (header, Services drop-down, footer 'Useful Links' incl. its 'Contact', 'Resources & More'), the
# hidden mobile header copy (empty shells), the table of contents and its mobile heading copy, the eight empty
# 'invesport__content_post2 box_design' divs closing each section (empty template boxes, no script, no ad evidence), the
# about blurb, accessibility 'Learn More Here' line, legal links, the UserWay loader script.
HD="/html/body/div/div[1]/div[1]/div"
S="/html/body/div/main/div/div/div/div/div[2]/div/div/div/div/div/div/section"
B=S+"/div[2]/div/div/div"
FT="/html/body/div/div[2]/div[1]/footer/div[1]/div/div[1]"
related=[]
ctas=[
 C("contact", "(530) 924-5564", "outside", HD+"/div[1]/div/div/div[1]/div", amb=True, note="header top bar: lone phone tel: link '(530) 924-5564' with an icon (10.5)"),
 C("other", "Request A Quote", "outside", HD+"/div[2]/div/div[1]/div[3]/div[2]", note="header 'Request A Quote' button beside the menu (a quote button is `other`, 11.7)"),
 C("share", "Share", "before", S+"/div[1]/div/div/div[1]/div", note="hero 'Share' Twitter / Facebook icons under the h1, above the body"),
 C("other", "Try Our Home Renovation Cost Calculator Access Calculator", "outside", B+"/div[2]/aside/div[3]", note="left-column tool card under the table of contents: 'Try Our Home Renovation Cost Calculator' with 'Access Calculator' link (anchor to the calculator band)"),
 C("other", "Want a personalized estimate? Try our Home Renovation Cost Calculator.", "inline", B+"/div[3]/div[1]/div/div/p[3]", amb=True, note="intro paragraph 'Want a personalized estimate? Try our Home Renovation Cost Calculator.': a pitch line with no link or button (x705/x724)"),
 C("other", "Ready to Plan Your Renovation? Use Our Free Home Renovation Cost Calculator", "after", S+"/div[3]", note="black band after the last section: image, 'Ready to Plan Your Renovation? Use Our Free Home Renovation Cost Calculator', pitch, 'Use the Calculator' button (own box and button, 10.1; WCXB keeps its first paragraph as body)"),
 C("contact", "1756 Humboldt Road Chico, CA 95928 1-888-304-4674 Chico (530) 924-5564", "outside", FT+"/div[2]", amb=True, note="footer address block with toll-free and Chico tel: links, no button or form (convention 2, 10.5); holds the follow icons (11.9)"),
 C("follow", "", "outside", FT+"/div[2]/div[4]", note="footer Facebook / Instagram profile icons"),
 C("newsletter", "Subscribe to Our Blog Sign up and get practical advice for every corner of your home, from the pros.", "outside", FT+"/div[5]", note="footer 'Subscribe to Our Blog' column; its HubSpot form is filled by a script into the empty hs_form_target"),
]
ads=[]
