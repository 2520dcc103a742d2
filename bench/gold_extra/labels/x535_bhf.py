from _dsl import *
FILE="wcxb/html/0096.html.gz"
# British Heart Foundation Heart Matters article '7 days of healthy meals on a budget': masthead (Who we are / Learn CPR /
# Store finder links); main navigation (hidden search panel with popular links, mega-menus with spotlight promo cards, red
# 'Donate' nav button with its drop-down, Search / Sign in / mobile Menu copy); breadcrumb; hero (category, h1, standfirst,
# author and date, closed author-bio modal); 'On this page' anchors; text with intro ('Want to try something different?
# ... recipe finder' bullet), red 'Want to get fit and healthy?' newsletter box, 'Read more about how many calories ...'
# bullet, shopping-list tables, one image per day, 'Tried this at home?' e-mail box, closing 'What to read next...' card
# (one article); right sidebar 'Related Links' (3 articles + 'Sign up to Heart Matters'); 'More useful information' card
# band (3 articles); footer (Get in touch / Work for us / Your BHF / Our policies columns, 'Follow us' icons, charity
# notice); print-only disclaimer. No ads, no ad configuration.
# Not labelled: masthead links, menus and mega-menu spotlight cards (incl. the hidden mobile menu's Donate panel), hidden
# search panel's popular links, breadcrumb, 'On this page' anchors, author-bio modal (empty), footer 'Work for us' /
# 'Your BHF' (half-menu: 'Get our email newsletter' among sign-in/community links) / policies columns, print-only
# disclaimer (hidden on screen).
TX="/html/body/main/section[2]/div/div/div[1]"
related=[
 R(TX+"/section[2]/ul[2]", None, 1, "inline", amb=True, note="intro bullet 'Want to try something different? Find hundreds of ... recipes with our recipe finder.' (a site tool, not an article; a reader may call it body)"),
 R(TX+"/section[4]/ul[1]", None, 1, "inline", note="bullet set apart 'Read more about how many calories you should eat a day.'"),
 R(TX+"/section[21]", "What to read next...", 1, "after", note="closing card 'Eating healthily on a tight budget: 6 top tips' / 'Read the article'; its heading 'What to read next...' is the last h3 of the previous text section"),
 R("/html/body/main/section[2]/div/div/div[2]", "Related Links", 3, "outside", note="right-sidebar 'Related Links': 3 articles and a 'Sign up to Heart Matters' link"),
 R("/html/body/main/section[3]", "More useful information", 3, "after|outside", note="'More useful information' card band under the article (3 Eat well articles)"),
]
ctas=[
 C("donate", "Donate", "outside", "/html/body/nav/div/div/div/div/ul[1]/li[6]", note="red 'Donate' nav button (cta-button--red) with its drop-down (Donate items / money, Lottery, two spotlight cards)"),
 C("newsletter", "Want to get fit and healthy? Sign up to our fortnightly Heart Matters newsletter", "inline", TX+"/section[3]", note="red in-text box 'Want to get fit and healthy?' with 'I'd like to sign-up' button"),
 C("contact", "Tried this at home? Have you tried this meal plan or any of these recipes?", "inline", TX+"/section[17]", note="in-text box asking readers to e-mail tips and photos to the magazine ('Tell us what you think' button)"),
 C("contact", "Get in touch Contact us Call us on 0300 330 3322 (Mon-Fri, 9am-5pm) Heart Helpline", "outside", "/html/body/div[2]/footer/div/section[1]/nav[1]", note="footer 'Get in touch' column: Contact us, phone line, Heart Helpline"),
 C("follow", "Follow us", "outside", "/html/body/div[2]/footer/div/section[2]/div[1]/div", note="footer 'Follow us' social icons"),
]
ads=[]
