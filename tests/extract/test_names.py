"""Institution names: suffixes, left extension, coordination, abbreviations, relative names."""

import pytest

from kg.extract.context import Context
from kg.extract.names import find_names
from kg.tokens import LazyTokens

from .helpers import CHANGZHI, ERDAO, run_state, triples


@pytest.mark.parametrize("text,ctx,expected", [
    ("家人带他找到市第二人民医院", CHANGZHI, [("Hospital", "长治市第二人民医院")]),
    ("区人民医院、区中医院、长春烧伤医院", ERDAO,
     [("Hospital", "二道区人民医院"), ("Hospital", "二道区中医院"), ("Hospital", "长春烧伤医院")]),
    ("组织吉大一院、吉大二院专家下沉", ERDAO, [("Hospital", "吉林大学第一医院"), ("Hospital", "吉林大学第二医院")]),
    ("在建北京安贞医院吉林医院国家区域医疗中心", ERDAO, [("Hospital", "首都医科大学附属北京安贞医院吉林医院")]),
    # a member named after its parent by a place inside the parent's place is one name; a sibling's is not
    ("二道区人民医院英俊镇卫生院挂牌", ERDAO, [("Hospital", "二道区人民医院英俊镇卫生院")]),
    ("二道区人民医院南关区人民医院", ERDAO, [("Hospital", "二道区人民医院"), ("Hospital", "南关区人民医院")]),
    ("潞州区城北庄镇卫生院刘玉婷说", CHANGZHI, [("Hospital", "潞州区城北庄镇卫生院")]),
    ("东盛、东站、东惠社区卫生服务中心和英俊镇卫生院", ERDAO,
     [("Hospital", "东盛社区卫生服务中心"), ("Hospital", "东站社区卫生服务中心"), ("Hospital", "东惠社区卫生服务中心"),
      ("Hospital", "英俊镇卫生院")]),
    # a list's first item after a long run of the sentence counts when it is a place or a town of the
    # page's district; places before a count share the suffix; a town before its centre's suffix
    ("完成东站街道社区卫生服务中心、区精神卫生中心和英俊、劝农山等卫生院升级改造", ERDAO,
     [("Hospital", "东站街道社区卫生服务中心"), ("Hospital", "二道区精神卫生中心"), ("Hospital", "英俊卫生院"),
      ("Hospital", "劝农山卫生院")]),
    ("医院曾成功托管英俊、劝农山两所卫生院", ERDAO, [("Hospital", "英俊卫生院"), ("Hospital", "劝农山卫生院")]),
    ("医院曾与协和、同仁两家医院合作", ERDAO, []),
    # a code number written digit by digit names a hospital (a factory's, an army's); a count or grade does not
    ("刘超,二一五医院,铜川矿务局中心医院负责人参会", CHANGZHI,
     [("Hospital", "二一五医院"), ("Hospital", "铜川矿务局中心医院")]),
    ("桂林医科大学附属九二四医院挂牌", CHANGZHI, [("Hospital", "桂林医科大学附属九二四医院")]),
    ("全市二三级医院参与", CHANGZHI, []),
    # generic words before a generic name make a kind of institution (a level's, an ownership's), not one
    ("支持建设省级儿童医院", CHANGZHI, []),
    ("支持建设城市第一医院", CHANGZHI, []),
    # a relative name's campus is the home place's hospital's campus
    ("起,区中医医院东院区、眼科医院停止诊疗服务", ERDAO,
     [("Hospital", "二道区中医医院东院区"), ("Hospital", "眼科医院")]),
    # places written alike share a hospital's kind; a bare name after a place in full is a hospital's own
    ("潞州区与屯留区人民医院签约", CHANGZHI, [("Hospital", "潞州区人民医院"), ("Hospital", "屯留区人民医院")]),
    ("亦非潞州区与中山医院首次合作", CHANGZHI, [("Hospital", "中山医院")]),
    # places before a count and a level share the level and the kind, each written with or without it
    ("医院帮扶平顺、黎城、壶关县3家县医院", CHANGZHI,
     [("Hospital", "平顺县医院"), ("Hospital", "黎城县医院"), ("Hospital", "壶关县医院")]),
    ("医院帮扶平顺、沁县两县人民医院", CHANGZHI, [("Hospital", "平顺县人民医院"), ("Hospital", "沁县人民医院")]),
    ("联合大连西岗八一路社区卫生服务中心", ERDAO, [("Hospital", "大连西岗八一路社区卫生服务中心")]),
    # a rare character jieba leaves alone (zg) is part of a name; a frequent one (此) is not
    ("南投基督教医院、佑民医院等七家医院", ERDAO, [("Hospital", "南投基督教医院"), ("Hospital", "佑民医院")]),
    ("主任鲁继东、豹澥社区卫生服务中心主任邓秋红表示", ERDAO, [("Hospital", "豹澥社区卫生服务中心")]),
    ("推进基层医疗机构人员到上级医院进修", CHANGZHI, []),
    ("肾病、护理、精神医学质控联盟筹备", CHANGZHI,
     [("Alliance", "肾病质控联盟"), ("Alliance", "护理质控联盟"), ("Alliance", "精神医学质控联盟")]),
    ("生殖医学及妇产科、心血管内科、新生儿科等专科联盟正有序筹备", CHANGZHI,
     [("Alliance", "生殖医学及妇产科专科联盟"), ("Alliance", "心血管内科专科联盟"), ("Alliance", "新生儿科专科联盟")]),
    ("共建骨伤、康复、心病等中医专科联盟", CHANGZHI,
     [("Alliance", "骨伤中医专科联盟"), ("Alliance", "康复中医专科联盟"), ("Alliance", "心病中医专科联盟")]),
    # a short quoted brand right before an alliance's words is part of its name
    ("建立红石榴“湘吐情”援疆医生联盟", CHANGZHI, [("Alliance", "湘吐情援疆医生联盟")]),
    # ... a formula too, and a brand makes a name of a kind of alliance; a generic word or speech does not
    ("组建“1+1+N+N”中医医疗联合体", CHANGZHI, [("Alliance", "1+1+N+N中医医疗联合体")]),
    ("推进“三位一体”城市医联体建设", CHANGZHI, [("Alliance", "三位一体城市医联体")]),
    ("推进“紧密型”医联体建设", CHANGZHI, []),
    ("“今年我们”医联体", CHANGZHI, []),
    # an alliance list's first item after a long run of the sentence is a topic, not a place
    ("红鹤签订医联体协议以及中医科、耳鼻喉科、眼科等专科联盟合作协议", CHANGZHI,
     [("Alliance", "中医科专科联盟"), ("Alliance", "耳鼻喉科专科联盟"), ("Alliance", "眼科专科联盟")]),
    ("成立由县级医院牵头的12个紧密型县域医共体", CHANGZHI, []),
    ("吉大一院二道区医联体运行一年", ERDAO, [("Alliance", "吉林大学第一医院二道区医联体")]),
    ("省卫生健康委副主任表示", ERDAO, []),  # a body named only in a job title (GUIDELINES.md)
    # a verb jieba tags as a noun (会见) opens no name (stopwords.tsv)
    ("副省长会见北京协和医院院长一行", CHANGZHI, [("Hospital", "北京协和医院")]),
    ("省卫生健康委表示", ERDAO, [("Organization", "吉林省卫生健康委员会")]),
    ("区卫健委、区人民医院相关领导", ERDAO,
     []),  # (a body or a hospital only in a list of those attending: no actor)
    ("吉林省和长春市卫健委联合举行活动", ERDAO,
     [("Organization", "吉林省卫生健康委员会"), ("Organization", "长春市卫生健康委员会")]),
    ("按照省委、省政府的安排部署", ERDAO,
     [("Organization", "中共吉林省委员会"), ("Organization", "吉林省人民政府")]),
    ("在区委高位统筹下落地见效", ERDAO, [("Organization", "中共长春市二道区委员会")]),
    ("签署疾控中心传染病防控合作协议", CHANGZHI, [("Organization", "疾病预防控制中心")]),
    ("榆树中医院店今日开业", ERDAO, []),
    # a job title after a name ends it, even where jieba has a word across the two (医院院长)
    ("长治市人民医院院长王强说", CHANGZHI, [("Hospital", "长治市人民医院")]),
    # titles and activities before a name are no list items sharing its suffix
    ("浙江省政协副主席、邵逸夫医院院长蔡秀军表示", CHANGZHI, [("Hospital", "浙江大学医学院附属邵逸夫医院")]),
    ("4种合作模式：托管、专科共建、协作医院、对口帮扶", CHANGZHI, []),
    # a government body after a place name is that place's, not the home place's
    ("杨浦区政府与复旦大学签约", ERDAO, [("Organization", "杨浦区人民政府"), ("Organization", "复旦大学")]),
    ("区政府召开会议", ERDAO, [("Organization", "二道区人民政府")]),
    # older agency names are bodies of their own, canonicalised to their full form
    ("马尾区卫计委发布通知", CHANGZHI, [("Organization", "马尾区卫生和计划生育委员会")]),
])
def test_institution_names(res, text, ctx, expected):
    assert [(n.type, n.name) for n in find_names(text, ctx, res)] == expected


