"""Normalise: turn a decoded page into clean simplified sentences with offsets into the file.

Steps, each a pure function over ``(text, origin)`` where ``origin[i]`` is the offset in the
decoded file of character ``i``:

1. :func:`strip_markup` removes HTML tags, scripts and entities (HTML input only);
2. :func:`clean_characters` drops carriage returns, zero-width and control characters;
3. :func:`strip_pinyin` removes pinyin that portals insert after characters (``醫(yī)`` -> ``醫``);
4. :func:`to_simplified` converts traditional to simplified script with OpenCC;
5. :func:`segment` drops spam, navigation, share buttons, footers and related-news lists,
   joins lines a hard wrap broke inside a word or sentence, and splits paragraphs into
   stories and sentences; each story is marked as healthcare or not.

>>> sents = normalize("長春市衛(wèi)健委推進醫(yī)聯體建設。\\n").sentences
>>> sents[0].text, sents[0].start, sents[0].end
('长春市卫健委推进医联体建设。', 0, 23)
"""

from __future__ import annotations

import html
import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from .lexicon import Lexicon, shipped_lexicon
from .resources import converter, variant_table
from .types import NormalizedText, Sentence

Edit = tuple[int, int, str]


def apply_edits(text: str, origin: array, edits: list[Edit]) -> tuple[str, array]:
    """Apply sorted, non-overlapping ``(start, end, replacement)`` edits, keeping ``origin`` aligned.

    Replacement characters take the origin of the first replaced character.

    >>> t, o = apply_edits("ab(x)c", array("i", range(6)), [(2, 5, "")])
    >>> t, list(o)
    ('abc', [0, 1, 5])
    """
    if not edits:
        return text, origin
    parts: list[str] = []
    new_origin = array("i")
    pos = 0
    for start, end, repl in edits:
        parts.append(text[pos:start])
        new_origin.extend(origin[pos:start])
        if repl:
            parts.append(repl)
            anchor = origin[start] if start < len(origin) else (origin[-1] + 1 if origin else 0)
            new_origin.extend([anchor] * len(repl))
        pos = end
    parts.append(text[pos:])
    new_origin.extend(origin[pos:])
    return "".join(parts), new_origin


def _regex_edits(pattern: re.Pattern, text: str, repl) -> list[Edit]:
    return [(m.start(), m.end(), repl(m) if callable(repl) else repl) for m in pattern.finditer(text)]


_SCRIPT = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_BLOCK_TAG = re.compile(r"</?(p|div|br|li|ul|ol|tr|td|th|h[1-6]|section|article|header|footer|"
                        r"table|blockquote|pre|title|dt|dd|nav)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10});")


def strip_markup(text: str, origin: array) -> tuple[str, array]:
    """Remove HTML markup: scripts and styles entirely, block tags become line breaks.

    >>> strip_markup("<p>医院&amp;诊所</p><script>x</script>", array("i", range(36)))[0]
    '\\n医院&诊所\\n'
    >>> strip_markup("<p>市<b>医院</b>揭牌</p>", array("i", range(20)))[0]
    '\\n市医院揭牌\\n'
    """
    text, origin = apply_edits(text, origin, _regex_edits(_SCRIPT, text, ""))
    text, origin = apply_edits(text, origin, _regex_edits(_BLOCK_TAG, text, "\n"))
    text, origin = apply_edits(text, origin, _regex_edits(_TAG, text, ""))
    return apply_edits(text, origin, _regex_edits(_ENTITY, text, lambda m: html.unescape(m.group())))


_BAD_CHARS = re.compile("[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069"
                        "\ufeff\ufffe\uffff\ud800-\udfff]")
_SPACES = re.compile("[\u3000\xa0\t]")


def clean_characters(text: str, origin: array) -> tuple[str, array]:
    """Drop carriage returns, control, zero-width and bidi characters and lone surrogates;
    ideographic and no-break spaces become plain spaces.

    >>> clean_characters("医\\u200b院\\r\\n\\u3000", array("i", range(6)))[0]
    '医院\\n '
    """
    text, origin = apply_edits(text, origin, _regex_edits(_BAD_CHARS, text, ""))
    return apply_edits(text, origin, _regex_edits(_SPACES, text, " "))


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])[（(]([a-zü" + _TONED + r"]{1,7})[)）]")
#: the initial a pinyin syllable may open with
_INITIAL = r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
#: a toneless reading with the space a portal writes after it, before a character or a punctuation mark
#: (人民网's traditional pages: 鹽城市大豐(feng) 人民醫院, 落子大豐(feng) ,): one syllable, an initial and a vowel
_SPACED_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\(" + _INITIAL + r"[aeiouü][a-z]{0,4}\) "
                            r"(?=[\u3400-\u9fff，,、。；;：:！!？?])")
#: a toneless reading between two characters (拉萨市人(ren)民医院, 市(shi)(shi)人民): one syllable as pinyin
#: spells it, an initial and a final (no English word in brackets: 下载(app)后 stays)
_SYLLABLE = _INITIAL + (r"(?:iang|iong|uang|ang|eng|ian|iao|ing|ong|uai|uan|ai|an|ao|ei|"
                        r"en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|ve|üe|a|e|i|o|u|v|ü)")
_BARE_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])(?:[（(]" + _SYLLABLE + r"[)）])+(?=[\u3400-\u9fff])")


def strip_pinyin(text: str, origin: array | None = None) -> tuple[str, array]:
    """Remove pinyin readings in brackets after a Chinese character: ``醫(yī)`` -> ``醫``, a
    toneless one followed by a space before the next character: ``大豐(feng) 人民醫院`` -> ``大豐人民醫院``,
    and a toneless syllable between two characters: ``人(ren)民`` -> ``人民``.
    ``origin`` maps each character to its offset in the source (by default, ``text`` is the source).

    Only bracketed lower-case syllables with a tone mark, a space and a character after, or a
    character on both sides are removed, so ``(ab)`` stays.

    >>> strip_pinyin("醫(yī)聯體 區(qū) 3(ab)")[0]
    '醫聯體 區 3(ab)'
    >>> strip_pinyin("大豐(feng) 人民醫院", array("i", range(13)))[0]
    '大豐人民醫院'
    >>> strip_pinyin("拉萨市(shi)(shi)人(ren)民医院，下载(app)后")[0]
    '拉萨市人民医院，下载(app)后'
    """
    if origin is None:
        origin = array("i", range(len(text)))
    edits = [(m.start(), m.end(), "") for m in _PINYIN.finditer(text)
             if any(ch in _TONED for ch in m.group(1))]
    edits += [(m.start(), m.end(), "") for m in _SPACED_PINYIN.finditer(text)]
    edits += [(m.start(), m.end(), "") for m in _BARE_PINYIN.finditer(text)]
    return apply_edits(text, origin, sorted(edits))


#: 藉 that OpenCC leaves as it is outside the words it knows (藉此, 憑藉): the preposition "by means of",
#: 借 in simplified script (藉協同雙方優勢), but not the 藉 of 慰藉, 狼藉, 枕藉, 蕴藉
_LONE_JIE = re.compile(r"(?<![慰狼枕蕴藴藉])藉(?!藉)")


def _convert(text: str) -> str:
    """OpenCC's simplified form of a text, a 藉 it leaves outside its words read as 借 (``_LONE_JIE``)."""
    return _LONE_JIE.sub("借", converter().convert(text))


def to_simplified(text: str, origin: array) -> tuple[str, array]:
    """Traditional -> simplified script with OpenCC (``hk2s``: Hong Kong's variant forms too,
    衞 as well as 衛), and the variant characters it leaves as they are (``variants.tsv``: 陜), keeping
    offsets; a 藉 it leaves outside its words is the preposition 借 (藉協同雙方優勢), except in 慰藉, 狼藉.

    >>> to_simplified("長春醫院", array("i", range(4)))[0]
    '长春医院'
    >>> to_simplified("醫務衞生局", array("i", range(5)))[0]
    '医务卫生局'
    >>> to_simplified("陜西省", array("i", range(3)))[0]
    '陕西省'
    >>> to_simplified("藉協同雙方優勢 給予慰藉", array("i", range(12)))[0]
    '借协同双方优势 给予慰藉'
    """
    text = text.translate(variant_table())
    out = _convert(text)
    if len(out) == len(text):
        return out, origin
    # a phrase conversion changed the length somewhere: convert line by line, and map a line
    # whose length changed character by character onto its start
    lines = text.split("\n")
    parts, new_origin, pos = [], array("i"), 0
    for line in lines:
        conv_line = _convert(line)
        if len(conv_line) == len(line):
            new_origin.extend(origin[pos:pos + len(line)])
        else:
            base = origin[pos] if pos < len(origin) else 0
            new_origin.extend([base] * len(conv_line))
        parts.append(conv_line)
        if pos + len(line) < len(origin):
            new_origin.append(origin[pos + len(line)])
        pos += len(line) + 1
    return "\n".join(parts), new_origin


# --- segmentation: noise, wraps, paragraphs, stories, sentences -----------------------------

TERMINAL = set("。！？!?；;…”’」』）)】》:：")
_SENTENCE = re.compile(r"[^。！？!?；;]*(?:[。！？!?；;]+[”’」』）)]*|$)")
_HAN = re.compile(r"[\u3400-\u9fff]")
#: a line that opens with a list number ((三), 二、, 12、) starts a paragraph: no wrap continues into it
_ENUMERATED = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[)）]|(?:[一二三四五六七八九十]{1,3}|\d{1,3})、")
_INNER_STOP = re.compile(r"[。！？；]")  # a line with a full stop inside is body text, not a headline
#: the marks spam pages join keywords with (国产a|日本b, 在线观看甲_免费视频乙); three or more of them
#: in a line of short parts make it a keyword list
KEYWORD_SEPARATORS = "|｜_"
_KEYWORD_SEPARATOR = re.compile(f"[{KEYWORD_SEPARATORS}]")

