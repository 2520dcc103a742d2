from _dsl import *
FILE="wcxb/html/4326.html.gz"
# The Auto Llama (mobile brake repair, WordPress/Divi, Nitro-optimised; no site header in the saved HTML) post 'How to
# replace brake pads – From an ASE-Certified Mechanic': article (h1, meta line with author, categories and '0 comments'
# link, table of contents, text with tools list, numbered steps, captioned images, Conclusion with a line naming
# 2'u'Brakes mobile brake repair); right sidebar (logo image, search, 'On-Site Brake Repair Pros' text with 'Contact Us'
# and 'Schedule Online' links, ASE/CARFAX certification badge, 'Keeping Learning About Brakes!' recent posts, fleet
# certification badge); footer (llama logo, 'The Auto Llama' company block with Cincinnati and Dayton phone numbers,
# service link column, links column with 'Contact Us', policy links, copyright, 'The Auto Llama franchises' image link,
# empty code module); WPML language switcher; Nitro badge template. No comments section, no ads, no ad configuration.
# Not labelled: table of contents, categories, in-text links, closing 2'u'Brakes line (body), sidebar logo, search and
# certification badges, footer link columns (incl. 'Contact Us' among them), language switcher, Nitro badge.
SB="/html/body/div[1]/div/div/div/div/div/div[2]"
FC="/html/body/div[1]/div/div/footer/div/div/div"
related=[
 R("/html/body/div[1]/div/div/div/div/div/div[1]/article/div[2]/p[2]", None, 1, "inline", amb=True, note="second paragraph: '... check out our blog on semi-metallic vs ceramic brake pads for more info' (a pointer written into an ordinary sentence: amb, convention 10.10)"),
 R(SB+"/div[5]", "Keeping Learning About Brakes!", 3, "outside", note="sidebar recent-posts widget 'Keeping Learning About Brakes!' with 3 post links"),
]
ctas=[
 C("comments", "0 comments", "before", "/html/body/div[1]/div/div/div/div/div/div[1]/article/div[1]/p/span[3]", amb=True, note="'0 comments' link in the meta line under the title (bare comment count; no comment section on the page)"),
 C("contact", "On-Site Brake Repair Pros The Auto Llama is currently offering brake repair services at the vehicle’s location", "outside", SB+"/div[3]", note="sidebar 'On-Site Brake Repair Pros' text widget asking to 'contact us today to get your price', with 'Contact Us' and 'Schedule Online' links"),
 C("contact", "The Auto Llama Home of – 2’u’Brakes 2’u’Autoglass Cincinnati, OH 859-380-6846 Dayton, OH 937-608-9858", "outside", FC+"/div[2]", amb=True, note="footer company block with two city phone numbers (tel links), no button or form"),
 C("other", "", "outside", FC+"/div[5]", amb=True, note="footer image link 'The Auto Llama franchises' to the franchise site (promo for buying a franchise, or a plain logo link)"),
]
ads=[]