@pytest.mark.parametrize("text,ctx,expected", [
    # descriptors, grades and kinds alone name no hospital: a name needs a proper part
    ("打造一家家门口的标杆医院", CHANGZHI, []),
    ("集团以院本部为核心医院,包括3家直属分院", CHANGZHI, []),
    ("两院区之间建立了远程会诊系统", CHANGZHI, []),
    ("建于1945年的传染病医院", CHANGZHI, []),
    ("从总医院抽调300多名专业人员", CHANGZHI, []),
    ("延安大学附属医院为医疗集团总医院", CHANGZHI, [("Hospital", "延安大学附属医院")]),
    # ... but a kind after a place or a relative level is a name
    ("将乐县总医院派出专家", CHANGZHI, [("Hospital", "将乐县总医院")]),
    ("市传染病医院派出专家", CHANGZHI, [("Hospital", "长治市传染病医院")]),
])
def test_a_hospital_name_needs_a_proper_part(res, text, ctx, expected):
    assert [(n.type, n.name) for n in find_names(text, ctx, res)] == expected


@pytest.mark.parametrize("text,ctx,expected", [
    # a name never extends left over verbs, adverbs and conjunctions, even where jieba calls them nouns
    ("合作运营襄城区人民医院,实现二级医院的建设标准", CHANGZHI, [("Hospital", "襄城区人民医院")]),
    ("全力助推医院尽早开业运营", CHANGZHI, []),
    ("充分发挥医院的资源优势", CHANGZHI, []),
    # 暨 joins two names
    ("襄城区人民医院暨襄阳市中心医院万山分院位于", CHANGZHI,
     [("Hospital", "襄城区人民医院"), ("Hospital", "襄阳市中心医院万山分院")]),
    ("项目启动暨广西医科大学第一附属医院河池医院揭牌仪式", CHANGZHI,
     [("Hospital", "广西医科大学第一附属医院河池医院")]),
    # a title and the person after it end a name
    ("瑞金医院院长宁光作高水平研究型医院建设规划情况汇报", CHANGZHI,
     [("Hospital", "上海交通大学医学院附属瑞金医院")]),
    # an official place name starts a name, unless a place or an institution comes before it
    ("上海市杨浦区市东医院", CHANGZHI, [("Hospital", "上海市杨浦区市东医院")]),
    ("吉大一院二道区医联体运行一年", ERDAO, [("Alliance", "吉林大学第一医院二道区医联体")]),
    # a verb right after a place (or after the city that runs the hospital) is part of the name;
    # after a body it is what the body does
    ("长治市联合医院开展义诊", CHANGZHI, [("Hospital", "长治市联合医院")]),
    ("台北市立联合医院开展义诊", CHANGZHI, [("Hospital", "台北市立联合医院")]),
    ("桃园市立联合医院开展义诊", CHANGZHI, [("Hospital", "桃园市立联合医院")]),
    ("市卫健委联合医院开展义诊", CHANGZHI, [("Organization", "长治市卫生健康委员会")]),
    # an ordinal written in several numerals is one (第九八〇), and a military unit's name is whole
    ("北华军区第九八〇医院专家到长治义诊", CHANGZHI, [("Hospital", "北华军区第九八〇医院")]),
    ("陆军联勤保障部队第九九一医院专家", CHANGZHI, [("Hospital", "陆军联勤保障部队第九九一医院")]),
    # a quoted alliance name is whole, whatever words it holds; unquoted, the verb ends it
    ("今年成立“共建联防医疗联盟”", CHANGZHI, [("Alliance", "共建联防医疗联盟")]),
    ("今年成立「跨区联防共治联盟」", CHANGZHI, [("Alliance", "跨区联防共治联盟")]),
    ("他说“今年我们成立了共治联盟”", CHANGZHI, [("Alliance", "共治联盟")]),
    # a working group's name holds its remit's verbs (name_parts.tsv group_word), which open none
    ("会上，长治市深化医药卫生体制改革领导小组印发通知", CHANGZHI, [("Organization", "长治市深化医药卫生体制改革领导小组")]),
    ("会议要求深化医改领导小组开展工作", CHANGZHI, [("Organization", "医改领导小组")]),
])
def test_name_boundaries(res, text, ctx, expected):
    assert [(n.type, n.name) for n in find_names(text, ctx, res)] == expected