#: a story is about healthcare when its strong healthcare terms (``health_terms.tsv``), with a
#: quarter for each weak one, make up this share (per cent) of its characters
HEALTH_DENSITY = 0.6
WEAK_TERM_WEIGHT = 0.25
#: a story needs this many strong terms (a block of headlines one)
MIN_STRONG_TERMS = 2


def is_noise_line(line: str, lexicon: Lexicon | None = None) -> bool:
    """True for spam, navigation, share buttons, bylines of metadata and footers
    (``page_noise.tsv`` of ``lexicon``, by default the shipped one).

    >>> is_noise_line("首页 > 二道之窗 > 区情概况"), is_noise_line("国产a|日本b|黄色c|在线d")
    (True, True)
    >>> is_noise_line("在线观看甲_免费视频乙_高清影院丙_午夜剧场丁")
    True
    >>> is_noise_line("全区现有中小学校27所。")
    False
    """
    s = line.strip()
    if not s:
        return False
    if (lexicon or shipped_lexicon()).noise_line_re.match(s):
        return True
    if sum(s.count(c) for c in KEYWORD_SEPARATORS) >= 3:  # a list of spam keywords, not a headline
        segments = _KEYWORD_SEPARATOR.split(s)
        if sum(len(x) for x in segments) / len(segments) < 25:
            return True
    if len(s) <= 60 and (s.count(">") >= 2 or s.count("＞") >= 2 or s.count("»") >= 2):
        return True
    if not _HAN.search(s) and len(s) < 40:
        return True  # counters, lone digits, ASCII chrome
    return False


@dataclass(frozen=True)
class _Line:
    start: int   # offset of the first non-space character in the current text
    end: int     # offset after the last non-space character
    text: str
    gap: int = 0  # empty lines before it: two or more separate stories


def _classify(text: str, narrow: bool, lex: Lexicon) -> str:
    if lex.byline_re.match(text):
        return "byline"
    if lex.story_start_re.match(text):
        return "body"  # a dateline opens the story, however short its line (德州新闻网讯(记者 …))
    if text[-1] in ":：" and len(text) <= 15:
        return "headline"  # a section heading: 医疗领域:
    spaced = bool(re.search(r"[\u3400-\u9fff]\s+[\u3400-\u9fff\-—]", text))
    if text[-1] in TERMINAL and not (text[-1] in "”’」』）)】》" and len(text) <= 30):
        return "body"
    if len(text) <= 40 or (narrow and spaced):
        return "headline"
    return "body"


#: characters of content after which a related-news heading ends the page even if no line of prose
#: came before it (a page whose punctuation was lost)
TRAILER_AFTER_CHARS = 300
#: a line of prose: a full stop after this many characters
PROSE_LEAD = 4


def _prose_line(line: str) -> bool:
    """True when ``line`` has a full stop after :data:`PROSE_LEAD` characters of the same line (in
    one pass: a long line with no full stop costs its length, not its square).

    >>> _prose_line("长春市人民医院。"), _prose_line("医院。"), _prose_line("长春" * 50000)
    (True, False, False)
    """
    return any(part.find("。", PROSE_LEAD) >= 0 for part in line.split("\n"))


class _Trailer:
    """Where the related-news trailer (``page_noise.tsv`` trailer) begins: at a heading such as
    相关推荐 once the page's body has begun (a line of prose, or a few hundred characters); before
    that the heading is a sidebar's, printed above the story, and is skipped.

    >>> from kg.lexicon import shipped_lexicon
    >>> t = _Trailer(shipped_lexicon())
    >>> [t.read(x) for x in ["县医院揭牌", "相关推荐", "昨天上午，县人民医院牵头组建的医共体正式揭牌运行。", "相关推荐"]]
    ['line', 'skip', 'line', 'end']
    """

    def __init__(self, lex: Lexicon) -> None:
        self.lex, self.seen, self.body = lex, 0, False

    def read(self, line: str) -> str:
        """``end`` (the trailer begins), ``skip`` (a sidebar's heading) or ``line`` (content)."""
        if self.lex.trailer_re.match(line):
            return "end" if self.body or self.seen >= TRAILER_AFTER_CHARS else "skip"
        self.seen += len(line)
        self.body = self.body or _prose_line(line)
        return "line"


def _lines(text: str, lex: Lexicon) -> list[_Line]:
    """Non-empty content lines with noise and trailing related-news lists removed."""
    out: list[_Line] = []
    pos = 0
    gap = 0
    trailer = _Trailer(lex)
    for raw in text.split("\n"):
        begin = pos
        pos += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            gap += 1
            continue
        step = trailer.read(stripped)
        if step == "end":
            break
        if step == "skip":
            continue
        if is_noise_line(stripped, lex):
            continue
        lead = len(raw) - len(raw.lstrip())
        out.append(_Line(begin + lead, begin + lead + len(stripped), stripped, gap))
        gap = 0
    return out


def _is_narrow(lines: list[_Line]) -> tuple[bool, float]:
    """Detect a page hard-wrapped at a narrow width; return (narrow, join threshold)."""
    short = sorted(len(x.text) for x in lines if 10 <= len(x.text) <= 32 and x.text[-1] not in TERMINAL)
    if len(short) >= 10 and len(short) >= 0.4 * len(lines):
        return True, 0.75 * short[len(short) // 2]
    return False, 40.0


def _names_list(line: str, following: str, lex: Lexicon) -> bool:
    """True when two lines each end with an institution's suffix (``suffixes.tsv``): a list
    of names, one a line, not a wrapped sentence.

    >>> _names_list("柳州市妇幼保健院", "广西医科大学第二附属医院", shipped_lexicon())
    True
    """
    return all(lex.suffix_end_re.search(x) for x in (line, following))


def segment(text: str, origin: array, lexicon: Lexicon | None = None) -> tuple[list[Sentence], str]:
    """Split normalised text into sentences grouped in stories; return (sentences, title)."""
    lex = lexicon or shipped_lexicon()
    lines = _lines(text, lex)
    narrow, width = _is_narrow(lines)
    # join wrapped lines into paragraphs
    paragraphs: list[list[_Line]] = []
    for line in lines:
        prev = paragraphs[-1][-1] if paragraphs else None
        if (prev is not None and line.gap < 2 and (len(prev.text) >= width or _INNER_STOP.search(prev.text))
                and prev.text[-1] not in TERMINAL
                and not (narrow and re.search(r"[\u3400-\u9fff]\s+[\u3400-\u9fff]", prev.text))
                and not lex.byline_re.match(prev.text)
                and not _names_list(prev.text, line.text, lex)
                and not _ENUMERATED.match(line.text)
                and (_HAN.match(line.text[0]) or line.text[0].isdigit()
                     or line.text[0] in "“‘「（(《。，、；：！？”’」）》")):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    title = ""
    story, prev_kind = -1, "start"
    header_only: dict[int, bool] = {}
    pending: list[tuple[int, str, array]] = []  # (story, sentence text, origin)
    for para in paragraphs:
        ptext = "".join(x.text for x in para)
        porigin = array("i")
        for x in para:
            porigin.extend(origin[x.start:x.end])
        kind = _classify(ptext, narrow, lex) if len(para) == 1 else "body"
        if not title and kind == "headline" and len(ptext) >= 6:
            title = ptext
        # headlines and bylines form a story of their own; a dateline starts a new story
        if (story < 0 or (kind == "body") != (prev_kind == "body") or para[0].gap >= 2
                or (kind == "body" and lex.story_start_re.match(ptext))):
            story += 1
            header_only[story] = kind != "body"
        prev_kind = kind
        if kind == "byline":
            continue
        for a, b in _sentence_spans(ptext):
            while a < b and ptext[a] == " ":
                a += 1
            while b > a and ptext[b - 1] == " ":
                b -= 1
            if a < b:
                pending.append((story, ptext[a:b], porigin[a:b]))
    texts: dict[int, list[str]] = {}
    for st, t, _ in pending:
        texts.setdefault(st, []).append(t)
    health = {st: is_health_text("".join(ts), header_only[st], lex) for st, ts in texts.items()}
    sentences = [Sentence(index=i, text=t, start=o[0], end=o[-1] + 1, story=st, health=health[st],
                          origin=o) for i, (st, t, o) in enumerate(pending)]
    return sentences, title


#: sentences longer than this are cut at a comma (or hard), so that no stage sees a huge one
MAX_SENTENCE = 300


def _sentence_spans(text: str):
    """Sentence boundaries of a paragraph; overlong sentences are cut at commas or hard.

    >>> list(_sentence_spans("甲。乙！"))
    [(0, 2), (2, 4)]
    """
    for m in _SENTENCE.finditer(text):
        a, b = m.start(), m.end()
        while b - a > MAX_SENTENCE:
            cut = max(text.rfind("，", a, a + MAX_SENTENCE), text.rfind(",", a, a + MAX_SENTENCE))
            cut = cut + 1 if cut > a else a + MAX_SENTENCE
            yield a, cut
            a = cut
        if b > a:
            yield a, b


def is_health_text(text: str, header: bool = False, lexicon: Lexicon | None = None) -> bool:
    """True when a story is about healthcare: enough healthcare words (``health_terms.tsv`` of
    ``lexicon``, by default the shipped one) for its length.

    A ``header`` (a block of headlines) needs one healthcare word.

    >>> is_health_text("市人民医院专家为患者开展义诊，医疗服务进社区。")
    True
    >>> is_health_text("学校全面规范作息，保障学生健康成长。")
    False
    """
    lex = lexicon or shipped_lexicon()
    strong = len(lex.health_strong_re.findall(text))
    if header:
        return strong >= 1
    weak = len(lex.health_weak_re.findall(text)) - strong
    score = strong + WEAK_TERM_WEIGHT * max(0, weak)
    # the density of the Chinese text: a translation into English after it (…Qiqihar City is…) dilutes nothing
    return strong >= MIN_STRONG_TERMS and score * 100 / max(_chinese_length(text), 1) >= HEALTH_DENSITY


def _chinese_length(text: str) -> int:
    """The characters of a text outside its Latin words (and the spaces after them).

    >>> _chinese_length("齐齐哈尔市 Qiqihar City")
    6
    """
    return len(text) - sum(map(len, _LATIN_WORD.findall(text)))


#: a run of Latin letters and the spaces after it: a word of another language than Chinese
_LATIN_WORD = re.compile(r"[A-Za-z]+\s*")


# --- the page's title and date ------------------------------------------------------------

#: 2025-07-25, 2025年7月25日, 2025 年 7 月 25 日, an e-paper's 2023 12月21日 (a space for 年 before a 月)
#: and an e-paper masthead's 2025 年/11 月/5 日 (its parts split by slashes)
_DATE = re.compile(r"(20\d\d|1[89]\d\d)(?:\s*(?:年\s*/?|[-/.])\s*|\s+(?=\d{1,2}\s*月))(\d{1,2})\s*(?:月\s*/?|[-/.])\s*"
                   r"(\d{1,2})(?!\d)日?")
#: a date with a view count run into it on a metadata line (河南健康网 2024-05-1751453): a two-digit
#: month and day, then the count to the end of the line
_COUNTED_DATE = re.compile(r"(20\d\d|19\d\d)-(\d\d)-(\d\d)(?=\d+$)")
#: a date with a two-digit year and its clock time on a date line (17-06-19 08:28: 2017), read on a
#: short metadata line only
_SHORT_YEAR_DATE = re.compile(r"(?<![\d.:/-])(\d\d)-(\d\d)-(\d\d)(?=\s+\d{1,2}:\d{2}(?!\d))")
SHORT_YEAR_CENTURY = 2000
#: a blog theme's date with the month before the day and the year last (10 月 21st, 2020, 10月21日, 2020:
#: an English date with its month put in Chinese), read on a short metadata line only
_MONTH_FIRST_DATE = re.compile(r"(?<!\d)(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?:st|nd|rd|th|日)?\s*[,，]\s*"
                               r"(?P<y>(?:19|20)\d\d)(?![\d年])")
#: a date with the day first and the year last, parted by dots (27.10.2017  20:39: 2017-10-27), read on a
#: short metadata line only
_DAY_FIRST_DATE = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d.])")
#: the figures of a date alone on a line, its 年, 月 and 日 lost (a document's signature 2015917 for
#: 2015年9月17日): read only when the page states no other date, and only when one split of the month
#: and day makes a date
_BARE_DATE = re.compile(r"^((?:19|20)\d\d)(\d{3,4})$")
#: a date in Chinese numerals (二零一八年七月二十日: an official document's signature or its date in the text)
_CN_VALUE = {c: i % 10 for i, c in enumerate("零一二三四五六七八九〇")}
_CN_DATE = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})\s*年\s*(?P<mo>[一二三四五六七八九十]{1,2})\s*月\s*"
                      r"(?P<d>[一二三四五六七八九十]{1,3})\s*日")
