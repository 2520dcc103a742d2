from _dsl import *
FILE="wcxb/html/0315.html.gz"
# neptune.ai blog post 'Best Machine Learning as a Service Platforms (MLaaS) That You Want to Check as a Data Scientist': top
# banner link '📣 BIG NEWS: Neptune is joining OpenAI! → Read the message from our CEO' (to the blog post) with close button;
# header (logo, mega menu with promo cards for a video and a report inside its dropdowns, search, Log in / Contact us buttons;
# sub-navbar with breadcrumbs, topics menu, an empty buttons div and search); mobile navigation copy; hero (blog link, h1,
# author, meta, category); text with h2/h3/h4 sections, images and a YouTube embed; 'Was the article useful?' rating with a
# 'Suggest changes' form; 'More about ...' box with 4 related article cards and 'Explore more content topics' tags; sidebar
# ('About neptune.ai' box with video, text, 'Play with a live project' / 'See Docs' buttons; table of contents; pop-up box
# 'Check also: Machine Learning as a Service: What It Is, ...'); empty #blog-single-post-bottom-cta; background image;
# footer ('Newsletter' form, Product / Compare / Community / Company menus, social links, legal links).
# Not labelled: mega menu and its promo cards (menu dropdowns), Log in, breadcrumbs, topics menu, empty sub-navbar buttons
# div, mobile navigation copy, category tag, table of contents, YouTube embed (body), background image, footer menus and
# legal links.
CT="/html/body/main/article/div/div"
AS="/html/body/main/article/div/aside"
related=[
 R(CT+"/div[26]", "More about Best Machine Learning as a Service Platforms (MLaaS) That You Want to Check as a Data Scientist", 4, "after", note="'More about ...' box: 'Check out our product resources and related articles below' with 4 'Related article' cards (We are joining OpenAI, Synthetic Data for LLM Training, LLM Embeddings, Dead Neurons) and a topics tag list"),
 R(AS+"/div[2]", None, 1, "outside", note="sidebar pop-up box 'Check also: Machine Learning as a Service: What It Is, When to Use It and What Are the Best Tools Out There'"),
]
ctas=[
 C("other", "📣 BIG NEWS: Neptune is joining OpenAI! → Read the message from our CEO 📣", "outside", "/html/body/a", amb=True, note="top announcement banner linking to the 'We are joining OpenAI' post (a promo bar; could be read as a story pointer)"),
 C("contact", "Contact us", "outside", "/html/body/header/div[1]/div[3]/a[2]", note="header 'Contact us' button beside Log in"),
 C("other", "Was the article useful? Yes No Suggest changes", "after", CT+"/div[25]", note="'Was the article useful?' Yes / No rating with a 'Suggest changes' feedback form"),
 C("other", "About neptune.ai Neptune is the experiment tracker purpose-built for foundation model training.", "outside", AS+"/div[1]/div/div[1]", note="sidebar 'About neptune.ai' product box (video, pitch, 'Play with a live project' and 'See Docs' buttons)"),
 C("other", "", "after", "/html/body/main/div", amb=True, note="empty #blog-single-post-bottom-cta block under the article (unrendered CTA mount, 10.9)"),
 C("newsletter", "Newsletter Top articles, case studies, events (and more) in your inbox every month.", "outside", "/html/body/footer/div[1]/div/div/div/div[1]", note="footer 'Newsletter' e-mail form"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div/div[1]", note="footer social links: LinkedIn, Twitter, GitHub, Facebook, YouTube, Spotify, Apple Podcasts"),
]
ads=[]
