from _dsl import *
FILE="wcxb/html/0230.html.gz"
# Alpha Apex Group (Squarespace, HR/recruiting consultancy) blog post 'Top 10 HR Outsourcing and Outsourced HR Companies,
# Providers, Consultants, & Consulting Firms': hidden floating cart; header (folder menus Talent / Healthcare /
# Consulting, About, Careers, Contact Us; mobile copy and burger overlay); article (title, category, date, author; text
# blocks: intro with in-page list, YouTube embed, ten provider entries with logos (Alpha Apex first, its logo linking to
# the site's HR outsourcing page), 'What Really Matters' table, closing section with 'Get in touch with us today' line
# and a bold-italic 'Pro tip' line pointing to the AI-sourcing guide, FAQ; rule; 'Additional Reading on HR Consulting'
# heading over a 'Featured' summary block of 8 posts); tags; author profile; empty comments section (no comments
# container: comments off); Previous / Next post links; footer (Healthcare / Talent / Consulting service columns, 'Meet
# Alpha Apex' column, corporate office address and phone, copyright). No ads (GTM only).
# Not labelled: skip link, menus (incl. 'Contact Us'), hidden cart, category, in-page provider list, YouTube video, provider
# logos and links (body of the listicle, incl. Alpha Apex's own entry), tags, author profile, empty comments section,
# footer service columns (site directory), copyright.
TX="/html/body/div/main/article/section/div[2]/div/div/article/div/div[2]/div[1]/div/div/div"
FC="/html/body/div/footer/section/div[2]/div/div/div"
related=[
 R(TX+"/div[30]/div/div/p[4]", None, 1, "inline", note="bold-italic 'Pro tip: ... Learn how AI sourcing tools can help ... in our latest guide: How AI is Changing Candidate Sourcing' line set apart before the FAQ (10.10)"),
 R(TX+"/div[35]", "Additional Reading on HR Consulting", 8, "after", note="Squarespace summary block ('Featured' header) of 8 HR-consulting posts (the current one among them) under the h2 'Additional Reading on HR Consulting' (previous block div[34], no common container but the column: 9.1)"),
 R("/html/body/div/main/section", None, 2, "after", note="Previous / Next post links (item pagination)"),
]
ctas=[
 C("contact", "Want to see how we can power up your HR plans? Get in touch with us today.", "inline", TX+"/div[30]/div/div/p[3]", amb=True, note="own ordinary paragraph in the closing section with a 'Get in touch with us today' contact link (ask in the text, 10.1; the FAQ follows, so inline)"),
 C("contact", "Meet Alpha Apex About Locations Careers Partnerships Contact us", "outside", FC+"/div[4]", amb=True, note="footer 'Meet Alpha Apex' link column with 'Contact us' among About/Locations/Careers/Partnerships (half-menu column, 9.7)"),
 C("contact", "Alpha Apex Group Corporate Office: 1580 N Logan St Ste 660 PMB 37991 Denver, CO, 80203 Phone: 720-295-9647", "outside", FC+"/div[5]", amb=True, note="footer corporate office address and phone (plain text, no button or form: convention 2)"),
]
ads=[]
