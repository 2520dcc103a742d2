from _dsl import *
FILE="wcxb/html/4256.html.gz"
# MeetingNotes (meetingnotes.com, Webflow blog run by Fellow) guide 'Best CRMs of 2026: Customer Relationship Management
# Software Guide': navbar (logo; nav of two hover drop-downs whose entries are the site's own posts, 'Top Picks' (8 posts:
# Bot-free AI meeting notetakers ... Top HIPAA compliant notetakers) and 'Tool Reviews' (3 teardown / review posts), a 'Blog'
# link, search form; burger button); hero (breadcrumb Home / Blog / Tools, h1, excerpt, 'By The Meetingnotes Team | 6 mins |
# February 28, 2026', 'Tools' category pill, featured image); content grid: left sticky sidebar with one download card
# linking to Fellow's security checklist ('Don't be the one putting your company at risk' / blurb / 'Learn More' button; a
# 'Get Started' button variant is w-condition-invisible), post column (an empty w-condition-invisible video embed; the rich
# text: intro, 'What to look for', six numbered CRMs with Pros / Cons / Pricing / Best for lines, 'How to choose'; the text
# holds no link at all), then the 'go-further-cta' box 'Never take meeting notes again / Record, transcribe and summarize
# your meetings with Fellow. / Start a free trial' (its 'Get started with Fellow today' variant invisible); 'You might also
# like' band of three post cards; 'Got something to contribute? / Become a contributor' band; footer (five placeholder
# 'Footer link' links to '#', logo, CMS link columns 'Top Picks' (first entry an empty link), 'Meeting Tips', 'Meeting
# Templates', a 'Learn More' menu column About Us / See all articles / See all templates; copyright).
# No ad markup, no ad slot (the only 'advert' word is 'advertised' in the text).
# Not labelled: logo, 'Blog' nav link, search form, breadcrumb and 'Tools' category pill, byline, the empty invisible
# video embed, the placeholder 'Footer link' row, the footer 'Learn More' menu column, copyright.
NAV="/html/body/div/nav/div/div/nav"
FG="/html/body/section[5]/div/div[1]/div[2]"
related=[
 R(NAV+"/div[1]", "Top Picks", 8, "outside", amb=True, note="hover drop-down of the nav item 'Top Picks': 8 of the site's own posts (Bot-free AI meeting notetakers, Best AI meeting assistants, Top project management tools, Notion / Linear / Monday AI integrations, Best meeting transcription tools, Top HIPAA compliant notetakers); the main menu, hidden until hover"),
 R(NAV+"/div[2]", "Tool Reviews", 3, "outside", amb=True, note="hover drop-down of the nav item 'Tool Reviews': 3 posts (Fellow.ai Teardown, Granola.ai Teardown, Zoom built-in meeting notes)"),
 R("/html/body/section[3]", "You might also like", 3, "after|outside", note="'You might also like' band of three post cards between the article and the footer (Best Task Management Software; Best One On One Meeting Software; The 10 Best AI Note Takers in 2026 (Tested & Ranked))"),
 R(FG+"/div[2]", "Top Picks", 5, "outside", amb=True, note="footer CMS link column 'Top Picks': 5 post links (Best AI Tools for Meeting Notes, Asynchronous Tools, AI Meeting Assistants, Time Management Tools, Meeting Transcript Tools) plus an empty link; a footer menu column of posts"),
 R(FG+"/div[3]", "Meeting Tips", 5, "outside", amb=True, note="footer CMS link column 'Meeting Tips': 5 post links (Meeting Minutes Examples ... Transcribe Meeting Minutes)"),
 R(FG+"/div[4]", "Meeting Templates", 5, "outside", amb=True, note="footer CMS link column 'Meeting Templates': 5 template pages (Formal Meeting Minutes, Coaching Mentoring 1:1, Quarterly Planning Meeting, Community Meeting, Executive Strategy Session)"),
]
ctas=[
 C("other", "Don't be the one putting your company at risk Follow this checklist before signing up for an AI meeting notetaker", "outside", "/html/body/section[2]/div/div/div[1]/div", note="left sticky sidebar download card beside the text: 'Don't be the one putting your company at risk' / checklist blurb / 'Learn More' button, linking to Fellow's security-checklist lead page (utm_medium=download)"),
 C("other", "Never take meeting notes again Record, transcribe and summarize your meetings with Fellow. Start a free trial", "after", "/html/body/section[2]/div/div/div[2]/div[3]", note="'go-further-cta' box under the text: 'Never take meeting notes again' / 'Start a free trial' button to fellow.ai"),
 C("other", "Got something to contribute? Become a contributor, and add your unique take on these topics to our website.", "after|outside", "/html/body/section[4]", note="'Got something to contribute?' band above the footer with a 'Become a contributor' button (a contributor ask, `other` as x696's 'Contribute')"),
]
ads=[]
