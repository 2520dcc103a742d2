"""Vocabulary of ``extract/image_shares.py``: what says a share button shares one picture."""

#: The controls of a share bar.
CONTROL_TAGS = ("a", "button", "amp-social-share")
#: Link parameters naming the picture to share (Pinterest's "pin/create?media=...").
MEDIA_PARAMS = ("?media=", "&media=", "&amp;media=", "?image_url=", "&image_url=")
#: Words of ``data-*`` attribute names holding the picture's address ("data-media",
#: "data-image", "data-pin-media", "data-share-image").
IMAGE_ATTR_WORDS = ("image", "media")
#: Extensions of image files.
IMAGE_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "webp", "gif", "avif"})
#: Elements showing a picture.
PICTURE_TAGS = ("img", "picture", "amp-img")
#: Levels climbed from a share bar to the box of its picture.
PICTURE_CLIMB = 3
