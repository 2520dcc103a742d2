from _dsl import *
FILE="trafilatura-eval/html/0b4609a864eb4fa0bbcb2b395f6be9eb.html.gz"
related=[
 R("/html/body/div/div/div[3]/div/div[2]", "Mehr aus der Sendung", 24, "after", note="swiper list of 24 other episodes of the show under the video description"),
]
ctas=[]
ads=[]
