"""Generate a benchmark corpus of Chinese healthcare news: varied documents, not copies.

Each document is a page of one place: a province, one of its cities and one of its counties
(drawn from ``kg/data/divisions.tsv``), with towns for 卫生院. Its stories are written from
templates whose slots are filled per document: hospitals, health bodies, alliances and
programmes named after the page's places, numbers, dates and interchangeable wording. Some
paragraphs are sentences of the seeds with their places and numbers replaced, some stories are
not about healthcare (schools, tourism), and the page carries navigation and footer noise like a
real one. The same ``--seed`` gives the same corpus, byte for byte.

Run: ``python bench/make_corpus.py --mib 10 --out /tmp/corpus10``

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     stats = make_corpus(Path(tmp), 0.05)
...     texts = [p.read_text(encoding="utf-8") for p in sorted(Path(tmp).iterdir())]
>>> stats.documents == len(texts) > 1 and len(set(texts)) == len(texts)
True
>>> stats.bytes >= 0.05 * 2**20
True
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIVISIONS = ROOT / "kg" / "data" / "divisions.tsv"
SEEDS = ROOT / "seeds"

#: smallest and largest document, in characters
DOC_CHARS = (1_500, 9_000)
#: share of stories that are not about healthcare
OFF_TOPIC_SHARE = 0.15
#: share of paragraphs taken from the seeds (places and numbers replaced)
SEED_SHARE = 0.25
#: where a number of a seed sentence was: each one is drawn afresh
NUMBER = "\ue000"
#: the default random seed
DEFAULT_SEED = 14


@dataclass(frozen=True)
class Division:
    """One line of the gazetteer."""

    code: str
    name: str
    level: str
    parent: str

    @property
    def short(self) -> str:
        """The name without its suffix (长春市 → 长春) when that leaves two characters or more.

        >>> Division("220100", "长春市", "prefecture", "220000").short
        '长春'
        >>> Division("310000", "上海市", "province", "").short
        '上海'
        """
        for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "省", "市", "县", "区", "旗"):
            if self.name.endswith(suffix) and len(self.name) - len(suffix) >= 2:
                return self.name[: -len(suffix)]
        return self.name


@dataclass(frozen=True)
class Gazetteer:
    """The divisions by level and by parent."""

    provinces: list[Division]
    children: dict[str, list[Division]]

    def pick(self, rng: random.Random) -> tuple[Division, Division, Division, list[Division]]:
        """A province, one of its cities, one of the city's counties and some of its towns."""
        while True:
            province = rng.choice(self.provinces)
            cities = self.children.get(province.code, [])
            if not cities:
                continue
            city = rng.choice(cities)
            counties = self.children.get(city.code) or [city]
            county = rng.choice(counties)
            towns = self.children.get(county.code, [])
            return province, city, county, rng.sample(towns, min(len(towns), 6))


@dataclass(frozen=True)
class CorpusStats:
    """What was written."""

    documents: int
    bytes: int


