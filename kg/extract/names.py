"""Institution names: hospitals, health bodies and alliances, found by their suffix and
extended to the left over name-like words (jieba tokens), then qualified by context.

``市人民医院`` in a 长治 paper becomes 长治市人民医院; ``吉大一院`` becomes 吉林大学第一医院 through
the alias table; a coordinated list ``肾病、护理、精神医学质控联盟`` gives three alliances.

>>> from kg.resources import load_resources
>>> from kg.extract.context import Context
>>> res = load_resources()
>>> ctx = Context("140000", "140400", None)
>>> [(n.type, n.name) for n in find_names("家人带他找到市第二人民医院。", ctx, res)]
[('Hospital', '长治市第二人民医院')]
>>> [n.name for n in find_names("肾病、护理、精神医学质控联盟筹备工作稳步推进", ctx, res)]
['肾病质控联盟', '护理质控联盟', '精神医学质控联盟']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..resources import Resources, gazetteer, word_freq, word_tag
from ..resources import tokens as tokenize
from .context import Context
from .places import choose_code, find_places

HOSPITAL_SUFFIX = ("社区卫生服务中心|社区卫生服务站|社区健康服务中心|社康中心|妇幼保健计划生育服务中心|妇幼保健院|妇幼保健所|中西医结合医院|"
                   "中医医院|中医院|人民医院|中心医院|医院|卫生院|医学中心|医疗中心|代谢中心|急救中心|血液中心|"
                   "中心血站|保健院")
ORG_SUFFIX = ("政府新闻办公室|政府新闻办|卫生健康委员会|卫生健康委|卫健委|卫生健康局|卫健局|卫生局|医疗保障局|医保局|医疗保障中心|医保中心|"
              "医保经办中心|疾病预防控制中心|疾控中心|疾病预防控制局|疾控局|卫生监督所|卫生监督局|"
              "药品监督管理局|药监局|中医药管理局|红十字会|医学会|医师协会|医院协会|质控中心|院士工作站|"
              "名医工作站|专家工作站")
ALLIANCE_SUFFIX = ("专科联盟|质控联盟|联盟|医联体|医共体|医疗集团|医院集团|医疗联合体|医疗共同体|健康共同体|都市圈")
GOV = re.compile(r"(中共)?(省|市|区|县)(委|人民政府|政府|人大|政协|妇联)(?!员|书记|副|常委|办|宣传|组织|统战|会|新闻|秘书)")
_SUFFIX = re.compile(f"(?P<Alliance>{ALLIANCE_SUFFIX})|(?P<Organization>{ORG_SUFFIX})|"
                     f"(?P<Hospital>{HOSPITAL_SUFFIX})")
#: abbreviated suffixes and their full form
EXPAND = {"政府新闻办": "人民政府新闻办公室", "政府新闻办公室": "人民政府新闻办公室", "卫健委": "卫生健康委员会", "卫生健康委": "卫生健康委员会", "卫健局": "卫生健康局", "医保局": "医疗保障局",
          "疾控中心": "疾病预防控制中心", "疾控局": "疾病预防控制局", "药监局": "药品监督管理局",
          "医保中心": "医疗保障中心"}
GOV_FORMS = {"委": "中共{q}委员会", "人民政府": "{q}人民政府", "政府": "{q}人民政府", "人大": "{q}人民代表大会",
             "政协": "中国人民政治协商会议{q}委员会", "妇联": "{q}妇女联合会"}
#: bare names that mean the home place's own institution (区中医院 -> 二道区中医院)
QUALIFIABLE = {"人民医院", "中医院", "中医医院", "妇幼保健院", "中心医院", "中西医结合医院"}
#: designations written after a hospital name, not part of it
DESIGNATIONS = re.compile(r"(国家区域医疗中心|国家医学中心|区域医疗中心|区域医学中心)$")

GENERIC = set("""上级 定点 方舱 基层 当地 本地 各级 县级 市级 省级 区级 乡镇 乡 村 镇 公立 民营 私立 综合 二级 三级 三甲
一级 甲等 重点 大型 知名 优质 专科 互联网 医疗 社区 城市 县域 区域 国家 国家级 中心 家庭 大 小 新 老 其他 周边 所属
委属 市属 省属 区属 县属 合作 签约 协作 帮扶 对口 托管 相关 多家 各 该 本 我 全 外地 异地 省外 市外 沿线 两家 部分 医学
影像 检验 病理 心电 远程 智慧 数字 医保 中医 西医 专业 临床 诊疗 地方 各地 全国 全省 全市 全区 本院 该院 我院 分
市区 城区 县城 市内 省内 区内 外省 外市
定点医疗 零售 药店 商业 民办 公办 非公 城乡 农村 县 市 省 区 紧密型 松散型 医疗卫生 卫生 机构 服务""".split())

STOP = set("""的 在 由 到 和 与 及 或 等 为 对 向 从 以 将 把 被 让 给 于 是 有 这 该 其 各 每 并 也 都 还 就 已 共 同 跟 自
经 据 原 在建 新建 现有 位于 来自 找到 包括 其中 如 例如 以及 依托 联合 携手 组织 推动 推进 开展 启动 成立 组建 完成
实现 进驻 入驻 派驻 走进 加入 覆盖 牵头 帮扶 支援 包保 联系 我市 我省 我区 我县 本市 全市 全省 全区 全县 前往 来到
赶到 转到 转至 转运 送到 送往 选择 通过 作为 成为 建成 建立 打造 设立 设置 承担 参与 参加 举办 承办 签署 召开 发布
获批 获评 入选 落户 揭牌 挂牌 授牌 国家卫健委 记者 同时 此外 目前 近年来 今年 去年 日前 近日 带领 带着 带动 指导 围绕
依靠 借助 按照 根据 积极 全面 持续 不断 深入 扎实 主动 正式 顺利 分别 均 均已 已经 正在 即将 先后 首家 首批 所有""".split())
_STOP_TAGS = {"v", "vd", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "rr", "rz", "q", "t",
              "f", "y", "e", "o", "zg", "ad", "mq", "vg", "dg", "tg", "rg", "h"}
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百零\d]+$")
_COUNT_BEFORE = re.compile(r"[\d一二三四五六七八九十两百千几多数]+\s*(?:个|家|所|大|类|批|项|支|座)*$")
_HAN = re.compile(r"^[\u3400-\u9fff]+$")
_COUNT_IN = re.compile(r"[\d一二三四五六七八九十两几多数]+(?:个|家|大|所|类|批)")
_SUFFIX_OF_TYPE = {"Hospital": HOSPITAL_SUFFIX, "Organization": ORG_SUFFIX, "Alliance": ALLIANCE_SUFFIX}
#: organisations that may be named without a place (国家 bodies are in the alias table)
BARE_ORGS = {"疾病预防控制中心", "疾控中心"}
#: services written after a hospital name that are not institutions of their own
SUBUNITS = re.compile(r"(?<=医院)(互联网医院)$")


@dataclass(frozen=True)
class Name:
    """An institution named in a sentence.

    ``start``/``end`` are offsets in the sentence; ``name`` the canonical (qualified, expanded)
    name; ``surface`` the text as written; ``place`` the division code the name is qualified by
    (its own place prefix or the home place a relative name refers to).
    """

    type: str
    start: int
    end: int
    surface: str
    name: str
    place: str | None = None
    relative: bool = False


#: single characters that never occur inside a name (they end an HMM word: 得往, 到市)
STOP_CHARS = set("的得地了着过到往在由从向对把被让给和与及或等是有这那该其也都还就已又再很更最去来跑各每诸")


def _name_like(word: str) -> bool:
    if word in STOP or "等" in word or "的" in word:
        return False
    if word in gazetteer().by_name or word in gazetteer().by_short or word in ("省", "市", "区", "县", "镇", "乡"):
        return True
    if not _HAN.match(word):
        return False
    tag = word_tag(word)
    if tag == "m":
        return bool(_ORDINAL.match(word))
    return tag not in _STOP_TAGS or word in ("附属", "中西医结合")


def left_extent(text: str, at: int, tokens: list[tuple[str, int, int]], limit: int = 18,
                places: tuple[tuple[int, int], ...] = ()) -> int:
    """Walk name-like tokens left from offset ``at``; return where the name starts.

    A name never starts inside a place name (上城区: jieba may cut 上/城区)."""
    start = _left_extent(text, at, tokens, limit)
    for a, b in places:
        if a < start < b:
            return a
    return start


def _left_extent(text: str, at: int, tokens: list[tuple[str, int, int]], limit: int) -> int:
    start = at
    previous = {b: (w, a) for w, a, b in tokens}
    for word, a, b in reversed(tokens):
        if b > start:
            if a < start < b:  # a token straddles the boundary: take it whole if name-like
                if not _name_like(word):
                    return start
                start = a
            continue
        if b != start or at - a > limit:
            break
        if not _name_like(word):
            before = previous.get(a)
            if word in STOP or not _HAN.match(word) or not before or word_tag(before[0]) != "ns" \
                    or at - before[1] > limit:
                break
            start = before[1]  # 长春烧伤医院: a verb-like word right after a place name is part of the name
            continue
        if word in ("省", "市", "区", "县"):
            before = previous.get(a)
            if not before or not (before[0] in gazetteer().by_name or before[0] in gazetteer().by_short
                                  or word_tag(before[0]) == "ns"):
                return a  # 结果县医院: a bare 县 starts a relative name unless a place precedes it
        if word_tag(word) is None and len(word) >= 2 and any(ch in STOP_CHARS for ch in word):
            cut = max(i for i, ch in enumerate(word) if ch in STOP_CHARS)
            return a + cut + 1  # 到市, 得往 (HMM words with a verb in them): the name starts after it
        start = a
    return start


def _known_spans(text: str, res: Resources) -> list[tuple[int, int, str]]:
    spans = []
    for end, key in res.known_automaton.iter(text):
        spans.append((end - len(key) + 1, end + 1, key))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, last = [], -1
    for s in spans:
        if s[0] >= last:
            out.append(s)
            last = s[1]
    return out


def _qualifier(level_char: str, ctx: Context, res: Resources, for_party: bool = False) -> tuple[str, str] | None:
    """The name and code of the home place a relative 省/市/区/县 refers to."""
    code = ctx.home(level_char)
    if code is None:
        return None
    div = res.gazetteer.divisions[code]
    name = div.name
    if for_party and level_char in "区县" and ctx.city and ctx.city in res.gazetteer.ancestors(code):
        name = res.gazetteer.divisions[ctx.city].name + name
    return name, code


def canonical(surface: str, typ: str, ctx: Context, res: Resources) -> tuple[str, str | None, bool] | None:
    """Canonical name, place code and relativity of an institution name as written.

    Returns None when a relative name cannot be qualified (no home place known).
    """
    name = surface
    for key in sorted({k for k in res.known if k in name}, key=len, reverse=True):
        ent = res.known[key]
        if key != ent.name and key in name and ent.name not in name:
            name = name.replace(key, ent.name)
    for short, full in EXPAND.items():
        if name.endswith(short) and not name.endswith(full):
            name = name[: -len(short)] + full
            break
    relative = False
    place = None
    if name[0] in "省市区县" and len(name) > 2:
        q = _qualifier(name[0], ctx, res)
        if q is None:
            return None
        name, place, relative = q[0] + name[1:], q[1], True
    elif typ == "Hospital" and name in QUALIFIABLE:
        home = ctx.district or ctx.city
        if home is None:
            return None
        name, place, relative = res.gazetteer.divisions[home].name + name, home, True
    if place is None:
        ps = find_places(name, res)
        if ps and ps[0].start == 0:
            place = choose_code(ps[0].codes, ctx.chain(), res)
    known = res.known.get(name)
    if known:
        name = known.name
        place = known.place or place
    return name, place, relative


def find_names(text: str, ctx: Context, res: Resources,
               tokens: tuple[tuple[str, int, int], ...] | None = None,
               places: tuple[tuple[int, int], ...] | None = None) -> list[Name]:
    """Hospitals, organisations and alliances named in one sentence (``tokens`` and the spans
    of its ``places`` are computed when the caller has not done so already)."""
    tokens = list(tokens if tokens is not None else tokenize(text))
    if places is None:
        places = tuple((p.start, p.end) for p in find_places(text, res))
    spans: list[tuple[int, int, str]] = []  # (start, end, type)
    for m in _SUFFIX.finditer(text):
        typ = m.lastgroup
        if re.match(r"店|路|街|站|小区|大厦|门口|公交", text[m.end():m.end() + 2]):
            continue  # 榆树中医院店, 医院路: a shop or street named after a hospital
        straddling = next((w for w, a, b in tokens if a < m.end() < b), None)
        if straddling and word_freq(straddling) >= 1:
            continue  # 都市圈内 (都市/圈内): the suffix ends inside a dictionary word
        start = left_extent(text, m.start(), tokens, places=places)
        spans.append((start, m.end(), typ))
    for a, b, key in _known_spans(text, res):
        spans.append((a, b, res.known[key].type))
    # merge: a span that ends where another starts and carries on a name (北京安贞医院吉林医院)
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    merged: list[tuple[int, int, str]] = []
    for s in spans:
        if merged and s[0] < merged[-1][1]:
            prev = merged[-1]
            if s[1] > prev[1]:
                merged[-1] = (prev[0], s[1], s[2])
            continue
        merged.append(s)
    out: list[Name] = []
    for start, end, typ in merged:
        out.extend(_expand(text, start, end, typ, ctx, res, tokens))
    for m in GOV.finditer(text):
        if any(n.start <= m.start() < n.end for n in out):
            continue
        q = _qualifier(m.group(2), ctx, res, for_party=m.group(3) == "委")
        if q is None:
            continue
        name = GOV_FORMS[m.group(3)].format(q=q[0])
        out.append(Name("Organization", m.start(), m.end(), m.group(), name, q[1], True))
    out.sort(key=lambda n: (n.start, n.end))
    return out


def _suffix_of(surface: str, typ: str) -> str:
    m = re.search(f"(?:中医|中西医)?(?:{_SUFFIX_OF_TYPE[typ]})$", surface)
    return m.group() if m else ""


def _expand(text: str, start: int, end: int, typ: str, ctx: Context, res: Resources,
            tokens: list[tuple[str, int, int]]) -> list[Name]:
    """Turn one span into names: drop generic ones, expand coordinated lists, qualify."""
    surface = text[start:end]
    for trailer in (DESIGNATIONS, SUBUNITS):
        d = trailer.search(surface)
        if d and d.start() > 0 and typ == "Hospital":
            surface = surface[: d.start()]
            end = start + len(surface)
            if not _suffix_of(surface, typ) and surface not in res.known:
                return []  # 中医代谢类疾病国家医学中心: a designation, no hospital named
    if surface in res.known:
        return _make(surface, typ, start, end, ctx, res)
    suffix = _suffix_of(surface, typ)
    prefix = surface[: len(surface) - len(suffix)]
    sep = text[start - 1:start]
    if sep == "等":
        # 生殖医学及妇产科、心血管内科、新生儿科等专科联盟: every item takes the whole tail
        items = _list_items(text, start - 1, tokens, typ)
        if len(items) >= 2 or (items and typ == "Alliance"):
            return [n for pos, item in items for n in _make(item + surface, typ, pos, pos + len(item), ctx, res)]
    if sep in ("、", "和", "及", "与") and prefix and suffix:
        # 肾病、护理、精神医学质控联盟 / 吉林省和长春市卫健委: the items share the suffix
        items = _list_items(text, start - 1, tokens, typ)
        if items and (sep == "、" or all(_is_place(item, res) for _, item in items)):
            return [n for pos, item in items for n in _make(item + suffix, typ, pos, pos + len(item), ctx, res)
                    ] + _make(surface, typ, start, end, ctx, res)
    before = text[:start]
    if _COUNT_BEFORE.search(before) and (not prefix or typ == "Alliance"):
        return []  # 5个城市医疗集团, 两大医联体: a count, not a name
    return _make(surface, typ, start, end, ctx, res)


def _is_place(item: str, res: Resources) -> bool:
    ps = find_places(item, res)
    return len(ps) == 1 and ps[0].start == 0 and ps[0].end == len(item)


def _list_items(text: str, sep: int, tokens: list[tuple[str, int, int]], typ: str) -> list[tuple[int, str]]:
    """The short items of a coordinated list ending with the separator at ``sep``, left to right.

    Items between two 、 are taken whole; the first item ends where a non-name word begins
    (共建骨伤 -> 骨伤) but keeps an inner 及 (生殖医学及妇产科). Items are at most eight
    characters and bare modifiers, not names of their own type.
    """
    pattern = re.compile(f"(?:{_SUFFIX_OF_TYPE[typ]})$")
    items: list[tuple[int, str]] = []
    while sep > 0:
        j = sep
        while j > 0 and _HAN.match(text[j - 1]) and sep - j < 9:
            j -= 1
        if sep - j >= 9 or j == sep:
            break
        if text[j - 1:j] != "、":
            j = _first_item_start(text, sep, tokens)
            if j == sep:
                break
        item = text[j:sep]
        if pattern.search(item):
            break
        items.insert(0, (j, item))
        if text[j - 1:j] != "、":
            break
        sep = j - 1
    return items


def _first_item_start(text: str, sep: int, tokens: list[tuple[str, int, int]]) -> int:
    j = left_extent(text, sep, tokens, limit=8)
    if j > 1 and text[j - 1] in "及与" and j < sep:
        k = left_extent(text, j - 1, tokens, limit=8)
        if k < j - 1 and (k == 0 or not _HAN.match(text[k - 1])):
            j = k
    if j > 0 and _HAN.match(text[j - 1]) and sep - j >= 8:
        return sep  # ran into the length limit: not a list item
    return j


def _make(surface: str, typ: str, start: int, end: int, ctx: Context, res: Resources) -> list[Name]:
    """One name from its full written form; ``start``/``end`` cover what the sentence shows of it
    (only the item of a coordinated list)."""
    if surface not in res.known:
        suffix = _suffix_of(surface, typ)
        prefix = surface[: len(surface) - len(suffix)]
        rest = prefix[1:] if prefix[:1] in ("省", "市", "区", "县") and typ != "Alliance" else prefix
        if not prefix and surface not in QUALIFIABLE and surface not in BARE_ORGS:
            return []
        unplaced = _strip_place(rest, res)
        if rest and (_generic(rest, res) or _generic(prefix, res) or (unplaced and _generic(unplaced, res))) \
                and not (typ == "Alliance" and len(rest) >= 4):
            return []  # 上级医院, 市属医院, 白城市定点医院: no proper name
    c = canonical(surface, typ, ctx, res)
    if c is None:
        return []
    return [Name(typ, start, end, surface, c[0], c[1], c[2])]


def _strip_place(prefix: str, res: Resources) -> str:
    """The prefix without a leading place name (白城市定点 -> 定点)."""
    ps = find_places(prefix, res)
    return prefix[ps[0].end:] if ps and ps[0].start == 0 else prefix


def _generic(prefix: str, res: Resources) -> bool:
    """True when a name's prefix says nothing proper (上级医院, 定点医院, 县级医院)."""
    prefix = prefix.lstrip("".join(STOP_CHARS))
    if not prefix or prefix in GENERIC or _COUNT_IN.search(prefix):
        return True
    words = [w for w, _, _ in tokenize(prefix)]
    return all(w in GENERIC or len(w) == 1 and w in "省市区县" for w in words)
