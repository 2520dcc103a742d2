from _dsl import *
FILE="wcxb/html/0183.html.gz"
# fullstack.com Labs blog (Webflow): promo strip + mega-menu nav with 'Get Started' button, hero, rich-text body with in-text
# promo lines, 'Learn more' service block, FAQ accordion, AI-handbook banner, newsletter section, footer with contact forms. No ads.
NAV="/html/body/div/div[3]"
B="/html/body/div/main/section[2]/div/div/div[1]/div/div[1]"
related=[
 R(B+"/p[6]", "Want to learn more about software development? Check out:", 1, "inline", note="lone in-text link line: Delivering Successful Software Development Projects"),
]
ctas=[
 C("contact", "Book a free AI Talent consultation today", "outside", NAV+"/a", note="promo strip above the navigation"),
 C("contact", "Get Started", "outside", NAV+"/div[1]/div/div[2]/div", note="'Get Started' button in the nav bar (to /labs/contact)"),
 C("other", "Need nearshore software development talent? Explore FullStack’s AI & software development solutions", "inline", B+"/p[38]", note="bold in-text promo line"),
 C("contact", "Ready to start building? Partner with FullStack, your industry-leading custom app development company.", "after", B+"/p[66]", amb=True, note="closing promo line (last paragraph of the text, could be read as body)"),
 C("other", "Learn more Custom Software Development", "after", "/html/body/div/main/section[2]/div/div/div[1]/div/div[2]", amb=True, note="'Learn more' service button block under the text"),
 C("other", "AI is changing software development. The Engineer's AI-Enabled Development Handbook", "after", "/html/body/div/main/div", note="banner for a downloadable handbook ('Get Your Copy Today') after the FAQ"),
 C("newsletter", "Enjoyed the article? Get new content delivered to your inbox.", "after", "/html/body/div/main/section[3]", note="newsletter sign-up section"),
 C("contact", "get started Start Building Better Software Products Today", "outside", "/html/body/div/footer/div[1]", amb=True, note="hidden footer variant with 'Get Started with FullStack' button"),
 C("contact", "get started How can we help?", "outside", "/html/body/div/footer/div[2]/div[1]", note="footer 'How can we help?' block with embedded HubSpot form frame"),
]
ads=[]