#: a web address: the figures in its path (…/content/2026/01/16/…) are no date the page states
_URL = re.compile(r"(?:https?://|www\.)[!-~]+")
#: Taiwan's Minguo date (113-03-15, 113年3月15日: year 113 of the Republic is 2024), read only after a
#: date label (建档日期:113-03-15)
_MINGUO = re.compile(r"(?<![\d.])(1[0-4]\d|[4-9]\d)(?:\s*[-年/.]\s*)(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)日?")
MINGUO_OFFSET = 1911
#: a labelled date whose year lost its first digit to the damaged character before it (a page
#: decoded wrong: 发布日期?016-09-21 is 2016-09-21), read only right after a date label
_CLIPPED_YEAR = re.compile(r"(?<=[^\d\s])(0\d\d)-(\d\d)-(\d\d)(?!\d)")
CLIPPED_YEAR_CENTURY = 2000
#: what follows the first day of a period (2026年3月6日-8日, 3月6日至3月8日): an event's time, not the
#: page's date
_PERIOD_AFTER = re.compile(r"\s*[-–—~～至]\s*(?:\d{1,2}\s*[月日]|(?:19|20)\d\d\s*[-年/.])")
#: after the story, a line with a headline of this many characters and a date at its end
#: (…脑深部电刺激手术2026-01-09) is an item of a related-news list
RELATED_HEADLINE_MIN = 12
_CLOCK_TIME = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")
#: a line holding only a date in figures and its clock time (2024-07-11 16:25:16): in a row of them after the
#: story, the timestamps of a list's items
_TIMESTAMP_LINE = re.compile(r"^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
#: words run on from a date in words (1987年5月16日,门诊楼峻工开业; not a weekday, 2021年5月10日星期一): after the
#: story has begun, a short line so opening is a photo caption or a line of a chronicle, a date in the story,
#: not a metadata line
_RUN_ON = re.compile(r"\s*[,，]?\s*(?!星期|周)[\u4e00-\u9fff]")
#: a line longer than this, or with a full stop inside, is body text: the title comes before it
TITLE_MAX = 60
TITLE_MIN = 5
#: a line ending in a colon this long or shorter is a kicker (省卫生健康委：); a longer one leads
#: into a quote or list of the story (陈某代表市委衷心感谢各位专家:)
KICKER_MAX = 15
#: a headline may repeat a short form of itself (an info table's name field) with this many
#: characters fewer
FULLER_EXTRA = 4
#: a line of this length or less, without a full stop, is a metadata line (来源, 作者, 2025-07-25 12:05)
META_LINE = 60
#: how a line of prose ends; a headline may end in ! (…惠民活动成功举行!)
_PROSE_END = re.compile(r"[。？?；;，,、]$")
_FULL_STOP = re.compile(r"[。！？!?]")
#: a full stop inside a line of prose; a headline may have ! or ? inside (重磅!粤东医院入选…)
_INNER_STOP = re.compile(r"[。]")
_PIPE = re.compile(r"[|｜]")
#: the wide gaps between the links of a ticker (other pages' headlines run together on one line)
_WIDE_GAP = re.compile(r"\s{2,}")
#: a long line of this many items between wide gaps, without a full stop (。), is a ticker, not prose
TICKER_ITEMS = 3
#: a rubric in brackets before the headline ([江西日报]…, 【黄冈招商】…, 【某市-某市一体化发展】…) has
#: at most this many characters
RUBRIC_MAX = 12
_RUBRIC = re.compile(rf"^[【\[［][^】\]］]{{1,{RUBRIC_MAX}}}[】\]］]\s*")
_CLOCK = re.compile(r"\s*[（(]\d{1,2}[:：]\d{2}[)）]$")       # …轮候时间 (12:19)
#: page 2 of a split reprint (…( 二 )); after a word naming an item of a series (…典型案例(四):
#: ``series``) it is the item's number, part of the headline
_PART = re.compile(r"\s*[（(]\s*[一二三四五六七八九十]\s*[)）]$")
#: a story's byline in brackets at the head of a line ((记者/张三 通讯员/李四)近日，…)
_BRACKETED = re.compile(r"^[（(]([^()（）]{2,30})[)）]\s*")
#: a line holding only a day and its time of day (2023年8月28日上午, 今天上午), or only a day without its year
#: (12月26日: no date line, which would give the year): the opening words of a lead broken into short
#: lines (a WeChat-style post), not a date line above a headline
_OPENING_TIME = re.compile(r"^(?:(?:19|20)\d\d\s*年\s*)?(?:\d{1,2}\s*月\s*\d{1,2}\s*日|[今昨前]天|[今昨]日)?\s*"
                           r"(?:上午|下午|中午|晚上|傍晚|凌晨|早上|清晨)$"
                           r"|^\d{1,2}\s*月\s*\d{1,2}\s*日$")  # or the day alone, without its year (12月26日)
#: a slogan of parallel four-character phrases, apart or after a comma (山海同心 健康护航, 看家乡事,品故乡情):
#: above a headline it is the kicker or the site's motto
_SLOGAN = re.compile(r"^[\u3400-\u9fff]{4}(?:(?:\s+|\s*[,，]\s*)[\u3400-\u9fff]{4})+$")
#: a section head numbered in Chinese (一、…, （二）…): the body has begun, the headline is above it
_SECTION_HEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|(?:引言|前言|导语|结语)\s*[:：])")
#: a chapter's zero-padded number alone on its line (01): a report's table of contents, or its first chapter, begins
_CHAPTER_NUMBER = re.compile(r"^0[1-9]$")
#: a photo caption opening the page, a short name of a place or a scene with its full stop (佛山妇幼保健院化验科。)
#: above the headline: no line of the body
_OPENING_CAPTION = re.compile(r"^[\u4e00-\u9fff]{4,12}。$")
#: a menu's item: a few characters alone on a line (招商政策); this many in a row are a site's menu
_MENU_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,5}$")
MENU_RUN = 3
#: a date with its day and month before the year (a Hong Kong page's 13 7月 2022, its space lost: 137月 2022)
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)\d{1,2}\s*\d{1,2}\s*月\s*(?:19|20)\d\d(?!\d)")
#: a date with the month first and the year last, parted by slashes (an English site's 8/21/2021: 2021-08-21), read
#: on a short metadata line only, and only when one reading of month and day makes a date
_SLASH_MONTH_FIRST_DATE = re.compile(r"(?<![\d/.])(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/.])")
#: a breadcrumb's separator alone on a line: the breadcrumb spread over lines, one item a line
_LONE_SEPARATOR = re.compile(r"^[>＞»]+$")
#: the number an HTML list gives its item, left at the head of a line (2. 海拔四千多就医难…)
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s+")
#: a document viewer's page label before the document's title (Page 44 - 某某规划的通知)
_PAGE_PREFIX = re.compile(r"^(?:Page|P\.)\s*\d{1,4}\s*[-–—:：]\s*")
#: a headline run together with its subtitle may be longer than TITLE_MAX, up to this, when it has
#: no punctuation of prose or of a list (commas, a full stop, pipes) and at most this many words
LONG_TITLE_MAX = 90
LONG_TITLE_WORDS = 3
_LONG_TITLE = re.compile(r"^[^\s，,、。！？!?；;|｜_]+(?: [^\s，,、。！？!?；;|｜_]+)*$")
#: a headline in English (a bilingual page of an English channel), its length counted in words, not letters: up to
#: this many words, a letter among them, no Chinese, no full stop or comma, no colon ending it
ENGLISH_TITLE_WORDS = 20
_ENGLISH_TITLE = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9 '’‘\-–—:&%$()/\"“”]*(?<![\s:])$")
#: a news site's list of other stories above the headline: lines opening with a short rubric and a slash
#: (整理包／…, MLB／…), this many in a row
RUBRIC_SLASH_RUN = 2
_RUBRIC_SLASH = re.compile(r"^[^\s／/]{1,6}／")
#: the kind of an official document, ending its title (…关于调整…布局的通知)
_DOCUMENT_KIND = re.compile(r"(?:通知|通报|意见|方案|办法|规定|决定|批复|公告|公示|报告|细则|规划|纲要|请示|决议|指引|指南|函)$")
#: a date broken over two lines of a hard-wrapped story (…人才培养,2025年2 / 月28日,…): joined again
_BROKEN_DATE = re.compile(r"((?:19|20)\d\d\s*年\s*(?:\d{1,2}\s*(?:月\s*(?:\d{1,2})?)?)?)[ \t]*\n[ \t]*"
                          r"(?=(?:\d{1,2}\s*)?(?:月\s*)?\d{0,2}\s*日)")
