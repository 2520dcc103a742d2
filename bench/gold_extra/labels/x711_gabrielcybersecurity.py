from _dsl import *
FILE="wcxb/html/0442.html.gz"
# Gabriel Gonzalez - Cyber Security (gabrielcybersecurity.com, WordPress block theme) post 'Exploring USB Commands':
# header (logo, site title, nav 'www.weekbro.com' / 'CyberSecurity Blog' with a responsive menu modal); post title and
# meta (date, author, category); text (four paragraphs, 'you can find the project here:' + GitHub link, screenshot);
# a Newsletter-plugin box 'Would you like to receive notifications about new posts?' (e-mail, privacy checkbox, 'Get
# Resources!') closing the post content; rule and post navigation ('← Previous: IDA Pro String Heuristics', empty next
# slot); footer (logo, site title, tagline, an empty column); hidden 'Product successfully added to the cart!' message.
# Ultimate Social Media Icons and Newsletter scripts are loaded, but no icon element is in the HTML. No ad slot and no
# ad configuration.
# Not labelled: header nav and its menu modal (incl. the link to the author's other site), post meta links, the GitHub
# project link (body: the post's subject), the empty footer column (empty shell), the hidden cart pop-up message (shop
# notice, not an ask).
M="/html/body/div[1]/main"
related=[
 R(M+"/div[3]/div/nav", None, 1, "after", note="post navigation under a rule: '← Previous: IDA Pro String Heuristics' (next slot empty)"),
]
ctas=[
 C("newsletter", "Would you like to receive notifications about new posts? Email I accept the privacy policy", "after", M+"/div[2]/div", note="Newsletter-plugin sign-up box at the end of the post content (e-mail field, privacy checkbox, 'Get Resources!' button)"),
]
ads=[]