def load_gazetteer(path: Path = DIVISIONS) -> Gazetteer:
    """Read ``divisions.tsv``."""
    provinces: list[Division] = []
    children: dict[str, list[Division]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        code, name, level, parent = (line.split("\t") + [""] * 4)[:4]
        d = Division(code, name, level, parent)
        if code == parent:
            continue  # a city without counties repeated as its own county
        if level == "province":
            provinces.append(d)
        elif parent:
            children.setdefault(parent, []).append(d)
    return Gazetteer(provinces, children)


# Vocabulary the templates draw from. Every list gives one slot its variety.
SPECIALTIES = ["心血管", "肿瘤", "儿科", "妇产", "呼吸", "神经内科", "骨科", "眼科", "口腔", "康复", "精神医学",
               "护理", "急诊", "麻醉", "病理", "检验", "影像", "肾病", "内分泌", "老年医学", "中医", "感染",
               "皮肤", "消化", "血液", "胸痛", "卒中", "创伤", "重症医学", "超声"]
HOSPITAL_SUFFIXES = ["人民医院", "中医医院", "中医院", "妇幼保健院", "第一人民医院", "第二人民医院", "第三人民医院",
                     "中心医院", "肿瘤医院", "儿童医院", "精神卫生中心", "传染病医院", "口腔医院", "眼科医院",
                     "康复医院", "骨科医院", "中西医结合医院"]
BODIES = ["卫生健康委员会", "卫生健康委", "卫生健康局", "医疗保障局", "疾病预防控制中心", "疾控中心",
          "中医药管理局", "红十字会", "急救中心", "卫生监督所", "血液中心"]
PROGRAM_WORDS = ["工程", "行动", "计划", "项目", "模式"]
SLOGANS = ["健康守门人", "银龄关爱", "名医下基层", "护蕾", "强基", "优质服务基层行", "送医下乡", "百医进百村",
           "暖心陪诊", "智慧医疗", "妇幼安康", "光明", "心佑", "孕育未来", "健康乡村", "医路同行", "春苗",
           "家医签约", "云上诊室", "互联网+护理服务", "三级联动", "一老一小", "急救先锋", "慢病共管"]
DAYS = ["世界卫生日", "全国爱眼日", "世界无烟日", "全国高血压日", "世界糖尿病日", "世界人口日", "全民健康生活方式日",
        "全国儿童预防接种日", "世界精神卫生日", "中国医师节"]
SOURCES = ["日报", "晚报", "新闻网", "融媒体中心", "发布", "电视台", "政府网"]
VERBS_LEAD = ["牵头组建", "牵头成立", "联合组建", "正式组建", "牵头建设"]
VERBS_JOIN = ["加入", "正式加入", "成为", "被纳入"]
VERBS_SUPPORT = ["对口帮扶", "对口支援", "托管", "结对帮扶"]
VERBS_LAUNCH = ["启动", "实施", "开展", "推出", "印发"]
ADVERBS = ["近日", "日前", "今年以来", "本月", "上周", "据悉", "记者获悉", "昨天", "截至目前"]
ADJS = ["扎实", "稳步", "持续", "深入", "全面", "积极", "有序", "大力"]
OUTCOMES = ["基层诊疗量同比增长{p}%", "双向转诊{n}人次", "下转患者{n}人次", "远程会诊{n}例",
            "培训乡村医生{n}人次", "开展手术{n}台", "门诊量达{n}万人次", "服务群众{n}余人",
            "签约居民{n}万人", "义诊{n}场"]
NEWS = ["首页", "新闻中心", "卫生健康", "本地要闻", "政务公开", "民生"]
NOISE = ["分享到：微信 微博 QQ空间", "【字体：大 中 小】 打印本页 关闭窗口", "责任编辑：{person}",
         "扫一扫在手机打开当前页", "相关新闻", "版权所有：{city}人民政府 备案号：{num}号"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥玲芬"

HEALTH_TEMPLATES = [
    "{adv}，{hospital}{lead}{alliance}，{county}{n}家乡镇卫生院全部加入。",
    "{adv}，{city}{body}召开新闻发布会，介绍{program}进展情况。",
    "{hospital}作为牵头单位，与{town}卫生院、{town2}卫生院组建{county_s}紧密型县域医共体，{outcome}。",
    "{big}与{hospital}签订对口支援协议，派出专家团队定期开展疑难病例会诊和手术带教。",
    "{big}{support}{hospital}，今年以来{outcome}。",
    "{county}{body}联合{county}医疗保障局推行医保基金“总额付费、结余留用”改革，引导医疗资源向基层下沉。",
    "{hospital}{join}{alliance}成员单位，{outcome}。",
    "{city}{body}{launch}“{slogan}”{pword}，计划用{k}年时间覆盖全市{n}个村卫生室。",
    "在{town}卫生院，村民{person}拿着检查单说：“以前拍个片子要跑县城，现在在镇上就能做。”",
    "{province}{body}有关负责人表示，下一步将在全省推广{county_s}经验，年底前实现县域医共体全覆盖。",
    "{adj}推进健康{city_s}建设，{city}{launch}{day}主题宣传活动，{outcome}。",
    "截至{year}年底，{city}共有医疗卫生机构{n}个，卫生技术人员{m}万人，实有床位{k}万张。",
    "{hospital}{lead}{city_s}{spec}专科联盟，吸纳{k}家二级以上医院参与。",
    "{city}{hospital_s}与{county}{hospital_s2}开展“{slogan}”{pword}，{outcome}。",
    "{adv}，{city}{body}印发《{city_s}{spec}能力提升三年行动方案》。",
    "{county}{body}{adj}实施{spec}能力提升{pword}，{outcome}。",
    "{hospital}院长{person}介绍，医院通过远程影像诊断中心为各乡镇卫生院出具诊断报告，{outcome}。",
    "{town}卫生院、{town2}卫生院的{spec}门诊由{hospital}派驻骨干坐诊，每周固定{k}天。",
    "{city}{lead}{city_s}医疗集团，由{hospital}牵头，{k}家社区卫生服务中心加入。",
    "{province}{body}公布第{k}批{spec}临床重点专科名单，{hospital}入选。",
]
OFF_TOPIC_TEMPLATES = [
    "{county}现有中小学校{n}所，其中公办学校{k}所；学生{m}万人，教职工{n}人。",
    "{adv}，{city}文化广电和旅游局推出{k}条秋季旅游线路，{town}入选。",
    "{county}人民检察院召开{year}年工作会议，总结全年检察工作。",
    "{town}{k}万亩柑橘迎来丰收，游客纷至沓来。",
    "{city}{adj}推进老旧小区改造，今年计划改造{n}个小区。",
    "{county}消防救援大队开展秋冬季火灾防控宣传，走进{k}个社区。",
]
TITLES = [
    "{city_s}：{alliance}让群众在家门口看好病",
    "{county}：{adj}推进县域医共体建设",
    "{province_s}{body}：“{slogan}”{pword}惠及{n}名群众",
    "{hospital}{lead}{alliance}",
    "{city}召开{year}年卫生健康工作会议",
]


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def _seed_templates() -> list[str]:
    """Sentences of the seeds with their places replaced by slots and numbers by ``{n}``.

    >>> any("{city}" in s and NUMBER in s for s in _seed_templates())
    True
    """
    gaz = load_gazetteer()
    level_slot = {"province": "{province}", "prefecture": "{city}", "county": "{county}"}
    names = {d.name: level_slot[d.level] for ds in [gaz.provinces, *gaz.children.values()] for d in ds
             if d.level in level_slot and len(d.name) >= 3}
    pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("{", "").replace("}", "")
        for sentence in re.findall(r"[^。！？\n]{12,200}[。！？]", text):
            sentence = pattern.sub(lambda m: names[m.group()], sentence)
            out.append(re.sub(r"\d+", NUMBER, sentence))
    return out


class _Writer:
    """Fills templates for one document; every slot is drawn afresh each time it is used."""

    def __init__(self, rng: random.Random, gaz: Gazetteer):
        self.rng = rng
        self.province, self.city, self.county, self.towns = gaz.pick(rng)
        county_seat = rng.choice(HOSPITAL_SUFFIXES)
        self.hospitals = [self.county.name + county_seat, self.city.name + rng.choice(HOSPITAL_SUFFIXES),
                          self.city.short + rng.choice(HOSPITAL_SUFFIXES),
                          self.county.name + rng.choice(HOSPITAL_SUFFIXES)]
        self.bigs = [self.province.short + "省人民医院" if self.province.name.endswith("省") else
                     self.province.name + "第一人民医院", self.province.short + "医科大学附属第一医院",
                     self.province.short + "中医药大学附属医院"]
        lead = self.hospitals[rng.randrange(2)]
        self.alliances = [lead + "医联体", self.city.short + rng.choice(SPECIALTIES) + "专科联盟",
                          self.county.short + "紧密型县域医共体", self.city.name + "第" + "一二三四五"[rng.randrange(5)]
                          + "医疗集团"]

    def fill(self, template: str) -> str:
        rng = self.rng
        towns = self.towns or [self.county]
        slots = {
            "province": self.province.name, "province_s": self.province.short,
            "city": self.city.name, "city_s": self.city.short,
            "county": self.county.name, "county_s": self.county.short,
            "town": rng.choice(towns).short, "town2": rng.choice(towns).short,
            "hospital": rng.choice(self.hospitals), "big": rng.choice(self.bigs),
            "hospital_s": rng.choice(HOSPITAL_SUFFIXES), "hospital_s2": rng.choice(HOSPITAL_SUFFIXES),
            "alliance": rng.choice(self.alliances), "body": rng.choice(BODIES),
            "program": f"“{rng.choice(SLOGANS)}”{rng.choice(PROGRAM_WORDS)}",
            "slogan": rng.choice(SLOGANS), "pword": rng.choice(PROGRAM_WORDS), "day": rng.choice(DAYS),
            "spec": rng.choice(SPECIALTIES), "lead": rng.choice(VERBS_LEAD), "join": rng.choice(VERBS_JOIN),
            "support": rng.choice(VERBS_SUPPORT), "launch": rng.choice(VERBS_LAUNCH),
            "adv": rng.choice(ADVERBS), "adj": rng.choice(ADJS), "person": _person(rng),
            "n": rng.randint(3, 9999), "m": round(rng.uniform(0.5, 99), 2), "k": rng.randint(2, 30),
            "week": rng.randint(1, 5),
            "p": round(rng.uniform(1, 60), 1), "year": rng.randint(2015, 2026), "num": rng.randint(10**7, 10**8),
        }
        slots["outcome"] = rng.choice(OUTCOMES).format(**slots)
        text = template.format(**slots)
        return re.sub(NUMBER, lambda _m: str(rng.randint(2, 999)), text) if NUMBER in text else text

    def document(self, seed_templates: list[str]) -> str:
        rng = self.rng
        date = f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} " \
               f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
        lines = [" > ".join(rng.sample(NEWS, 3)), rng.choice(NOISE).format(person=_person(rng), city=self.city.name,
                                                                           num=rng.randint(10**7, 10**8)), "",
                 self.fill(rng.choice(TITLES)), "",
                 f"来源：{self.city.short}{rng.choice(SOURCES)}　　发布时间：{date}", ""]
        size, target = 0, rng.randint(*DOC_CHARS)
        while size < target:
            off_topic = rng.random() < OFF_TOPIC_SHARE
            paragraph = []
            for _ in range(rng.randint(2, 6)):
                if off_topic:
                    template = rng.choice(OFF_TOPIC_TEMPLATES)
                elif rng.random() < SEED_SHARE:
                    template = rng.choice(seed_templates)
                else:
                    template = rng.choice(HEALTH_TEMPLATES)
                paragraph.append(self.fill(template))
            text = "　　" + "".join(paragraph)
            lines += [text, ""]
            size += len(text)
        lines += [f"【编辑：{_person(rng)}】", "", rng.choice(NOISE).format(person=_person(rng), city=self.city.name,
                                                                         num=rng.randint(10**7, 10**8))]
        return "\n".join(lines) + "\n"


def generate(seed: int = DEFAULT_SEED) -> Iterator[str]:
    """Documents, endlessly, the same sequence for the same ``seed``."""
    rng = random.Random(seed)
    gaz = load_gazetteer()
    seed_templates = _seed_templates()
    while True:
        yield _Writer(rng, gaz).document(seed_templates)


def make_corpus(out: Path, mib: float, seed: int = DEFAULT_SEED) -> CorpusStats:
    """Write documents ``000000.txt``, ``000001.txt`` … into ``out`` until ``mib`` MiB are written."""
    out.mkdir(parents=True, exist_ok=True)
    written, count = 0, 0
    for text in generate(seed):
        if written >= mib * 2**20:
            break
        data = text.encode("utf-8")
        (out / f"{count:06d}.txt").write_bytes(data)
        written += len(data)
        count += 1
    return CorpusStats(count, written)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=float, required=True, help="size of the corpus in MiB")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the documents into")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (same seed, same corpus)")
    args = parser.parse_args()
    stats = make_corpus(args.out, args.mib, args.seed)
    print(f"{args.out}: {stats.documents} documents, {stats.bytes / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
