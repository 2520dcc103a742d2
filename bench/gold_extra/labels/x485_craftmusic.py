from _dsl import *
FILE="wcxb/html/0091.html.gz"
# Craft Music (music school, Nuxt) resources article 'A Beginner's Guide to Starting Music Lessons at Any Age': top bar
# (logo, four-section nav menu, 'Get Started' button); article ('← All Articles' back link, h1, long text with h2/h3
# sections, anchor-linked headings, closing 'Contact Craft Music' paragraph without a link); 'More Articles' list of 3
# article cards; 'Ready to learn?' teaser band ('Contact us' / 'Get started →' buttons); footer (Contact column with
# e-mail, 'Contact Form' link and Facebook/Instagram icons, Offerings / Resources / Company link columns, accreditation
# logos, copyright). Empty #teleports div. No ads, no ad configuration.
# Not labelled: nav menu, back link, heading anchors, closing 'Contact Craft Music' paragraph (body text, no link),
# footer link columns, accreditation/BBB logos, 'Site by Tassu' credit.
SC="/html/body/div[1]/div/main/div[2]/div/section/div"
FT="/html/body/div[1]/div/main/footer/div[2]"
related=[
 R(SC+"/div", "More Articles", 3, "after", note="'More Articles' block under the article: 3 article cards (title, description, 'Read More...')"),
]
ctas=[
 C("other", "Get Started", "outside", "/html/body/div[1]/div/main/section[1]/div/a[2]", note="top-bar 'Get Started' button (lesson sign-up funnel), standing alone beside the menu"),
 C("other", "We have expert teachers who teach in all styles of music; experts in Jazz, Classical, Pop, and more. Ready to learn?", "after|outside", "/html/body/div[1]/div/main/section[2]", note="'Ready to learn?' teaser band between the article and the footer with 'Contact us' and 'Get started →' buttons (one bar, two asks: kind other)"),
 C("contact", "Contact us", "after|outside", "/html/body/div[1]/div/main/section[2]/div/div/a[1]", amb=True, note="'Contact us' button of the two-ask 'Ready to learn?' band (convention 9.2)"),
 C("other", "Get started →", "after|outside", "/html/body/div[1]/div/main/section[2]/div/div/a[2]", amb=True, note="'Get started' button of the two-ask 'Ready to learn?' band (convention 9.2)"),
 C("contact", "Contact admin@craft-music.com Contact Form", "outside", FT+"/div[1]", note="footer 'Contact' column: e-mail address and 'Contact Form' link (its social icons labelled separately as follow)"),
 C("follow", "", "outside", FT+"/div[1]/ul/li[3]", note="footer social icons (Facebook, Instagram) inside the Contact column"),
]
ads=[]