@pytest.mark.parametrize("text,ctx,expected", [
    # a government body before a hospital's name runs or thanks it: the name starts after it,
    # and a body written right before the name is no actor of its own
    ("市政府衷心感谢北华医院的大力支持", CHANGZHI, [("Organization", "长治市人民政府"), ("Hospital", "北华医院")]),
    ("张明代表市委向北华医院致谢", CHANGZHI, [("Organization", "中共长治市委员会"), ("Hospital", "北华医院")]),
    ("李华代表市委医院党委讲话", CHANGZHI, [("Organization", "中共长治市委员会")]),
    ("县卫生局仁和医院开设夜间门诊", CHANGZHI, [("Hospital", "仁和医院")]),
    # a suffix written twice is noise: the name ends at the first one
    ("新一届医院医院领导班子到任", CHANGZHI, []),
    ("北华医院医院举办开放日", CHANGZHI, [("Hospital", "北华医院")]),
    # a grade or a role is a description of a hospital, not its name
    ("建成一所花园式三级综合医院", CHANGZHI, []),
    ("该院是国际旅行救援定点医院", CHANGZHI, []),
    ("区属二级公立医院全部纳入", CHANGZHI, []),
    # a verb before the bare kind says what is done to hospitals (研究, 考核: jieba's verbs and verbal nouns)
    ("市政府召开会议，研究医院建设工作", CHANGZHI, [("Organization", "长治市人民政府")]),
    ("会议要求考核医院运行情况", CHANGZHI, []),
    # a campus of no named hospital is no name; a campus of a named one keeps its hospital
    ("项目医院过渡期院区正式启用", CHANGZHI, []),
    ("北华医院滨江院区正式启用", CHANGZHI, [("Hospital", "北华医院滨江院区")]),
    ("北华医科大学附属一院张庄路院区正式启用", CHANGZHI, [("Hospital", "北华医科大学附属一院张庄路院区")]),
    # …and a campus named by a generic word is its hospital's new or old site: the hospital
    ("北华医院新院区正式启用", CHANGZHI, [("Hospital", "北华医院")]),
    ("北华医院老院区停止诊疗服务", CHANGZHI, [("Hospital", "北华医院")]),
    # …not across a stop word that is no place (进行 ends the hospital's name; 新建 is 南昌's 新建区)
    ("北华医院进行分院协议签约", CHANGZHI, [("Hospital", "北华医院")]),
    ("南昌大学第二附属医院新建院区正式启用", CHANGZHI, [("Hospital", "南昌大学第二附属医院新建院区")]),
    # a count before a place and a hospital names the place's hospitals, not one hospital
    ("12家北京医院对口支援35家山西医院", CHANGZHI, []),
    ("3家长治市县级医院参与", CHANGZHI, []),
    ("两家北华医院参与", CHANGZHI, [("Hospital", "北华医院")]),  # (a proper name after a count stays)
    # a list of which one item ends in a verb lists ways of working, not names sharing the suffix
    ("协议涵盖远程会诊、双向转诊、技术支持、人才培养等医院发展的方面", CHANGZHI, []),
    ("北华、滨江等医院专家参加", CHANGZHI, [("Hospital", "北华医院"), ("Hospital", "滨江医院")]),
    # a hospital named inside a body's name is no hospital (医院发展中心, 医院管理中心)
    ("与市医院管理中心签约", CHANGZHI, []),
    # …nor are the hospitals such a body runs (市级医院, 市属医院 of a 医院发展中心)
    ("北华医院发展中心市级医院开展义诊", CHANGZHI, []),
    # a known name goes into the longer name it starts, however long (…同济医院 of …同济医院襄阳医院)
    ("华中科技大学同济医学院附属同济医院襄阳医院开诊", CHANGZHI,
     [("Hospital", "华中科技大学同济医学院附属同济医院襄阳医院")]),
    # a short name is expanded once: 协和医院 inside the full name of 武汉协和医院 stays
    ("武汉协和医院专家到长治义诊", CHANGZHI, [("Hospital", "华中科技大学同济医学院附属协和医院")]),
])
def test_what_a_hospital_name_is_not(res, text, ctx, expected):
    assert [(n.type, n.name) for n in find_names(text, ctx, res)] == expected


#: 重庆市, a municipality: no city of its own
CHONGQING = Context("500000", None, None)


@pytest.mark.parametrize("text,ctx,expected", [
    # a place and generic words before a centre name the place's one centre
    ("推进远程医学中心建设", CHANGZHI, []),
    ("山西省远程医学中心已连接各县", CHANGZHI, [("Hospital", "山西省远程医学中心")]),
    ("省远程医学中心已连接各县", CHANGZHI, [("Hospital", "山西省远程医学中心")]),
    ("市公共卫生医疗救治中心收治患者", CHANGZHI, [("Hospital", "长治市公共卫生医疗救治中心")]),
    # 市级, 区域: words that start with a level character are no place of the page
    ("建设市级区域医疗中心", CHANGZHI, []),
    ("加快建设区域医疗中心", CHANGZHI, []),
    # a designation after a place alone names no hospital (a programme of the place)
    ("在山西省国家区域医疗中心建设评估中", CHANGZHI, []),
    # on a municipality's page, 市 is the municipality
    ("市卫健委召开会议", CHONGQING, [("Organization", "重庆市卫生健康委员会")]),
    ("市第三人民医院开展义诊", CHONGQING, [("Hospital", "重庆市第三人民医院")]),
    # a body named in a person's title, after the body's department, is no actor
    ("市卫健委医政医管处处长王明介绍", CHANGZHI, []),
])
def test_centres_and_municipalities(res, text, ctx, expected):
    assert [(n.type, n.name) for n in find_names(text, ctx, res)] == expected