#: a list's entry run together on one line: its headline, a space, its teaser (prose, cut), then the entry's date
#: and its counts (“某某”让某地生活上台阶 今年是…。…怎么办?202 新闻 2025年02月23日 0 点赞 0 评论 18 浏览)
_LISTING_ENTRY = re.compile(r"^(?P<head>\S{5,60})\s+.*?[。！？!?].*?(?:19|20)\d\d\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?"
                            r"(?:\s+\d+\s*(?:点赞|评论|浏览|阅读|收藏|分享))+\s*$")
#: a page's item run together on one line: the headline with the site's web address glued to its end, then
#: the date line (…建设方案获批http://www.healthr.com 2022年06月13日 15:45 作者:…); the address is not the headline's
_GLUED_ADDRESS = re.compile(r"^(?P<head>[^\s]{5,60}?)(?:https?://|www\.)[!-~]+\s+(?=(?:19|20)\d\d\s*[-年/.])")
#: a page title's site part after an underscore (…资源_某某实时): a headline itself has no _
_UNDERSCORE_TAIL = re.compile(r"_[^_\s]{1,10}$")


def _iso(m: re.Match, year_offset: int = 0) -> str | None:
    """The ISO date of a match of year, month and day (in that order, or named: ``y``, ``mo``, ``d``).

    >>> _iso(_MONTH_FIRST_DATE.search("周三. 10 月 21st, 2020")), _iso(_DATE.search("2025年7月5日"))
    ('2020-10-21', '2025-07-05')
    """
    parts = m.groupdict() or dict(zip(("y", "mo", "d"), m.groups()))
    y, mo, d = int(parts["y"]) + year_offset, int(parts["mo"]), int(parts["d"])
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _slash_iso(m: re.Match) -> str | None:
    """The ISO date of a match of ``_SLASH_MONTH_FIRST_DATE`` when only one reading of its first two
    numbers makes a date (8/21/2021: the month first; 21/8/2021: the day first), else None (8/7/2021 may
    be either).

    >>> [_slash_iso(_SLASH_MONTH_FIRST_DATE.search(s)) for s in ("8/21/2021", "21/8/2021", "8/7/2021", "8/8/2021")]
    ['2021-08-21', '2021-08-21', None, '2021-08-08']
    """
    a, b = int(m.group("mo")), int(m.group("d"))
    return _only_reading(int(m.group("y")), ((a, b), (b, a)))


def _cn_iso(m: re.Match) -> str | None:
    """The ISO date of a match of ``_CN_DATE`` (a date in Chinese numerals).

    >>> _cn_iso(_CN_DATE.search("二零一八年七月二十日")), _cn_iso(_CN_DATE.search("二〇二一年十二月三十一日"))
    ('2018-07-20', '2021-12-31')
    """
    def number(s: str) -> int:
        tens, ten, ones = s.partition("十")
        if not ten:
            return int("".join(str(_CN_VALUE[c]) for c in s))
        return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)
    y, mo, d = number(m.group("y")), number(m.group("mo")), number(m.group("d"))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _bare_iso(line: str) -> str | None:
    """The ISO date of a line holding only a date's figures (``_BARE_DATE``), when one split of its
    month and day makes a date, else None.

    >>> _bare_iso("2015917"), _bare_iso("20150917"), _bare_iso("2015111"), _bare_iso("2015118号")
    ('2015-09-17', '2015-09-17', None, None)
    """
    m = _BARE_DATE.match(line.strip())
    if not m:
        return None
    y, rest = int(m.group(1)), m.group(2)
    # 8 figures: month and day padded (0917); 7: one of them unpadded (917 is 9-17, never 91-7)
    splits = [(rest[:2], rest[2:])] if len(rest) == 4 else [(rest[:1], rest[1:]), (rest[:2], rest[2:])]
    return _only_reading(y, ((int(mo), int(d)) for mo, d in splits
                             if not (len(rest) == 3 and "0" in (mo[0], d[0]))))


def _only_reading(year: int, readings: Iterable[tuple[int, int]]) -> str | None:
    """The ISO date of ``year`` when exactly one of the (month, day) readings of a date's figures is a
    date, else None (the figures may be either).

    >>> _only_reading(2021, [(8, 21), (21, 8)]), _only_reading(2021, [(8, 7), (7, 8)])
    ('2021-08-21', None)
    """
    found = {f"{year:04d}-{mo:02d}-{d:02d}" for mo, d in readings if 1 <= mo <= 12 and 1 <= d <= 31}
    return found.pop() if len(found) == 1 else None


def _head_lines(text: str, lex: Lexicon) -> list[str]:
    r"""The page's non-empty lines up to its related-news trailer, the pipes of a table's borders
    around them removed (| 【民生】县医院揭牌 |).

    >>> _head_lines("| 手机版\n| 【民生】县医院与市医院签约 |\n正文。", shipped_lexicon())
    ['手机版', '【民生】县医院与市医院签约', '正文。']
    """
    out = []
    trailer = _Trailer(lex)
    text = _BROKEN_DATE.sub(_join_broken_date, text)
    for raw in text.split("\n"):
        s = re.sub(r"^[\s|｜]+|[\s|｜]+$", "", raw)
        step = trailer.read(s) if s else "skip"
        if step == "end":
            break
        if step == "line":
            out.append(s)
    return out


def _join_broken_date(m: re.Match) -> str:
    r"""A date broken over two lines joined again when the two parts make one (2025年2 / 月28日), else the
    text as it was.

    >>> _BROKEN_DATE.sub(_join_broken_date, "人才培养,2025年2\n月28日,签约。")
    '人才培养,2025年2月28日,签约。'
    >>> _BROKEN_DATE.sub(_join_broken_date, "2025年\n3日上午")
    '2025年\n3日上午'
    """
    rest = m.string[m.end():m.end() + 8]
    return m.group(1) if _DATE.match(m.group(1) + rest) else m.group()


def strip_site_suffix(title: str, lexicon: Lexicon | None = None) -> str:
    """A title without its site suffix (`` - 新华网``, ``_新浪新闻``; ``site_suffix`` of
    ``page_meta.tsv``; any short tail after an underscore), share buttons glued to its end
    (``分享到:``; ``title_tail``) and a counter after a space (… 15; ``title_tail``), its leading source tag (``[江西日报]``), its trailing clock time
    and the page mark of a reprint split over pages (``( 二 )``), but not an item's number in a
    series (…典型案例(四); ``series``).

    >>> strip_site_suffix("海南省人民医院托管五指山市人民医院-新华网")
    '海南省人民医院托管五指山市人民医院'
    >>> strip_site_suffix("【黄冈招商】湘鄂医疗携手结对抗疫情")
    '湘鄂医疗携手结对抗疫情'
    >>> strip_site_suffix("县医共体揭牌仪式举行_某某实时")
    '县医共体揭牌仪式举行'
    >>> strip_site_suffix("县医共体揭牌仪式举行分享到:")
    '县医共体揭牌仪式举行'
    >>> strip_site_suffix("天津模式辐射京冀( 二 )"), strip_site_suffix("年度协作典型案例(四)")
    ('天津模式辐射京冀', '年度协作典型案例(四)')
    >>> strip_site_suffix("Page 44 - 某某自治区人民政府关于印发某某规划的通知")
    '某某自治区人民政府关于印发某某规划的通知'
    """
    lex = lexicon or shipped_lexicon()
    s = title.strip()
    m = _PAGE_PREFIX.match(s)
    if m and len(s) - m.end() >= TITLE_MIN:
        s = s[m.end():]  # a document viewer's page label (Page 44 - …)
    while True:
        m = lex.site_suffix_re.search(s) or lex.title_tail_re.search(s) or _UNDERSCORE_TAIL.search(s)
        if not m or m.start() < TITLE_MIN:
            break
        s = s[:m.start()]
    s = _CLOCK.sub("", s)
    m = _PART.search(s)
    if m and m.start() >= TITLE_MIN and not lex.series_re.search(s[:m.start()]):
        s = s[:m.start()]
    m = _RUBRIC.match(s)
    if m and len(s) - m.end() >= TITLE_MIN:
        s = s[m.end():]
    return s.strip()


