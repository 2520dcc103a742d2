from _dsl import *
FILE="wcxb/html/0187.html.gz"
# Technology Magazine (technologymagazine.com, BizClik Next.js template) list article 'Top 10: Trends in Cloud Computing':
# 728x90 leaderboard box above the header; sticky header (logo, 'Find' search toggle, utility links Advertise / Editorial,
# empty UserNavigation mounts (desktop and mobile copies), nav dropdowns News & Articles / Magazines / Reports &
# Whitepapers / Topics, Webinars, Technology LIVE, Advertise, Editorial, and a 'Socials' dropdown of six profile links);
# article header (breadcrumb crumbs List / Cloud Computing, h1, byline and date, 'Share' row of four share buttons with an
# empty LinkedIn FollowCompany mount); article row: left sticky 'Share' column (four share buttons, two LinkedIn
# FollowCompany mounts for large / smaller desktop), article column (lead figure, standfirst, intro, ten numbered
# sections each with 'Company in focus: / CEO: / Product in focus: / Notable feature:' lines, figures and two YouTube
# placeholders; three 'Company in focus:' lines link the company name to a site article; an empty 'partners' widget;
# 'Company portals' and 'Executives' entity card lists; 'Tags'), right rail (300x250 ad, desktop-only 'Company Portals'
# copy, 'Read Now' latest-magazine box, 300x250 ad, 'Related Content' list of 4 stories, 300x250 ad, sticky desktop
# 300x600 ad); full-width 970x250 'background' billboard row under the article; empty #magazineCTA and #storyCTA mounts;
# footer (magazine cover link and about text, 'Content' and 'More' link columns, 'Socials' column of six profile links).
# Ad evidence: Advert_* boxes with adunitContainer/adBox (the header one id 'tech/cloud-computing/list-page-728x90'),
# widget config in __NEXT_DATA__ (type 'advert', sizes 300x250 / 300x600 / 970x250 background).
# Not labelled: search toggle, utility and nav menus (incl. the 'Advertise' links: plain menu links), empty UserNavigation
# mounts (account log-in area, no ask visible), breadcrumb crumbs, byline, in-sentence link of the intro, YouTube
# placeholders (body), empty 'partners' widget (nothing in it, no ad markup), 'Tags' list, footer about text and cover
# link, footer 'Content' / 'More' menu columns (incl. Advertise, PR Newswire, GlobeNewswire).
MN="/html/body/div/div/main/div/div/div"
HDR=MN+"/div[1]/div/div/div/div/div"
ROW=MN+"/div[2]/div"
B=ROW+"/div[2]/div/div/div"
T=B+"/div[3]/div"
RR=ROW+"/div[3]/div/div[1]"
related=[
 R(T+"/div[5]/div[1]/p[4]", "Company in focus", 1, "inline", amb=True, note="'Company in focus: OutSystems' line of section 8, the company name linking to a site news story on OutSystems' Agent Workbench: a lead-in label and link (11.4 read literally) but a data field of the list, not a pointer"),
 R(T+"/div[7]/div[1]/p[5]", "Company in focus", 1, "inline", amb=True, note="'Company in focus: Google Cloud' line of section 7, linking to the site article 'how AI surged Google Cloud's revenue growth' (same doubt)"),
 R(T+"/div[13]/div[1]/p[4]", "Company in focus", 1, "inline", amb=True, note="'Company in focus: Darktrace' line of section 5, linking to the site article on Darktrace's leadership (same doubt)"),
 R(B+"/div[5]/div[1]", "Company portals", 6, "after", amb=True, note="'Company portals' entity card list under the text: seven company logo cards (Darktrace unlinked) linking to company profile pages; entity pages, tag-like (10.4: amb)"),
 R(B+"/div[5]/div[2]", "Executives", 9, "after", amb=True, note="'Executives' card list under the text: nine executive photo cards (Ajay Patel ... Woodson Martin) linking to executive profile pages (10.4: amb)"),
 R(RR+"/div[2]", "Company Portals", 6, "outside", amb=True, note="right-rail 'Company Portals' copy of the same company cards (desktop only: hidden-tablet / hidden-mobile)"),
 R(RR+"/div[5]", "Related Content", 4, "outside", note="right-rail 'Related Content' list: 4 stories (People Moves: Sarah Haywood Joins Halfords as Company's CIO; Why 2026 Will Mark a Reset for Enterprise AI Strategy; AI: Powering Real-Time Insights at Women's Rugby World Cup; SAS Becomes Liverpool FC's Official AI Partner)"),
]
ctas=[
 C("follow", "Socials LinkedIn Twitter Facebook Instagram YouTube Medium", "outside", "/html/body/div/div/div[2]/header/div[2]/nav/div/ul/ul/li[9]", amb=True, note="header nav 'Socials' dropdown: six links to the site's LinkedIn, Twitter, Facebook, Instagram, YouTube and Medium profiles (a distinct block, shown on hover only)"),
 C("share", "Share", "before", HDR+"/div[3]/div[2]", note="'Share' row under the byline: LinkedIn, Twitter, Facebook, e-mail share buttons (the LinkedIn follow mount inside is its own item)"),
 C("follow", "", "before", HDR+"/div[3]/div[2]/div[2]", amb=True, note="empty LinkedIn FollowCompany mount (script type IN/FollowCompany) beside the share buttons under the byline (10.9)"),
 C("share", "Share", "before|outside", ROW+"/div[1]/div/div[1]", note="sticky 'Share' column beside the text: LinkedIn, Twitter, Facebook, e-mail share buttons"),
 C("follow", "", "before|outside", ROW+"/div[1]/div/div[2]", amb=True, note="empty LinkedIn FollowCompany mount in the sticky share column (large-desktop copy, Hide_below-desktoplarge; 10.9)"),
 C("follow", "", "before|outside", ROW+"/div[1]/div/div[3]", amb=True, note="empty LinkedIn FollowCompany mount in the sticky share column (smaller-screen copy, Hide_at-desktoplarge; 10.9, 9.3)"),
 C("other", "Read Now", "outside", RR+"/div[3]", note="right-rail latest-magazine box: three issue covers and a 'Read Now' button to /magazine (own magazine promo)"),
 C("other", "", "outside", "/html/body/div/div/div[3]", amb=True, note="empty #magazineCTA mount (MagazineCTA container) between main and footer, filled by script (10.9; 11.3 would leave an empty shell out)"),
 C("other", "", "outside", "/html/body/div/div/div[4]", amb=True, note="empty #storyCTA mount beside it, filled by script (10.9)"),
 C("follow", "Socials LinkedIn Twitter Facebook Instagram YouTube Medium", "outside", "/html/body/div/div/footer/div/div/div/div[2]/div/div/div[4]", note="footer 'Socials' column: six links to the site's social profiles"),
]
ads=[
 A("/html/body/div/div/div[1]", "before|outside", "728x90 leaderboard above the header (Advert box, adBox id tech/cloud-computing/list-page-728x90)"),
 A(RR+"/div[1]", "outside", "right-rail 300x250 Advert box (first)"),
 A(RR+"/div[4]", "outside", "right-rail 300x250 Advert box under the 'Read Now' magazine box"),
 A(RR+"/div[6]", "outside", "right-rail 300x250 Advert box under 'Related Content'"),
 A(ROW+"/div[3]/div/div[2]", "outside", "sticky right-rail 300x600 Advert box (desktop only)"),
 A(MN+"/div[3]", "after|outside", "full-width 970x250 'background' billboard Advert row under the article (desktop)"),
]