@pytest.mark.parametrize("text,ctx,expected", [
    # a body of its own before 、 is no item sharing the next body's suffix
    ("广西医科大学、河池市人民政府、广西医科大学第一附属医院等领导", CHANGZHI,
     [("Organization", "广西医科大学"), ("Organization", "河池市人民政府"), ("Hospital", "广西医科大学第一附属医院")]),
    ("自治区发改委、财政厅、住建厅、卫生健康委", CHANGZHI, []),
    # a person's name before 、 is no item sharing a level's body's suffix; levels and places are
    ("区委常委王嘉惠、穆生军、刘辉、市卫生健康委见证签约", CHANGZHI, [("Organization", "长治市卫生健康委员会")]),
    ("省、市卫生健康委", CHANGZHI, [("Organization", "山西省卫生健康委员会"), ("Organization", "长治市卫生健康委员会")]),
    ("经设区市卫生健康委推荐", CHANGZHI, []),  # a kind of city, not the home city
    # topics joined by 与 name one alliance; regions joined by 及 name two
    ("卒中专科联盟、妇产与儿童保健专科联盟", CHANGZHI,
     [("Alliance", "卒中专科联盟"), ("Alliance", "妇产与儿童保健专科联盟")]),
    ("计划将港岛东及港岛西联网合并", CHANGZHI, [("Alliance", "港岛东联网"), ("Alliance", "港岛西联网")]),
    ("维持现行九龙东、九龙中及九龙西联网的划界", CHANGZHI,
     [("Alliance", "九龙东联网"), ("Alliance", "九龙中联网"), ("Alliance", "九龙西联网")]),
    # specialties (…科) joined by 和 name an alliance each; 区域 opens no relative name
    ("成立了儿科和肿瘤科专科联盟", CHANGZHI, [("Alliance", "儿科专科联盟"), ("Alliance", "肿瘤科专科联盟")]),
    ("举行区域医学检验专科联盟大会", CHANGZHI, [("Alliance", "区域医学检验专科联盟")]),
    # a preposition glued to a relative body (经省, 据市) is no part of its name
    ("经省编办批准", CHANGZHI, [("Organization", "山西省机构编制委员会办公室")]),
    ("据市卫健委介绍", CHANGZHI, [("Organization", "长治市卫生健康委员会")]),
    # an internet hospital written after its hospital is one of its own, with its hospital nested
    ("市人民医院互联网医院", CHANGZHI, [("Hospital", "长治市人民医院"), ("Hospital", "长治市人民医院互联网医院")]),
    # people listed before a placed body share no suffix with it; places and levels do
    ("区委常委王嘉惠、穆生军、市卫生健康委处长于春泉", CHANGZHI, []),
    ("省、市卫生健康委联合检查", CHANGZHI,
     [("Organization", "山西省卫生健康委员会"), ("Organization", "长治市卫生健康委员会")]),
])
def test_lists_of_bodies_and_alliances(res, text, ctx, expected):
    assert [(n.type, n.name) for n in find_names(text, ctx, res)] == expected


def test_relative_name_without_home_place_is_dropped(res):
    assert find_names("到市人民医院就诊", Context(), res) == []


@pytest.mark.parametrize("text,expected", [
    ("组织吉大一院专家", {"吉林大学第一医院": "institutions:known"}),
    ("到区中医院就诊", {"二道区中医院": "institutions:suffix"}),
    ("肾病、护理质控联盟筹备", {"肾病质控联盟": "institutions:list", "护理质控联盟": "institutions:suffix"}),
    ("按照区委部署", {"中共长春市二道区委员会": "institutions:government"}),
])
def test_each_name_says_which_rule_found_it(res, text, expected):
    assert {n.name: n.rule for n in find_names(text, ERDAO, res)} == expected


def test_relative_names_are_marked_relative_with_their_home_place(res):
    [n] = find_names("到区中医院就诊", ERDAO, res)
    assert (n.name, n.place, n.relative) == ("二道区中医院", "220105", True)


def test_a_short_county_name_qualifies_a_name_only_inside_the_page_region(res):
    [n] = find_names("东海社区卫生服务中心开展工作", CHANGZHI, res)  # 东海县 is in 江苏, not 长治
    assert (n.name, n.place) == ("东海社区卫生服务中心", None)


def test_the_place_a_list_opens_with_qualifies_every_item(res):
    found = find_names("包括二道区江南、开元社区卫生服务中心", ERDAO, res)
    assert [(n.name, n.place) for n in found] == [("江南社区卫生服务中心", "220105"), ("开元社区卫生服务中心", "220105")]


def test_a_name_goes_on_left_over_a_place_it_starts_inside(res):
    found = find_names("双方与南昌市新建区人民政府举行签约仪式", CHANGZHI, res)  # 新建: a verb, and 新建区
    assert [n.name for n in found] == ["南昌市新建区人民政府"]