def is_breadcrumb(line: str, lexicon: Lexicon | None = None) -> bool:
    """True for a "you are here" line: 首页 > 新闻 > 正文, 当前位置:首页 (``breadcrumb``). The ``>``
    ending an HTML tag whose ``<`` a damaged page lost (…浏览次数9span id="hits">, 〖/td>) is no
    separator of a breadcrumb.

    >>> is_breadcrumb("网易首页 > 网易号 > 正文 申请入驻"), is_breadcrumb("当前位置:首页")
    (True, True)
    >>> is_breadcrumb('发布日期:2016-09-21浏览次数9span id="hits">字号:〕a href="#">大?/a>中?/a>')
    False
    """
    lex = lexicon or shipped_lexicon()
    return (bool(lex.breadcrumb_re.search(line))
            or sum(_TAG_RESIDUE.sub("", line).count(c) for c in ">＞»") >= 2)


#: the rest of an HTML tag whose ``<`` was lost (/a>, /div>, span id="hits">, a href="…">)
_TAG_RESIDUE = re.compile(r"(?<![A-Za-z])/?(?:a|b|i|p|br|div|span|font|strong|em|img|table|tbody|tr|td|th|li|ul|ol|"
                          r"h[1-6])(?:\s+[A-Za-z-]+=\"[^\"<>]*\")*\s*/?>")


def _is_furniture(line: str, lex: Lexicon) -> bool:
    """Navigation, login, share and site-name lines that are never a title."""
    if is_noise_line(line, lex) or lex.byline_re.match(line) or lex.furniture_re.search(line):
        return True
    words = line.split()
    if len(words) > 1 and len(set(words)) == 1:
        return True  # a column's name repeated (健康资讯 健康资讯)
    short = len(line) <= MAX_REPEATED_LINE  # (the two patterns of repeats cost the square of a line's length)
    if short and _DOUBLED.match(line):
        return True  # a phrase written twice with no space (a Q&A site's user name or spam line: 嘴角上翘嘴角上翘)
    if _is_stuffed_keywords(line):
        return True  # a spam keyword list, one term heading every keyword (xxxx亚洲,xxxx亚洲人|xxxx在线看)
    if short and _KEYWORD_TITLE.match(line):
        return True  # a content farm's keyword title, its words again in brackets (X(X郑大还是乡大))
    parts = _PIPE.split(line)
    return len(parts) > 1 and all(len(p.strip()) <= 8 for p in parts)  # 一网搜 登录| 注册


#: a phrase written twice in a row with nothing between (嘴角上翘嘴角上翘): a site's user name or spam line, never a
#: headline
#: the longest line read as a phrase written twice or as a keyword title (longer ones are prose)
MAX_REPEATED_LINE = 4 * LONG_TITLE_MAX
_DOUBLED = re.compile(r"^(?P<phrase>\S{2,})(?P=phrase)$")
#: a content farm's keyword title, the words before its brackets repeated at their head with a longer
#: search phrase (乡和镇有什么区别(乡和镇有什么区别郑大还是乡大)): the site's own title of another topic left
#: above a reprinted story, not its headline
_KEYWORD_TITLE = re.compile(r"^(?P<words>[^()（）]{4,})[（(](?P=words)[^()（）]+[)）]$")
#: the parts of a keyword list: split at commas and at the separators of spam keywords (| and _)
_KEYWORD_PARTS = re.compile(rf"[,，{KEYWORD_SEPARATORS}]")
#: a spam keyword list has this many parts or more, each opening with the same term of this many characters
STUFFED_PARTS = 3
STUFFED_TERM = 2


def _is_stuffed_keywords(line: str) -> bool:
    """True for a list of spam keywords that one term heads, each keyword the term and a word
    after it, parted by commas, pipes and underscores (xxxx亚洲,xxxx亚洲人|xxxx在线看_xxxx中国人妻):
    a pipe or an underscore marks it as no prose, and the term opening every part as no headline.

    >>> _is_stuffed_keywords("xxxx亚洲,xxxx亚洲人|xxxx在线看_xxxx中国人妻")
    True
    >>> _is_stuffed_keywords("医院|与哈医大合作,市校双方将共建4家市属医院")
    False
    >>> _is_stuffed_keywords("坚持预防为主,坚持中西医并重,坚持共建共享")
    False
    """
    if not _KEYWORD_SEPARATOR.search(line):
        return False
    parts = [p.strip() for p in _KEYWORD_PARTS.split(line)]
    if len(parts) < STUFFED_PARTS or any(len(p) <= STUFFED_TERM for p in parts):
        return False
    return len({p[:STUFFED_TERM] for p in parts}) == 1


