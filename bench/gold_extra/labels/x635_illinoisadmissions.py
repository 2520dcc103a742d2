from _dsl import *
FILE="wcxb/html/4622.html.gz"
# Illinois Admissions blog (WordPress, Gridlove theme) post 'How to Write a College Application Essay: Tips and Tricks':
# header (logo, menu, search) and sticky and responsive header copies; empty cover area; article (category, h1, meta with
# author, date, '4 comments' link, reading time; text with five numbered sections, images and 'Tips & Tricks for Illinois'
# subsections; tags; author box with 'View all posts'; previous/next post links); comments section ('4 comments' list,
# comments closed, no form); 'You may also like' (3 cards); sidebar ('Want more info?' form mount 'Loading...', Topics
# category list, 'Recent Posts' 5 items); footer ('Request More Info' with 'Sign up!' link, 'Contact Information' address /
# phone / e-mail, social icons, Disclaimer, university logo, copyright); mobile sidebar menu.
# Not labelled: menus, search, category label, byline, reading time, in-sentence links to two other posts of the blog
# (p[5], p[9]: narrative body sentences), tags, author box, Topics category list, disclaimer, logo, mobile menu.
C3="/html/body/div[3]/div"
AR=C3+"/div[1]/article/div"
FT="/html/body/div[4]/div[1]/div"
related=[
 R(AR+"/nav", None, 2, "after", note="previous / next post links: 'Illinois College Essay Example Prompts', 'How many colleges should I apply to? ...'"),
 R(C3+"/div[1]/div[2]", "You may also like", 3, "after", note="'You may also like' cards under the comments: Transfer Guide, Applying to College at Illinois, Apply Like a Pro to Illinois"),
 R(C3+"/div[2]/div[3]", "Recent Posts", 5, "outside", note="sidebar 'Recent Posts' widget, 5 posts"),
]
ctas=[
 C("comments", "4 comments", "before", AR+"/div[1]/div[2]/div[3]", amb=True, note="'4 comments' link in the post meta (bare comment count)"),
 C("comments", "4 comments", "after", C3+"/div[1]/div[1]", amb=True, note="comments section: '4 comments' heading and list; comments closed, no form or reply prompt (a comment list more than an ask)"),
 C("contact", "Want more info?", "outside", C3+"/div[2]/div[1]", amb=True, note="(amb: 10.9, as x607) sidebar 'Want more info?' request-information form mount (form_..., 'Loading...', filled by script); kind contact (asks to be sent information), newsletter defensible"),
 C("contact", "Request More Info Do you like what you're reading? Are you interested in getting more information about Illinois?", "outside", FT+"/div[1]", note="footer 'Request More Info' box with 'Sign up!' link to the admissions inquiry registration"),
 C("contact", "Contact Information Office of Undergraduate Admissions", "outside", FT+"/div[2]/div[1]", amb=True, note="footer 'Contact Information': address, office hours, phone, e-mail, fax, no button (convention 2)"),
 C("follow", "instagram tiktok twitter youtube facebook", "outside", FT+"/div[2]/div[2]", note="footer social icons (zoom social icons widget)"),
]
ads=[]