@pytest.mark.parametrize("text,expected", [
    ("安徽医科大学第一附属医院(南区)总占地面积约226亩", ["安徽医科大学第一附属医院南区"]),
    ("长春烧伤医院(二道区)开展义诊", ["长春烧伤医院"]),  # a place in brackets, not a campus
    # a campus word right after the hospital's name, unless it makes a word with what follows
    ("长春烧伤医院东院定位为康复中心", ["长春烧伤医院东院"]),
    ("长春烧伤医院新院长王强到任", ["长春烧伤医院"]),
    ("长春烧伤医院东区域的道路", ["长春烧伤医院"]),
])
def test_a_campus_in_brackets_is_part_of_the_name(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


def test_tokens_are_read_only_when_a_suffix_or_known_name_is_found(res):
    calls = []
    text = "推进基层医疗机构人员进修"
    tokens = LazyTokens(text, lambda t: calls.append(t) or res.tokens(t))
    assert find_names(text, CHANGZHI, res, tokens, places=()) == [] and calls == []
    assert [n.name for n in find_names("家人带他找到市第二人民医院", CHANGZHI, res, places=())] == ["长治市第二人民医院"]


def test_a_university_that_acts_is_a_body_but_not_as_a_hospitals_parent(res):
    names = [(n.type.value, n.name) for n in find_names("长春医药学院与二道区人民医院签署合作协议", ERDAO, res)]
    assert ("Organization", "长春医药学院") in names
    parent = find_names("长春医药学院附属一院专家到二道区人民医院坐诊", ERDAO, res)
    assert "长春医药学院" not in [n.name for n in parent]


def test_a_university_after_a_place_shares_no_suffix_with_it(res):
    names = [n.name for n in find_names("白城与长春中医药大学签约", ERDAO, res)]
    assert names == ["长春中医药大学"]


@pytest.mark.parametrize("text,expected", [
    ("区卫健委医政医管处印发通知", [("Organization", "二道区卫生健康委员会"),
                                ("Organization", "二道区卫生健康委员会医政医管处")]),
    ("国家卫健委办公厅、国家医保局办公室联合发文", [("Organization", "国家卫生健康委员会办公厅"),
                                                   ("Organization", "国家医疗保障局办公室")]),
    ("区医改领导小组办公室召开会议", [("Organization", "二道区医改领导小组办公室")]),
    ("长春烧伤医院运营管理办公室负责协调", [("Hospital", "长春烧伤医院"), ("Organization", "长春烧伤医院运营管理办公室")]),
])
def test_a_department_after_its_body_is_a_body_named_with_it(res, text, expected):
    assert [(n.type.value, n.name) for n in find_names(text, ERDAO, res)] == expected


@pytest.mark.parametrize("text,expected", [
    ("区卫健委联合市医保局开展检查", ["二道区卫生健康委员会", "长春市医疗保障局"]),  # two bodies, no department
    ("区卫健委医政处处长王强讲话", []),  # a department in a job title, like its body
    ("长春烧伤医院心内科开展义诊", ["长春烧伤医院"]),  # a ward is no body
    ("区卫健委各处室负责人参加", ["二道区卫生健康委员会"]),
])
def test_a_department_is_named_words_and_a_department_word(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


def test_a_departments_name_holds_no_body_of_its_own(res):
    names = [n.name for n in find_names("省卫计委医政医管局负责审核", ERDAO, res)]
    assert names == ["吉林省卫生和计划生育委员会", "吉林省卫生和计划生育委员会医政医管局"]


@pytest.mark.parametrize("text,expected", [
    ("医管局推出预约服务", "香港医院管理局"),
    ("医务卫生局提交文件", "香港医务卫生局"),
    ("卫福部公布名单", "卫生福利部"),
    ("国家卫计委印发通知", "国家卫生和计划生育委员会"),  # an older agency name keeps its own full form
])
def test_short_forms_of_known_bodies_give_their_full_names(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("中共中央组织部选派干部", ["中共中央组织部"]),  # (中共中央 inside a whole known name is that name's)
    ("中国农工民主党中央委员会开展调研", ["中国农工民主党中央委员会"]),
])
def test_a_known_form_inside_a_longer_known_name_is_not_expanded(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


@pytest.mark.parametrize("text,expected", [
    ("农工党广东省委会、农工党韶关市委会推动合作", ["中国农工民主党广东省委员会", "中国农工民主党韶关市委员会"]),
    ("九三学社内蒙古自治区委员会开展义诊", ["九三学社内蒙古自治区委员会"]),
    ("民盟吉林省委副主委王强讲话", []),  # named only in a person's job title
    ("农工党党员开展义诊", []),  # no place between the party and the committee
])
def test_a_party_committee_of_a_place_is_named_in_full(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


@pytest.mark.parametrize("text,expected", [
    ("市卫计委、市人民医院、区卫计委、区人民医院相关负责人参加了签约", []),
    ("省卫健委、省医保局、长春市各相关单位参加", []),  # (a place in the list too)
    ("市卫健委有关负责人表示，将推广经验", ["长春市卫生健康委员会"]),  # its spokesperson: the body acts
    ("市卫健委与县人民医院签约", ["长春市卫生健康委员会", "二道区人民医院"]),
])
def test_a_body_named_only_in_a_list_of_those_attending_is_no_actor(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


@pytest.mark.parametrize("text,expected", [
    ("延安市志丹县妇幼保健院王辉院长、宝鸡市金台医院任文生院长等26人担任理事", []),  # council members
    ("青海省人民医院医生、青南支医队员王菲在玉树州人民医院给患者检查", ["玉树州人民医院"]),
    ("盐池县人民医院副院长郝睿文出席", []),
    ("铁岭县中心医院院长姜风正式签订合作协议", ["铁岭县中心医院"]),  # the head acts for the hospital
    ("分别与成县人民医院院长王慧敏、宕昌县人民医院院长王军签订备忘录", ["成县人民医院", "宕昌县人民医院"]),
    ("万全乡卫生院杨睿远医生与护士一起深入高坪村", ["万全乡卫生院"]),
    ("北京积水潭医院骨科专家的对口帮扶", ["北京积水潭医院"]),  # no person: 骨科 is no name
])
def test_a_hospital_named_only_as_where_a_person_works_is_no_actor(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


def test_the_places_of_a_hospital_named_only_as_where_a_person_works_are_none(res):
    state = run_state("延安市志丹县妇幼保健院王辉院长、宝鸡市金台医院任文生院长等26人担任理事。", res)
    assert not [e.name for e in state.entities.values()]


@pytest.mark.parametrize("text,expected", [
    ("认真贯彻落实区委全会部署", []),  # the author of what the page carries out
    ("落实好区政府决定", []),
    ("区委召开常委会议研究卫生工作", ["中共长春市二道区委员会"]),  # the body acts
])
def test_a_body_whose_decisions_are_carried_out_does_not_act(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


@pytest.mark.parametrize("text,expected", [
    ("中国医师协会专家来院义诊", ["中国医师协会"]),  # the country's society of a kind
    ("中国药学会开展工作", ["中国药学会"]),
    ("连续入围中国城市医院百强", []),  # the country and a kind of hospital name none
])
def test_a_national_society_is_named_by_the_country(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


@pytest.mark.parametrize("text,expected", [
    ("舟曲县卫生计生局李晓娟局长出席", []),  # a person's name between the body and the title
    ("南关区发改委二级巡视员讲话", []),  # a grade
    ("市卫健委常务副主任讲话", []),  # a qualifier of the title
    ("区委召开常委会议研究卫生工作", ["中共长春市二道区委员会"]),  # a verb: the body acts
])
def test_a_body_named_only_in_a_job_title_is_no_actor(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


@pytest.mark.parametrize("text,expected", [
    ("区卫健委会同区医保局召开会议", ["二道区卫生健康委员会", "二道区医疗保障局"]),  # two bodies
    # a division names its body beside it (partOf); a general office stands in its body's place
    ("省卫健委医政处开展工作", ["吉林省卫生健康委员会", "吉林省卫生健康委员会医政处"]),
    ("区政府新闻办公室召开发布会", ["二道区人民政府新闻办公室"]),
])
def test_a_department_names_its_body_and_an_office_stands_for_it(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


@pytest.mark.parametrize("text,ctx,expected", [
    # a quality or a category before 医院, with a level character opening a generic word, names no hospital
    ("把医院建成区域一流医院", ERDAO, []),
    ("努力建设省内一流医院", ERDAO, []),
    ("争创全国文明医院和人民满意医院", ERDAO, []),
    ("东湖医院作为医疗集团核心医院履行管理职责", ERDAO, [("Hospital", "东湖医院")]),
    ("两院缔结技术协作医院关系", ERDAO, []),
    # a designation a hospital holds is cut from its name, and alone names no hospital
    ("东湖医院国家心血管病医学中心揭牌", ERDAO, [("Hospital", "东湖医院")]),
    ("力争建成国家级儿童医学中心", ERDAO, []),
    ("启动省域医疗中心建设", ERDAO, []),
])
def test_descriptions_and_designations_name_no_hospital(res, text, ctx, expected):
    assert [(n.type, n.name) for n in find_names(text, ctx, res)] == expected


@pytest.mark.parametrize("text,ctx,expected", [
    # a verb, a label or a state word before a name is no part of it
    ("医疗队援助延边州人民医院开展工作", ERDAO, [("Hospital", "延边州人民医院")]),
    ("认真落实东湖医院的部署", ERDAO, [("Hospital", "东湖医院")]),
    ("该院全称长春东湖医院。", ERDAO, [("Hospital", "长春东湖医院")]),
    # places with their level before a university's hospital say where, not whose
    ("朝阳区吉林大学第一医院专家义诊", ERDAO, [("Hospital", "吉林大学第一医院")]),
    # …but a short place is the university's own (长春医科大学)
    ("长春医科大学附属第二医院专家义诊", ERDAO, [("Hospital", "长春医科大学附属第二医院")]),
    # a place and a hospital joined by 与 share no suffix
    ("朝阳区与吉林大学第一医院签约", ERDAO, [("Hospital", "吉林大学第一医院")]),
    # one hospital, one name: the places written before the one it is named after go
    ("吉林省延吉市人民医院开展义诊", ERDAO, [("Hospital", "延吉市人民医院")]),
    ("上海市杨浦区东湖医院开展义诊", ERDAO, [("Hospital", "上海市杨浦区东湖医院")]),
])
def test_name_boundaries_of_institutions(res, text, ctx, expected):
    assert [(n.type, n.name) for n in find_names(text, ctx, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # work teams, headquarters and zone committees are bodies; a batch ordinal stays in the name
    ("江苏省第十批援疆工作队前方指挥部组织专家义诊", ["江苏省第十批援疆工作队前方指挥部"]),
    ("浙江省援疆指挥部与二道区签订帮扶协议", ["浙江省援疆指挥部"]),
    ("长春新区管委会与二道区签约", ["长春新区管理委员会"]),
    ("吉林省中医药科学研究所、长春卫生学校联合开展培训", ["吉林省中医药科学研究所", "长春卫生学校"]),
    # a rank (第一所) is a description, not a name; a title after a team ends it
    ("长春第一所西医院成立", []),
    ("南关区援疆工作队队长讲话", []),
])
def test_teams_headquarters_committees_and_institutes_are_bodies(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # a name never starts with the verb that carries out a body's decisions, or its complement 好
    ("会议要求认真落实国家卫生健康委员会部署", ["国家卫生健康委员会"]),
    ("全面贯彻国家卫生健康委员会部署", ["国家卫生健康委员会"]),
    ("认真贯彻落实好省卫健委部署", ["吉林省卫生健康委员会"]),
    # a hospital's whole name before a city's official name ends there; a short place name carries it on
    ("宁波市第一医院贵阳市第二人民医院签约仪式举行", ["宁波市第一医院", "贵阳市第二人民医院"]),
    ("江苏省人民医院宿迁医院揭牌", ["江苏省人民医院宿迁医院"]),
    ("罗湖医院集团东晓街道社区健康服务中心开业", ["罗湖医院集团", "罗湖医院集团东晓街道社区健康服务中心"]),
])
def test_a_name_ends_at_a_verb_before_it_and_at_a_whole_name_before_a_place(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res)] == expected


def test_a_known_hospital_written_after_its_own_city_is_its_full_name(res):
    # the alias table's 同济医院 is in 武汉: 武汉同济医院 says no more than its full name
    assert [n.name for n in find_names("武汉同济医院专家开展义诊。", ERDAO, res)] == ["华中科技大学同济医学院附属同济医院"]
    # and a part of the full name written on its own is the full name, not the part expanded again
    assert [n.name for n in find_names("同济医学院附属同济医院专家开展义诊。", ERDAO, res)] == \
        ["华中科技大学同济医学院附属同济医院"]


def test_a_known_name_has_the_type_of_its_table_row_not_of_its_suffix(res):
    # 研究所 ends bodies' names, but the table lists 首都儿科研究所 as a hospital
    found = find_names("首都儿科研究所专家开展义诊。", ERDAO, res)
    assert [(n.type.value, n.name) for n in found] == [("Hospital", "首都儿科研究所")]


def test_the_alliance_of_two_hospitals_joined_by_yu_has_no_name(res):
    # 甲医院与乙医院紧密型医联体: the pair's alliance; the second name is the second hospital's
    found = find_names("滨江大学附属第二医院与农安县人民医院紧密型医联体签约揭牌。", ERDAO, res)
    assert [(n.type.value, n.name) for n in found] == [("Hospital", "滨江大学附属第二医院"), ("Hospital", "农安县人民医院")]
    # an alliance with a proper part of its own after the hospital stays one
    found = find_names("滨江大学附属第二医院与农安县人民医院心血管专科联盟签约。", ERDAO, res)
    assert ("Alliance", "农安县人民医院心血管专科联盟") in [(n.type.value, n.name) for n in found]


@pytest.mark.parametrize("text,expected", [
    # the page's own hospital is the first partner, inside the sentence or opening a headline
    ("举行了我院与农安县人民医院医联体签约仪式。", [("Hospital", "农安县人民医院")]),
    ("我院与农安县人民医院专科联盟正式揭牌", [("Hospital", "农安县人民医院")]),
    ("我院与滨江市心血管专科联盟签约。", [("Alliance", "滨江市心血管专科联盟")]),
    # the first partner's other name bracketed before the joiner
    ("滨江大学附属第二医院（滨江省立医院）与农安县人民医院专科联盟签约。",
     [("Hospital", "滨江大学附属第二医院"), ("Hospital", "滨江省立医院"), ("Hospital", "农安县人民医院")]),
])
def test_the_first_partner_of_a_pair_may_be_the_page_own_or_bracketed(res, text, expected):
    assert [(n.type.value, n.name) for n in find_names(text, ERDAO, res)] == expected


def test_a_hospitals_group_is_an_alliance(res):
    # 人民医院 and 集团 found one after the other end in 医院集团: the group of a hospital, not a company
    found = find_names("滨江市第一人民医院集团正式成立。", ERDAO, res)
    assert [(n.type.value, n.name) for n in found] == [("Alliance", "滨江市第一人民医院集团")]
    assert [n.type.value for n in find_names("滨江健康集团与二道区签约。", ERDAO, res)] == ["Organization"]


@pytest.mark.parametrize("text,expected", [
    # a company registered in a place writes it between brackets inside its name
    ("由华康投资(长沙)有限公司出资建设", ["华康投资(长沙)有限公司"]),
    ("康华医疗（北京）有限公司捐赠设备", ["康华医疗（北京）有限公司"]),
    # a bracket that holds no place, or that nothing name-like comes before, is no part of a name
    ("会议(纪要)有限公司", ["有限公司"]),
    # so does a brand's hospital in a place, before its kind
    ("滨江国文(长春)医院项目开工", ["滨江国文(长春)医院"]),
    ("专家入驻长三角(上海)智慧互联网医院", ["长三角(上海)智慧互联网医院"]),
    ("滨江医院(会议)医院", ["滨江医院"]),
])
def test_a_companys_bracketed_place_is_part_of_its_name(res, text, expected):
    assert [n.name for n in find_names(text, CHANGZHI, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # a government body named by its place's short form takes the place's official name
    ("江西卫健委组织专家开展义诊", ["江西省卫生健康委员会"]),
    ("广西卫生健康委员会发布通知", ["广西壮族自治区卫生健康委员会"]),
    ("长春医保局发布通知", ["长春市医疗保障局"]),
    # a body of its own name after the place keeps it
    ("江西中医药大学与医院签约", ["江西中医药大学"]),
])
def test_a_body_named_by_its_places_short_form_takes_the_official_place(res, text, expected):
    assert [n.name for n in find_names(text, CHANGZHI, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # an alliance's kind written after its name (…专科联盟医联体) names no second alliance
    ("市中医院与滨江县人民医院举行北华省心血管专科联盟医联体签约仪式。",
     [("Hospital", "长治市中医院"), ("Hospital", "滨江县人民医院"), ("Alliance", "北华省心血管专科联盟")]),
    # an adverb glued to the suffix's first character by jieba (将医/联体) starts no name
    ("通过互相帮助，将医联体工作做到实处。", []),
    # a system an institution leads (…医院体系, …大学医疗体系) is an alliance; a kind of system is not
    ("滨江医院与北华仁爱医院体系签署合作协议。", [("Hospital", "滨江医院"), ("Alliance", "北华仁爱医院体系")]),
    ("北华医科大学医疗体系下属三家医院", [("Alliance", "北华医科大学医疗体系")]),
    ("持续完善当地医疗体系和基层医院体系", []),
    # a strategic tie, an integrated or a yearly 医联体 is a kind, not a name
    ("两院签订策略联盟。", []),
    ("形成区、县、乡、村一体化医疗共同体。", []),
    ("系统总结年度医联体建设成效。", []),
    # a hospital's short form (包医 一 附院: a numeral between) leads the alliance whole
    ("包医一附院医疗集团正式成立。", [("Alliance", "包医一附院医疗集团")]),
    ("推进一院医联体建设。", []),
])
def test_alliance_kinds_and_boundaries(res, text, expected):
    assert [(n.type.value, n.name) for n in find_names(text, CHANGZHI, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # a hospital named after its group: the group is named too, nested in the hospital's name
    ("为“北华省立医院集团滨江医院”揭牌。",
     [("Alliance", "北华省立医院集团", True), ("Hospital", "北华省立医院集团滨江医院", False)]),
    # the group's kind written after a hospital's suffix (人民医院集团) is found where it starts, not hidden by 人民医院
    ("增挂“北华市第一人民医院集团滨江分院”牌子。",
     [("Alliance", "北华市第一人民医院集团", True), ("Hospital", "北华市第一人民医院集团滨江分院", False)]),
    # a member hospital's role names the alliance (…区域联盟医院), not a hospital
    ("该院挂牌成为北华大学第一医院区域联盟医院。", [("Alliance", "北华大学第一医院区域联盟", False)]),
    # a hospital's own 医联体 has no name of its own
    ("举行“北华大学第一医院医联体医院”揭牌仪式。", [("Hospital", "北华大学第一医院医联体医院", False)]),
])
def test_an_alliance_named_inside_a_hospital_name(res, text, expected):
    assert [(n.type.value, n.name, n.nested) for n in find_names(text, CHANGZHI, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # a kind of alliance policy writes as a common noun, with no place, institution or proper noun
    ("北京市公布紧密型儿科医联体名单", []),  # and the place is the subject: its verb is no part of a name
    ("河北省深化县域医共体建设", []),
    ("推进城市医疗集团建设，各地组建医联体", []),
    # named: a place, a lead institution (written short too), a proper noun, quotes
    ("昌平区南部医联体扩容", [("Alliance", "昌平区南部医联体")]),
    ("即重医一院医院集团", [("Alliance", "重医一院医院集团")]),
    ("湘雅医疗集团成立", [("Alliance", "湘雅医疗集团")]),
    ("成立“紧密型儿科医联体”", [("Alliance", "紧密型儿科医联体")]),
])
def test_an_alliance_needs_a_name_of_its_own(text, expected, res):
    assert [(n.type, n.name) for n in find_names(text, ERDAO, res)] == expected


def test_a_name_after_a_conjunction_read_as_no_place_starts_after_it(res):
    names = [n.name for n in find_names("区医保局和区疾控中心、市医保局和县疾控中心开展督导", ERDAO, res)]
    assert "二道区疾病预防控制中心" in names and not any(n.startswith("和") for n in names)


@pytest.mark.parametrize("text,expected", [
    ("二道区人民医院是长春医药学院附属医院，", [("Hospital", "二道区人民医院"), ("Organization", "长春医药学院")]),
    ("二道区人民医院成为长春医药学院附属医院为契机", [("Hospital", "二道区人民医院"), ("Organization", "长春医药学院")]),
    ("二道区人民医院是长春医药学院第一附属医院，", [("Hospital", "二道区人民医院"), ("Hospital", "长春医药学院第一附属医院")]),
])
def test_a_university_s_affiliated_hospital_after_a_copula_names_the_university(res, text, expected):
    assert [(n.type.value, n.name) for n in find_names(text, ERDAO, res)] == expected


MACAO = Context("820000", None, None)
HONG_KONG = Context("810000", None, None)


@pytest.mark.parametrize("text,ctx,expected", [
    # a known alias ending inside a dictionary word is no alias (卫生部门: 卫生/部门, not 卫生部)
    ("由卫生部发起并主办", ERDAO, [("Organization", "中华人民共和国卫生部")]),
    ("西藏卫生部门将率先对口帮扶", ERDAO, []),
    # a local alias alone names its body on pages of its own region, nowhere else
    ("参访团与卫生局交流两地医疗经验", MACAO, [("Organization", "澳门特别行政区政府卫生局")]),
    ("卫生署与医院管理局合作", HONG_KONG,
     [("Organization", "香港卫生署"), ("Organization", "香港医院管理局")]),
    ("参访团与卫生局交流两地医疗经验", ERDAO, []),
    # 特区政府 is the region's government there; elsewhere it names nothing (no 区政府 of the district)
    ("特区政府支持医院发展", MACAO, [("Organization", "澳门特别行政区政府")]),
    ("特区政府支持医院发展", HONG_KONG, [("Organization", "香港特别行政区政府")]),
    ("特区政府支持医院发展", ERDAO, []),
])
def test_known_aliases_as_written(res, text, ctx, expected):
    assert [(n.type, n.name) for n in find_names(text, ctx, res)] == expected


KAOHSIUNG = Context("710000", "710600", None)
HUALIEN = Context("710000", "711800", None)


@pytest.mark.parametrize("text,ctx,expected", [
    # a place of the page that opens with a level's character is no relative name (旗 of 旗山)
    ("旗山医院开展义诊", KAOHSIUNG, ["卫生福利部旗山医院"]),
    # a town of the page's city written short names its hospital though jieba cuts it (玉/里)
    ("玉里医院开展义诊", HUALIEN, ["卫生福利部玉里医院"]),
    # the city's own hospitals stay relative; a place that is no town of the page names nothing
    ("市中医院开展义诊", CHANGZHI, ["长治市中医院"]),
    ("杭州开始新建医院", CHANGZHI, []),
])
def test_a_hospital_named_after_a_place_of_the_page(res, text, ctx, expected):
    assert [n.name for n in find_names(text, ctx, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # the words before an alliance's kind that end with a hospital's kind name the hospital that leads it
    ("滨江仁和医院医疗集团正式成立。", ("滨江仁和医院", "leads", "滨江仁和医院医疗集团")),
    # a designation written before the lead is no part of the alliance's name
    ("为国家区域医疗中心滨江仁和医院医联体揭牌。", ("滨江仁和医院", "leads", "滨江仁和医院医联体")),
])
def test_an_alliance_named_after_its_lead_hospital_names_it(res, text, expected):
    assert expected in triples(run_state(text, res))


def test_a_group_whose_kind_opens_with_yiyuan_names_no_hospital(res):
    # 罗湖医院集团: the group's own name; no 罗湖医院 is said to lead it
    state = run_state("滨江医院集团正式成立。", res)
    assert [e.name for e in state.entities.values() if e.type == "Hospital"] == []


@pytest.mark.parametrize("text,expect", [
    ("县府今天启动偏乡医疗照护专案", ["台东县政府"]),  # 县 of a page of 台东县: the county, a city of Taiwan
    ("根据台东县政府公布的结果", ["台东县政府"]),  # Taiwan's governments are 政府, not 人民政府
])
def test_a_taiwan_county_government(res, text, expect):
    assert [n.name for n in find_names(text, Context("710000", "711900", None), res)] == expect


@pytest.mark.parametrize("text,expected", [
    # an item that ends with the shared suffix's head is a name of its own, not a modifier of it
    ("先后与上海六院、上海九院、中山医院等医院合作", ["上海交通大学医学院附属第九人民医院", "上海市第六人民医院", "中山医院"]),
    ("从中山眼科中心、肿瘤防治中心选派专家", []),
    # a place's kind is shared by places only: a role before the place starts no name
    ("援藏医疗队领队、日喀则市人民医院书记王强表示", ["日喀则市人民医院"]),
    # places written alike still share it
    ("包括鲤城区江南、开元社区卫生服务中心", ["开元社区卫生服务中心", "江南社区卫生服务中心"]),
])
def test_list_items_share_a_suffix_only_when_written_alike(res, text, expected):
    state = run_state(text, res)
    assert sorted(e.name for e in state.entities.values() if e.type in ("Hospital", "Organization")) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # a verb before an unnamed campus is what the hospital does: the campus is no part of its name
    ("长春烧伤医院喜迁新院区", ["长春烧伤医院"]),
    ("长春烧伤医院启用新院区", ["长春烧伤医院"]),
    # a place after the verb still names the hospital's campus (and the campus its parent)
    ("南昌大学第二附属医院新建院区开工", ["南昌大学第二附属医院", "南昌大学第二附属医院新建院区"]),
])
def test_a_verb_before_an_unnamed_campus_ends_the_hospital_s_name(res, text, expected):
    state = run_state(text, res)
    assert sorted(e.name for e in state.entities.values() if e.type == "Hospital") == expected


@pytest.mark.parametrize("text,expected", [
    # a scheme programmes.tsv names, after the level or province that awards it: a title, not a hospital
    ("1996年被评为国家级爱婴医院", [("Program", "爱婴医院")]),
    ("是湖南老年友善医院", [("Program", "老年友善医院")]),
    # after a city it is a hospital's name
    ("长沙市爱婴医院开业", [("Hospital", "长沙市爱婴医院")]),
])
def test_a_titled_scheme_is_no_hospital(res, text, expected):
    state = run_state(text, res)
    assert [(e.type, e.name) for e in state.entities.values() if e.type in ("Hospital", "Program")] == expected


@pytest.mark.parametrize("text,expected", [
    # the reform's model alliance written alone is the page's alliance of that model
    ("以次中心为抓手加快构建紧密型县域医共体", ["紧密型县域医共体"]),
    # counted, it is a kind
    ("在县域成立12个紧密型县域医共体", []),
    # another kind written as a common noun names none
    ("推进紧密型儿科医共体建设", []),
])
def test_the_model_alliance_written_alone_is_an_alliance(res, text, expected):
    assert [n.name for n in find_names(text, ERDAO, res) if n.type == "Alliance"] == expected