def find_title(text: str, lexicon: Lexicon | None = None, headings: Iterable[str] = ()) -> str:
    r"""The page's headline, or ``""`` when the page shows none.

    ``headings`` (an HTML page's ``<h1>`` and ``<title>``) come first. Otherwise the title is
    the first headline-like line before the body: not navigation, login, a breadcrumb, a site
    name, share buttons, a date or source line (``page_meta.tsv``, ``page_noise.tsv``), a series
    label (…系列报道(一)) or a column's name repeated (健康资讯 健康资讯), with its site suffix
    removed; lines before a breadcrumb or an app banner's button (``masthead_end``: 立即下载, 打开)
    are the site's masthead, and lines before a column's heading (``column``: 业内要闻) its menu when
    a headline follows the heading (an e-paper's page label, 第A03版:要闻 or a bare 第A02版:, ends its masthead). A
    headline shown twice (the page's title, then the printed heading) is the headline. A list's item
    (• …, - …; ``list_item``) is a menu's entry or a table's field, never the body, and the headline only
    when no other line is. A list of spam keywords one term heads (xxxx亚洲,xxxx亚洲人|xxxx在线看) is not the
    headline (``_is_stuffed_keywords``), nor is a content farm's keyword title of another topic, its words again in
    brackets (乡和镇有什么区别(乡和镇有什么区别郑大还是乡大): ``_KEYWORD_TITLE``), a search box (在线检阅: 搜索), a
    document's number (琼府办〔2021〕22号), a photo note ((资料图)), a photo caption (…理事合影), a motto addressing
    the reader (关心您的健康), a browser warning (…浏览器版本较旧…), a list's view switch (显示模式: 网格 列表), a paper's
    name alone (“某某日报”), a count range cut from a summary (1-3家核心医院), a postal address alone (…人民南路32号(地图位置))
    or a row of six or more short topic links parted by spaces (百廿恩医·再创辉煌 学习党的二十大 清廉医院 …), an empty
    keyword field (关键词:), a paper's author line (李朝旭 张超群 丁少敏), a caption ending in a photo note
    (中山医院和第一医院(资料图片)) or a list of adult-video spam keywords (…成人资源,日韩高清视频一区,…) above it
    (``furniture``); a document's number after the headline (…的通知 京发〔2017〕19号)
    is not part of it (``title_tail``). A line opening with a byline in brackets ((记者 张三)近日，…) opens the
    story, and so does a section head numbered in Chinese (一、…, （二）…) or a chapter's zero-padded number alone on
    its line (01: a report's table of contents, whose entries are no headline). A long line without a
    full stop (a keyword list, a ticker of links run together with wide gaps) is spam, not the body; a headline in
    English is measured in words, not letters (``_is_english_title``), and heads the page only when no Chinese
    headline follows it (a bilingual page gives its English translation first). A line that opens
    with a date gives the headline after it (date 2025-11-04 跨院策略联盟…); a line of prose (a
    full stop inside, even with a date in it) is the body; ! and ? may stand inside a headline
    (重磅!粤东医院入选…), and ! may end one (…附属医院,就在这里!), and ? the first (…带来了什么?); but lines
    ending in ! above a headline-like line that does not are a banner's ad copy or a cheer (Get千万级风投,邂逅顶级大咖!,
    喜报!), and the headline is under them; so are two or more lines in a row each opening with a short rubric and a
    slash (整理包／…, MLB／…): a news site's list of other stories above the headline. The
    number an HTML list left at a line's head (2. …) and the label of an info table's title field
    (标题:…, 原标题:…) and a document viewer's page label (Page 44 - …) are not part of the headline. A
    headline run together with its subtitle may be longer than TITLE_MAX when it has no commas, full
    stops or pipes and few words (``_is_long_title``). A slogan of parallel four-character phrases above the
    headline (山海同心 健康护航, 看家乡事,品故乡情) is not it. A short kicker
    ending in a colon is joined to the line after it (省卫生健康委：推动…), and a kicker ending in
    a dash gives way to it (我市医疗服务双提升—— / 群众看病从有到优); a longer line ending in a
    colon leads into the story. A short form followed by its fuller form (an info table's name
    field, then the headline) gives the fuller, and so does a line whose every word the next line
    holds, reordered (a site's keyword the headline after it has stuffed in). The last item of a
    breadcrumb is the headline when nothing longer follows it, and the column's name when a headline does; a
    breadcrumb carrying the page's labelled date (首页 > 招商加盟 日期:2014/5/15) is the info line under the headline,
    so the line above it is the headline, not the masthead; a breadcrumb spread over lines (当前位置: / 首页 / > / 专题)
    is read as one, each line after a separator alone (>) its item, but an item opening a document's title (…办公厅关于)
    with the next line ending it (…的通知) is the title's first half, not a column. A phrase written twice with no
    space (a Q&A site's user name or spam line: 嘴角上翘嘴角上翘), a channel and its sub-channel alone on a line (时尚健康 »
    美妆: ``breadcrumb``) and a forum's English login prompt (Create an account … log in to continue.: ``furniture``)
    are not the headline. A page with no
    headline above its body may state its title in a labelled line (标题:…, or (原标题:…) in brackets at the head of
    the story's first line), or in its title-and-view-count block stored after the story (the headline, then 浏览次数:
    alone on the next line: ``_counted_title``); a list's entry run together on one line (headline, teaser, then its date and counts: 0 点赞
    0 评论 18 浏览) gives its headline, and so does a headline with the site's web address glued on and its date line
    run on after it (…获批http://www.x.com 2022年06月13日 作者:…: ``_GLUED_ADDRESS``); a day alone without its year
    (12月26日) opens a WeChat-style lead, like a day
    with its time of day; a document's title broken over two lines (…秘书处关于调整 / …布局的通知) is joined; a page whose first
    line is a column's heading (医院介绍) with no headline under it is headed by the column's name.

    >>> find_title("一网搜 登录| 注册\n首页 > 新闻 > 正文\n县人民医院牵头组建医共体\n时间:2024-10-18\n正文。")
    '县人民医院牵头组建医共体'
    >>> find_title("全区现有中小学校27所，医疗机构3家。\n一、总体情况")
    ''
    >>> find_title("当前位置:首页 > 医院要闻\n医院要闻\n市医院与县医院签约共建医联体\n正文。")
    '市医院与县医院签约共建医联体'
    >>> find_title("当前位置:首页 > 揭牌\n揭牌\n正文。")
    '揭牌'
    >>> find_title("- +1\n上海医生把资源送上高原,带来了什么?\n“大病不出州”。如今，目标已成现实。")
    '上海医生把资源送上高原,带来了什么?'
    >>> find_title("1. <p></p>\n2. 就医难 七家城市医院对口支援\n2017-03-25 来源:中国新闻网\n正文。")
    '就医难 七家城市医院对口支援'
    >>> find_title("标题:某市卫生健康规划 (2021-2025)\n第一章 规划背景 1\n正文。")
    '某市卫生健康规划 (2021-2025)'
    >>> find_title("看家乡事,品故乡情\n省互联网医院上线运营\n正文。")
    '省互联网医院上线运营'
    >>> find_title("Get千万级风投,邂逅顶级大咖!\n10大理由告诉你为什么非来不可!\n有志而去,有为而归\n7月31日,五位专家返程。")
    '有志而去,有为而归'
    >>> find_title("一、某市医院的现状概述\n某市位于某省。")
    ''
    >>> find_title("01\n某某中心建设标准的\n政策背景与研究意义\n02 核心标准迭代 03 区域协同创新\n正文。")
    ''
    >>> find_title(" date 2025-10-28 快讯\n整理包／普发现金最快入账\nMLB／大谷翔平要回家睡觉\n县医院新大楼动土\n正文。")
    '县医院新大楼动土'
    >>> find_title("Project of building regional medical center launched in N China city\n日前,名单公布。")
    'Project of building regional medical center launched in N China city'
    >>> find_title("News Express: Joint Research Centre for Clinical Medicine inaugurated\n新闻快讯:某某联合研究中心揭牌\n正文。")
    '新闻快讯:某某联合研究中心揭牌'
    >>> find_title("医院介绍\n某某医院始建于1946年,现有床位900张。")
    '医院介绍'
    >>> find_title("某某网\n北京:某医院牵头建中医医联体\n首页 > 医院动态 日期:2014/5/15 21:27\n原标题:某医院牵头建中医医联体\n正文。")
    '北京:某医院牵头建中医医联体'
    >>> find_title("当前位置:\n首页\n>\n专题专栏\n>\n学习贯彻某某精神\n市卫健委推动医疗协同发展\n发布日期: 2024-05-10\n正文。")
    '市卫健委推动医疗协同发展'
    >>> find_title("首页\n>\n新闻\n>\n县医院揭牌仪式举行\n发布日期: 2024-05-10\n正文。")
    '县医院揭牌仪式举行'
    >>> find_title("乡和镇有什么区别(乡和镇有什么区别郑大还是乡大)\n某省远程医疗辐射所有乡镇卫生院\n本报讯 1月24日,会议召开。")
    '某省远程医疗辐射所有乡镇卫生院'
    >>> find_title("“组团式”帮扶让县医院上台阶 今年是帮扶的第十年。怎么办?20 新闻 2025年02月23日 0 点赞 0 评论 18 浏览")
    '“组团式”帮扶让县医院上台阶'
    >>> find_title("“某某日报”\n12月26日\n记者从市中医医院了解到\n该医院将于近日整体搬迁")
    ''
    >>> find_title("县医院新院区建设方案获批http://www.x.com 2022年06月13日 15:45 作者:某某 6月12日,记者获悉。")
    '县医院新院区建设方案获批'
    >>> find_title("有效性: 有效\n>\n某某市人民政府办公厅关于\n印发某某医疗集团建设方案的通知\n某政办发〔2019〕10号\n各区人民政府:")
    '某某市人民政府办公厅关于印发某某医疗集团建设方案的通知'
    >>> find_title("问答网首页 > 南昌 > 筑牢生命健康屏障\n嘴角上翘嘴角上翘\n筑牢生命健康屏障\n正文。")
    '筑牢生命健康屏障'
    >>> find_title("某某论坛\nWould you like to react to this message? Create an account in a few clicks or log in to continue.\n"
    ...            "县医院与市医院续签合作协议\n正文。")
    '县医院与市医院续签合作协议'
    >>> find_title("时尚健康 » 美妆\n医疗援藏博士团成员:西藏更需求「互联网+医疗」\n正文。")
    '医疗援藏博士团成员:西藏更需求「互联网+医疗」'
    """
    lex = lexicon or shipped_lexicon()
    for h in headings:
        h = strip_site_suffix(h, lex)
        if len(h) >= TITLE_MIN and not _is_furniture(h, lex):
            return h
    labels = "|".join([*lex.words("page_meta", "kind", "date_label"), *lex.words("page_meta", "kind", "publish_label")])
    leading_date = re.compile(rf"^(?:(?:{labels})\s*[:：]?\s*)?{_DATE.pattern}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
                              rf"\s+(?=[\u4e00-\u9fff「“《【])")
    block: list[str] = []      # the headline lines, in order
    items: list[str] = []      # headline-like items of a list (• …)
    crumb_last = ""
    column = ""                # a column's heading with no line above it: the page's heading when no headline follows
    kicker = ""
    menu = 0                   # the lines of block above a column's heading: the site's menu
    separator = False          # the line before was a breadcrumb's separator alone (>)
    crumb_item = ""            # the last item of a breadcrumb spread over lines (当前位置: / 首页 / > / 专题)
    run = 0                    # short lines in a row (招商政策 / 投资流程 / 厂房价格): a site's menu
    for line in _head_lines(text, lex):
        after_separator, separator = separator, bool(_LONE_SEPARATOR.match(line))
        run = run + 1 if _MENU_ITEM.match(line) else 0
        if run >= MENU_RUN and not items:
            menu, kicker = len(block), ""  # a site's menu, one item a line: the lines above it are its masthead
            continue                       # when a headline follows (a channel list under the headline is not)
        if after_separator and not separator:
            crumb_last = crumb_item = line  # a breadcrumb's item on its own line, after its separator:
            block, kicker, menu = [], "", 0  # the items before it are the breadcrumb's too
        if is_breadcrumb(line, lex):
            info = any(_label_rank(line[:m.start()], lex) is not None for m in _DATE.finditer(line))
            block, kicker, menu = (block[-1:] if info else []), "", 0  # an info line keeps the headline above it
            crumbs = re.split(r"[>＞»]+", line)
            crumb_last = (crumbs if len(crumbs) > 1 else line.split())[-1].strip()
            continue
        if lex.masthead_end_re.match(line):
            block, kicker, menu = [], "", 0  # an app banner's download button: the lines above were its slogan
            continue
        if lex.column_re.match(line) and line != crumb_last:
            menu, kicker = len(block), ""  # a column's heading (业内要闻) above the headline
            column = "" if block or items else line
            continue
        prev_kicker, kicker = kicker, ""
        item = lex.list_item_re.match(line)
        if item:
            entry = strip_site_suffix(line[item.end():], lex)
            if _is_item_headline(entry, lex):
                items.append(entry)
            continue  # a menu's entry or an info table's field (• 某区卫生健康委员会), never the body
        if _CHAPTER_NUMBER.match(line):
            break     # a chapter's number (01): the contents or the first chapter begin, their entries no headline
        line = _LIST_NUMBER.sub("", line)
        if _is_furniture(line, lex) or line.startswith(("—", "-")):
            continue
        label = lex.title_label_re.match(line)
        if label and len(line) - label.end() >= TITLE_MIN:
            line = line[label.end():]  # an info table's title field above the body (标题:某某规划)
        byline = _BRACKETED.match(line)
        if byline and lex.byline_re.match(byline.group(1).strip()):
            if byline.end() < len(line):
                break  # the story after its byline: (记者 张三)近日，…
            continue
        if _OPENING_TIME.match(line):
            break     # a lead broken into short lines opens with its day: 2023年8月28日上午 / 坐落于…
        if _SECTION_HEAD.match(line):
            break     # the body's first section head (一、现状概述, 引言:…), not a headline
        if not block and not items and not kicker and _OPENING_CAPTION.match(line):
            continue  # a photo caption above the headline (佛山妇幼保健院化验科。), not the body's first line
        entry = _LISTING_ENTRY.match(line) or _GLUED_ADDRESS.match(line)
        if entry and _is_item_headline(entry.group("head"), lex):
            line = entry.group("head")  # a list's entry on one line: its headline, teaser, date and counts;
                                        # a headline with the site's address glued on, then its date line
        m = leading_date.match(line)
        if m and len(line) - m.end() >= TITLE_MIN:
            line = line[m.end():]  # the headline after a date on its line (date 2025-11-04 跨院策略联盟…)
            if _is_furniture(line, lex):
                continue
        elif ((_DATE.search(line) or _MONTH_FIRST_DATE.search(line) or _DAY_MONTH_YEAR.search(line))
              and len(line) <= META_LINE
              and not _INNER_STOP.search(line)):
            continue  # a date line; a date in prose is the body
        long_title = _is_long_title(line) or _is_english_title(line)
        if len(line) > TITLE_MAX and (not _FULL_STOP.search(line) or _is_ticker(line)) and not long_title:
            continue  # a keyword list (spam) or a ticker of links, not prose
        line = strip_site_suffix(line, lex)
        question = not block and line.endswith(("?", "？"))  # the first headline-like line may ask (…带来了什么?)
        if ((len(line) > TITLE_MAX and not long_title) or _INNER_STOP.search(line[:-1])
                or (_PROSE_END.search(line) and not question)
                or (line.endswith((":", "：")) and len(line) > KICKER_MAX) or _story_starts(line, lex)):
            break     # the body begins (a dateline opens it: 德州新闻网讯(记者 …))
        if line.endswith((":", "：")):
            kicker = line
            continue
        if len(line) >= TITLE_MIN or (line == crumb_last and len(line) >= 2):
            block.append(prev_kicker + line)
    if len(block) > menu:
        block = block[menu:]  # the headline under a column's heading, not the menu above it
    if (len(block) >= 2 and block[0] == crumb_last and (len(block[0]) < TITLE_MIN or block[0] == crumb_item)
            and not _is_broken_document_title(block[0], block[1])):
        block = block[1:]  # the column the breadcrumb ends in, shown as a heading above the headline; a line
                           # opening a document's title (…办公厅关于) after a lone > is no column but its first half
    if len(block) >= 2 and _SLOGAN.match(block[0]):
        block = block[1:]  # a slogan above the headline is its kicker (山海同心 健康护航)
    listed = next((i for i, line in enumerate(block) if not _RUBRIC_SLASH.match(line)), 0)
    if listed >= RUBRIC_SLASH_RUN:
        block = block[listed:]  # other stories' headlines, each under its rubric (整理包／…, MLB／…), above the headline
    chinese = next((i for i, line in enumerate(block) if not _is_english_title(line)), 0)
    block = block[chinese:]  # an English headline above the Chinese one is its translation (a bilingual page)
    calm = next((i for i, line in enumerate(block) if not line.endswith(("!", "！"))), None)
    if calm is not None and not set(block[:calm]) & set(block[calm:]):
        block = block[calm:]  # exclamations above the headline: a banner's ad copy, 喜报!
    for i, line in enumerate(block[:-1]):
        if line.endswith("——"):
            return block[i + 1]
    for i, line in enumerate(block[:-1]):
        if line in block[i + 1:]:
            return line  # the headline shown twice: the page's title, then the printed heading
    if len(block) >= 2 and _is_broken_document_title(block[0], block[1]):
        return block[0] + block[1]  # …秘书处关于调整 / 某某布局的通知
    if len(block) >= 2 and (_is_fuller(block[0], block[1]) or _is_inside(block[0], block[1])):
        return block[1]
    if block:
        return block[0]
    return _labelled_title(text, lex) or _counted_title(text, lex) or (items[-1] if items else "") or column


