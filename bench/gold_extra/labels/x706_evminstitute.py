from _dsl import *
FILE="wcxb/html/0197.html.gz"
# Event Management (EVM) Institute (evm.institute, WordPress block theme; one of a network of course sites) lesson
# 'The Essential Role of Human Resource Planning in Event Management': header (logo, nav Home / Basics / Planning /
# Coordination / Marketing / Financing & Accounting / Contact with a responsive modal copy); title band (category, h1,
# date); main column (entry content: intro, 'Table of Contents' box, h2/h3 sections each with a copy-link button, tooltip
# glossary spans, in-sentence source links; closing 'What do you think? ...' prompt; 'How useful was this post?' star
# rating with a hidden feedback form; 'References' list; 'PDF' print-my-blog button; empty has-social-placeholder div;
# previous/next post navigation; 'Comments / Leave a Reply' form); right column 'Event Planning' syllabus (13 bold module
# headings, each over an ordered list of 3-7 lesson links, 59 in all, this lesson among them); empty group; footer
# ('For Other Courses' grid of 39 sister-site links, copyright, 'Contact' link); hidden Highlight-and-Share selection
# tooltip (X, Facebook, WhatsApp, Telegram, Copy) and hidden 'Share on Mastodon' prompt.
# No ad slot: only the AdSense auto-ads script in the head (no element where an ad shows).
# Not labelled: nav and its modal copy, category link, table of contents, copy-link buttons on the headings, tooltip
# spans, in-sentence source links, 'References' list, the empty has-social-placeholder div (the highlight-and-share
# plugin's content marker, no widget), empty group before the footer, 'For Other Courses' sister-site grid (a network
# directory, convention 6), copyright.
EC="/html/body/div[1]/main/div/div[1]/div[1]"
MC="/html/body/div[1]/main/div/div[1]"
SY="/html/body/div[1]/main/div/div[2]/div/div"
MODS=[(1,"1 Getting to know your client",5),(2,"2 Feasibility assessment of the event",5),
 (3,"3 Bidding for events-I (Components and criteria for winning bids)",5),(4,"4 Bidding for events-II (Event proposal)",4),
 (5,"5 Laws, permits and licenses in event management",3),(6,"6 Contracts",5),(7,"7 Events risk management-I (Norms and policy)",3),
 (8,"8 Event risk management-II (Process and control)",4),(9,"9 Event design",5),(10,"10 Event planning",4),
 (11,"11 Human resource planning",6),(12,"12 Planning of logistics",4),(13,"13 Entertainment planning",3)]
related=[
 R(MC+"/nav", None, 2, "after", note="previous/next post links: 'Previous: Essential Tools for Effective Event Planning and Management' / 'Next: Human Resource Planning: The Key to Successful Event Execution'"),
]+[
 R(SY+f"/ol[{i}]", h, n, "outside", note=f"right-column 'Event Planning' syllabus, module {i} of 13: bold heading over an ordered list of lesson links (convention 7: one block per heading; 9.1: the list, titled by its heading)"+("; 7 links, one is this lesson" if i==11 else "")) for i,h,n in MODS
]
ctas=[
 C("comments", "What do you think? How does your organization approach human resource planning for events?", "after", EC+"/p[24]", amb=True, note="closing prompt 'What do you think? ...' inviting readers' strategies (as x476), last paragraph of the text above the comment form"),
 C("other", "How useful was this post? Click on a star to rate it! Submit Rating", "after", EC+"/div[2]", note="Rate My Post star-rating widget with its hidden feedback form (as x106/x167)"),
 C("share", "PDF 📄", "after", EC+"/div[3]", amb=True, note="'PDF' print-my-blog button under the references (print/PDF tool, as x04's article actions)"),
 C("comments", "Comments Leave a Reply Cancel reply", "after", MC+"/div[2]", note="'Comments' section with the 'Leave a Reply' form under the post navigation"),
 C("contact", "Contact", "outside", "/html/body/div[1]/footer/div[2]/div[2]", amb=True, note="lone 'Contact' link beside the copyright line (no button look, as x591)"),
 C("share", "Share This Facebook WhatsApp Telegram Copy", "outside", "/html/body/div[2]", amb=True, note="hidden Highlight-and-Share selection tooltip (display:none; X, Facebook, WhatsApp, Telegram, Copy), shown when text is selected (9.5)"),
 C("share", "Share on Mastodon Enter your Mastodon instance URL (optional) Share", "outside", "/html/body/div[3]", amb=True, note="hidden 'Share on Mastodon' prompt (aria-hidden, display:none) of the same plugin (9.5)"),
]
ads=[]
