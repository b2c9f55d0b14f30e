"""English word classes: clean: the furniture of scraped news  (framing.clean, framing.furniture)."""

from __future__ import annotations

from framing.lang.english.document import *  # noqa: F403
from framing.lang.english.grammar import *  # noqa: F403
from framing.lang.english.grammar import _words

#: openers of "read also" teasers and related-content links (lower-case; matched at line start)
TEASER_OPENERS = (
    "read also", "also read", "read more", "see also", "related", "recommended", "don't miss", "do not miss",
    "must read", "more on this", "more from", "more:", "watch:", "listen:", "you may also like",
    "you might also like", "suggested reading", "further reading", "trending:", "latest:",
)
#: words after "related" that make it a teaser heading ("Related stories:")
TEASER_RELATED_NOUNS = _words("article articles story stories coverage content news reading link links topics posts")
#: words of share-button and social lines ("Share on Facebook | Tweet | Email | Print")
SHARE_WORDS = _words(
    "share shares sharing this article story page on via tweet facebook twitter x whatsapp email e-mail mail "
    "print copy link linkedin telegram reddit pinterest messenger comments comment save bookmark follow us the "
    "flipboard sms gift and or to with"
)
#: at least one of these must be on a share line
SHARE_CORE = _words(
    "share sharing tweet facebook twitter whatsapp email e-mail print linkedin telegram reddit pinterest "
    "messenger flipboard comments bookmark"
)
#: openers of photo-caption and credit lines (lower-case; followed by ':' or 'by' or '|')
CAPTION_OPENERS = _words(
    "photo photos photograph photographs image images picture pictures pic pics caption video illustration "
    "graphic credit credits"
)
#: words that may stand on a date line beside the date itself ("Published: Thu 1 Aug 2031, 10:21 GMT")
DATE_LABELS = (
    MONTHS
    | WEEKDAYS
    | _words(
        "date dated published updated posted last modified first edited on at am pm a.m p.m gmt utc bst cet cest "
        "est edt pst pdt ist eet eest jst ago hours hour minutes minute mins min days day weeks week seconds "
        "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun st nd rd th "
        "time read reading"
    )
)
#: lower-case words allowed in a byline ("By Jane Doe, staff writer, in Norvik")
BYLINE_WORDS = _words(
    "and in the of for de da del della di van von der den le la al el bin ibn staff writer writers reporter "
    "reporters correspondent correspondents editor editors contributor contributors news agencies agency "
    "desk team with from senior chief political foreign diplomatic special"
)
#: the words that open a byline
BYLINE_OPENERS = ("by", "written by", "words by", "report by", "story by", "text by")
#: openers of production credits ("(Reporting by ...; Editing by ...)")
CREDIT_OPENERS = _words("reporting writing editing compiled translated additional")
#: all-capital words that open headlines, not datelines ("BREAKING - ...")
NOT_DATELINES = _words(
    "BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE ANALYSIS OPINION EDITORIAL FACTBOX EXPLAINER URGENT "
    "CORRECTION VIDEO PHOTOS AUDIO PODCAST NEW FLASH ALERT REVIEW INTERVIEW COMMENT"
)