def _story_starts(line: str, lex: Lexicon) -> bool:
    """True when a line opens with a story's dateline (``story_start``: 人民网长春10月18日电 …) and goes on
    after it; the agency's name alone on its line (人民网) is the site's masthead.

    >>> lex = shipped_lexicon()
    >>> _story_starts("人民网长春10月18日电 记者报道。", lex), _story_starts("人民网", lex)
    (True, False)
    """
    m = lex.story_start_re.match(line)
    return bool(m) and m.end() < len(line)


def _is_broken_document_title(first: str, second: str) -> bool:
    """True when a document's title is broken over two lines: the first names its issuer and opens
    its subject (…关于调整) without the document's kind, the second ends in it (…布局的通知).

    >>> _is_broken_document_title("某某市卫生健康委员会关于调整", "某某医院片区诊疗中心布局的通知")
    True
    >>> _is_broken_document_title("某某市关于调整医院布局的通知", "某某医院片区诊疗中心布局的通知")
    False
    """
    return ("关于" in first and not _DOCUMENT_KIND.search(first) and "关于" not in second
            and bool(_DOCUMENT_KIND.search(second)))


def _is_long_title(line: str) -> bool:
    """True when a line longer than TITLE_MAX is a headline run together with its subtitle: no more
    than LONG_TITLE_MAX characters in at most LONG_TITLE_WORDS words, without commas, full stops or
    pipes (a keyword list of spam has commas, a ticker of links wide gaps).

    >>> _is_long_title("某某省内两大国家区域医疗中心强强联手 某某医科大学第一附属医院与某某中医药大学 附属某某医院某某分院签订医联体战略合作协议")
    True
    >>> _is_long_title("国产2021中文天码字幕,久久国产美女免费观看精品,免费一级a一片高清免费,国产精品线在线精品,亚洲黄色网站")
    False
    """
    return (TITLE_MAX < len(line) <= LONG_TITLE_MAX and len(line.split(" ")) <= LONG_TITLE_WORDS
            and bool(_LONG_TITLE.match(line)))


def _is_english_title(line: str) -> bool:
    """True when a line is a headline in English: Latin letters, figures and a headline's marks only, at
    most ENGLISH_TITLE_WORDS words, not ending in a full stop; its length in letters is no sign of
    spam, as a Chinese line's is (an English channel's bilingual page is headed by its English headline).

    >>> _is_english_title("Project of building regional medical center launched in N China city")
    True
    >>> _is_english_title("A project about building a regional medical center has recently been launched.")
    False
    >>> _is_english_title("县医院揭牌 Hospital opens")
    False
    """
    return len(line.split()) <= ENGLISH_TITLE_WORDS and bool(_ENGLISH_TITLE.match(line))


def _is_item_headline(line: str, lex: Lexicon) -> bool:
    """True when an item of a list could be the page's headline: headline-length, no date, no
    furniture, no punctuation of prose.

    >>> lex = shipped_lexicon()
    >>> _is_item_headline("县人民医院新院区落户某地", lex), _is_item_headline("2024-04-07", lex)
    (True, False)
    >>> _is_item_headline("医院新闻 24小时更新医疗领域的要闻,打造最及时的资讯平台。", lex)
    False
    """
    return (TITLE_MIN <= len(line) <= TITLE_MAX and not _DATE.search(line) and not _is_furniture(line, lex)
            and not _INNER_STOP.search(line) and not _PROSE_END.search(line) and not line.endswith((":", "：")))


def _is_ticker(line: str) -> bool:
    """True when a line runs several items together with wide gaps and has no full stop (。): the
    headlines of other pages (a ticker of links), whose items may end in ! or ?.

    >>> _is_ticker("某某游戏即将登场!   新款耳机推出!   某某公测即将举行!")
    True
    >>> _is_ticker("县医院揭牌。   市医院开展义诊。   区医院签约。")
    False
    """
    return len(_WIDE_GAP.split(line.strip())) >= TICKER_ITEMS and not _INNER_STOP.search(line)


def _is_fuller(short: str, full: str) -> bool:
    """True when ``full`` is ``short`` with a few more characters put in, same start and end: a
    short form (an info table's name field, a list entry) and the headline shown after it.

    >>> _is_fuller("市卫健委开展义诊活动", "市卫健委组织开展义诊活动")
    True
    >>> _is_fuller("市卫健委开展义诊活动", "市卫健委开展义诊活动纪实")
    False
    """
    if not 0 < len(full) - len(short) <= FULLER_EXTRA or short[:2] != full[:2] or short[-2:] != full[-2:]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _is_inside(short: str, full: str) -> bool:
    """True when every part of ``short`` (its words apart or in brackets) stands in ``full``, but not
    ``short`` as written: a site's keyword line whose parts the headline after it has stuffed in,
    reordered. The line standing whole in the next (the headline, then it with a subtitle or a
    原标题: label) is the headline shown twice.

    >>> _is_inside("某某别墅(某某)", "某某(某某别墅)重磅签约!县医院迈向医疗融合新征程")
    True
    >>> _is_inside("县医院合作办医", "县医院合作办医 老百姓就近享受优质医疗服务")
    False
    >>> _is_inside("健康同行 强基惠民", "县医院开展健康同行义诊")
    False
    """
    parts = [p for p in re.split(r"[\s()（）]+", short) if p]
    return short not in full and bool(parts) and all(p in full for p in parts)


def _labelled_title(text: str, lex: Lexicon) -> str:
    r"""The title a page states in a labelled line (标题:…; ``title_label``), or ``""``.

    >>> _labelled_title("昨天上午，县医院揭牌。\n标题:县医院揭牌仪式举行\n地址:http://x.cn", shipped_lexicon())
    '县医院揭牌仪式举行'

    The label may stand in brackets at the head of the story's first line ((原标题:…) 某某讯 14日,…):

    >>> _labelled_title("(原标题:县医院揭牌仪式举行) 某某讯 14日,县医院揭牌。", shipped_lexicon())
    '县医院揭牌仪式举行'
    """
    for line in _head_lines(text, lex):
        bracketed = _BRACKETED.match(line)
        if bracketed and lex.title_label_re.match(bracketed.group(1)):
            line = bracketed.group(1)
        m = lex.title_label_re.match(line)
        if m and len(line) - m.end() >= TITLE_MIN:
            return strip_site_suffix(line[m.end():], lex)
    return ""


#: a view count's label alone on its line, its count lost or after it (浏览次数:, 阅读量: 120)
_VIEW_COUNT = re.compile(r"^(?:浏览|阅读|点击|访问)(?:次数|量)\s*[:：]?\s*\d*$")


def _counted_title(text: str, lex: Lexicon) -> str:
    r"""The headline a page without one above its body shows in its title-and-view-count block (a site's
    block stored after the story: the headline, then 浏览次数: on the next line), or ``""``.

    >>> _counted_title("2月21日下午,区领导走访医院。\n发布日期\n2024-02-23\n区领导走访省级医院\n浏览次数:", shipped_lexicon())
    '区领导走访省级医院'
    """
    lines = _head_lines(text, lex)
    for line, after in zip(lines, lines[1:]):
        if _VIEW_COUNT.match(after) and _is_item_headline(line, lex):
            return strip_site_suffix(line, lex)
    return ""


