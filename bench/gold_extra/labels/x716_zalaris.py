from _dsl import *
FILE="wcxb/html/0309.html.gz"
# Zalaris (zalaris.com, Next.js / Sanity site of an HR and payroll services company) blog post 'HR Shared Services explained:
# Benefits, functions, and best practices': fb-root and Facebook SDK; header (logo, nav Managed Services / Consulting /
# Who We Serve / About, sub-nav drop-downs, Career / Offices links, language switch; mobile bar with logo and burger);
# main (fixed right-edge rail of two round icon buttons, newsletter (/newsletter) and contact us (/get-in-touch), 'hidden
# tab:flex'; 'Back to Blogs' arrow; post header with category chip, h1, intro, author, date / read time and a Facebook /
# LinkedIn share row, hero image; post body with source links, an 800x252 image banner linking to the blog post 'The future
# of HR: trends shaping human resources', a challenges table, a case-study section with links to a customer story and a
# product page inside sentences, a closing paragraph 'Get in touch with us to explore how we can help…'; author box (photo,
# name, title, bio, 'All articles by Elliot Raba' button, 'Visit LinkedIn page' link); right column with a table of
# contents and a sticky 'Sign up for email updates' box whose HubSpot form mount is empty); footer (colour bar, six headed
# link columns incl. 'More Info' with Contact Us, a mobile copy of that column, language links, copyright, SAP gold partner
# logo, social icons LinkedIn / Facebook / YouTube / Instagram).
# No ad slot on the page.
# Not labelled: nav menus, Career / Offices / language links, 'Back to Blogs', category chip, author line, source and
# keyword links inside ordinary sentences (ScottMadden, Deloitte, ISG, Wikipedia, 'Innomotics' customer story, 'SAP
# SuccessFactors with Zalaris PeopleHub'), the unlinked infographic image, table of contents, 'All articles by Elliot Raba'
# (author archive), footer link columns and their mobile copy (Contact Us among menu links), SAP partner logo, fb-root / SDK.
MN="/html/body/div[2]/div/div[2]/main"
PB=MN+"/div[2]/div[2]/div[1]/div[1]"
related=[
 R(PB+"/a", None, 1, "inline", note="image banner (800x252, no caption) in the text between 'Enabling strategic HR' and the challenges section, linking to the blog post 'The future of HR: trends shaping human resources' (convention 5: a picture linking to another article)"),
]
ctas=[
 C("other", "", "outside", MN+"/div[1]", note="fixed right-edge rail of two round icon buttons (newsletter, contact us), shown from tablet up ('hidden tab:flex'); the asks differ (convention 4)"),
 C("newsletter", "", "outside", MN+"/div[1]/div", amb=True, note="newsletter icon button (/newsletter) of the fixed rail (9.2)"),
 C("contact", "", "outside", MN+"/div[1]/a", amb=True, note="contact-us icon button (/get-in-touch) of the fixed rail (9.2)"),
 C("share", "", "before", MN+"/div[2]/div[1]/div[1]/div[2]/div", note="Facebook / LinkedIn share icons beside the date and read time above the body"),
 C("contact", "Get in touch with us to explore how we can help design and run a HR shared services model", "after", PB+"/p[39]", amb=True, note="closing paragraph of the text opening with the link 'Get in touch with us' (/get-in-touch): an ask closing the text (10.1)"),
 C("follow", "Visit LinkedIn page", "after", MN+"/div[2]/div[2]/div[1]/div[2]/div/div[2]/div/div[2]/a", amb=True, note="'Visit LinkedIn page' link of the author box under the text (author-bio social link)"),
 C("newsletter", "Sign up for email updates", "outside", MN+"/div[2]/div[2]/div[2]/div[2]", amb=True, note="sticky right-column box 'Sign up for email updates' over an empty #hubspotSignupForm mount a HubSpot script fills (10.9, as x618 / x629)"),
 C("follow", "", "outside", "/html/body/div[2]/div/footer/div[3]/div/div[2]/div", note="footer social icons (LinkedIn, Facebook, YouTube, Instagram) beside the SAP partner logo"),
]
ads=[]