def find_date(text: str, lexicon: Lexicon | None = None) -> str | None:
    r"""The date the page was published, as ISO ``YYYY-MM-DD``, or None.

    A date after a label (日期, 时间: ``date_label`` of ``page_meta.tsv``; the label may end the line
    before; a labelled Minguo date 建档日期:113-03-15 is 2024-03-15; a labelled date whose year's first
    digit a damaged character took, 发布日期?016-09-21, is 2016-09-21) comes first, one labelled as the
    page's publication (发布日期, 发布时间, 发布于: ``publish_label``) before one labelled otherwise (a
    government info block's 公开日期 or 生效日期 above the headline, then 发布日期 under it), then
    one on a short metadata line (2025-07-25 12:05:34, 新浪财经·2026-01-28, a view count run into it:
    2024-05-1751453, a two-digit year with its time: 17-06-19 08:28, the month first and the year
    last: 10 月 21st, 2020, or parted by slashes when only one reading makes a date: 8/21/2021, the day first and
    the year last: 27.10.2017 20:39, an e-paper's masthead:
    某某日报/2025 年/11 月/5 日/第 001 版), then the first date in the text; dates in the related-news list after the
    page (under its heading, or headlines with their dates after the story) or in its reference list (参考资料: the
    cited sources' access and archive dates), the first day of a
    period (2026年3月6日-8日: an event's), the figures of a web address (本文链接:https://…/2026/01/16/…)
    and the day the page was viewed (今日日期: ``today_label``) are not read. A date in Chinese numerals
    (an official document's signature, 二零一八年七月二十日) is read as one in figures, and so is a date of the
    nineteenth century (a hospital's completion in its history, 1874年1月6日落成). A date a hard-wrapped story broke
    over two lines (…,2025年2 / 月28日,…) is read whole. A date's figures alone on a line, its 年/月/日 lost
    (a document's signature 2015917), are read only when the page states no other date, and only when one split
    of month and day makes a date (``_bare_iso``). After a line of prose, a short line whose date in words runs on
    into words (1987年5月16日,门诊楼竣工开业: a photo caption, a line of a chronicle) is no metadata line: its date is
    one in the story.

    >>> find_date("时间:2024-10-18 14:53"), find_date("2026年6月1日讯")
    ('2024-10-18', '2026-06-01')
    >>> find_date("2025年9月1日起，全县开展义诊。\n2025-09-16 08:30 眉山日报")
    '2025-09-16'
    >>> find_date("今日日期: 2025年4月17日\n报纸日期:\n2023 12月21日 星期四")
    '2023-12-21'
    >>> find_date("发布日期?016-09-21浏览次数9span"), find_date("周三. 10 月 21st, 2020")
    ('2016-09-21', '2020-10-21')
    >>> find_date("六、本批示自二零一八年七月三十一日起生效。\n二零一八年七月二十日\n行政长官 某某")
    '2018-07-20'
    >>> find_date("县医院揭牌\n8/21/2021\n某某委\n8/21/2021 12:00:00 AM\n为进一步推进工作,现通知如下。")
    '2021-08-21'
    >>> find_date("县医院揭牌\n27.10.2017  20:39\n10月24日，县医院揭牌。")
    '2017-10-27'
    >>> find_date("医院前身是一间军人医院,筹建于1872年,1874年1月6日落成。")
    '1874-01-06'
    >>> find_date("1月16日，座谈会召开。\n本文链接:https://www.x.net/content/2026/01/16/1.html")
    >>> find_date("索 引 号: 002482365/2023-00095 公开日期: 2023-04-22\n某某通知\n发布日期: 2023-04-25 17:10")
    '2023-04-25'
    >>> find_date("某某市人民政府办公厅\n现印发给你们,请认真组织实施。\n        2015917\n(此件主动公开)")
    '2015-09-17'
    >>> find_date("1982年12月6日,市政府批复成立中医院。\n建院时的土木房\n1987年5月16日,门诊楼竣工开业")
    '1982-12-06'

    After the story, timestamps alone on lines in a row (2024-07-11 16:25:16 / 2024-07-08 16:52:55) are the dates of a
    list of other items whose headlines the stored copy lost, not the page's date:

    >>> find_date("某某医院创建于1953年,现有病床20张。\n医院地址:某某街28号\n2024-07-11 16:25:16\n2024-07-08 16:52:55")
    """
    lex = lexicon or shipped_lexicon()
    best: tuple[int, str] | None = None
    prev = ""
    story = False   # a line of prose has been read
    bare = None     # the first date written as bare figures (2015917): read when no other is
    lines = _head_lines(text, lex)
    for i, line in enumerate(lines):
        if story and lex.footer_re.match(line):
            break   # the site's footer (Copyright …, 最后修改时间:…): its dates are the site's
        if story and _TIMESTAMP_LINE.match(line) and any(
                _TIMESTAMP_LINE.match(other) for other in lines[max(i - 1, 0):i] + lines[i + 1:i + 2]):
            continue  # timestamps alone on lines in a row after the story: a list's items, not the page's date
        line = _URL.sub(lambda u: " " * len(u.group()), line)
        short = len(line) <= META_LINE and not _FULL_STOP.search(line)
        found = [(m, _iso(m)) for m in _DATE.finditer(line)] + [(m, _cn_iso(m)) for m in _CN_DATE.finditer(line)]
        if short:
            found += [*((m, _iso(m)) for p in (_COUNTED_DATE, _MONTH_FIRST_DATE, _DAY_FIRST_DATE) for m in p.finditer(line)),
                      *((m, _iso(m, SHORT_YEAR_CENTURY)) for m in _SHORT_YEAR_DATE.finditer(line)),
                      *((m, _slash_iso(m)) for m in _SLASH_MONTH_FIRST_DATE.finditer(line))]
        for m, iso in sorted(found, key=lambda x: x[0].start()):
            before = line[:m.start()]
            label = before if before.strip() else prev   # 当前报纸日期: / 2023 12月21日
            if (iso is None or lex.today_label_re.search(label) or _PERIOD_AFTER.match(line, m.end())
                    or (story and _is_related_item(line, m, lex))):
                continue
            rank = _label_rank(label, lex)
            caption = story and "年" in m.group() and bool(_RUN_ON.match(line, m.end()))
            rank = rank if rank is not None else 2 if short and not caption else 3
            if best is None or rank < best[0]:
                best = (rank, iso)
            if rank == 0:
                return iso
        for m in _MINGUO.finditer(line):
            label = line[:m.start()] if line[:m.start()].strip() else prev
            iso, rank = _iso(m, MINGUO_OFFSET), _label_rank(label, lex)
            if iso and rank is not None and (best is None or rank < best[0]):
                best = (rank, iso)
                if rank == 0:
                    return iso
        for m in _CLIPPED_YEAR.finditer(line):
            iso, rank = _iso(m, CLIPPED_YEAR_CENTURY), _label_rank(line[:m.start() - 1], lex)
            if iso and rank is not None and (best is None or rank < best[0]):
                best = (rank, iso)
                if rank == 0:
                    return iso
        bare = bare or _bare_iso(line)
        story = story or _prose_line(line)
        prev = line
    return best[1] if best else bare


def _label_rank(label: str, lex: Lexicon) -> int | None:
    """0 when ``label`` (the text before a date) ends in a label of the page's publication (发布日期,
    发布于: ``publish_label``), 1 in another date label (公开日期, 生效日期: ``date_label``), else None.

    >>> lex = shipped_lexicon()
    >>> _label_rank("发布日期: ", lex), _label_rank("索 引 号: 002482365 公开日期: ", lex), _label_rank("来源:", lex)
    (0, 1, None)
    """
    if lex.publish_label_re.search(label):
        return 0
    return 1 if lex.date_label_re.search(label) else None


def _is_related_item(line: str, m: re.Match, lex: Lexicon) -> bool:
    """True when a date in figures (2026-01-09) ends a line after a headline-length text without a
    label: an item of a related-news list after the story (…脑深部电刺激手术2026-01-09). A
    signature (an institution, a byline, a date in words: …医政处 2025年11月18日) is not one.

    >>> lex = shipped_lexicon()
    >>> line = "市医院完成全省首例脑深部电刺激手术2026-01-09"
    >>> _is_related_item(line, _DATE.search(line), lex)
    True
    >>> line = "某某自治区卫生健康委员会医政处 2025年11月18日"
    >>> _is_related_item(line, _DATE.search(line), lex)
    False
    """
    head = line[:m.start()].strip()
    return (not _CLOCK_TIME.sub("", line[m.end():]) and len(head) >= RELATED_HEADLINE_MIN
            and "年" not in m.group() and not re.search("[:：]", head)
            and not lex.suffix_end_re.search(head) and not lex.byline_re.match(head))


_HEADING = re.compile(r"<(h1|title)\b[^>]*>([\s\S]*?)</\1\s*>", re.I)


def html_headings(page: str) -> list[str]:
    """An HTML page's ``<h1>`` texts, then its ``<title>``, as plain text.

    >>> html_headings("<title>医联体成立_新浪新闻</title><h1>市医联体<b>成立</b></h1>")
    ['市医联体成立', '医联体成立_新浪新闻']
    """
    found = [(m.group(1).lower(), html.unescape(re.sub(r"<[^>]*>|\s+", lambda t: " " if t.group().isspace() else "",
                                                      m.group(2))).strip())
             for m in _HEADING.finditer(page)]
    return [t for k, t in found if k == "h1" and t] + [t for k, t in found if k == "title" and t]


def normalize(text: str, fmt: str = "text", lexicon: Lexicon | None = None) -> NormalizedText:
    """Run every normalisation step over one decoded file (page furniture and healthcare terms
    from ``lexicon``, by default the shipped one)."""
    origin = array("i", range(len(text)))
    headings = [to_simplified(h, array("i", range(len(h))))[0] for h in html_headings(text)] if fmt == "html" else []
    if fmt == "html":
        text, origin = strip_markup(text, origin)
    text, origin = clean_characters(text, origin)
    text, origin = strip_pinyin(text, origin)
    text, origin = to_simplified(text, origin)
    sentences, _ = segment(text, origin, lexicon)
    return NormalizedText(sentences=tuple(sentences), title=find_title(text, lexicon, headings),
                          date=find_date(text[:5000], lexicon))
